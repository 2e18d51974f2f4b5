#!/bin/sh
# run.sh - builds the extraction evaluation driver from the ingest sources
# (nothing else of core is needed, so it builds while other stages change)
# and scores both HTML corpora.  Owner: ingest.
#   tools/extract/run.sh [OUT_DIR]    (default: build-ingest)
# Writes predictions to $OUT_DIR/extract-*.jsonl, prints bow_macro F1 and
# the extraction speed (MB of HTML per second, one core).
set -eu
cd "$(dirname "$0")/../.."
OUT=${1:-build-ingest}
SHARED=${LEDE_SHARED:-../shared}
mkdir -p "$OUT"
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Iinclude -Icore \
   tools/extract/eval.c core/workspace.c core/utf8.c core/status.c core/request.c core/html_*.c \
   core/junk_lines.c core/charset.c core/ingest_html.c \
   $(pkg-config --cflags --libs jansson libxml-2.0 libutf8proc) -lm -o "$OUT/extract-eval"
cc -O1 -g -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Iinclude -Icore \
   tools/extract/dump.c core/workspace.c core/utf8.c core/status.c core/request.c core/html_*.c \
   core/junk_lines.c core/charset.c $(pkg-config --cflags --libs jansson libxml-2.0 libutf8proc) -lm \
   -o "$OUT/extract-dump"
[ "${2:-}" = build ] && exit 0
for set in article_extraction readability_pages; do
    "$OUT/extract-eval" "$SHARED/corpora/$set/dev.jsonl" "$OUT/extract-$set.jsonl"
    python3 "$SHARED/tools/score.py" "$SHARED/corpora/$set/dev.jsonl" "$OUT/extract-$set.jsonl" --task text
done
