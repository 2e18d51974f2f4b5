#!/bin/sh
# ab.sh BASE_DIR NEW_DIR [ROUNDS] - the CPU time of each stage, two builds
# alternated: BASE_DIR and NEW_DIR each hold a bench_core (copy one out of
# build-bench before a change, build the change, compare).  Per round and
# build: bench_core --passes 3 over the dev corpora texts, the fastest pass;
# then the geometric mean over rounds, and new/base.  Alternating is what
# makes a few percent visible on a shared machine whose speed drifts by more
# than that within minutes; run it on an otherwise idle machine all the same.
# Needs ../shared (the corpora).  Owner: performance (issue 8).
set -eu
A=$1; B=$2; R=${3:-5}
S=${LEDE_SHARED:-$(dirname "$0")/../../shared}/corpora
D=$(cd "$(dirname "$0")/../data" && pwd)
F="$S/conll2003/dev.jsonl $S/gum_news/dev.jsonl $S/polnear/dev.jsonl $S/rams/dev.jsonl $S/wikievents/dev.jsonl"
for r in $(seq "$R"); do
    for x in A B; do
        d=$A; [ $x = B ] && d=$B
        # shellcheck disable=SC2086
        LEDE_DATA_DIR=$D "$d/bench_core" --passes 3 $F 2>/dev/null |
            awk -v x=$x '$1 > 0 { k = $2; if (!(k in m) || $5 < m[k]) m[k] = $5 } END { for (k in m) print x, k, m[k] }'
    done
done | awk '{ s[$1 " " $2] += log($3); n[$1 " " $2]++ }
END {
    split("ingest segment timex numex ner resolve quotes events render all", st, " ")
    for (i = 1; i <= 10; i++) {
        k = st[i]
        if (!n["A " k] || !n["B " k]) continue
        a = exp(s["A " k] / n["A " k]); b = exp(s["B " k] / n["B " k])
        printf "%-8s base %.4f s  new %.4f s  new/base %.3f\n", k, a, b, b / a
    }
}'
