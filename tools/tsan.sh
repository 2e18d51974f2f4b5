#!/bin/sh
# tsan.sh - ThreadSanitizer over the server's threads: builds build-tsan
# (clang, -fsanitize=thread, -O1 -g) and runs the HTTP tests that race the
# poll thread, the worker pool, the slow-client sweeper and the shutdown path
# against it: test_concurrency (16 keep-alive clients mixing text, JSON, HTML
# and NITF on one shared model; a full queue; deadlines), test_shutdown,
# test_slow_clients and test_overload.  TSAN_OPTIONS=halt_on_error=1: the first
# report kills the server (exit 66), whose non-zero exit fails the test, and
# the test prints the server's stderr with the report.  About 1-2 minutes with
# the build on 2 cores.  tools/test runs it unless LEDE_TSAN_TESTS=0.
#   tools/tsan.sh                 build and run
# Env: LEDE_TSAN_BUILD (build dir, default build-tsan), CC (default clang).
# Owner: reliability (issue 7).
set -eu
cd "$(dirname "$0")/.."
BUILD=${LEDE_TSAN_BUILD:-build-tsan}
CC=${CC:-clang}
command -v "$CC" >/dev/null || tools/deps.sh test
cmake -S . -B "$BUILD" -DCMAKE_C_COMPILER="$CC" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS="-O1 -g" \
    -DLEDE_TSAN=ON -DLEDE_WERROR=ON -DLEDE_TESTS=OFF >/dev/null
nice -n 10 cmake --build "$BUILD" -j2 --target lede-server >/dev/null

# history_size: longer stacks for the second access of a race
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 history_size=4 second_deadlock_stack=1"
export LEDE_SERVER="$PWD/$BUILD/lede-server" LEDE_DATA_DIR="$PWD/data" LEDE_SOURCE_DIR="$PWD"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
fail=0
for t in test_concurrency test_shutdown test_slow_clients test_overload; do
    start=$(date +%s)
    if nice -n 10 python3 "tests/http/$t.py" >"$log" 2>&1 && ! grep -q "ThreadSanitizer" "$log"; then
        printf 'tsan: %-20s ok (%ss)\n' "$t" "$(($(date +%s) - start))"
    else
        printf 'tsan: %-20s FAILED\n' "$t"
        grep -A40 "WARNING: ThreadSanitizer" "$log" | head -n 120 || tail -n 60 "$log"
        fail=1
    fi
done
exit $fail
