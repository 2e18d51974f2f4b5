#!/bin/sh
# valgrind.sh - valgrind memcheck over the CLI: `lede analyze` on the seed
# article (API format in every offset unit, and eval format) and `lede batch`
# on a 50-document dev sample (text and HTML lines, 1 and 2 jobs, API and
# eval formats).  Expects zero errors and zero definite/indirect leaks: any
# finding makes valgrind exit 1, and this script with it.
#   tools/valgrind.sh            build build-bench (no sanitizers) and run
# Env: LEDE_VALGRIND_BUILD (build dir, default build-bench).
# Owner: reliability (issue 7).
set -eu
cd "$(dirname "$0")/.."
BUILD=${LEDE_VALGRIND_BUILD:-build-bench}
SHARED=../shared
command -v valgrind >/dev/null || tools/deps.sh test
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_TESTS=OFF >/dev/null
nice -n 10 cmake --build "$BUILD" -j2 --target lede >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 50 documents: 8 from each text corpus, 5 HTML pages, 5 Reuters stories
for c in conll2003 gum_news polnear rams wikievents; do
    head -n 8 "$SHARED/corpora/$c/dev.jsonl"
done >"$tmp/sample.jsonl"
head -n 5 "$SHARED/corpora/readability_pages/dev.jsonl" >>"$tmp/sample.jsonl"
head -n 5 "$SHARED/unlabeled/reuters21578.jsonl" >>"$tmp/sample.jsonl"
seed=$(ls "$SHARED"/seed/*.txt | head -n 1)

export LEDE_DATA_DIR="$PWD/data"
VG="nice -n 10 valgrind --tool=memcheck --error-exitcode=1 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --track-origins=yes \
    --num-callers=30"
fail=0
run() {
    label=$1
    shift
    if $VG --log-file="$tmp/vg.log" "$@" >"$tmp/out" 2>"$tmp/err"; then
        printf 'valgrind: %-46s ok (%s output lines, %s error lines)\n' "$label" "$(wc -l <"$tmp/out")" \
            "$(grep -c '"error":{' "$tmp/out" || true)"
        # valgrind's own summary lines, for the record
        grep -E 'ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable|All heap blocks' \
            "$tmp/vg.log" | sed 's/^==[0-9]*== */    /'
    else
        printf 'valgrind: %-46s FAILED\n' "$label"
        cat "$tmp/vg.log" "$tmp/err" | head -n 80
        fail=1
    fi
}
run "analyze seed (codepoint)" "$BUILD/lede" analyze --published-at 2021-02-03 "$seed"
run "analyze seed (utf16)" "$BUILD/lede" analyze --offsets utf16 "$seed"
run "analyze seed (utf8, eval)" "$BUILD/lede" analyze --offsets utf8 --format eval "$seed"
run "batch $(wc -l <"$tmp/sample.jsonl") dev docs (api)" "$BUILD/lede" batch "$tmp/sample.jsonl"
run "batch $(wc -l <"$tmp/sample.jsonl") dev docs (eval, --jobs 2)" "$BUILD/lede" batch --format eval --jobs 2 "$tmp/sample.jsonl"
exit $fail
