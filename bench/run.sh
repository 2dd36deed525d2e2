#!/bin/sh
# run.sh: times a dateline command over a corpus mix and prints throughput and peak memory.
#
#   sh bench/run.sh [DATELINE]        (make bench)
#   BENCH_COMMAND="code -j 2" sh bench/run.sh
#
# Uses the corpora in ../shared/data/corpora (relative to the repository root)
# when they are there: Reuters-21578 SGML and the BBC News plain-text stories;
# otherwise a synthetic corpus from bench/gen-corpus.sh in build/bench-corpus/.
# Each corpus is run BENCH_RUNS times (default 5) with output to /dev/null and
# the median wall time is reported, with the peak resident set size when
# /usr/bin/time is installed. Start-up time on an empty input is shown apart,
# so it can be subtracted by eye when comparing small corpora.
#
# Environment: BENCH_COMMAND (default "article --json"; "code" times the whole
# event pipeline and counts its events), BENCH_RUNS, BENCH_CORPORA (a
# directory laid out like ../shared/data/corpora), BENCH_GEN_MB (size of each
# generated corpus).

# bash for arrays and arithmetic; `make bench` starts us with sh.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

cd "$(dirname "$0")/.."
dateline=${1:-build/dateline}
runs=${BENCH_RUNS:-5}
corpora=${BENCH_CORPORA:-../shared/data/corpora}
gen_mb=${BENCH_GEN_MB:-3}
read -r -a command <<<"${BENCH_COMMAND:-article --json}"

if [ ! -x "$dateline" ]; then
  echo "bench: $dateline is not built (make all)" >&2
  exit 2
fi
case $runs in '' | *[!0-9]* | 0) echo "bench: BENCH_RUNS must be a positive number" >&2; exit 2 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dateline-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o "$tmp/probe" true 2>/dev/null; then have_time=1; fi

# Seconds since the epoch with nanoseconds (GNU date), as a decimal string.
now() { date +%s.%N; }

# The median of numbers on standard input.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Bytes in the inputs the CLI will read: regular files, directories walked
# the way it walks them (hidden names skipped).
input_bytes() {
  local total=0 path size
  for path in "$@"; do
    if [ -d "$path" ]; then
      size=$(find "$path" -mindepth 1 -name '.*' -prune -o -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    else
      size=$(wc -c <"$path")
    fi
    total=$((total + size))
  done
  echo "$total"
}

# Runs the CLI once: run_once LABEL INPUT...; prints "seconds peak-kB" (peak "-" without /usr/bin/time).
run_once() {
  local label=$1 start end status=0
  shift
  start=$(now)
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -f '%M' -o "$tmp/time" "$dateline" "${command[@]}" "$@" >/dev/null 2>"$tmp/stderr" || status=$?
  else
    "$dateline" "${command[@]}" "$@" >/dev/null 2>"$tmp/stderr" || status=$?
  fi
  end=$(now)
  # 0 and 1 both mean the corpus was read (1: some records were bad); 2 or a signal is a failure.
  if [ "$status" -ge 2 ]; then
    echo "bench: $label: dateline failed (exit $status)" >&2
    head -n 5 "$tmp/stderr" >&2
    return 1
  fi
  local peak=-
  if [ "$have_time" = 1 ]; then peak=$(tail -n 1 "$tmp/time"); fi
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }') $peak"
}

rows=()
failures=0

# Benchmarks one corpus: bench_corpus NAME INPUT...
bench_corpus() {
  local name=$1
  shift
  local bytes articles records bad status=0 i line
  bytes=$(input_bytes "$@")
  # A first run counts the articles and warms the page cache; one of the command counts its records.
  articles=$("$dateline" article --json "$@" 2>"$tmp/stderr" | wc -l) || status=$?
  bad=$(grep -c . "$tmp/stderr" || true)
  records=$("$dateline" "${command[@]}" "$@" 2>/dev/null | wc -l) || true
  : >"$tmp/times"
  : >"$tmp/peaks"
  for ((i = 0; i < runs; i++)); do
    if ! line=$(run_once "$name" "$@"); then
      rows+=("$name|$bytes|$articles|FAILED|||$records")
      failures=$((failures + 1))
      return 0
    fi
    echo "${line% *}" >>"$tmp/times"
    echo "${line#* }" >>"$tmp/peaks"
  done
  local secs peak
  secs=$(median <"$tmp/times")
  peak=$(if [ "$have_time" = 1 ]; then sort -n "$tmp/peaks" | tail -n 1; else echo -; fi)
  rows+=("$name|$bytes|$articles|$secs|$peak|$bad|$records")
  echo "bench: $name done" >&2
}

# ------------------------------------------------------------ the corpora

declare -a names=() inputs_all=()
if [ -d "$corpora" ]; then
  source_note="corpora from $corpora"
  mapfile -t reuters < <(ls "$corpora"/reuters21578/*.sgm 2>/dev/null | sort)
  if [ "${#reuters[@]}" -gt 0 ]; then
    names+=("reuters21578 (SGML)")
    declare -a corpus_0=("${reuters[@]}")
    inputs_all+=("${reuters[@]}")
  fi
  if [ -d "$corpora/bbc-news-2225" ]; then
    names+=("bbc-news-2225 (text)")
    declare -a corpus_1=("$corpora/bbc-news-2225")
    inputs_all+=("$corpora/bbc-news-2225")
  fi
  # The Guardian sample is CSV; only time it once the reader says it reads CSV.
  if ls "$corpora"/guardian-sdf/*.csv >/dev/null 2>&1 &&
     "$dateline" article --help 2>&1 | grep -qi 'csv'; then
    names+=("guardian-sdf (CSV)")
    mapfile -t guardian < <(ls "$corpora"/guardian-sdf/*.csv | sort)
    declare -a corpus_2=("${guardian[@]}")
    inputs_all+=("${guardian[@]}")
  fi
else
  gen=build/bench-corpus
  if [ ! -f "$gen/.done-$gen_mb" ]; then
    echo "bench: generating a ${gen_mb} MB-per-format corpus in $gen" >&2
    rm -rf "$gen"
    sh bench/gen-corpus.sh "$gen" "$gen_mb"
    touch "$gen/.done-$gen_mb"
  fi
  source_note="generated corpus in $gen ($corpora not found)"
  names+=("generated text" "generated JSONL" "generated SGML")
  declare -a corpus_0=("$gen/text") corpus_1=("$gen/stories.jsonl") corpus_2=("$gen/reuters.sgm" "$gen/gigaword.sgml")
  inputs_all=("$gen/text" "$gen/stories.jsonl" "$gen/reuters.sgm" "$gen/gigaword.sgml")
fi

if [ "${#names[@]}" -eq 0 ]; then
  echo "bench: no corpus found in $corpora" >&2
  exit 2
fi

echo "bench: $("$dateline" --version 2>/dev/null || echo dateline) ${command[*]}, $runs runs each, $source_note" >&2

for ((c = 0; c < ${#names[@]}; c++)); do
  # Each corpus is in an array named corpus_N, in the order of names.
  declare -n corpus="corpus_$c"
  bench_corpus "${names[$c]}" "${corpus[@]}"
  unset -n corpus
done
if [ "${#names[@]}" -gt 1 ]; then bench_corpus "all, in one run" "${inputs_all[@]}"; fi

# Start-up: an empty file, many runs, since each takes milliseconds.
: >"$tmp/empty.txt"
: >"$tmp/startup"
start_peak=-
startup=FAILED
for ((i = 0; i < 21; i++)); do
  if ! line=$(run_once "start-up" "$tmp/empty.txt"); then
    failures=$((failures + 1))
    break
  fi
  echo "${line% *}" >>"$tmp/startup"
  start_peak=${line#* }
done
if [ "$failures" -eq 0 ] || [ -s "$tmp/startup" ]; then startup=$(median <"$tmp/startup"); fi

# ---------------------------------------------------------------- the table

printf '\ndateline %s\n' "${command[*]}"
printf '%-22s %9s %9s %8s %9s %11s %9s %6s %9s\n' corpus "input MB" articles "median s" "MB/s" "articles/s" "peak MB" "errors" "lines/s"
printf '%-22s %9s %9s %8s %9s %11s %9s %6s %9s\n' ---------------------- --------- --------- -------- --------- ----------- --------- ------ ---------
for row in "${rows[@]}"; do
  IFS='|' read -r name bytes articles secs peak bad records <<<"$row"
  if [ "$secs" = FAILED ]; then
    printf '%-22s %9.2f %9s %8s\n' "$name" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$articles" FAILED
    continue
  fi
  awk -v n="$name" -v b="$bytes" -v a="$articles" -v s="$secs" -v p="$peak" -v e="$bad" -v r="$records" 'BEGIN {
    mbs = s > 0 ? b / 1e6 / s : 0
    aps = s > 0 ? a / s : 0
    rps = s > 0 ? r / s : 0
    pk = p == "-" ? "-" : sprintf("%.1f", p / 1024)
    printf "%-22s %9.2f %9d %8.3f %9.1f %11.0f %9s %6d %9.0f\n", n, b / 1e6, a, s, mbs, aps, pk, e, rps
  }'
done
if [ "$startup" = FAILED ]; then
  printf '\nstart-up on an empty input: FAILED\n'
else
  awk -v s="$startup" -v p="$start_peak" 'BEGIN {
    pk = p == "-" ? "n/a" : sprintf("%.1f MB", p / 1024)
    printf "\nstart-up on an empty input: %.1f ms (median of 21), peak RSS %s\n", s * 1000, pk
  }'
fi
echo "MB = 10^6 bytes of input; times are wall-clock medians including start-up; errors = lines on stderr (bad records); lines/s = output lines (articles, or events for code) a second."
if [ "$have_time" = 0 ]; then echo "(peak RSS needs /usr/bin/time, Debian package 'time')"; fi
if [ "$failures" -gt 0 ]; then
  echo "bench: $failures run(s) failed" >&2
  exit 1
fi
