#!/bin/sh
# soak.sh - 6,000,000 small analyses (at least; --requests) through
# lede-server with wrk (2 workers, 16 connections, text/plain, JSON and HTML
# bodies in turn), the server's VmRSS sampled every 5 s after a 60 s warm-up;
# reports requests, errors, RSS start / peak / end and the peak growth
# (target < 5%).  About 10 minutes on 2 cores; stops after 40 minutes
# whatever the count.
# Not a CI test: run it niced, in the background, on a quiet machine.
#   bench/soak.sh [reliability.py options, e.g. --requests 200000]
# Env: LEDE_BENCH_BUILD (build dir).  Needs wrk (tools/deps.sh test).
# Owner: reliability (issue 7).
set -eu
cd "$(dirname "$0")/.."
BUILD=${LEDE_BENCH_BUILD:-build-bench}
command -v wrk >/dev/null || tools/deps.sh test
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_TESTS=OFF >/dev/null
nice -n 10 cmake --build "$BUILD" -j2 --target lede-server >/dev/null
exec nice -n 10 python3 bench/reliability.py soak --build "$BUILD" "$@"
