#!/usr/bin/env bash
# Runs the BenchmarkDotNet micro-benchmarks of bench/Publisher.Benchmarks (parse, extract, render, index) in
# Release, which BenchmarkDotNet requires for trustworthy figures.
#
# Usage: bench/benchmarks.sh [--short] [FILTER ...] [BenchmarkDotNet options]
#   bench/benchmarks.sh                          every benchmark, BenchmarkDotNet's default job (minutes)
#   bench/benchmarks.sh --short                  every benchmark with `--job short` (3 warm-ups, 3 iterations: quick, rougher)
#   bench/benchmarks.sh --short '*Render*'       a filter (glob on Namespace.Class.Method); several may be given
#   bench/benchmarks.sh '*Parse*' --list flat    filters first; from the first other option on, all passes to BenchmarkDotNet
# Results (Markdown, CSV, HTML) go to ${BENCH_WORK:-/tmp/publisher-bench}/benchmarkdotnet, outside the repository.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${BENCH_WORK:-/tmp/publisher-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

filters=()
options=()
passing=false
for arg in "$@"; do
  if [ "$arg" = --short ]; then
    options+=(--job short)
  elif $passing || [[ "$arg" == -* ]]; then
    # From the first BenchmarkDotNet option on, everything is passed through as written (options and their values).
    passing=true
    options+=("$arg")
  else
    filters+=("$arg")
  fi
done
[ "${#filters[@]}" -gt 0 ] || filters=('*')

mkdir -p "$work/benchmarkdotnet"
# The runner itself is started with `dotnet run -c Release`; BenchmarkDotNet then builds and times the benchmarks
# in child processes of its own, so MSBuild's time is never part of a figure.
exec dotnet run --project "$repo/bench/Publisher.Benchmarks" -c Release -- \
  --filter "${filters[@]}" --artifacts "$work/benchmarkdotnet" "${options[@]}"
