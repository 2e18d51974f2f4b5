#!/usr/bin/env python3
"""train_args.py - trains the event argument classifier, data/events.args.

Rebuild (from the project root, after building; data/events.lex must exist):

    python3 tools/events/train_args.py --build build-events/bin --shared ../shared --out data/events.args

How: compiles tools/events/dump_args.c against the build's liblede_core.a, runs it on WikiEvents and RAMS dev to
get, for every predicted trigger and candidate phrase, the features the C stage scores (core/event_score.c);
labels a candidate 1 when its trigger overlaps a gold trigger and the phrase overlaps one of that event's gold
participants; fits L2-regularised logistic regression (plain SGD, deterministic order); picks the threshold by
5-fold document cross-validation of the two corpora's end-to-end participant F1 (the scorer's
participant_overlap_e2e; best sum, near-ties to the lower threshold) and prints the cross-validated numbers, so the
estimate is not just the fit.  Writes weights rounded to 1e-3, only the
non-negligible ones.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build_dump(build):
    exe = os.path.join(tempfile.mkdtemp(prefix="lede-dump-"), "dump_args")
    cmd = ["cc", "-O2", "-D_POSIX_C_SOURCE=200809L", "-D_DEFAULT_SOURCE", "-I", os.path.join(ROOT, "core"),
           "-I", os.path.join(ROOT, "include"), os.path.join(ROOT, "tools/events/dump_args.c"),
           os.path.join(build, "liblede_core.a"), "-ljansson", "-lxml2", "-lutf8proc", "-lm", "-lpthread", "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def byte_to_cp(text):
    """Map from UTF-8 byte offset to code point offset."""
    m = {}
    b = 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def inter(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def load(corpus_path, exe, data_dir):
    docs = {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = d
    with open(corpus_path, "rb") as f:
        out = subprocess.run([exe, data_dir], stdin=f, capture_output=True, check=True).stdout
    maps = {}
    cands = defaultdict(list)  # doc id -> [(trigger span, cand span, feats)]
    for line in out.decode("utf-8").splitlines():
        r = json.loads(line)
        d = docs[r["id"]]
        m = maps.get(r["id"]) or maps.setdefault(r["id"], byte_to_cp(d["text"]))
        cands[r["id"]].append(((m[r["t"][0]], m[r["t"][1]]), (m[r["c"][0]], m[r["c"][1]]), r["f"]))
    return docs, cands


def examples(docs, cands, partial):
    """Per document: list of triggers, each (gold event or None, [(cand span, feats, label)])."""
    out = {}
    for did, d in docs.items():
        by_trig = defaultdict(list)
        for t, c, f in cands.get(did, []):
            by_trig[t].append((c, f))
        gold = d.get("events", [])
        trigs = []
        used = set()
        for t, cs in sorted(by_trig.items()):
            g = None
            for gi, e in enumerate(gold):
                if gi not in used and inter(t, (e["start"], e["end"])) > 0:
                    g = gi
                    break
            if g is None and partial:
                continue  # the scorer drops unannotated events of partial documents
            if g is not None:
                used.add(g)
            gp = [(p["start"], p["end"]) for p in gold[g]["participants"]] if g is not None else []
            trigs.append((g, [(c, f, int(any(inter(c, s) > 0 for s in gp))) for c, f in cs]))
        out[did] = (trigs, sum(len(e["participants"]) for gi, e in enumerate(gold) if gi not in used))
    return out


def train(items, epochs=20, lr=0.05, l2=3e-3):
    w = defaultdict(float)
    for ep in range(epochs):
        rate = lr / (1 + ep)
        for feats, y, weight in items:
            z = sum(w[f] for f in feats)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (y - p) * weight
            for f in feats:
                w[f] += rate * (g - l2 * w[f])
    return w


def score(w, feats):
    z = sum(w.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def e2e(ex, w, thr, docs):
    """The scorer's participant_overlap_e2e counts (tp, fp, fn) for these documents."""
    tp = fp = fn = 0
    for did in docs:
        trigs, missed = ex[did]
        fn += missed
        for g, cs in trigs:
            chosen = [c for c, f, y in cs if score(w, f) >= thr]
            if g is None:
                fp += len(chosen)
                continue
            gold = [(p["start"], p["end"]) for p in ex_gold[did][g]["participants"]]
            pairs = sorted(((-inter(gs, ps), gi, pi) for gi, gs in enumerate(gold) for pi, ps in enumerate(chosen)
                            if inter(gs, ps) > 0))
            ug, up, m = set(), set(), 0
            for _, gi, pi in pairs:
                if gi not in ug and pi not in up:
                    ug.add(gi)
                    up.add(pi)
                    m += 1
            tp += m
            fp += len(chosen) - m
            fn += len(gold) - m
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0


ex_gold = {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build-events/bin")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--data", default="data")
    ap.add_argument("--out", default="data/events.args")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    exe = build_dump(a.build)
    corpora = {}
    for name, partial, weight in (("wikievents", False, 3.0), ("rams", True, 1.0)):
        docs, cands = load(os.path.join(a.shared, "corpora", name, "dev.jsonl"), exe, a.data)
        for did, d in docs.items():
            ex_gold[did] = d.get("events", [])
        corpora[name] = (sorted(docs), examples(docs, cands, partial), weight)

    def items_of(selected):
        out = []
        for name, (ids, ex, weight) in corpora.items():
            for did in ids:
                if did in selected:
                    for g, cs in ex[did][0]:
                        if g is not None:
                            out.extend((f, y, weight) for c, f, y in cs)
        return out

    if not items_of({did for ids, _, _ in corpora.values() for did in ids}):
        sys.exit("train_args: the dump produced no candidates (is the build current?)")
    thresholds = [x / 100 for x in range(20, 75, 5)]
    all_ids = {did for ids, _, _ in corpora.values() for did in ids}
    # cross-validation: held-out F1 per corpus at each threshold
    cv = defaultdict(lambda: defaultdict(list))
    for k in range(a.folds):
        test = {did for ids, _, _ in corpora.values() for i, did in enumerate(ids) if i % a.folds == k}
        w = train(items_of(all_ids - test))
        for name, (ids, ex, _) in corpora.items():
            tids = [did for did in ids if did in test]
            for thr in thresholds:
                cv[name][thr].append(e2e(ex, w, thr, tids))
    for thr in thresholds:
        print("cv thr %.2f " % thr + " ".join("%s %.3f" % (n, sum(cv[n][thr]) / a.folds) for n in corpora),
              file=sys.stderr)
    # the best cross-validated sum of the two F1s; near-ties (within 0.003) go to the lower threshold, which
    # finds more participants
    total = {t: sum(sum(cv[n][t]) for n in corpora) / a.folds for t in thresholds}
    top = max(total.values())
    best = min(t for t in thresholds if total[t] >= top - 0.003)
    w = train(items_of(all_ids))
    fit = {n: e2e(ex, w, best, ids) for n, (ids, ex, _) in corpora.items()}
    print("threshold %.2f; fit e2e F1 %s" % (best, fit), file=sys.stderr)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# lede event argument classifier 1 - built by tools/events/train_args.py; do not edit\n")
        f.write("H\t%.2f\n" % best)
        for k in sorted(w):
            if abs(w[k]) >= 0.001:
                f.write("A\t%s\t%.3f\n" % (k, w[k]))


if __name__ == "__main__":
    main()
