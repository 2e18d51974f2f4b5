#!/usr/bin/env python3
"""CLI tests: `lede analyze` and `lede batch` (api and eval formats), error
lines, input order, offsets units, exit codes.  Needs LEDE_CLI (cmake sets it)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ.get("LEDE_CLI", "build/lede")
TEXT = ("Officials from Pakistan met in Kabul on Monday.\n\n"
        "“We agreed on a plan,” the minister said.\n")


def run(args, stdin=b"", timeout=120):
    return subprocess.run([CLI] + args, input=stdin, capture_output=True, timeout=timeout)


class AnalyzeTest(unittest.TestCase):
    def test_analyze_file_and_stdin_agree(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(TEXT)
        try:
            a = run(["analyze", f.name])
        finally:
            os.unlink(f.name)
        b = run(["analyze", "-"], TEXT.encode())
        self.assertEqual(a.returncode, 0, a.stderr)
        self.assertEqual(b.returncode, 0, b.stderr)
        ja, jb = json.loads(a.stdout), json.loads(b.stdout)
        self.assertEqual(ja["entities"], jb["entities"])
        for key in ("id", "offsets", "model", "entities", "quotes", "events"):
            self.assertIn(key, ja)
        self.assertEqual(ja["offsets"], "codepoint")

    def test_options_after_the_file(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(TEXT)
        try:
            a = run(["analyze", f.name, "--published-at", "2021-02-04", "--offsets", "utf8"])
            b = run(["analyze", "--published-at", "2021-02-04", "--offsets", "utf8", f.name])
            c = run(["analyze", f.name, f.name])
        finally:
            os.unlink(f.name)
        self.assertEqual(a.returncode, 0, a.stderr)
        self.assertEqual(a.stdout, b.stdout)
        self.assertEqual(json.loads(a.stdout)["offsets"], "utf8")
        self.assertEqual(json.loads(a.stdout)["published_at"], "2021-02-04")
        self.assertEqual(c.returncode, 2)
        self.assertIn(b"unexpected argument", c.stderr)

    def test_offsets_units(self):
        text = "Ünïcödé 😀 officials met in Kabul."
        for unit, enc in (("utf8", "utf-8"), ("utf16", "utf-16-le"), ("codepoint", None)):
            p = run(["analyze", "--offsets", unit, "-"], text.encode())
            self.assertEqual(p.returncode, 0, p.stderr)
            out = json.loads(p.stdout)
            self.assertEqual(out["offsets"], unit)
            for e in out["entities"]:
                for m in e["mentions"]:
                    if enc is None:
                        got = text[m["start"]:m["end"]]
                    else:
                        w = 2 if enc.startswith("utf-16") else 1
                        got = text.encode(enc)[m["start"] * w:m["end"] * w].decode(enc)
                    self.assertEqual(got, m["text"])

    def test_bad_utf8_fails_with_code(self):
        p = run(["analyze", "-"], b"abc \xff\xfe def")
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"bad-utf8", p.stderr)

    def test_empty_input_fails(self):
        p = run(["analyze", "-"], b"   ")
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"empty-text", p.stderr)

    def test_unknown_option(self):
        p = run(["analyze", "--bogus"])
        self.assertEqual(p.returncode, 2)

    def test_missing_model_is_reported(self):
        p = run(["analyze", "--data-dir", "/nonexistent-lede-data", "-"], b"text")
        self.assertEqual(p.returncode, 3)
        self.assertIn(b"model", p.stderr)


class BatchTest(unittest.TestCase):
    def lines(self):
        return [
            json.dumps({"id": "a", "text": TEXT, "extra": {"ignored": True}}),
            "{not json",
            json.dumps({"id": "c", "text": ""}),
            "",
            json.dumps({"id": "d", "text": "Talks in Doha ended.", "published_at": "2021-02-04"}),
            json.dumps({"id": "e", "text": 5}),
        ]

    def test_batch_keeps_order_and_reports_bad_lines(self):
        for jobs in ("1", "2"):
            p = run(["batch", "--jobs", jobs], ("\n".join(self.lines()) + "\n").encode())
            self.assertEqual(p.returncode, 0, p.stderr)
            out = [json.loads(l) for l in p.stdout.decode().splitlines()]
            self.assertEqual(len(out), 5)
            self.assertEqual(out[0]["id"], "a")
            self.assertIn("entities", out[0])
            self.assertEqual(out[1]["error"]["status"], 400)
            self.assertEqual(out[1]["line"], 2)
            self.assertEqual(out[2]["error"]["status"], 422)
            self.assertEqual(out[2]["id"], "c")
            self.assertEqual(out[3]["id"], "d")
            self.assertEqual(out[4]["error"]["status"], 400)

    def test_eval_format(self):
        line = json.dumps({"id": "x/1", "text": TEXT, "entities": [{"start": 0, "end": 1, "type": "PERSON"}]})
        p = run(["batch", "--format", "eval"], (line + "\n").encode())
        self.assertEqual(p.returncode, 0, p.stderr)
        out = json.loads(p.stdout)
        self.assertEqual(out["id"], "x/1")
        for key in ("entities", "quotes", "events"):
            self.assertIsInstance(out[key], list)
        for e in out["entities"]:
            self.assertIn(e["type"], ("PERSON", "ORGANIZATION", "LOCATION", "MISC"))
            self.assertEqual(TEXT[e["start"]:e["end"]], e["text"])

    def test_eval_of_html_emits_text(self):
        line = json.dumps({"id": "h", "html": "<html><body><article><p>Officials met in Kabul on Monday "
                           "to discuss security.</p></article></body></html>", "text": "gold"})
        p = run(["batch", "--format", "eval"], (line + "\n").encode())
        self.assertEqual(p.returncode, 0, p.stderr)
        out = json.loads(p.stdout)
        self.assertNotIn("error", out)
        self.assertIn("Kabul", out["text"])
        for e in out["entities"]:
            self.assertEqual(out["text"][e["start"]:e["end"]], e["text"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
