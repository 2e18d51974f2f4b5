#!/bin/sh
# deps.sh - installs the Debian packages lede needs, only those missing.
#   tools/deps.sh run    build and run the service
#   tools/deps.sh test   also what the test suite uses
# Needs root or sudo for apt-get; prints what it installs.
set -eu
RUN_PKGS="build-essential cmake pkg-config libmicrohttpd-dev libjansson-dev libxml2-dev libutf8proc-dev zlib1g-dev iso-codes wordnet-base python3"
TEST_PKGS="libcmocka-dev clang libclang-rt-14-dev valgrind nginx wrk chromium nodejs groff-base"
pkgs=$RUN_PKGS
[ "${1:-run}" = test ] && pkgs="$RUN_PKGS $TEST_PKGS"

missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# npm comes with some nodejs builds and separately with Debian's
[ "${1:-run}" = test ] && ! command -v npm >/dev/null 2>&1 && missing="$missing npm"
if [ -n "$missing" ]; then
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
# The browser, contract and deployment checks use pinned npm packages.
if [ "${1:-run}" = test ] && [ ! -d "$(dirname "$0")/node_modules/playwright-core" ]; then
    echo "deps: npm ci in tools/" >&2
    (cd "$(dirname "$0")" && npm ci --no-audit --no-fund --loglevel=error)
fi
