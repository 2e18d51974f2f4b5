"""POST /v1/analyze success paths: text/plain with query options, JSON bodies,
offsets units, features, HTML and XML content types, keep-alive, and the seed
article.  Asserts HTTP behaviour and JSON shape; entity content only on the seed."""

import json
import os

from lede_http import SEED, ServerTest, main, slice_units, spans

SAMPLE = ("Foreign ministers from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said.\n\n"
          "\u201cWe agreed to reopen the crossing,\u201d said Sh\u0101h Mahm\u016bd Qureshi \U0001F600 after the "
          "meeting in Doha, Qatar.")


class AnalyzeTest(ServerTest):
    SERVER_ARGS = ("--workers", "2")

    def test_text_plain(self):
        r = self.server.post("/v1/analyze", SAMPLE)
        d = self.assertAnalysis(r)
        for k in ("entities", "quotes", "events"):
            self.assertIsInstance(d[k], list)
        self.assertIsNone(d["id"])
        self.assertTrue(r.header("x-request-id"))

    def test_no_content_type_is_text(self):
        r = self.server.post("/v1/analyze", SAMPLE, content_type=None)
        self.assertAnalysis(r)

    def test_curl_default_content_type_is_text(self):
        # curl --data-binary @story.txt sends application/x-www-form-urlencoded
        r = self.server.post("/v1/analyze", SAMPLE, content_type="application/x-www-form-urlencoded")
        self.assertAnalysis(r)

    def test_charset_utf8_accepted(self):
        r = self.server.post("/v1/analyze", SAMPLE, content_type="text/plain; charset=UTF-8")
        self.assertAnalysis(r)
        r = self.server.post("/v1/analyze", json.dumps({"text": SAMPLE}),
                             content_type='application/json;charset="utf-8"')
        self.assertAnalysis(r)

    def test_query_options(self):
        r = self.server.post("/v1/analyze?id=doc%2F7&title=Talks%20in%20Kabul&published_at=2021-02-04"
                             "&features=entities,quotes&offsets=utf16", SAMPLE)
        d = self.assertAnalysis(r, offsets="utf16")
        self.assertEqual(d["id"], "doc/7")
        self.assertEqual(d["title"], "Talks in Kabul")
        self.assertEqual(d["published_at"], "2021-02-04")
        self.assertIn("entities", d)
        self.assertIn("quotes", d)
        self.assertNotIn("events", d)

    def test_unknown_query_parameter_ignored(self):
        r = self.server.post("/v1/analyze?cachebust=123", SAMPLE)
        self.assertAnalysis(r)

    def test_json_body(self):
        r = self.server.analyze_json({"id": "a-1", "text": SAMPLE, "title": "T", "published_at": "2021-02-04",
                                      "features": ["events"], "offsets": "utf8"})
        d = self.assertAnalysis(r, offsets="utf8")
        self.assertEqual(d["id"], "a-1")
        self.assertEqual(d["title"], "T")
        self.assertIn("events", d)
        self.assertNotIn("quotes", d)
        # participants name entity ids, so their entities come along
        ids = {e["id"] for e in d["entities"]}
        for ev in d["events"]:
            for p in ev["participants"]:
                if p["entity"] is not None:
                    self.assertIn(p["entity"], ids)

    def test_json_integer_id(self):
        d = self.assertAnalysis(self.server.analyze_json({"id": 42, "text": SAMPLE}))
        self.assertEqual(d["id"], "42")

    def test_offsets_slice_the_input(self):
        # Every span's text is the slice of the input at its offsets, in each unit.
        for unit in ("codepoint", "utf8", "utf16"):
            d = self.assertAnalysis(self.server.post("/v1/analyze?offsets=" + unit, SAMPLE), offsets=unit)
            for start, end, text in spans(d):
                self.assertEqual(slice_units(SAMPLE, start, end, unit), text, (unit, start, end))

    def test_html(self):
        page = ("<html><head><title>Talks in Kabul</title></head><body><article>"
                "<p>Foreign ministers from Pakistan and Afghanistan met in Kabul on Tuesday.</p>"
                "<p>\u201cWe agreed,\u201d the minister said.</p></article></body></html>")
        r = self.server.post("/v1/analyze", page, content_type="text/html; charset=utf-8")
        # HTML ingest may still refuse a page; it must never be a 5xx
        self.assertLess(r.status, 500, r)
        if r.status == 200:
            d = self.assertAnalysis(r)
            self.assertIsInstance(d.get("text"), str)
            for start, end, text in spans(d):
                self.assertEqual(d["text"][start:end], text)
        else:
            self.assertEqual(r.header("content-type"), "application/problem+json")

    def test_xml_types(self):
        nitf = ('<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Talks</title></head><body>'
                '<body.content><p>Officials met in Doha on Monday, the ministry said.</p></body.content>'
                '</body></nitf>')
        for ct in ("application/xml", "text/xml", "application/nitf+xml", "application/vnd.iptc.g2.newsitem+xml"):
            r = self.server.post("/v1/analyze", nitf, content_type=ct)
            self.assertLess(r.status, 500, (ct, r))
            self.assertNotEqual(r.status, 415, ct)
            if r.status != 200:
                self.assertEqual(r.header("content-type"), "application/problem+json")
            self.assertTrue(self.server.alive())

    def test_keep_alive(self):
        # Several requests on one connection, each answered on it.
        # (http.client reconnects silently, so the socket itself is compared)
        conn = self.server.connection()
        try:
            self.assertEqual(self.server.get("/healthz", conn=conn).status, 200)
            sock = conn.sock
            self.assertIsNotNone(sock)
            for i in range(5):
                r = self.server.post("/v1/analyze?id=k%d" % i, SAMPLE, conn=conn)
                self.assertEqual(self.assertAnalysis(r)["id"], "k%d" % i)
                self.assertNotEqual((r.header("connection") or "").lower(), "close")
                r = self.server.get("/healthz", conn=conn)
                self.assertEqual(r.status, 200)
                # errors keep the connection too
                r = self.server.post("/v1/analyze", b"\xff", conn=conn)
                self.assertEqual(r.status, 400)
                r = self.server.get("/nowhere", conn=conn)
                self.assertEqual(r.status, 404)
                self.assertIs(conn.sock, sock, "the server closed a keep-alive connection")
        finally:
            conn.close()

    def test_chunked_upload(self):
        body = SAMPLE.encode("utf-8")
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 50]), body[i:i + 50]) for i in range(0, len(body), 50))
        raw = (b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
               b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunks + b"0\r\n\r\n")
        from lede_http import parse_raw_response
        status, headers, payload = parse_raw_response(self.server.raw(raw))
        self.assertEqual(status, 200, payload[:300])
        self.assertIn("entities", json.loads(payload))

    def test_seed_article(self):
        # The seed article: some entities must come back (content is the golden tests' job).
        if not os.path.exists(SEED):
            self.fail("seed article missing at " + SEED)
        with open(SEED, encoding="utf-8") as f:
            text = f.read()
        d = self.assertAnalysis(self.server.post("/v1/analyze?published_at=2021-02-04", text))
        for start, end, t in spans(d):
            self.assertEqual(text[start:end], t)
        self.assertGreater(len(d["entities"]), 0, "no entities found in the seed article")
        names = {e["name"] for e in d["entities"]}
        self.assertTrue({"Kabul", "Pakistan"} & names, names)


if __name__ == "__main__":
    main()
