"""openapi.yaml is the contract: its examples are real outputs of this server, and
every documented path is served.

The examples sit on single JSON lines between "# BEGIN example NAME" and
"# END example NAME" markers (JSON is valid YAML, and the standard library can
read it).  The problem example must match exactly; the analysis example must
have the shape of today's answer.  To refresh both from the server, run

    LEDE_SERVER=build/lede-server python3 tests/http/test_openapi.py --update

to rewrite the response examples from the server's real answers; then rebuild,
since the server embeds openapi.yaml."""

import json
import os
import re
import sys
import unittest

from lede_http import REPO, Server

OPENAPI = os.path.join(REPO, "openapi.yaml")
# The body behind the documented problem example.
BAD_JSON_BODY = b'{"text": "Talks in Kabul"}}'


def read_doc():
    with open(OPENAPI, encoding="utf-8") as f:
        return f.read()


def example_line(doc, name):
    """(line index, indent, key, parsed JSON) of the example NAME."""
    lines = doc.split("\n")
    begin = next(i for i, l in enumerate(lines) if l.strip() == "# BEGIN example " + name)
    end = next(i for i, l in enumerate(lines) if l.strip() == "# END example " + name)
    if end != begin + 2:
        raise AssertionError("example %s must be one line between its markers" % name)
    m = re.match(r"^(\s*)(value|example): (.*)$", lines[begin + 1])
    if not m:
        raise AssertionError("example %s: expected 'value: {json}'" % name)
    return begin + 1, m.group(1), m.group(2), json.loads(m.group(3))


def replace_example(doc, name, obj):
    idx, indent, key, _ = example_line(doc, name)
    lines = doc.split("\n")
    lines[idx] = "%s%s: %s" % (indent, key, json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines)


def real_outputs(server, doc):
    _, _, _, req = example_line(doc, "analyze-request")
    r = server.analyze_json(req)
    if r.status != 200:
        raise AssertionError("the request example is refused: %r" % r)
    _, _, _, problem = example_line(doc, "problem")
    rid = problem.get("request_id", "3f2a9c0d1b7e4a55")
    p = server.post("/v1/analyze", BAD_JSON_BODY, "application/json", headers={"X-Request-Id": rid})
    return r.json(), p.json()


# Keys the response has only sometimes (see the schemas).
OPTIONAL = {"byline", "text", "fragments", "subtype", "identifiers", "value", "entities", "quotes", "events",
            "start", "end"}


def merged(items):
    """One representative of a list's items: dicts merged key by key."""
    dicts = [i for i in items if isinstance(i, dict)]
    if not dicts:
        return items[0] if items else None
    out = {}
    for d in dicts:
        for k, v in d.items():
            if k not in out or out[k] is None or out[k] == []:
                out[k] = v
    return out


def check_shape(t, ex, real, path):
    """ex and real have the same keys (up to OPTIONAL ones) and value types."""
    if ex is None or real is None:
        return
    if isinstance(ex, dict) and isinstance(real, dict):
        t.assertEqual(set(ex) - OPTIONAL, set(real) - OPTIONAL, path)
        for k in set(ex) & set(real):
            check_shape(t, ex[k], real[k], path + "." + k)
        return
    if isinstance(ex, list) and isinstance(real, list):
        if ex and real:
            check_shape(t, merged(ex), merged(real), path + "[]")
        return
    num = (int, float)
    t.assertTrue(type(ex) is type(real) or (isinstance(ex, num) and isinstance(real, num)),
                 "%s: %r vs %r" % (path, ex, real))


class OpenApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server().start()
        cls.doc = read_doc()

    @classmethod
    def tearDownClass(cls):
        if cls.server.stop() != 0:
            raise AssertionError("lede-server did not exit 0")

    def test_examples_are_real_outputs(self):
        analysis, problem = real_outputs(self.server, self.doc)
        msg = "openapi.yaml examples are stale; run tests/http/test_openapi.py --update"
        self.assertEqual(example_line(self.doc, "problem")[3], problem, msg)
        # The analysis example must have the shape of a real answer.  Its values
        # follow the analysis stages, which change often and are not this file's
        # owner's: --update refreshes them (and should before a release).
        example = example_line(self.doc, "analyze-response")[3]
        check_shape(self, example, analysis, "$")
        if example != analysis:
            print("note: the analyze-response example differs from today's output; "
                  "tests/http/test_openapi.py --update refreshes it", file=sys.stderr)

    def test_documented_paths_are_served(self):
        paths = re.findall(r"^  (/[^:\s]*):\s*$", self.doc, re.M)
        self.assertEqual(sorted(paths),
                         sorted(["/v1/analyze", "/healthz", "/readyz", "/metrics", "/v1/info", "/openapi.yaml", "/"]))
        for path in paths:
            method = "POST" if path == "/v1/analyze" else "GET"
            r = self.server.request(method, path, body=b"Talks in Kabul." if method == "POST" else None,
                                    headers={"Content-Type": "text/plain"} if method == "POST" else {})
            self.assertEqual(r.status, 200, path)

    def test_problem_codes_documented(self):
        for code in ("bad-json", "bad-utf8", "bad-request", "bad-xml", "xml-forbidden", "bad-html", "empty-text",
                     "document-limit", "not-found", "method-not-allowed", "body-too-large",
                     "unsupported-media-type", "overloaded", "draining", "out-of-memory", "deadline-exceeded",
                     "model-error", "io-error", "internal-error"):
            self.assertIn("| `%s` |" % code, self.doc)

    def test_plain_yaml(self):
        self.assertNotIn("\t", self.doc)
        self.assertTrue(self.doc.startswith("openapi: 3.1.0\n"))


def update():
    doc = read_doc()
    with Server() as server:
        analysis, problem = real_outputs(server, doc)
    doc = replace_example(doc, "analyze-response", analysis)
    doc = replace_example(doc, "problem", problem)
    with open(OPENAPI, "w", encoding="utf-8") as f:
        f.write(doc)
    print("updated", OPENAPI)


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        unittest.main(verbosity=2)
