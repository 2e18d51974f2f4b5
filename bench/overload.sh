#!/bin/sh
# overload.sh - drives lede-server far beyond capacity (1 worker, queue 4,
# 256 wrk connections, 30 s) and reports the share of 503s, that each carries
# Retry-After, their latency against the 200s', and wrk's socket errors and
# timeouts (expected: none; overload is answered by fast 503s).  About 1 minute.
# Not a CI test.  Builds build-bench (RelWithDebInfo) like bench/run.sh.
#   bench/overload.sh [reliability.py options, e.g. --secs 60 --queue 0]
# Env: LEDE_BENCH_BUILD (build dir).  Needs wrk (tools/deps.sh test).
# Owner: reliability (issue 7).
set -eu
cd "$(dirname "$0")/.."
BUILD=${LEDE_BENCH_BUILD:-build-bench}
command -v wrk >/dev/null || tools/deps.sh test
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_TESTS=OFF >/dev/null
nice -n 10 cmake --build "$BUILD" -j2 --target lede-server >/dev/null
exec nice -n 10 python3 bench/reliability.py overload --build "$BUILD" "$@"
