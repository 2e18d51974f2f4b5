#!/bin/sh
# gum_cv.sh [BUILD] - a held-out estimate of GUM typed overlap for the shipped
# model's recipe: two-fold cross-validation over the GUM news dev documents
# (alternate documents), each fold's tagger trained on CoNLL train + testa +
# the other fold with data/ner.model.md's settings, the two folds' predictions
# scored together by ../shared/tools/score.py.  About a minute.
#   tests/eval/gum_cv.sh build-eval
# Not part of CI: the shipped model's GUM score is contaminated (GUM dev is in
# its training data), this is the number to read instead.  Owner: entities.
set -eu
cd "$(dirname "$0")/../.."
B=${1:-build}
S=../shared/corpora
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
awk 'NR % 2 == 1' "$S/gum_news/dev.jsonl" >"$T/gumA.jsonl"
awk 'NR % 2 == 0' "$S/gum_news/dev.jsonl" >"$T/gumB.jsonl"
for f in A B; do
    o=B; [ "$f" = B ] && o=A
    "$B/lede-train" ner --train "$S/conll2003/dev.jsonl@conll2003/train-" --train "$S/conll2003/dev.jsonl@conll2003/testa-" \
        --train "$T/gum$o.jsonl" --clusters data/clusters.tsv --data-dir data --out "$T/ner$f.model" \
        --epochs 2 --max-features 32000 --augment 0.2 >/dev/null 2>&1
    cp -r data "$T/data$f"
    cp "$T/ner$f.model" "$T/data$f/ner.model"
    "$B/lede" batch --format eval --data-dir "$T/data$f" <"$T/gum$f.jsonl" >"$T/pred$f.jsonl"
done
cat "$T/predA.jsonl" "$T/predB.jsonl" >"$T/pred.jsonl"
python3 ../shared/tools/score.py "$S/gum_news/dev.jsonl" "$T/pred.jsonl" --task entities | grep -E 'overlap'
