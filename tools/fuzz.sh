#!/bin/sh
# fuzz.sh [SECONDS] [TARGET...] - builds the libFuzzer targets with clang in
# build-fuzz (-DLEDE_FUZZ=ON) and runs each for SECONDS (default 60), one after
# the other, niced, then prints executions and findings per target.
#   tools/fuzz.sh 60       CI: a minute per target
#   tools/fuzz.sh 1800     the documented long run (>= 30 minutes per target)
# Learned inputs go to tests/fuzz/corpus-run/<target>/ (git-ignored); crashes
# to build-fuzz/artifacts/<target>/.  Exits 1 when any target found a crash.
# Env: LEDE_FUZZ_BUILD (build dir), LEDE_FUZZ_MAX_LEN (bytes, default 16384),
#      LEDE_FUZZ_RSS_MB (default 2048), LEDE_FUZZ_NICE (default 10),
#      LEDE_FUZZ_FLAGS (more libFuzzer flags, e.g. "-len_control=0" to try
#      long documents from the start).
# Owner: reliability (issue 7).
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
[ $# -gt 0 ] && shift
BUILD=${LEDE_FUZZ_BUILD:-build-fuzz}
MAXLEN=${LEDE_FUZZ_MAX_LEN:-16384}
RSS=${LEDE_FUZZ_RSS_MB:-2048}
NICE=${LEDE_FUZZ_NICE:-10}

command -v clang >/dev/null || tools/deps.sh test
cmake -S . -B "$BUILD" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g" -DLEDE_FUZZ=ON -DLEDE_TESTS=OFF >/dev/null

targets=$*
if [ -z "$targets" ]; then
    for f in tests/fuzz/fuzz_*.c; do
        [ -e "$f" ] && targets="$targets $(basename "$f" .c)"
    done
fi
# shellcheck disable=SC2086
nice -n "$NICE" cmake --build "$BUILD" -j2 --target $targets

export LEDE_DATA_DIR="$PWD/data"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=""
summary=""
for t in $targets; do
    run="tests/fuzz/corpus-run/$t"
    art="$BUILD/artifacts/$t"
    mkdir -p "$run" "$art"
    set -- -max_total_time="$secs" -timeout=10 -rss_limit_mb="$RSS" -max_len="$MAXLEN" \
        -print_final_stats=1 -artifact_prefix="$art/"
    [ -f "tests/fuzz/$t.dict" ] && set -- "$@" -dict="tests/fuzz/$t.dict"
    # shellcheck disable=SC2086
    [ -n "${LEDE_FUZZ_FLAGS:-}" ] && set -- "$@" $LEDE_FUZZ_FLAGS
    set -- "$@" "$run"
    for d in "tests/fuzz/corpus/$t" "tests/fuzz/regression/$t"; do
        [ -d "$d" ] && set -- "$@" "$d"
    done
    log="$BUILD/$t.log"
    echo "fuzz: $t for ${secs}s (log $log)" >&2
    rc=0
    nice -n "$NICE" "$BUILD/$t" "$@" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    corpus=$(find "$run" -type f | wc -l)
    if [ "$rc" -eq 0 ]; then
        status=ok
    else
        status="FAILED (exit $rc)"
        failed="$failed $t"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz check failed|.*runtime error)' "$log" | head -5 >&2 || true
        ls "$art" >&2 || true
    fi
    summary="$summary$(printf '%-16s %12s execs %8s/s  cov %6s  corpus %6s  %s' \
        "$t" "${execs:-?}" "${speed:-?}" "${cov:-?}" "$corpus" "$status")
"
done
printf '%s' "$summary"
if [ -n "$failed" ]; then
    echo "fuzz: crashes in:$failed; minimise, add to tests/fuzz/regression/<target>/ and fix" >&2
    exit 1
fi
