#!/bin/sh
# run.sh - builds the extraction evaluation driver against a build
# directory's lede_core and scores both HTML corpora (owner: ingest).
#   tools/extract/run.sh [BUILD_DIR]    (default: build-ingest)
# Writes predictions to $BUILD_DIR/extract-*.jsonl and prints bow_macro F1
# and the extraction speed.
set -eu
cd "$(dirname "$0")/../.."
BUILD=${1:-build-ingest}
SHARED=${LEDE_SHARED:-../shared}
cmake --build "$BUILD" -j2 --target lede_core >/dev/null
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Icore tools/extract/eval.c \
   "$BUILD/liblede_core.a" $(pkg-config --cflags --libs jansson libxml-2.0 libutf8proc) -lm \
   -o "$BUILD/extract-eval"
for set in article_extraction readability_pages; do
    "$BUILD/extract-eval" "$SHARED/corpora/$set/dev.jsonl" "$BUILD/extract-$set.jsonl"
    python3 "$SHARED/tools/score.py" "$SHARED/corpora/$set/dev.jsonl" "$BUILD/extract-$set.jsonl" --task text
done
