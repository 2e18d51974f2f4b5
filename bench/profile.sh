#!/bin/sh
# profile.sh - repeatable instruction-count profile of the full analysis
# (callgrind; this machine has no hardware perf counters): bench_core, one
# pass, over a fixed 400-document sample (150 polnear, 150 conll2003 dev
# texts, 100 Reuters stories).  Prints the top functions by inclusive and by
# self cost; the raw profile stays in bench/out/callgrind.out for
# callgrind_annotate or kcachegrind.  Takes a few minutes.
# Owner: performance (issue 8).
set -eu
cd "$(dirname "$0")/.."
BUILD=${LEDE_BENCH_BUILD:-build-bench}
SHARED=../shared
mkdir -p bench/out
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_TESTS=OFF \
    -DCMAKE_PROJECT_INCLUDE="$PWD/cmake/bench.cmake" >/dev/null
nice -n 10 cmake --build "$BUILD" -j2 --target bench_core >/dev/null
sample=bench/out/profile_sample.jsonl
{ head -n 150 "$SHARED/corpora/polnear/dev.jsonl"; head -n 150 "$SHARED/corpora/conll2003/dev.jsonl"
  head -n 100 "$SHARED/unlabeled/reuters21578.jsonl"; } >"$sample"
LEDE_DATA_DIR="$PWD/data" nice -n 10 valgrind --tool=callgrind --callgrind-out-file=bench/out/callgrind.out \
    "$BUILD/bench_core" --passes 1 "$sample" >/dev/null 2>bench/out/callgrind.log
echo "== inclusive (bench_core runs every document twice: stage by stage, then lede_analyze)"
callgrind_annotate --inclusive=yes bench/out/callgrind.out | grep -E '^ *[0-9,]+ \( *[0-9.]+%\)  core/' | head -n 30
echo "== self"
callgrind_annotate bench/out/callgrind.out | grep -E '^ *[0-9,]+ \( *[0-9.]+%\)  ' | head -n 25
echo "== callers of the hottest libc functions"
callgrind_annotate --tree=caller bench/out/callgrind.out | awk '
    /^ *[0-9,]+ \( *[0-9.]+%\)  < / { buf[n++] = $0; next }
    /\*  .*(strlen-avx2.S:__strlen_avx2|vsnprintf.c:vsnprintf |memcmp-avx2)/ {
        print; for (i = 0; i < n && i < 5; i++) print buf[i] }
    { n = 0 }'
