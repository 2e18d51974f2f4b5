#!/usr/bin/env python3
"""train_events.py - builds data/events.lex, the event stage's read-only lexicon.

Rebuild (from the project root, with the shared corpora beside it and Debian's wordnet-base installed):

    python3 tools/events/train_events.py --shared ../shared --out data/events.lex

What it learns, and from what:
  * trigger lemmas: from the gold triggers of WikiEvents dev (KAIROS types) and RAMS dev (RAMS types mapped to
    KAIROS below), plus a short hand list of news triggers the dev sets lack (SEED), plus the WordNet synonyms and
    derivations of the well-attested ones (a lower prior: words the dev sets never showed). For every lemma it counts how
    often its words are annotated triggers and how often they occur un-annotated in the fully annotated WikiEvents
    texts; the ratio, smoothed towards a prior, is the trigger probability the C stage thresholds.
  * word classes: for each word of the corpora and of Reuters-21578 (frequency >= 2), which parts of speech WordNet
    allows (lemmatised with WordNet's own morphy rules and exception lists), which is most frequent (SemCor sense
    counts in cntlist.rev), and the semantic class of a noun's first sense (person, group, location, facility,
    weapon, vehicle, other artifact, act/event, time) from its hypernym chain.
Nothing of a document is stored: only lemma statistics and word classes.  Deterministic output.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

WN = "/usr/share/wordnet"

# RAMS (AIDA) types -> KAIROS names as WikiEvents spells them; first matching prefix wins.
RAMS_MAP = [
    ("life.die", "Life.Die.Unspecified"),
    ("life.injure", "Life.Injure.Unspecified"),
    ("conflict.attack.bombing", "Conflict.Attack.DetonateExplode"),
    ("conflict.attack", "Conflict.Attack.Unspecified"),
    ("conflict.demonstrate", "Conflict.Demonstrate.Unspecified"),
    ("conflict.yield", "Conflict.Yield.Unspecified"),
    ("contact.threatencoerce", "Contact.ThreatenCoerce.Unspecified"),
    ("contact.prevarication", "Contact.Prevarication.Unspecified"),
    ("contact.requestadvise", "Contact.RequestCommand.Unspecified"),
    ("contact.commandorder", "Contact.RequestCommand.Unspecified"),
    ("contact.mediastatement", "Contact.Contact.Broadcast"),
    ("contact.negotiate", "Contact.Contact.Meet"),
    ("contact.discussion.meet", "Contact.Contact.Meet"),
    ("contact.", "Contact.Contact.Unspecified"),
    ("justice.arrestjaildetain", "Justice.ArrestJailDetain.Unspecified"),
    ("justice.initiatejudicialprocess.trialhearing", "Justice.TrialHearing.Unspecified"),
    ("justice.initiatejudicialprocess.chargeindict", "Justice.ChargeIndict.Unspecified"),
    ("justice.initiatejudicialprocess", "Justice.ChargeIndict.Unspecified"),
    ("justice.judicialconsequences.convict", "Justice.Convict.Unspecified"),
    ("justice.judicialconsequences.execute", "Life.Die.Unspecified"),
    ("justice.judicialconsequences", "Justice.Sentence.Unspecified"),
    ("justice.investigate", "Justice.InvestigateCrime.Unspecified"),
    ("justice.releaseparole", "Justice.ReleaseParole.Unspecified"),
    ("movement.transportperson.evacuationrescue", "Movement.Transportation.Evacuation"),
    ("movement.", "Movement.Transportation.Unspecified"),
    ("transaction.transaction.embargosanction", "Control.ImpedeInterfereWith.Unspecified"),
    ("transaction.transfermoney.embargosanction", "Control.ImpedeInterfereWith.Unspecified"),
    ("transaction.transferownership.embargosanction", "Control.ImpedeInterfereWith.Unspecified"),
    ("transaction.transfermoney.giftgrantprovideaid", "Transaction.Donation.Unspecified"),
    ("transaction.transferownership.giftgrantprovideaid", "Transaction.Donation.Unspecified"),
    ("transaction.transaction.giftgrantprovideaid", "Transaction.Donation.Unspecified"),
    ("transaction.", "Transaction.ExchangeBuySell.Unspecified"),
    ("artifactexistence.damagedestroy.destroy", "ArtifactExistence.DamageDestroyDisableDismantle.Destroy"),
    ("artifactexistence.damagedestroy.damage", "ArtifactExistence.DamageDestroyDisableDismantle.Damage"),
    ("artifactexistence.damagedestroy", "ArtifactExistence.DamageDestroyDisableDismantle.Unspecified"),
    ("personnel.endposition", "Personnel.EndPosition.Unspecified"),
    ("personnel.startposition", "Personnel.StartPosition.Unspecified"),
    ("personnel.elect", "Personnel.Elect.Unspecified"),
    ("manufacture.", "ArtifactExistence.ManufactureAssemble.Unspecified"),
    ("inspection.", "Cognitive.Inspection.SensoryObserve"),
    ("disaster.diseaseoutbreak", "Disaster.DiseaseOutbreak.Unspecified"),
    ("disaster.", "Disaster.Crash.Unspecified"),
    ("government.agreements", "Contact.Agreement.Unspecified"),
    ("government.vote", "Government.Vote.Unspecified"),
    ("government.legislate", "Government.Legislate.Unspecified"),
    ("government.formation", "Government.Formation.Unspecified"),
    ("government.spy", "Government.Spy.Unspecified"),
    ("life.", "Life.Die.Unspecified"),
]

# Hand-written news triggers the dev sets under-represent (lemma -> type).  Kept short on purpose.
SEED = {
    "meet": "Contact.Contact.Meet", "meeting": "Contact.Contact.Meet", "conference": "Contact.Contact.Meet",
    "summit": "Contact.Contact.Meet", "talk": "Contact.Contact.Meet", "visit": "Contact.Contact.Meet",
    "accord": "Contact.Agreement.Unspecified", "agreement": "Contact.Agreement.Unspecified",
    "deal": "Contact.Agreement.Unspecified", "treaty": "Contact.Agreement.Unspecified",
    "pact": "Contact.Agreement.Unspecified", "ceasefire": "Contact.Agreement.Unspecified",
    "withdraw": "Movement.Transportation.Unspecified", "withdrawal": "Movement.Transportation.Unspecified",
    "attack": "Conflict.Attack.Unspecified", "assault": "Conflict.Attack.Unspecified",
    "airstrike": "Conflict.Attack.Unspecified", "raid": "Conflict.Attack.Unspecified",
    "ambush": "Conflict.Attack.Unspecified", "shelling": "Conflict.Attack.Unspecified",
    "bombing": "Conflict.Attack.DetonateExplode", "explosion": "Conflict.Attack.DetonateExplode",
    "blast": "Conflict.Attack.DetonateExplode", "explode": "Conflict.Attack.DetonateExplode",
    "detonate": "Conflict.Attack.DetonateExplode",
    "kill": "Life.Die.Unspecified", "die": "Life.Die.Unspecified", "death": "Life.Die.Unspecified",
    "injure": "Life.Injure.Unspecified", "wound": "Life.Injure.Unspecified",
    "arrest": "Justice.ArrestJailDetain.Unspecified", "detain": "Justice.ArrestJailDetain.Unspecified",
    "charge": "Justice.ChargeIndict.Unspecified", "indict": "Justice.ChargeIndict.Unspecified",
    "convict": "Justice.Convict.Unspecified", "sentence": "Justice.Sentence.Unspecified",
    "trial": "Justice.TrialHearing.Unspecified", "release": "Justice.ReleaseParole.Unspecified",
    "protest": "Conflict.Demonstrate.Unspecified", "demonstration": "Conflict.Demonstrate.Unspecified",
    "announce": "Contact.Contact.Broadcast", "evacuate": "Movement.Transportation.Evacuation",
    "resign": "Personnel.EndPosition.Unspecified", "appoint": "Personnel.StartPosition.Unspecified",
}

NOUN_RULES = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
              ("men", "man"), ("ies", "y")]
VERB_RULES = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
              ("ing", "")]
ADJ_RULES = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:[-'][A-Za-z\u00C0-\u024F]+)*")


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


class WordNet:
    def __init__(self, root):
        self.index = {p: set() for p in "nvar"}
        self.exc = {p: defaultdict(list) for p in "nvar"}
        for p, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
            with open(os.path.join(root, "index." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    self.index[p].add(line.split(" ", 1)[0])
            with open(os.path.join(root, name + ".exc"), encoding="latin-1") as f:
                for line in f:
                    w = line.split()
                    if len(w) >= 2:
                        self.exc[p][w[0]].extend(w[1:])
        # SemCor counts per (lemma, pos) and the lexicographer file of each noun lemma's first sense
        self.freq = Counter()
        self.first_lex = {}
        with open(os.path.join(root, "cntlist.rev"), encoding="latin-1") as f:
            for line in f:
                key, num, cnt = line.split()
                lemma, rest = key.split("%", 1)
                st, lexfile = rest.split(":")[0:2]
                pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[st]
                self.freq[(lemma, pos)] += int(cnt)
        self.noun_class = self._noun_classes(root)
        self._load_synsets(root)

    def _noun_classes(self, root):
        """Semantic class of each noun lemma's first sense, from its hypernym chain."""
        hyper, lexfile, words = {}, {}, {}
        with open(os.path.join(root, "data.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split(" | ")[0].split()
                off, lf = parts[0], int(parts[1])
                nw = int(parts[3], 16)
                ws = [parts[4 + 2 * i].lower() for i in range(nw)]
                k = 4 + 2 * nw
                np_ = int(parts[k])
                hs = []
                for i in range(np_):
                    sym, tgt = parts[k + 1 + 4 * i], parts[k + 2 + 4 * i]
                    if sym in ("@", "@i"):
                        hs.append(tgt)
                hyper[off], lexfile[off], words[off] = hs, lf, ws
        first = {}
        with open(os.path.join(root, "index.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                first[p[0]] = p[-int(p[2]):][0]
        anchors = {}
        for lemma, cls in (("weapon", "W"), ("explosive_device", "W"), ("bomb", "W"), ("vehicle", "V"),
                           ("craft", "V"), ("structure", "F"), ("facility", "F"), ("way", "F"),
                           ("building", "F"), ("establishment", "F")):
            if lemma in first:
                anchors[first[lemma]] = cls
        lexcls = {18: "P", 14: "G", 15: "L", 6: "A", 4: "E", 11: "E", 28: "T", 10: "C"}

        def cls_of(off, depth=0):
            if off in anchors:
                return anchors[off]
            if depth > 18:
                return None
            for h in hyper.get(off, []):
                c = cls_of(h, depth + 1)
                if c:
                    return c
            return None

        out = {}
        for lemma, off in first.items():
            c = cls_of(off) if lexfile[off] == 6 else None
            out[lemma] = c or lexcls.get(lexfile[off], "")
        return out

    def _load_synsets(self, root):
        """offset -> (words, [(pointer, target offset, target pos, source/target word numbers)])."""
        self.synsets = {}
        self.senses = {}
        for p, name in (("n", "noun"), ("v", "verb")):
            with open(os.path.join(root, "data." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split(" | ")[0].split()
                    off = p + parts[0]
                    nw = int(parts[3], 16)
                    words = [parts[4 + 2 * i].lower() for i in range(nw)]
                    k = 4 + 2 * nw
                    ptrs = []
                    for i in range(int(parts[k])):
                        sym, tgt, tpos, st = parts[k + 1 + 4 * i: k + 5 + 4 * i]
                        ptrs.append((sym, {"n": "n", "v": "v"}.get(tpos, tpos) + tgt, st))
                    self.synsets[off] = (words, ptrs)
            with open(os.path.join(root, "index." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    q = line.split()
                    self.senses[(q[0], p)] = [p + o for o in q[-int(q[2]):]]

    def related(self, lemma, pos, senses=2):
        """Single-word synonyms of the lemma's first senses and its derivationally related forms."""
        out = set()
        for off in self.senses.get((lemma, pos), [])[:senses]:
            words, ptrs = self.synsets[off]
            out.update(w for w in words if "_" not in w)
            idx = words.index(lemma) + 1 if lemma in words else 0
            for sym, tgt, st in ptrs:
                if sym == "+" and (st[:2] == "00" or int(st[:2], 16) == idx) and tgt in self.synsets:
                    tw = self.synsets[tgt][0]
                    j = int(st[2:], 16)
                    if 0 < j <= len(tw) and "_" not in tw[j - 1]:
                        out.add(tw[j - 1])
        out.discard(lemma)
        return out

    def morphy(self, w, pos):
        out = []
        if w in self.exc[pos]:
            out.extend(b for b in self.exc[pos][w])
        if w in self.index[pos]:
            out.append(w)
        rules = {"n": NOUN_RULES, "v": VERB_RULES, "a": ADJ_RULES, "r": []}[pos]
        for suf, rep in rules:
            if w.endswith(suf) and len(w) > len(suf) + 1:
                b = w[: len(w) - len(suf)] + rep
                if b in self.index[pos]:
                    out.append(b)
        seen, res = set(), []
        for b in out:
            if b not in seen:
                seen.add(b)
                res.append(b)
        return res


def rams_type(t):
    for pre, k in RAMS_MAP:
        if t.startswith(pre):
            return k
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="data/events.lex")
    ap.add_argument("--min-freq", type=int, default=2)
    a = ap.parse_args()
    wn = WordNet(WN)
    corp = os.path.join(a.shared, "corpora")

    vocab = Counter()
    trig = defaultdict(Counter)      # lemma -> type -> weighted count
    we_t, we_n = Counter(), Counter()      # per lemma
    ws_t, ws_n = Counter(), Counter()      # per surface form
    rams_t = Counter()
    derived = set()                        # lemmas only WordNet proposed

    def lemmas(w):
        ls = wn.morphy(w, "v") + wn.morphy(w, "n") + wn.morphy(w, "a")
        return list(dict.fromkeys(ls)) or [w]

    for path, corpus in ((os.path.join(corp, "wikievents", "dev.jsonl"), "we"),
                         (os.path.join(corp, "rams", "dev.jsonl"), "rams")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                text = d["text"]
                covered = set()
                for e in d.get("events", []):
                    words = WORD_RE.findall(e["text"])
                    if not words:
                        continue
                    head = fold(words[0])
                    for p in range(e["start"], e["end"]):
                        covered.add(p)
                    k = e["type"] if corpus == "we" else rams_type(e["type"])
                    if corpus == "we":
                        ws_t[head] += 1
                    for lm in lemmas(head):
                        if k:
                            trig[lm][k] += 3 if corpus == "we" else 1
                        if corpus == "we":
                            we_t[lm] += 1
                        else:
                            rams_t[lm] += 1
                for m in WORD_RE.finditer(text):
                    w = fold(m.group(0))
                    vocab[w] += 1
                    if corpus == "we" and m.start() not in covered:
                        ws_n[w] += 1
    with open(os.path.join(a.shared, "unlabeled", "reuters21578.jsonl"), encoding="utf-8") as f:
        for line in f:
            for m in WORD_RE.finditer(json.loads(line)["text"]):
                vocab[fold(m.group(0))] += 1
    for lm, k in SEED.items():
        trig[lm][k] += 3
    # WordNet neighbours of well-attested trigger lemmas (synonyms of the first senses, derivations:
    # "assassinate" -> "assassination") inherit their types at a discount: coverage beyond the dev words
    related = defaultdict(Counter)
    for lm, types in list(trig.items()):
        if sum(types.values()) < 3:
            continue
        for pos in ("v", "n"):
            for r in wn.related(lm, pos):
                if r not in trig:
                    for k, n in types.items():
                        related[r][k] += max(1, n // 4)
    for r, types in related.items():
        trig[r].update(types)
        derived.add(r)
    # un-annotated occurrences per lemma, leaving out forms that are never triggers and often
    # something else ("according" is no "accord")
    for w, n in ws_n.items():
        if ws_t[w] == 0 and n >= 5:
            continue
        for lm in lemmas(w):
            we_n[lm] += n

    # words: POS possibilities, the most frequent one, noun class
    out_words = []
    for w, c in vocab.items():
        if c < a.min_freq or len(w) > 30 or " " in w:
            continue
        poss, best, bestf = "", "", -1
        for p in "nvar":
            ls = wn.morphy(w, p)
            if not ls:
                continue
            poss += p
            f = sum(wn.freq[(l, p)] for l in ls)
            if f > bestf:
                best, bestf = p, f
        if not poss:
            continue
        ncls = ""
        if "n" in poss:
            ncls = wn.noun_class.get(wn.morphy(w, "n")[0], "")
        if poss == "n" and not ncls:
            continue
        out_words.append((w, poss.replace(best, best.upper()), ncls))

    # triggers: every vocabulary word whose lemma is a trigger lemma
    out_trig = []
    for w, c in vocab.items():
        if c < 1 or len(w) > 30:
            continue
        best = None
        for lm in lemmas(w):
            if lm in trig and (best is None or sum(trig[lm].values()) > sum(trig[best].values())):
                best = lm
        if best is None:
            continue
        t, n = we_t[best], we_n[best]
        attested = rams_t[best] > 0 or best in SEED
        p0 = 0.55 if attested else 0.4 if best in derived else 0.2
        pl = (t + 2 * p0) / (t + n + 2)
        p = (ws_t[w] + 3 * pl) / (ws_t[w] + ws_n[w] + 3)
        types = ";".join("%s=%d" % kv for kv in sorted(trig[best].items(), key=lambda kv: (-kv[1], kv[0])))
        out_trig.append((w, best, int(round(p * 1000)), types))

    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# lede events lexicon 1 - built by tools/events/train_events.py; do not edit\n")
        f.write("# W word pos(primary upper-case) noun-class | T word lemma p_trigger*1000 types\n")
        for w, poss, ncls in sorted(out_words):
            f.write("W\t%s\t%s\t%s\n" % (w, poss, ncls or "-"))
        for w, lm, p, types in sorted(out_trig):
            f.write("T\t%s\t%s\t%d\t%s\n" % (w, lm, p, types))
    print("words %d, trigger forms %d, trigger lemmas %d" % (len(out_words), len(out_trig), len(trig)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
