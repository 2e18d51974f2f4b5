#!/bin/sh
# gum_frontier.sh [BUILD] [WEIGHTS] - can GUM's own documents teach the tagger
# GUM's conventions without costing CoNLL?  For each weight W (default
# "0 1 3 10"): a tagger trained on CoNLL train plus the other half of the GUM
# news dev documents repeated W times (data/ner.model.md's settings), two
# folds over alternate documents; prints GUM typed overlap F1 of the two
# folds' predictions together, and CoNLL testa typed exact F1 of the first
# fold's model (no testa document in its training).  About 20 s a weight.
#   tests/eval/gum_frontier.sh build-eval
# Not part of CI (issue 3's GUM analysis).  Owner: entities.
set -eu
cd "$(dirname "$0")/../.."
B=${1:-build}
WEIGHTS=${2:-0 1 3 10}
S=../shared/corpora
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
awk 'NR % 2 == 1' "$S/gum_news/dev.jsonl" >"$T/gumA.jsonl"
awk 'NR % 2 == 0' "$S/gum_news/dev.jsonl" >"$T/gumB.jsonl"
grep '"conll2003/testa-' "$S/conll2003/dev.jsonl" >"$T/testa.jsonl"
for f in A B; do
    mkdir "$T/data$f"
    for n in data/*; do
        [ "$(basename "$n")" = ner.model ] || ln -s "$PWD/$n" "$T/data$f/"
    done
done
score() { python3 ../shared/tools/score.py "$1" "$2" --task entities | awk -v m="$3" '$1 == m { print $7 }'; }
for w in $WEIGHTS; do
    for f in A B; do
        o=B; [ "$f" = B ] && o=A
        extra=""
        i=0
        while [ "$i" -lt "$w" ]; do extra="$extra --train $T/gum$o.jsonl"; i=$((i + 1)); done
        # shellcheck disable=SC2086
        "$B/lede-train" ner --train "$S/conll2003/dev.jsonl@conll2003/train-" $extra --clusters data/clusters.tsv \
            --data-dir data --out "$T/data$f/ner.model" --epochs 2 --max-features 32000 --augment 0.2 >/dev/null 2>&1
        "$B/lede" batch --format eval --data-dir "$T/data$f" <"$T/gum$f.jsonl" >"$T/pred$f.jsonl"
    done
    "$B/lede" batch --format eval --data-dir "$T/dataA" <"$T/testa.jsonl" >"$T/testa.pred"
    cat "$T/predA.jsonl" "$T/predB.jsonl" >"$T/pred.jsonl"
    printf 'GUM weight %-3s GUM typed overlap (2-fold) %s  CoNLL testa typed exact %s\n' "$w" \
        "$(score "$S/gum_news/dev.jsonl" "$T/pred.jsonl" overlap_typed)" "$(score "$T/testa.jsonl" "$T/testa.pred" exact_typed)"
done
