#!/bin/sh
# run.sh: builds the libFuzzer targets with clang into build-fuzz/ and runs each one for SECONDS over its corpus.
#
#   sh fuzz/run.sh [SECONDS]        (make fuzz, make fuzz-ci)
#
# Environment: FUZZ_CC (default clang), FUZZ_TARGETS (default: every fuzz/fuzz_*.c),
# FUZZ_MAX_LEN (default 65536). Exits 0 when no target found anything, 1 when
# one did (the input is kept in fuzz/crashes/), 2 when the targets cannot be built.
set -eu

cd "$(dirname "$0")/.."

seconds=${1:-60}
cc=${FUZZ_CC:-clang}
targets=${FUZZ_TARGETS:-$(ls fuzz/fuzz_*.c | sed 's|^fuzz/fuzz_||; s|\.c$||' | tr '\n' ' ')}
max_len=${FUZZ_MAX_LEN:-65536}
out=build-fuzz
crashes=fuzz/crashes
regressions=tests/hostile/regressions

case $seconds in
  '' | *[!0-9]*) echo "usage: sh fuzz/run.sh [SECONDS]" >&2; exit 2 ;;
esac

# -O1 keeps the fuzzer fast while the stack traces stay readable; UBSan must
# abort rather than recover, or undefined behaviour would never be a finding.
cflags="-std=c11 -O1 -g -fno-omit-frame-pointer -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
-Iinclude -Isrc -fno-sanitize-recover=undefined"
libs="-lutf8proc -ljansson -lm -lpthread"

if ! command -v "$cc" >/dev/null 2>&1; then
  echo "fuzz: $cc not found (run scripts/deps.sh)" >&2
  exit 2
fi

mkdir -p "$out/obj"

# The libFuzzer runtime ships apart from clang on Debian; say so plainly
# instead of failing later with an obscure link error.
probe="$out/probe"
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' >"$probe.c"
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" >"$probe.log" 2>&1; then
  cat "$probe.log" >&2
  echo "fuzz: $cc cannot link libFuzzer programs; install libclang-rt-dev (clang's compiler-rt runtime)" >&2
  exit 2
fi

lib_src=$(ls src/*/*.c 2>/dev/null | sort || true)
if [ -z "$lib_src" ]; then
  echo "fuzz: no library sources in src/*/*.c yet" >&2
  exit 2
fi

# Rebuilds everything when the flags or compiler change; otherwise an object
# is rebuilt when its source or any header is newer than it.
stamp="$out/flags"
want="$cc $cflags"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  rm -rf "$out/obj"
  mkdir -p "$out/obj"
  printf '%s\n' "$want" >"$stamp"
fi

objs=""
for src in $lib_src; do
  obj="$out/obj/${src%.c}.o"
  objs="$objs $obj"
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] ||
     [ -n "$(find include src -name '*.h' -newer "$obj" 2>/dev/null | head -n 1)" ]; then
    mkdir -p "$(dirname "$obj")"
    echo "fuzz: cc $src"
    # shellcheck disable=SC2086
    "$cc" $cflags -fsanitize=fuzzer-no-link,address,undefined -c "$src" -o "$obj"
  fi
done

# The built-in lexicon: make compiles the blob with the host compiler, and it
# is embedded here by assembling lexicon_blob.S, as the Makefile does.
if ! make --no-print-directory build/lexicon.blob >"$out/blob.log" 2>&1; then
  cat "$out/blob.log" >&2
  echo "fuzz: cannot build the lexicon blob" >&2
  exit 2
fi
blob_obj="$out/obj/lexicon_blob.o"
if [ ! -f "$blob_obj" ] || [ build/lexicon.blob -nt "$blob_obj" ] || [ src/lexicon/lexicon_blob.S -nt "$blob_obj" ]; then
  echo "fuzz: embed build/lexicon.blob"
  "$cc" -c -DLEXICON_BLOB='"build/lexicon.blob"' src/lexicon/lexicon_blob.S -o "$blob_obj"
fi
objs="$objs $blob_obj"

dict_for() {
  case $1 in
    reader_jsonl) echo fuzz/dict/jsonl.dict ;;
    reader_sgml) echo fuzz/dict/sgml.dict ;;
    lexicon) echo fuzz/dict/lexicon.dict ;;
    *) echo fuzz/dict/text.dict ;;
  esac
}

ext_for() {
  case $1 in
    reader_jsonl) echo jsonl ;;
    reader_sgml) echo sgm ;;
    lexicon) echo bin ;;
    *) echo txt ;;
  esac
}

for t in $targets; do
  if [ ! -f "fuzz/fuzz_$t.c" ]; then
    echo "fuzz: no target fuzz/fuzz_$t.c" >&2
    exit 2
  fi
  echo "fuzz: link fuzz_$t"
  # shellcheck disable=SC2086
  "$cc" $cflags -fsanitize=fuzzer,address,undefined "fuzz/fuzz_$t.c" $objs $libs -o "$out/fuzz_$t"
done

mkdir -p "$crashes"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"

failed=""
for t in $targets; do
  bin="$out/fuzz_$t"
  log="$out/$t.log"
  dict=$(dict_for "$t")

  # Past crashes first: a target given files instead of directories runs each once.
  replay=$(ls "$regressions/$t"-* 2>/dev/null || true)
  if [ -n "$replay" ]; then
    # shellcheck disable=SC2086
    if ! "$bin" -timeout=10 $replay >"$log.replay" 2>&1; then
      tail -n 40 "$log.replay" >&2
      echo "fuzz: $t: a regression input in $regressions/ fails again" >&2
      failed="$failed $t"
      continue
    fi
  fi

  # New corpus entries go to build-fuzz/, so the committed seeds stay small and hand-written.
  mkdir -p "$out/corpus/$t"
  echo "fuzz: $t for ${seconds}s (log $log)"
  set +e
  "$bin" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/$t-" -print_final_stats=1 -dict="$dict" \
    "$out/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1
  status=$?
  set -e
  if [ "$status" -eq 0 ]; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    echo "fuzz: $t ok: ${execs:-?} runs, ${cov:-cov: ?}"
  else
    tail -n 60 "$log" >&2
    echo "fuzz: $t FAILED (exit $status); the input is in $crashes/$t-*" >&2
    echo "fuzz: once fixed, keep it as $regressions/$t-<what>.$(ext_for "$t")" >&2
    failed="$failed $t"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzz: findings in:$failed" >&2
  exit 1
fi
echo "fuzz: no findings"
