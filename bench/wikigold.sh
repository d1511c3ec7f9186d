#!/usr/bin/env bash
# Scores entity discovery on WikiGold (exact span and kind, empty registry) and prints the score table the test
# writes, so the numbers show up even where the test runner hides test output.
# Usage: bench/wikigold.sh [Debug|Release]
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-Debug}
table=tests/Publisher.Tests/bin/$configuration/net10.0/TestResults/wikigold-score.txt
rm -f "$table"

status=0
dotnet test tests/Publisher.Tests -c "$configuration" --filter "FullyQualifiedName~WikiGoldTests" || status=$?

# Print the table even when the F1 floor fails the test: that is when it matters most.
if [ -f "$table" ]; then
  cat "$table"
else
  echo "no score table at $table" >&2
fi
exit "$status"
