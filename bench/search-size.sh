#!/usr/bin/env bash
# What search costs a reader on a large archive (project issue 7, part 4): builds the site of a synthetic corpus
# (100,000 articles unless N is given), reports the size of the split search index, then runs queries in headless
# Chromium from disk (file://) and adds up the index files each first query loaded.
#
# Every index file search.js loads is a <script> element it adds to <head>, so the DOM Chromium dumps after the
# query lists them all; their sizes are read from the built site. search.js itself and the search page are counted
# apart (they are the same for every query and cached after the first).
#
# Usage: bench/search-size.sh [N]
# Environment:
#   BENCH_WORK=/tmp/publisher-search-bench   work folder (corpus and site; never inside the repository)
#   PUBLISHER_CHROMIUM=/usr/bin/chromium     the browser
#   BENCH_SKIP_BUILD=1                       measure the site a previous run built, without building it again
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-100000}
work=${BENCH_WORK:-/tmp/publisher-search-bench}
chromium=${PUBLISHER_CHROMIUM:-/usr/bin/chromium}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

die() { echo "bench/search-size.sh: $*" >&2; exit 2; }
note() { echo "==> $*" >&2; }

[[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a number of articles"
[ -x "$chromium" ] || die "no Chromium at $chromium (apt-get install chromium, or set PUBLISHER_CHROMIUM)"
command -v python3 >/dev/null || die "python3 is needed to read the dumped pages"
mkdir -p "$work"
work=$(cd "$work" && pwd)
case "$work" in
  / | "$HOME" | "$repo" | "$repo"/*) die "BENCH_WORK=$work is not a safe work folder (it must be outside the repository)" ;;
esac
dir="$work/n$n"

note "building the CLI and the corpus generator (Release)"
dotnet build "$repo/src/Publisher.Cli" -c Release -v:q -nologo >"$work/cli-build.log" 2>&1 \
  || { tail -n 30 "$work/cli-build.log" >&2; die "dotnet build src/Publisher.Cli failed"; }
if [ ! -f "$dir/corpus.done" ]; then
  note "N=$n: generating the corpus in $dir/corpus"
  case "$dir" in "$work"/?*) rm -rf -- "$dir" ;; esac
  mkdir -p "$dir"
  dotnet run --project "$repo/src/Publisher.Corpus" -c Release -- --articles "$n" --out "$dir/corpus" >"$dir/corpus.log" 2>&1 \
    || { tail -n 20 "$dir/corpus.log" >&2; die "the corpus generator failed"; }
  touch "$dir/corpus.done"
fi

if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$dir/site/search/index.js" ]; then
  note "N=$n: measuring the site already in $dir/site (BENCH_SKIP_BUILD=1)"
  start=0 end=0
else
  note "N=$n: building the site into $dir/site"
  start=$(date +%s.%N)
  dotnet "$repo/src/Publisher.Cli/bin/Release/net10.0/publisher.dll" build --content "$dir/corpus" --out "$dir/site" --rebuild >"$dir/build.log" 2>&1 \
    || { tail -n 20 "$dir/build.log" >&2; die "the build failed (log: $dir/build.log)"; }
  end=$(date +%s.%N)
fi
search="$dir/site/search"

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
sizes() { find "$search/$1" -type f -printf '%s\n' | sort -n; }
stats() {
  local name=$1 list
  list=$(sizes "$name")
  local count total max median
  count=$(wc -l <<<"$list")
  total=$(awk '{ s += $1 } END { print s }' <<<"$list")
  max=$(tail -n 1 <<<"$list")
  median=$(sed -n "$(((count + 1) / 2))p" <<<"$list")
  echo "| $name | $count | $(kb "$total") | $(kb "$median") | $(kb "$max") |"
}

echo
echo "## Search index at N=$n"
echo
printf 'Full build: %.1f s (log: %s)\n\n' "$(echo "$end - $start" | bc)" "$dir/build.log"
echo "| files | count | total | median | largest |"
echo "|---|---:|---:|---:|---:|"
echo "| manifest (index.js) | 1 | $(kb "$(stat -c %s "$search/index.js")") | | |"
stats shards
stats articles
stats entities
echo
echo "search.js: $(kb "$(stat -c %s "$dir/site/assets/search.js")"), search page: $(kb "$(stat -c %s "$search/index.html")")"

# Queries: the most and least common words among the shards' terms, the most written-about entity's name, two
# words together, and the first letters of a common word (prefix matching).
read -r common rare < <(python3 - "$search" <<'PY'
import json, os, re, sys
folder = sys.argv[1]
best, worst = (0, ""), (10**9, "")
for name in os.listdir(os.path.join(folder, "shards")):
    text = open(os.path.join(folder, "shards", name), encoding="utf-8").read()
    data = json.loads(text[text.index(",") + 1:-3])
    for term, value in data.items():
        if not re.fullmatch(r"[a-z]{4,}", term):
            continue
        if value[0] > best[0]: best = (value[0], term)
        if value[0] < worst[0] or (value[0] == worst[0] and term < worst[1]): worst = (value[0], term)
print(best[1], worst[1])
PY
)
entity=$(python3 - "$search" <<'PY'
import json, os, sys
text = open(os.path.join(sys.argv[1], "entities", "0.js"), encoding="utf-8").read()
print(json.loads(text[text.index(",") + 1:-3])[0][0])
PY
)
queries=("$common" "$rare" "$entity" "$common $rare" "${common:0:3}")

echo
echo "| query | files loaded | bytes of index loaded | results |"
echo "|---|---:|---:|---|"
for query in "${queries[@]}"; do
  url="file://$search/index.html?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$query")"
  "$chromium" --headless --no-sandbox --disable-gpu --virtual-time-budget=20000 --dump-dom "$url" >"$dir/dom.html" 2>/dev/null
  python3 - "$search" "$query" "$dir/dom.html" <<'PY'
import os, re, sys
folder, query = sys.argv[1], sys.argv[2]
dom = open(sys.argv[3], encoding="utf-8").read()
head = dom[:dom.index("</head>")]
files = [src.split("?")[0] for src in re.findall(r'<script src="([^"]+)"', head)]
total = sum(os.path.getsize(os.path.normpath(os.path.join(folder, f))) for f in files)
status = re.search(r'id="search-status"[^>]*>([^<]*)<', dom).group(1)
print(f"| `{query}` | {len(files)} | {total / 1024:.1f} KB | {status} |")
PY
done
