#!/usr/bin/env python3
"""Quality gate: every dev corpus through `lede batch --format eval` and the shared scorer.

Runs each corpus of ../shared/corpora (dev halves) through the CLI, scores the predictions with
../shared/tools/score.py --json, prints one table, and exits 1 when a score is below its floor in
tests/eval/floors.json.  The floors sit a little under the scores measured when they were set, so a
change that costs quality fails CI; raise them when quality rises.

    tests/eval/run.py [--lede build/lede] [--lede-train build/lede-train] [--shared ../shared]
                      [--jobs 2] [--markdown]

Floors marked "model": "train-only" score a tagger that lede-train rebuilds here from CoNLL `train`
alone (the settings of data/ner.model.md), so the testa target is checked on a model that never saw
a testa document; without --lede-train those rows are skipped.

Exit codes: 0 all floors met, 1 a score below its floor, 2 usage or a run failed,
77 the corpora are not on this machine (reported as skipped, not as passed).
Owner: quality (issue 3).  Runs the CLI as a subprocess; nothing here is shared state.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SKIP = 77


def metric(result, path):
    """result["entities"]["overlap_typed"]["f1"] from "entities.overlap_typed.f1"."""
    v = result
    for part in path.split("."):
        if not isinstance(v, dict) or part not in v:
            return None
        v = v[part]
    return v


def train_only(lede_train, shared, tmp):
    """A data directory like data/ whose ner.model is trained on CoNLL train only."""
    data = os.path.join(ROOT, "data")
    out = os.path.join(tmp, "train-only")
    os.mkdir(out)
    for name in os.listdir(data):
        if name != "ner.model":
            os.symlink(os.path.join(data, name), os.path.join(out, name))
    conll = os.path.join(shared, "corpora", "conll2003", "dev.jsonl")
    cmd = [lede_train, "ner", "--train", conll + "@conll2003/train-", "--clusters", os.path.join(data, "clusters.tsv"),
           "--data-dir", data, "--out", os.path.join(out, "ner.model"), "--epochs", "2", "--max-features", "32000",
           "--augment", "0.2", "--info", "tests/eval: CoNLL train only"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    if p.returncode != 0:
        raise RuntimeError("lede-train failed (exit %d): %s" % (p.returncode, p.stdout.decode(errors="replace")[-500:]))
    return out


def run_corpus(lede, shared, corpus, prefix, jobs, tmp, data_dir=None):
    """Predictions for one corpus (optionally only ids starting with prefix); returns the gold
    file actually scored and the prediction file."""
    gold = os.path.join(shared, "corpora", corpus, "dev.jsonl")
    if prefix:
        sub = os.path.join(tmp, "%s-%s-gold.jsonl" % (corpus, prefix.replace("/", "_")))
        with open(gold, encoding="utf-8") as f, open(sub, "w", encoding="utf-8") as o:
            for line in f:
                if json.loads(line)["id"].startswith(prefix):
                    o.write(line)
        gold = sub
    pred = os.path.join(tmp, "%s-%s-%s.pred.jsonl" % (corpus, prefix.replace("/", "_"), "own" if data_dir else "shipped"))
    cmd = [lede, "batch", "--format", "eval", "--jobs", str(jobs)] + (["--data-dir", data_dir] if data_dir else [])
    with open(gold, "rb") as f, open(pred, "wb") as o:
        p = subprocess.run(cmd, stdin=f, stdout=o, stderr=subprocess.PIPE, check=False)
    if p.returncode != 0:
        raise RuntimeError("lede batch failed on %s (exit %d): %s" % (corpus, p.returncode,
                                                                     p.stderr.decode(errors="replace")[-500:]))
    return gold, pred


def score(shared, gold, pred, task, kind):
    cmd = [sys.executable, os.path.join(shared, "tools", "score.py"), gold, pred, "--task", task, "--json"]
    if kind:
        cmd += ["--quote-kind", kind]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if p.returncode != 0:
        raise RuntimeError("score.py failed: %s" % p.stderr.decode(errors="replace")[-500:])
    return json.loads(p.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--lede-train", help="the trainer, for the train-only floors")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--floors", default=os.path.join(HERE, "floors.json"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    a = ap.parse_args()

    if not os.path.isfile(os.path.join(a.shared, "tools", "score.py")) or \
            not os.path.isdir(os.path.join(a.shared, "corpora")):
        print("eval: skipped: no corpora or scorer under %s" % a.shared)
        return SKIP
    if not os.access(a.lede, os.X_OK):
        print("eval: %s is not an executable (build the CLI first)" % a.lede, file=sys.stderr)
        return 2
    with open(a.floors, encoding="utf-8") as f:
        floors = json.load(f)["floors"]

    rows, failed, skipped, cache = [], 0, 0, {}
    with tempfile.TemporaryDirectory(prefix="lede-eval-") as tmp:
        own = None
        for fl in floors:
            own_model = fl.get("model") == "train-only"
            if own_model and not a.lede_train:
                skipped += 1
                continue
            key = (fl["corpus"], fl.get("ids", ""), own_model)
            try:
                if own_model and own is None:
                    own = train_only(a.lede_train, a.shared, tmp)
                if key not in cache:
                    t0 = time.monotonic()
                    cache[key] = run_corpus(a.lede, a.shared, fl["corpus"], fl.get("ids", ""), a.jobs, tmp,
                                            own if own_model else None) + (time.monotonic() - t0,)
                gold, pred, secs = cache[key]
                res = score(a.shared, gold, pred, fl["task"], fl.get("quote_kind"))
            except (RuntimeError, OSError, ValueError) as e:
                print("eval: %s" % e, file=sys.stderr)
                return 2
            v = metric(res, fl["metric"])
            ok = v is not None and v >= fl["floor"]
            failed += not ok
            what = fl["corpus"] + (" " + fl["ids"].split("/")[-1].rstrip("-") if fl.get("ids") else "") + \
                (" (train-only model)" if own_model else "")
            rows.append((what, fl["metric"] + (" (%s)" % fl["quote_kind"] if fl.get("quote_kind") else ""),
                         v, fl["floor"], ok, secs))

    if a.markdown:
        print("| corpus | metric | score | floor | |")
        print("|---|---|---:|---:|---|")
        for w, m, v, f, ok, _ in rows:
            print("| %s | %s | %s | %.3f | %s |" % (w, m, "n/a" if v is None else "%.4f" % v, f,
                                                   "ok" if ok else "BELOW"))
    else:
        print("%-36s %-44s %8s %8s" % ("corpus", "metric", "score", "floor"))
        for w, m, v, f, ok, _ in rows:
            print("%-36s %-44s %8s %8.3f%s" % (w, m, "n/a" if v is None else "%.4f" % v, f,
                                               "" if ok else "  BELOW THE FLOOR"))
    print("eval: %d scores, %d below the floor, %d skipped (no --lede-train); analysis %.1f s" %
          (len(rows), failed, skipped, sum(s for *_, s in {r[0]: r for r in rows}.values())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
