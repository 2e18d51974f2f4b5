#!/bin/sh
# run.sh - builds build-bench (RelWithDebInfo: -O3 -g with LTO, as a release build) and runs every benchmark,
# rewriting the results in bench/README.md.  Niced: the machine is shared.
#   bench/run.sh            the full run (about 10 minutes)
#   bench/run.sh --quick    a smoke run (about 2 minutes)
# Needs wrk (tools/deps.sh test) and ../shared (corpora, Reuters).
# Owner: performance (issue 8).
set -eu
cd "$(dirname "$0")/.."
BUILD=${LEDE_BENCH_BUILD:-build-bench}
command -v wrk >/dev/null || tools/deps.sh test
# cmake/bench.cmake adds bench_core and echo_server; CMAKE_PROJECT_INCLUDE
# brings it in even where CMakeLists.txt does not include it (yet).
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_TESTS=OFF \
    -DCMAKE_PROJECT_INCLUDE="$PWD/cmake/bench.cmake" >/dev/null
targets="bench_core echo_server lede"
[ -n "$(ls server/*.c 2>/dev/null)" ] && targets="$targets lede-server"
# shellcheck disable=SC2086
nice -n 10 cmake --build "$BUILD" -j2 --target $targets
exec nice -n 10 python3 bench/run.py --build "$BUILD" "$@"
