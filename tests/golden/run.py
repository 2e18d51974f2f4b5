#!/usr/bin/env python3
"""Golden cases: each tests/golden/*.json file is one case.

    {"name": "...",
     "input": {"text"|"html"|"xml": "...", "published_at": ..., "title": ..., "offsets": ...},
     "expect": {
       "entities": [{"type": "LOCATION", "name": "Kabul", "mentions": ["Kabul"], "identifiers": {...},
                     "subtype": "city"}],
       "absent_mention_text": ["Image result"],          # no mention text may contain these
       "quotes": [{"contains": "...", "kind": "direct", "speaker": "the NDS" | null,
                   "speaker_entity": "Afghan Directorate of National Security", "anonymous": true}],
       "events": [{"type": "Contact.Contact.Meet", "trigger_in": ["met", "conference"],
                   "location": "Kabul", "time_value": "2021-W04", "present": ["Pakistan"], "absent": ["India"]}],
       "error": {"status": 422, "code": "empty-text"}
     }}

Every expectation is a subset check: extra output is allowed.  Invariants checked on every case:
each span's text equals the slice of the analysed text at its offsets.
usage: run.py LEDE_CLI GOLDEN_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile


def slice_units(text, unit):
    if unit == "codepoint":
        return lambda a, b: text[a:b]
    if unit == "utf8":
        raw = text.encode("utf-8")
        return lambda a, b: raw[a:b].decode("utf-8")
    raw16 = text.encode("utf-16-le")
    return lambda a, b: raw16[2 * a:2 * b].decode("utf-16-le")


def spans(obj):
    """Yields every {start, end, text} object in the response."""
    if isinstance(obj, dict):
        if "start" in obj and "end" in obj and "text" in obj:
            yield obj
        for v in obj.values():
            yield from spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from spans(v)


def check_invariants(inp, out, errs):
    text = out.get("text", inp.get("text"))
    if text is None:
        return
    cut = slice_units(text, out.get("offsets", "codepoint"))
    for s in spans({k: out.get(k) for k in ("entities", "quotes", "events")}):
        try:
            got = cut(s["start"], s["end"])
        except UnicodeDecodeError:
            got = None
        if got != s["text"]:
            errs.append("span %r at %d-%d slices to %r" % (s["text"], s["start"], s["end"], got))


def entity_by_name(out, name):
    for e in out.get("entities", []):
        if e["name"] == name:
            return e
    return None


def check_entities(exp, out, errs):
    for want in exp.get("entities", []):
        cands = [e for e in out.get("entities", []) if e["name"] == want["name"]]
        if not cands:
            errs.append("no entity named %r" % want["name"])
            continue
        e = cands[0]
        for key in ("type", "subtype"):
            if key in want and e.get(key) != want[key]:
                errs.append("entity %r: %s %r, want %r" % (want["name"], key, e.get(key), want[key]))
        got_m = [m["text"] for m in e["mentions"]]
        for m in want.get("mentions", []):
            if m not in got_m:
                errs.append("entity %r lacks mention %r (has %r)" % (want["name"], m, got_m))
        for k, v in want.get("identifiers", {}).items():
            if e.get("identifiers", {}).get(k) != v:
                errs.append("entity %r: identifier %s=%r, want %r" % (want["name"], k,
                            e.get("identifiers", {}).get(k), v))
    for bad in exp.get("absent_mention_text", []):
        for s in spans(out.get("entities", [])) :
            if bad in s["text"]:
                errs.append("mention %r comes from text that should be ignored (%r)" % (s["text"], bad))
        for q in out.get("quotes", []):
            if bad in q["text"]:
                errs.append("quote %r comes from ignored text (%r)" % (q["text"][:40], bad))


def entity_name(out, ref):
    if ref is None:
        return None
    for e in out.get("entities", []):
        if e["id"] == ref:
            return e["name"]
    return "?" + ref


def check_quotes(exp, out, errs):
    for want in exp.get("quotes", []):
        q = next((q for q in out.get("quotes", []) if want["contains"] in q["text"]), None)
        if not q:
            errs.append("no quote containing %r" % want["contains"])
            continue
        if "kind" in want and q["kind"] != want["kind"]:
            errs.append("quote %r: kind %r, want %r" % (want["contains"][:30], q["kind"], want["kind"]))
        sp = q.get("speaker")
        if "speaker" in want:
            got = sp.get("text") if sp else None
            if got != want["speaker"]:
                errs.append("quote %r: speaker %r, want %r" % (want["contains"][:30], got, want["speaker"]))
        if "speaker_entity" in want:
            got = entity_name(out, sp.get("entity")) if sp else None
            if got != want["speaker_entity"]:
                errs.append("quote %r: speaker entity %r, want %r" % (want["contains"][:30], got,
                            want["speaker_entity"]))
        if "anonymous" in want and bool(sp and sp.get("anonymous")) != want["anonymous"]:
            errs.append("quote %r: anonymous %r, want %r" % (want["contains"][:30], sp and sp.get("anonymous"),
                        want["anonymous"]))
        if "cue" in want and (q.get("cue") or {}).get("text") != want["cue"]:
            errs.append("quote %r: cue %r, want %r" % (want["contains"][:30], (q.get("cue") or {}).get("text"),
                        want["cue"]))


def check_events(exp, out, errs):
    for want in exp.get("events", []):
        types = want.get("type_in") or [want["type"]]
        want.setdefault("type", "/".join(types))
        evs = [e for e in out.get("events", []) if e["type"] in types and
               (not want.get("trigger_in") or any(m["text"].lower() in want["trigger_in"] for m in e["mentions"]))]
        if not evs:
            errs.append("no %s event with a trigger in %r" % (want["type"], want.get("trigger_in")))
            continue
        def score(e):
            names = {entity_name(out, p["entity"]) or p["text"] for p in e["participants"]}
            return len(names & set(want.get("present", []) + want.get("absent", [])))
        e = max(evs, key=score)
        loc = e.get("location")
        if "location" in want and (not loc or (entity_name(out, loc.get("entity")) or loc["text"]) != want["location"]):
            errs.append("%s: location %r, want %r" % (want["type"], loc, want["location"]))
        if "time_value" in want and (e.get("time") or {}).get("value") != want["time_value"]:
            errs.append("%s: time %r, want value %r" % (want["type"], e.get("time"), want["time_value"]))
        if "time_contains" in want and want["time_contains"] not in ((e.get("time") or {}).get("text") or ""):
            errs.append("%s: time %r, want text containing %r" % (want["type"], e.get("time"), want["time_contains"]))
        if "time_text" in want and (e.get("time") or {}).get("text") != want["time_text"]:
            errs.append("%s: time %r, want text %r" % (want["type"], e.get("time"), want["time_text"]))
        parts = {}
        for p in e["participants"]:
            parts[entity_name(out, p["entity"]) or p["text"]] = p["present"]
        for name in want.get("present", []):
            if parts.get(name) is not True:
                errs.append("%s: %r not a present participant (%r)" % (want["type"], name, parts))
        for name in want.get("absent", []):
            if parts.get(name) is not False:
                errs.append("%s: %r not marked absent (%r)" % (want["type"], name, parts))
        if "min_mentions" in want and len(e["mentions"]) < want["min_mentions"]:
            errs.append("%s: %d mentions, want >= %d" % (want["type"], len(e["mentions"]), want["min_mentions"]))


def run_case(cli, path):
    case = json.load(open(path, encoding="utf-8"))
    inp = case["input"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(inp, f)
        tmp = f.name
    try:
        p = subprocess.run([cli, "analyze", "--input", "json", tmp], capture_output=True, timeout=120)
    finally:
        os.unlink(tmp)
    exp = case.get("expect", {})
    errs = []
    if "error" in exp:
        if p.returncode == 0:
            errs.append("expected an error, got success")
        elif exp["error"]["code"] not in p.stderr.decode():
            errs.append("expected error %s, got %r" % (exp["error"]["code"], p.stderr.decode()[:200]))
        return errs
    if p.returncode != 0:
        return ["lede failed (%d): %s" % (p.returncode, p.stderr.decode()[:300])]
    out = json.loads(p.stdout)
    check_invariants(inp, out, errs)
    check_entities(exp, out, errs)
    check_quotes(exp, out, errs)
    check_events(exp, out, errs)
    return errs


def main():
    cli, d = sys.argv[1], sys.argv[2]
    cases = sorted(glob.glob(os.path.join(d, "*.json")))
    failed = 0
    for c in cases:
        errs = run_case(cli, c)
        name = os.path.basename(c)
        if errs:
            failed += 1
            print("FAIL %s" % name)
            for e in errs:
                print("    " + e)
        else:
            print("ok   %s" % name)
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    sys.exit(1 if failed or not cases else 0)


if __name__ == "__main__":
    main()
