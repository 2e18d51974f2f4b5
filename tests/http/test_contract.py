"""Contract test: real answers of every operation in openapi.yaml (every method,
every request content type, each features/offsets variant, gzip, every error
the status table produces that a client can trigger: 400, 401, 404, 405, 413,
415, 422, 503 overloaded/draining, 504) are collected from running servers and
checked by tests/http/contract.mjs (ajv) against the schema the document
declares for that path, method, status and content type; the script also fails
when a documented operation or status was never observed."""

import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest

from lede_http import REPO, SEED, Server, main

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = "contract-key-4fJ9qL2w"
MAX_BODY = 256 * 1024
NITF = ('<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Talks</title></head><body><body.head>'
        '<byline>By Staff</byline></body.head><body.content><p>Officials met in Doha on Monday, the ministry '
        'said. "We will talk again," the envoy told reporters.</p></body.content></body></nitf>')
G2 = ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet><newsItem guid="g">'
      '<itemMeta><firstCreated>2021-02-04T07:30:00Z</firstCreated></itemMeta><contentMeta><headline>Talks resume'
      '</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">'
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Negotiators met in Doha on Monday.</p></body></html>'
      '</inlineXML></contentSet></newsItem></itemSet></newsMessage>')
HTML = ('<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Officials met in Doha on Monday, '
        'the ministry said.</p></article></body></html>')


def seed():
    with open(SEED, encoding="utf-8") as f:
        return f.read()


def big_text(n_bytes):
    s = seed()
    return ((s + "\n\n") * (n_bytes // len(s.encode("utf-8")) + 1)).encode("utf-8")


class Collector:
    def __init__(self):
        self.records = []

    def add(self, label, method, path, r):
        body = r.body
        enc = r.header("content-encoding")
        if enc == "gzip":
            body = gzip.decompress(body)
        self.records.append({"label": label, "method": method, "path": path, "status": r.status,
                             "headers": dict(r.headers), "encoding": enc or "identity",
                             "body": body.decode("utf-8")})
        return r

    def req(self, s, label, method, path, body=None, headers=None, conn=None):
        return self.add(label, method, path, s.request(method, path, body=body, headers=headers, conn=conn))

    def post(self, s, label, path, body, ctype, headers=None):
        h = {"Content-Type": ctype} if ctype else {}
        h.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        return self.req(s, label, "POST", path, body, h)


def in_flight(s, conn):
    for line in s.get("/metrics", conn=conn).body.decode().splitlines():
        if line.startswith("lede_http_in_flight "):
            return float(line.split()[1])
    return 0.0


class ContractTest(unittest.TestCase):
    def collect_main(self, c):
        with Server("--max-body", str(MAX_BODY), "--cors-origin", "https://cms.example.com") as s:
            for path in ("/healthz", "/readyz", "/metrics", "/v1/info", "/openapi.yaml", "/"):
                c.req(s, "get", "GET", path)
                c.req(s, "head", "HEAD", path)
                c.req(s, "gzip", "GET", path, headers={"Accept-Encoding": "gzip"})
                c.req(s, "plain options", "OPTIONS", path)
                c.req(s, "preflight", "OPTIONS", path, headers={"Origin": "https://cms.example.com",
                                                                  "Access-Control-Request-Method": "GET"})
                c.req(s, "wrong method", "POST", path, b"x", {"Content-Type": "text/plain"})
                c.req(s, "wrong method", "DELETE", path)
            c.req(s, "plain options", "OPTIONS", "/v1/analyze")
            c.req(s, "preflight", "OPTIONS", "/v1/analyze",
                  headers={"Origin": "https://cms.example.com", "Access-Control-Request-Method": "POST",
                           "Access-Control-Request-Headers": "content-type, authorization"})
            for m in ("GET", "HEAD", "PUT", "DELETE"):
                c.req(s, "wrong method", m, "/v1/analyze")

            a = "/v1/analyze?published_at=2021-02-04&id=c1&title=Talks"
            text = seed()
            c.post(s, "text", a, text, "text/plain")
            c.post(s, "text gzip", a, text, "text/plain", {"Accept-Encoding": "gzip"})
            c.post(s, "text, charset", a, text, "text/plain; charset=utf-8")
            c.post(s, "form type is text", a, text, "application/x-www-form-urlencoded")
            c.post(s, "no content type", a, text, None)
            for off in ("codepoint", "utf8", "utf16"):
                c.post(s, "offsets", a + "&offsets=" + off, text, "text/plain")
            for feat in ("entities", "quotes", "events", "entities,quotes", "quotes,events", "entities,quotes,events"):
                c.post(s, "features", a + "&features=" + feat, text, "text/plain")
            c.post(s, "html", "/v1/analyze?offsets=utf16", HTML, "text/html")
            c.post(s, "xhtml", "/v1/analyze", HTML, "application/xhtml+xml")
            for ct in ("application/xml", "text/xml", "application/nitf+xml"):
                c.post(s, "nitf", "/v1/analyze?features=quotes,events", NITF, ct)
            c.post(s, "newsml-g2", "/v1/analyze", G2, "application/vnd.iptc.g2.newsitem+xml")
            c.post(s, "g2 as xml", "/v1/analyze", G2, "application/xml")
            js = "application/json"
            c.post(s, "json text", "/v1/analyze", json.dumps({"text": text, "id": 7, "published_at": "2021-02-04",
                                                              "title": None}), js)
            for off in ("codepoint", "utf8", "utf16"):
                for feat in (["entities"], ["quotes"], ["events"], ["quotes", "events"]):
                    c.post(s, "json variants", "/v1/analyze",
                           json.dumps({"text": text, "offsets": off, "features": feat}), js)
            c.post(s, "json html", "/v1/analyze", json.dumps({"html": HTML, "offsets": "utf8"}), js)
            c.post(s, "json xml", "/v1/analyze", json.dumps({"xml": NITF, "id": "n1"}), js)
            c.post(s, "json xml g2", "/v1/analyze", json.dumps({"xml": G2}), js)

            # 400 in each of its forms
            c.post(s, "bad-json", "/v1/analyze", '{"text": "Talks in Kabul"}}', js)
            c.post(s, "bad-json depth", "/v1/analyze", "[" * 10000, js)
            c.post(s, "bad-utf8", "/v1/analyze", b"Talks \xff in Kabul", "text/plain")
            c.post(s, "bad-request field", "/v1/analyze", json.dumps({"text": "x", "colour": 1}), js)
            c.post(s, "bad-request type", "/v1/analyze", json.dumps({"text": 5}), js)
            c.post(s, "bad-request query+json", "/v1/analyze?offsets=utf8", json.dumps({"text": "x"}), js)
            c.post(s, "bad-request offsets", "/v1/analyze?offsets=bytes", "Talks.", "text/plain")
            c.post(s, "bad-xml", "/v1/analyze", "<nitf><body>", "application/xml")
            c.post(s, "xml-forbidden", "/v1/analyze",
                   '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x "y">]><nitf>&x;</nitf>', "application/xml")
            # 404, any method
            for m, p in (("GET", "/nope"), ("POST", "/v1/nope"), ("OPTIONS", "/nope"), ("GET", "/v1/analyze/x")):
                c.req(s, "not-found", m, p)
            # 413, 415, 422
            c.post(s, "body-too-large", "/v1/analyze", b"a" * (MAX_BODY + 1), "text/plain")
            c.post(s, "unsupported-media-type", "/v1/analyze", b"\x89PNG", "image/png")
            c.post(s, "charset", "/v1/analyze", "Talks.", "text/plain; charset=iso-8859-1")
            c.post(s, "empty-text", "/v1/analyze", "", "text/plain")
            c.post(s, "empty-text json", "/v1/analyze", json.dumps({"text": "   "}), js)
            c.post(s, "empty html", "/v1/analyze", "<html><body></body></html>", "text/html")

    def collect_keys(self, c):
        with Server(env={"LEDE_API_KEYS": KEY}) as s:
            good = {"Authorization": "Bearer " + KEY}
            bad = {"Authorization": "Bearer " + KEY[:-1] + "X"}
            for path in ("/v1/info", "/metrics"):
                c.req(s, "no key", "GET", path)
                c.req(s, "wrong key", "GET", path, headers=bad)
                c.req(s, "key", "GET", path, headers=good)
            c.post(s, "no key", "/v1/analyze", "Talks in Kabul.", "text/plain")
            c.post(s, "wrong key", "/v1/analyze", "Talks in Kabul.", "text/plain", bad)
            c.post(s, "key", "/v1/analyze", "Talks in Kabul.", "text/plain", good)
            c.req(s, "open", "GET", "/healthz")
            c.req(s, "preflight, no key needed", "OPTIONS", "/v1/analyze")

    def collect_capacity(self, c):
        # 504: a 2 MB document cannot be analysed in 1 ms
        with Server("--workers", "1", "--max-body", "8M", "--deadline-ms", "1") as s:
            c.post(s, "deadline-exceeded", "/v1/analyze", big_text(2 << 20), "text/plain")
        # 503 overloaded: one worker, no queue, concurrent 1 MB analyses
        with Server("--workers", "1", "--queue", "0", "--max-body", "8M", "--deadline-ms", "0") as s:
            body = big_text(1 << 20)
            for _ in range(5):
                results = [None] * 4

                def send(i):
                    results[i] = s.post("/v1/analyze?features=entities", body)

                threads = [threading.Thread(target=send, args=(i,)) for i in range(len(results))]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(300)
                busy = [r for r in results if r.status == 503]
                if busy:
                    c.add("overloaded", "POST", "/v1/analyze", busy[0])
                    break
        # 503 draining and readyz 503: SIGTERM with a request in flight
        s = Server("--workers", "1").start()
        try:
            k1, k2 = s.connection(), s.connection()
            s.get("/healthz", conn=k1)
            s.get("/healthz", conn=k2)
            article = b"Officials met in Kabul on Monday."
            a = socket.create_connection(("127.0.0.1", s.port), timeout=60)
            a.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: %d\r\n\r\n" % len(article) + article[:5])
            deadline = time.monotonic() + 30
            while in_flight(s, k1) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            s.signal(signal.SIGTERM)
            s.wait_log(lambda l: l.get("msg") == "draining")
            c.req(s, "draining", "GET", "/readyz", conn=k1)
            r = s.request("POST", "/v1/analyze", body=article, headers={"Content-Type": "text/plain"}, conn=k2)
            c.add("draining", "POST", "/v1/analyze", r)
            k1.close()
            k2.close()
            a.sendall(article[5:])
            a.recv(65536)
            a.close()
        finally:
            self.assertEqual(s.stop(), 0)

    def test_contract(self):
        if not shutil.which("node"):
            self.skipTest("node is not installed")
        c = Collector()
        self.collect_main(c)
        self.collect_keys(c)
        self.collect_capacity(c)
        statuses = sorted({r["status"] for r in c.records})
        for st in (200, 204, 400, 401, 404, 405, 413, 415, 422, 503, 504):
            self.assertIn(st, statuses)
        self.assertIn("gzip", {r["encoding"] for r in c.records})
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "responses.json")
            with open(out, "w", encoding="utf-8") as f:
                json.dump(c.records, f)
            if os.environ.get("LEDE_CONTRACT_DUMP"):  # keep them to rerun contract.mjs by hand
                shutil.copy(out, os.environ["LEDE_CONTRACT_DUMP"])
            p = subprocess.run(["node", os.path.join(HERE, "contract.mjs"), os.path.join(REPO, "openapi.yaml"), out],
                               capture_output=True, text=True, timeout=120)
        print(p.stdout, p.stderr)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)


if __name__ == "__main__":
    main()
