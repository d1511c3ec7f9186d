#!/usr/bin/env bash
# End-to-end benchmark of `publisher build` against Hugo on the same synthetic corpus (project issue 5).
#
# For each size N it times, several runs each, and reports medians of wall time and peak RSS:
#   (a) a full publisher build into an empty output folder,
#   (b) a clean Hugo build of the same corpus,
#   (c) a no-op publisher rebuild (output present, nothing changed),
#   (d) a publisher rebuild after one article was edited.
# It prints a Markdown table and writes it to $BENCH_WORK/results-<date>.md.
#
# Usage: bench/run.sh [N ...]                 (default 1000 10000 100000)
# Environment:
#   BENCH_SIZES="1000 10000"   sizes, when none are given as arguments
#   BENCH_WORK=/tmp/publisher-bench   work folder (corpora are cached here per N; never inside the repository)
#   BENCH_RUNS=5               runs per measurement for every N (default 5 below 100,000 articles, 3 from there)
#   BENCH_HUGO_PAGINATE=50     list page size forced on Hugo older than 0.128 (0 leaves Hugo's default)
#   BENCH_HUGO=0               skip the Hugo runs (ratios to Hugo are then n/a)
#   BENCH_R2R=0                time the plain Release build instead of a ReadyToRun publish
#
# Exit code: 0 when every tool ran, even if a target was missed or a build reported errors (the table says so);
# non-zero only when a tool crashed (killed by a signal) or the set-up (build, corpus) failed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${BENCH_WORK:-/tmp/publisher-bench}
if [ "$#" -gt 0 ]; then
  sizes=("$@")
else
  read -r -a sizes <<<"${BENCH_SIZES:-1000 10000 100000}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

die() { echo "bench/run.sh: $*" >&2; exit 2; }
note() { echo "==> $*" >&2; }

for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a number of articles"
done

# The script deletes folders between runs; make sure the work folder can never be the repository, the home folder
# or the file-system root, and that every deletion stays inside it (see wipe below).
mkdir -p "$work"
work=$(cd "$work" && pwd)
case "$work" in
  / | "$HOME" | "$repo" | "$repo"/*) die "BENCH_WORK=$work is not a safe work folder (it must be outside the repository)" ;;
esac

# rm -rf, but only for paths inside the work folder: the bench never deletes anything it did not make.
wipe() {
  local target
  for target in "$@"; do
    case "$target" in
      "$work"/?*) rm -rf -- "$target" ;;
      *) die "refusing to delete $target: it is outside $work" ;;
    esac
  done
}

# Outputs of earlier runs are moved aside, not deleted, until a size's measurements are done. Deleting a site of
# 20,000 to 200,000 files just before the next build makes that build pay for it: ext4's inode allocator skips
# recently freed inodes (perf shows the time in recently_deleted/find_inode_bit), which added 2 to 14 s of system
# time to a 10,000-article build of either tool and grew with every run. Nothing is freed while the script times
# builds: the retired outputs are deleted once every size is done (and at the start, after a killed run).
retired="$work/retired"
retire() {
  local target
  mkdir -p "$retired"
  for target in "$@"; do
    case "$target" in
      "$work"/?*) [ ! -e "$target" ] || mv -- "$target" "$(mktemp -d "$retired/XXXXXX")/" ;;
      *) die "refusing to move $target: it is outside $work" ;;
    esac
  done
}
[ ! -d "$retired" ] || wipe "$retired"

# ---------------------------------------------------------------------------------------------------------------
# Tools. Hugo and GNU time come from Debian when missing. hyperfine is not used: Debian's hyperfine (1.15) does not
# report memory, so every sample would need a second run for its peak RSS; /usr/bin/time -v gives both in one run.
# ---------------------------------------------------------------------------------------------------------------
apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || return 1
    sudo=(sudo)
  fi
  # A fresh machine has no package lists yet: install, and on failure update the lists once and try again.
  "${sudo[@]}" apt-get install -y "$@" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update >/dev/null 2>&1 && "${sudo[@]}" apt-get install -y "$@" >/dev/null 2>&1; }
}

if ! command -v hugo >/dev/null; then
  note "installing hugo (Debian package hugo)"
  apt_install hugo || die "hugo is not installed and could not be installed (apt-get install hugo)"
fi
gnu_time=/usr/bin/time
if [ ! -x "$gnu_time" ]; then
  note "installing GNU time (Debian package time)"
  apt_install time || true
fi
if [ ! -x "$gnu_time" ]; then
  # Without it the wall times are still measured (with date); peak RSS is reported as n/a.
  note "GNU time is unavailable: peak RSS will not be measured"
  gnu_time=""
fi

# Debian's Hugo may predate 0.128, which ignores the corpus's [pagination] pagerSize and pages lists by 10: the
# HUGO_PAGINATE environment variable sets the old key so both tools write lists of the same length.
hugo_version=$(hugo version 2>/dev/null | head -n 1)
hugo_env=()
if [[ "$hugo_version" =~ v0\.([0-9]+)\. ]] && [ "${BASH_REMATCH[1]}" -lt 128 ] && [ "${BENCH_HUGO_PAGINATE:-50}" != 0 ]; then
  hugo_env=(env "HUGO_PAGINATE=${BENCH_HUGO_PAGINATE:-50}")
fi

# ---------------------------------------------------------------------------------------------------------------
# The CLI as a deployed tool runs: published once in Release and ReadyToRun (precompiled for this machine's runtime
# identifier, `dotnet publish -r RID -p:PublishReadyToRun=true`), so a short rebuild does not spend most of its time
# in the JIT compiler. When the SDK cannot restore the crossgen package for this RID (or BENCH_R2R=0), the plain
# Release build is timed instead; the results say which. The timed runs start the binary, never `dotnet run`
# (which would time MSBuild).
# ---------------------------------------------------------------------------------------------------------------
rid=$(dotnet --info 2>/dev/null | awk '/RID:/ { print $2; exit }')
cli_folder="$work/cli"
publisher_bin=""
if [ "${BENCH_R2R:-1}" != 0 ] && [ -n "$rid" ]; then
  note "publishing src/Publisher.Cli (Release, ReadyToRun for $rid)"
  [ ! -d "$cli_folder" ] || wipe "$cli_folder"
  if dotnet publish "$repo/src/Publisher.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
      -o "$cli_folder" -v:q -nologo >"$work/cli-build.log" 2>&1; then
    publisher_bin="$cli_folder/publisher"
    cli_kind="ReadyToRun publish for $rid"
  else
    note "ReadyToRun publish failed (log: $work/cli-build.log); timing the plain Release build"
  fi
fi
if [ -z "$publisher_bin" ]; then
  note "building src/Publisher.Cli (Release)"
  dotnet build "$repo/src/Publisher.Cli" -c Release -v:q -nologo >"$work/cli-build.log" 2>&1 \
    || { tail -n 30 "$work/cli-build.log" >&2; die "dotnet build src/Publisher.Cli failed (log: $work/cli-build.log)"; }
  publisher_bin="$repo/src/Publisher.Cli/bin/Release/net10.0/publisher"
  cli_kind="Release build (JIT)"
fi
if [ -x "$publisher_bin" ]; then
  publisher=("$publisher_bin")
else
  publisher=(dotnet "$publisher_bin.dll")
fi
templates="$repo/templates"

# A corpus is reused while the generator's sources are unchanged: the stamp holds N and a hash of them.
corpus_stamp() {
  local n=$1
  echo "articles=$n"
  (cd "$repo/src/Publisher.Corpus" && find . -type f \( -name '*.cs' -o -name '*.txt' -o -name '*.csproj' \) -not -path './obj/*' -not -path './bin/*' | LC_ALL=C sort | xargs sha256sum | sha256sum)
}

ensure_corpus() {
  local n=$1 dir=$2
  local stamp
  stamp=$(corpus_stamp "$n")
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    note "N=$n: reusing the corpus in $dir"
    return
  fi
  note "N=$n: generating the corpus in $dir"
  wipe "$dir/corpus" "$dir/hugo" "$dir/site" "$dir/hugo-public"
  rm -f "$dir/.stamp"
  mkdir -p "$dir"
  dotnet run --project "$repo/src/Publisher.Corpus" -c Release -- --articles "$n" --out "$dir/corpus" --hugo "$dir/hugo" >"$dir/corpus.log" 2>&1 \
    || { tail -n 20 "$dir/corpus.log" >&2; die "the corpus generator failed for N=$n"; }
  echo "$stamp" >"$dir/.stamp"
}

# ---------------------------------------------------------------------------------------------------------------
# Measuring. One run = one command under /usr/bin/time -v; the wall time is taken with date around it (ns clock,
# where time -v only gives hundredths). Each sample line is "wall_seconds max_rss_kb exit_status".
# ---------------------------------------------------------------------------------------------------------------
crashed=0

# measure SAMPLES LOG cmd...: runs cmd once and appends a sample.
measure() {
  local samples=$1 log=$2
  shift 2
  local tfile="$log.time" status=0 start end rss
  start=$(date +%s%N)
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -v -o "$tfile" "$@" >"$log" 2>&1 || status=$?
  else
    "$@" >"$log" 2>&1 || status=$?
  fi
  end=$(date +%s%N)
  rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tfile" 2>/dev/null || true)
  # GNU time exits with the command's status; a command killed by a signal is a crash, not a missed target.
  if [ -n "$gnu_time" ] && grep -q "Command terminated by signal" "$tfile" 2>/dev/null; then
    status=crash
    crashed=1
  elif [ "$status" -ge 128 ] 2>/dev/null; then
    status=crash
    crashed=1
  fi
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }') ${rss:-NA} $status" >>"$samples"
}

# median COLUMN FILE: the median of a column (the mean of the middle two for an even count); NA when there is none.
median() {
  awk -v c="$1" '$c != "NA" { print $c }' "$2" | sort -g | awk '
    { v[NR] = $1 }
    END { if (NR == 0) { print "NA"; exit } if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# failures FILE: "" when every run exited 0, else e.g. "2/5 runs exit 1".
failures() {
  awk '$3 != 0 { bad++; what = $3 } END { if (bad) printf "%d/%d runs exit %s", bad, NR, what }' "$1"
}

html_pages() { if [ -d "$1" ]; then find "$1" -type f -name '*.html' | wc -l; else echo 0; fi; }

# "changed" files as the publisher reports them ("Files (changed, removed) │ 2,006 (2,006, 0)").
files_changed() {
  sed -n 's/.*Files (changed, removed)[^0-9]*[0-9,]* (\([0-9,]*\),.*/\1/p' "$1" | tr -d , | tail -n 1
}

# verdict OK FAILURES: "met", or "**missed**" with the failed runs when there were any.
verdict() { if [ -n "$2" ]; then echo "**missed** ($2)"; elif [ "$1" = 1 ]; then echo met; else echo "**missed**"; fi; }

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
mb() { [ "$1" = NA ] && echo n/a || calc "$1 / 1024" 0; }

# ---------------------------------------------------------------------------------------------------------------
# Runs.
# ---------------------------------------------------------------------------------------------------------------
rows=()
declare -A full_median=()

# The edited article is put back even when the script is interrupted, so a cached corpus stays as generated. The
# backup records which file it belongs to (edit-backup.path), so even a killed run is repaired by the next one.
restore_edit() {
  local dir=$1
  if [ -f "$dir/edit-backup.path" ] && [ -f "$dir/edit-backup.txt" ]; then
    cp "$dir/edit-backup.txt" "$(cat "$dir/edit-backup.path")"
  fi
  rm -f "$dir/edit-backup.path" "$dir/edit-backup.txt"
}
current_dir=""
trap '[ -z "$current_dir" ] || restore_edit "$current_dir"' EXIT
trap 'exit 130' INT TERM

start_time=$(date '+%Y-%m-%d %H:%M:%S %Z')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

for n in "${sizes[@]}"; do
  dir="$work/n$n"
  [ ! -d "$dir" ] || restore_edit "$dir"
  ensure_corpus "$n" "$dir"
  current_dir=$dir
  runs=${BENCH_RUNS:-$([ "$n" -ge 100000 ] && echo 3 || echo 5)}
  logs="$dir/logs"
  wipe "$logs"
  mkdir -p "$logs"
  site="$dir/site"
  build=("${publisher[@]}" build --content "$dir/corpus" --templates "$templates" --out "$site")

  # (a) Full build from an empty output folder. The publisher stages pages in a hidden sibling of --out
  # (.site.publisher-staging) and removes it itself; a killed run leaves one behind, so it goes too. Its caches
  # beside the output (.site.publisher-parsed, -pages, -state) go as well: a full build parses every article.
  note "N=$n: (a) publisher full build x$runs"
  : >"$logs/full.samples"
  for i in $(seq "$runs"); do
    retire "$site" "$dir/.site.publisher-staging"
    wipe "$dir"/.site.publisher-*
    measure "$logs/full.samples" "$logs/full-$i.log" "${build[@]}"
  done
  full_pages=$(html_pages "$site")
  full_changed=$(files_changed "$logs/full-$runs.log")

  # (b) Hugo from clean: no public folder and no resources cache. BENCH_HUGO=0 leaves it out (the table then says
  # n/a), for a quick look at the publisher alone.
  note "N=$n: (b) hugo build x$runs"
  : >"$logs/hugo.samples"
  [ "${BENCH_HUGO:-1}" != 0 ] || echo "NA NA 0" >"$logs/hugo.samples"
  for i in $(seq "$([ "${BENCH_HUGO:-1}" != 0 ] && echo "$runs" || echo 0)"); do
    retire "$dir/hugo-public" "$dir/hugo/resources"
    measure "$logs/hugo.samples" "$logs/hugo-$i.log" "${hugo_env[@]}" hugo --quiet -s "$dir/hugo" -d "$dir/hugo-public"
  done
  hugo_pages=$(html_pages "$dir/hugo-public")

  # (c) No-op rebuild: the output of (a) is in place with its manifest, and nothing changed. It is built once
  # untimed first so a failed last run of (a) cannot turn the first sample into a full build.
  note "N=$n: (c) publisher no-op rebuild x$runs"
  "${build[@]}" >"$logs/noop-setup.log" 2>&1 || true
  : >"$logs/noop.samples"
  for i in $(seq "$runs"); do
    measure "$logs/noop.samples" "$logs/noop-$i.log" "${build[@]}"
  done
  noop_pages=$(html_pages "$site")
  noop_changed=$(files_changed "$logs/noop-$runs.log")

  # (d) One article edited: a sentence appended to the middle article of the corpus, a timed rebuild, then the file
  # restored and an untimed rebuild so every run starts from the same site.
  note "N=$n: (d) publisher rebuild after editing one article x$runs"
  mapfile -t articles < <(find "$dir/corpus/articles" -type f -name '*.txt' | LC_ALL=C sort)
  edited_file=${articles[$((${#articles[@]} / 2))]}
  cp "$edited_file" "$dir/edit-backup.txt"
  echo "$edited_file" >"$dir/edit-backup.path"
  : >"$logs/edit.samples"
  for i in $(seq "$runs"); do
    printf '\nOfficials said on Friday that the talks would resume next week.\n' >>"$edited_file"
    measure "$logs/edit.samples" "$logs/edit-$i.log" "${build[@]}"
    cp "$dir/edit-backup.txt" "$edited_file"
    "${build[@]}" >"$logs/edit-restore-$i.log" 2>&1 || true
  done
  restore_edit "$dir"
  edit_pages=$(html_pages "$site")
  edit_changed=$(files_changed "$logs/edit-$runs.log")

  # Medians, ratios and targets for this N.
  full_t=$(median 1 "$logs/full.samples"); full_rss=$(median 2 "$logs/full.samples")
  hugo_t=$(median 1 "$logs/hugo.samples"); hugo_rss=$(median 2 "$logs/hugo.samples")
  noop_t=$(median 1 "$logs/noop.samples"); noop_rss=$(median 2 "$logs/noop.samples")
  edit_t=$(median 1 "$logs/edit.samples"); edit_rss=$(median 2 "$logs/edit.samples")
  full_median[$n]=$full_t

  if [ "$hugo_t" = NA ]; then ratio=n/a; else ratio=$(calc "$full_t / $hugo_t" 2); fi
  noop_pct=$(calc "100 * $noop_t / $full_t" 1)
  edit_pct=$(calc "100 * $edit_t / $full_t" 1)

  # Targets of issue 5. A run that exited non-zero misses whatever target its row has.
  full_fail=$(failures "$logs/full.samples"); noop_fail=$(failures "$logs/noop.samples"); edit_fail=$(failures "$logs/edit.samples")
  hugo_fail=$(failures "$logs/hugo.samples")
  full_target="—"; full_result=${full_fail:+**failed** ($full_fail)}
  if [ "$n" -eq 10000 ]; then
    full_target="≤ 0.25× Hugo, ≤ 600 MB"
    ok=$(awk -v r="$ratio" -v m="$full_rss" 'BEGIN { print (r <= 0.25 && m != "NA" && m <= 600 * 1024) ? 1 : 0 }')
    full_result=$(verdict "$ok" "$full_fail")
  elif [ "$n" -eq 100000 ]; then
    full_target="≤ 60 s, ≤ 2 GB"
    ok=$(awk -v t="$full_t" -v m="$full_rss" 'BEGIN { print (t <= 60 && m != "NA" && m <= 2048 * 1024) ? 1 : 0 }')
    full_result=$(verdict "$ok" "$full_fail")
  fi
  noop_target="—"; noop_result=${noop_fail:+**failed** ($noop_fail)}
  if [ "$n" -eq 10000 ]; then
    noop_target="≤ 1 s"
    noop_result=$(verdict "$(awk -v t="$noop_t" 'BEGIN { print (t <= 1) ? 1 : 0 }')" "$noop_fail")
  fi
  edit_target="≤ 5% of full"
  edit_result=$(verdict "$(awk -v p="$edit_pct" 'BEGIN { print (p <= 5) ? 1 : 0 }')" "$edit_fail")

  rows+=("| $n | publisher full build | $runs | $full_t | $(mb "$full_rss") | $full_pages | ${full_changed:-?} | ${ratio}× Hugo | $full_target | ${full_result:-—} |")
  hugo_result="—"
  [ -z "$hugo_fail" ] || hugo_result="**failed** ($hugo_fail)"
  rows+=("| $n | hugo full build | $runs | $hugo_t | $(mb "$hugo_rss") | $hugo_pages | — | 1.00× | — | $hugo_result |")
  rows+=("| $n | publisher no-op rebuild | $runs | $noop_t | $(mb "$noop_rss") | $noop_pages | ${noop_changed:-?} | ${noop_pct}% of full | $noop_target | ${noop_result:-—} |")
  rows+=("| $n | publisher one-article edit | $runs | $edit_t | $(mb "$edit_rss") | $edit_pages | ${edit_changed:-?} | ${edit_pct}% of full | $edit_target | $edit_result |")
done
wipe "$retired"

# Scaling: the 100k full build should cost at most 11 times the 10k one (close to linear).
scaling=""
if [ -n "${full_median[10000]:-}" ] && [ -n "${full_median[100000]:-}" ]; then
  s=$(calc "${full_median[100000]} / ${full_median[10000]}" 2)
  ok=$(awk -v s="$s" 'BEGIN { print (s <= 11) ? 1 : 0 }')
  scaling="Full build time 100k / 10k: **${s}** (target ≤ 11: $([ "$ok" = 1 ] && echo met || echo '**missed**'))."
fi

# ---------------------------------------------------------------------------------------------------------------
# Report.
# ---------------------------------------------------------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$repo" status --porcelain 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)
report="$work/results-$(date +%Y-%m-%d-%H%M%S).md"
{
  echo "# publisher vs Hugo — $start_time"
  echo
  echo "- machine: $(nproc) cores, $mem, $cpu; load average at start $load_before, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- dotnet $(dotnet --version); $hugo_version${hugo_env[*]:+ (run with ${hugo_env[*]:1})}"
  echo "- publisher at $commit$dirty, $cli_kind, \`publisher build --content W/corpus --templates templates --out W/site\`"
  echo "- medians of the runs; peak RSS is the median of the runs' maximum resident set size (GNU time)"
  echo "- pages: *.html files in the output after the runs; changed: files the publisher reports as written (changed)"
  echo
  echo "| N | measurement | runs | median wall (s) | median peak RSS (MB) | pages | changed | ratio | target | result |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---|---|"
  printf '%s\n' "${rows[@]}"
  if [ -n "$scaling" ]; then
    echo
    echo "$scaling"
  fi
  echo
  echo "Raw samples (wall s, max RSS kB, exit status) and every run's output: $work/n<N>/logs/."
} >"$report"
cat "$report"
note "written to $report"

if [ "$crashed" -ne 0 ]; then
  note "a tool crashed (killed by a signal); see the logs"
  exit 1
fi
