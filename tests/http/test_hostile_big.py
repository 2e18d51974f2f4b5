"""3.9 MB single lines, just under the 4 MB default body limit, one case per test:
each gets 200 within the deadline, or a clean 504 (deadline-exceeded) or 422
(document-limit), never another 5xx (a 3.9 MB article once got 503
out-of-memory from an arena cap below max_tokens, and one unpunctuated line
overran the deadline inside the quotes stage).  Afterwards the server still
answers /healthz and a normal analysis.  The rows join test_hostile.py's table
in the same report file.

The deadline is the default (10 s) unless $LEDE_HOSTILE_DEADLINE_MS says
otherwise; `--deadline-ms 0` style runs (no deadline) show whether the
analysis itself succeeds: LEDE_HOSTILE_DEADLINE_MS=0.
"""

import os
import time

import test_hostile
from lede_http import SEED, main
from test_hostile import HostileBase


def body_39mb(unit):
    """One line of about 3.9 MB: no newline, no sentence end."""
    return unit * (3900000 // len(unit))


class BigLineTest(HostileBase):
    """3.9 MB single lines, just under the 4 MB body limit: 200 within the
    deadline, or a clean 504 (deadline-exceeded) or 422 (document-limit); never
    a 5xx such as out-of-memory.  The deadline is the default (10 s), or
    $LEDE_HOSTILE_DEADLINE_MS."""

    DEADLINE_MS = int(os.environ.get("LEDE_HOSTILE_DEADLINE_MS", "10000"))
    # the deadline runs from the end of the upload; slack for the upload and a loaded machine
    SLACK_S = 15
    SERVER_ARGS = ("--workers", "1", "--deadline-ms", str(DEADLINE_MS))

    def big(self, case, body, ct="text/plain"):
        t0 = time.monotonic()
        r = self.analyze(body, ct)
        took = time.monotonic() - t0
        if self.DEADLINE_MS:
            self.assertLess(took, self.DEADLINE_MS / 1000 + self.SLACK_S, "%s: %.1f s" % (case, took))
        if r.status == 200:
            self.assertEqual(r.json()["offsets"], "codepoint")
        self.check("%s (%.1f s, deadline %d ms)" % (case, took, self.DEADLINE_MS), r, {200, 422, 504},
                   {"deadline-exceeded", "document-limit"})

    def test_39mb_words(self):
        self.big("one 3.9 MB line of \"word \"", body_39mb(b"word "))

    def test_39mb_letters(self):
        self.big("one 3.9 MB line of \"a \" (1.95M tokens)", body_39mb(b"a "))

    def test_39mb_no_spaces(self):
        self.big("one 3.9 MB token (no spaces)", body_39mb(b"x"))

    def test_39mb_curly_quotes(self):
        # 1.3M opening marks and nothing else (segmentation was quadratic in such a run before cc10917)
        self.big("one 3.9 MB line of opening curly quotes", body_39mb("\u201c".encode()))

    def test_39mb_json_string(self):
        self.big("3.9 MB JSON \"text\" string, one line",
                 b'{"text": "' + body_39mb(b"Kabul ")[:3899000] + b'"}', "application/json")

    def test_39mb_seed_text(self):
        with open(SEED, "rb") as f:
            seed = f.read().replace(b"\n", b" ")
        body = (seed * (3900000 // len(seed) + 1))[:3900000]
        self.big("3.9 MB of the seed article on one line", body[:body.rfind(b" ")])

    def test_zz_no_5xx(self):
        # Runs last: no case above produced a 5xx other than the deadline's 504.
        for rec in self.server.logs():
            if rec.get("msg") == "request" and rec["status"] != 504:
                self.assertLess(rec["status"], 500, rec)


def tearDownModule():
    test_hostile.write_report("tests/http/test_hostile_big.py")


if __name__ == "__main__":
    main()
