#!/bin/sh
# train.sh - rebuilds the quote stage's cue classifier, core/quote_cue_model.c,
# from an attribution corpus (default: PolNeAR dev).  Deterministic.
#   tools/quotes/train.sh [CORPUS.jsonl] [BUILD_DIR] [extra train_cues options]
# e.g. an honest estimate: tools/quotes/train.sh CORPUS build-quotes --holdout 5
# writes the model trained without every 5th document plus the held-out ids.
set -eu
cd "$(dirname "$0")/../.."
CORPUS=${1:-../shared/corpora/polnear/dev.jsonl}
B=${2:-build-quotes}
[ $# -ge 2 ] && shift 2 || shift $#
cmake --build "$B" --target lede_core -j2 >/dev/null
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Icore \
   tools/quotes/train_cues.c "$B/liblede_core.a" \
   $(pkg-config --cflags --libs jansson libutf8proc libxml-2.0) -lm -o "$B/train_cues"
"$B/train_cues" "$CORPUS" core/quote_cue_model.c --epochs 6 --prune 0.2 --min-count 8 --pre-loss 0.01 "$@"
