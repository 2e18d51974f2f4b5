"""Every client error gets its status and an RFC 9457 problem, and the server keeps
serving: 400 (bad JSON, bad UTF-8, bad fields and query values), 422, 404, 405 with
Allow, 413 (declared and streamed), 415.  No input may produce a 5xx."""

import json
import socket
import time

from lede_http import ServerTest, main, parse_raw_response

MAX_BODY = 64 * 1024


class ErrorTest(ServerTest):
    SERVER_ARGS = ("--workers", "2", "--max-body", str(MAX_BODY))

    def analyze(self, body, ct="text/plain", path="/v1/analyze"):
        return self.server.post(path, body, content_type=ct)

    # ---- 400 -------------------------------------------------------------------
    def test_malformed_json(self):
        for body in (b"{", b'{"text": "a" ', b"[1,2", b"nul", b'{"text": "x",}', b"",
                     b'{"text": "a"} trailing', b"\xff\xfe{}"):
            p = self.assertProblem(self.analyze(body, "application/json"), 400, "bad-json")
            self.assertEqual(p["instance"], "/v1/analyze")

    def test_deep_json(self):
        self.assertProblem(self.analyze(b"[" * 10000 + b"]" * 10000, "application/json"), 400, "bad-json")

    def test_json_invalid_utf8(self):
        r = self.analyze(b'{"text": "caf\xc3 au lait"}', "application/json")
        self.assertEqual(r.status, 400)
        self.assertIn(r.json()["code"], ("bad-json", "bad-utf8"))
        self.assertTrue(self.server.alive())

    def test_text_invalid_utf8(self):
        for body in (b"Kabul \xff talks", b"over\xc0\xaflong", b"surrogate \xed\xa0\x80 here", b"cut \xe2\x82"):
            p = self.assertProblem(self.analyze(body), 400, "bad-utf8")
            self.assertIn("UTF-8", p["detail"])

    def test_bad_fields(self):
        for obj in ({"text": 5}, {"txt": "hello"}, {"text": "a", "html": "<p>b</p>"}, {},
                    {"text": "a", "features": ["weather"]}, {"text": "a", "features": []},
                    {"text": "a", "offsets": "bytes"}, {"text": "a", "title": ["x"]}, [1, 2]):
            self.assertProblem(self.server.analyze_json(obj), 400, "bad-request")
        # a bare JSON scalar: refused either as JSON or as a request
        for obj in ("text", 5, None):
            r = self.server.analyze_json(obj)
            self.assertEqual(r.status, 400, r)
            self.assertIn(r.json()["code"], ("bad-json", "bad-request"))

    def test_bad_published_at(self):
        r = self.server.post("/v1/analyze?published_at=last%20week", "Talks in Kabul were held.")
        self.assertProblem(r, 400, "bad-request")

    def test_bad_query_values(self):
        for q in ("offsets=bytes", "features=weather", "features=", "features=entities,,quotes"):
            self.assertProblem(self.analyze("Talks in Kabul.", path="/v1/analyze?" + q), 400, "bad-request")
        self.assertProblem(self.analyze("Talks in Kabul.", path="/v1/analyze?title=%FF%FE"), 400, "bad-utf8")
        long_title = "x" * 5000
        self.assertProblem(self.analyze("Talks.", path="/v1/analyze?title=" + long_title), 400, "bad-request")

    def test_query_options_refused_with_json(self):
        r = self.server.post("/v1/analyze?offsets=utf16", json.dumps({"text": "Talks in Kabul."}),
                             content_type="application/json")
        p = self.assertProblem(r, 400, "bad-request")
        self.assertIn("offsets", p["detail"])

    # ---- 422 -------------------------------------------------------------------
    def test_empty_text(self):
        for body in (b"", b"   \n\n\t ", b"12345 ... !!!"):
            self.assertProblem(self.analyze(body), 422, "empty-text")
        self.assertProblem(self.server.analyze_json({"text": ""}), 422, "empty-text")

    # ---- 404 / 405 ---------------------------------------------------------------
    def test_not_found(self):
        for path in ("/index.html", "/v1/analyse", "/v1/analyze/", "/v2/analyze", "/%ff%fe", "/a" * 200):
            p = self.assertProblem(self.server.get(path), 404, "not-found")
            self.assertTrue(p["instance"])
        # a body on an unknown route is read and dropped; the connection stays usable
        conn = self.server.connection()
        try:
            r = self.server.post("/nowhere", "x" * 1000, conn=conn)
            self.assertProblem(r, 404, "not-found")
            self.assertEqual(self.server.get("/healthz", conn=conn).status, 200)
        finally:
            conn.close()

    def test_method_not_allowed(self):
        # OPTIONS is answered (204 with Allow; see test_cors.py)
        for method in ("GET", "PUT", "DELETE", "HEAD"):
            r = self.server.request(method, "/v1/analyze")
            self.assertEqual(r.status, 405, method)
            self.assertEqual(r.header("allow"), "POST, OPTIONS")
            if method != "HEAD":
                self.assertProblem(r, 405, "method-not-allowed")
        for path in ("/healthz", "/readyz", "/metrics", "/v1/info", "/openapi.yaml"):
            r = self.server.post(path, "x")
            self.assertProblem(r, 405, "method-not-allowed")
            self.assertEqual(r.header("allow"), "GET, HEAD, OPTIONS")

    # ---- 413 -------------------------------------------------------------------
    def test_too_large_declared(self):
        # Refused from Content-Length alone, before the body is sent.
        raw = (b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
               b"Content-Length: %d\r\n\r\n" % (MAX_BODY + 1))
        status, headers, body = parse_raw_response(self.server.raw(raw))
        self.assertEqual(status, 413)
        self.assertEqual(headers["content-type"], "application/problem+json")
        p = json.loads(body)
        self.assertEqual(p["code"], "body-too-large")
        self.assertIn(str(MAX_BODY), p["detail"])
        self.assertTrue(self.server.alive())

    def test_too_large_declared_huge(self):
        raw = (b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Content-Length: 99999999999999999\r\n\r\n{")
        status, _, _ = parse_raw_response(self.server.raw(raw))
        self.assertEqual(status, 413)
        self.assertTrue(self.server.alive())

    def test_too_large_body_with_client(self):
        r = self.analyze(b"a" * (MAX_BODY + 10))
        self.assertProblem(r, 413, "body-too-large")

    def test_at_limit_is_accepted(self):
        body = (b"Talks in Kabul. " * (MAX_BODY // 16))[:MAX_BODY]
        self.assertEqual(len(body), MAX_BODY)
        self.assertAnalysis(self.analyze(body))

    def test_too_large_streamed(self):
        # Chunked upload without Content-Length: counted while streaming.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=30)
        try:
            s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n")
            piece = b"word " * 1600  # 8000 bytes
            sent = 0
            while sent <= MAX_BODY:
                s.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
                time.sleep(0.002)
            s.sendall(b"0\r\n\r\n")
            data = b""
            while b"\r\n\r\n" not in data or len(data) < data.find(b"\r\n\r\n") + 60:
                b = s.recv(65536)
                if not b:
                    break
                data += b
        finally:
            s.close()
        status, headers, body = parse_raw_response(data)
        self.assertEqual(status, 413)
        self.assertEqual(headers["content-type"], "application/problem+json")
        self.assertTrue(self.server.alive())

    def test_far_too_large_streamed_is_cut(self):
        # Past twice the limit a chunked upload is not read any further.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=30)
        cut = False
        try:
            s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n")
            piece = b"word " * 1600
            for _ in range(4 * MAX_BODY // len(piece)):
                s.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            s.sendall(b"0\r\n\r\n")
            cut = s.recv(65536) == b""
        except (ConnectionResetError, BrokenPipeError):
            cut = True
        finally:
            s.close()
        self.assertTrue(cut, "a body four times the limit was answered instead of cut")
        self.assertTrue(self.server.alive())

    # ---- 415 -------------------------------------------------------------------
    def test_unsupported_media_type(self):
        for ct in ("application/pdf", "image/png", "multipart/form-data; boundary=x",
                   "text/plain; charset=iso-8859-1",
                   "application/json; charset=utf-16", "", "text"):
            r = self.analyze("Talks in Kabul.", ct=ct) if ct else self.server.request(
                "POST", "/v1/analyze", body=b"Talks", headers={"Content-Type": ""})
            self.assertProblem(r, 415, "unsupported-media-type")

    # ---- ids and the access log on errors -----------------------------------------
    def test_error_carries_request_id(self):
        r = self.server.post("/v1/analyze", b"\xff", headers={"X-Request-Id": "err-id-1"})
        p = self.assertProblem(r, 400, "bad-utf8")
        self.assertEqual(p["request_id"], "err-id-1")
        rec = self.server.wait_log(lambda l: l.get("msg") == "request" and l.get("id") == "err-id-1")
        self.assertIsNotNone(rec)
        self.assertEqual(rec["status"], 400)
        self.assertEqual(rec["error"], "bad-utf8")

    def test_garbage_requests(self):
        # Malformed HTTP is libmicrohttpd's to refuse; the server must survive it.
        for raw in (b"\x00\x01\x02\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n",
                    b"POST /v1/analyze HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
                    b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"):
            self.server.raw(raw, read_timeout=2, shutdown_write=True)
            self.assertTrue(self.server.alive(), raw)

    def test_oversized_headers(self):
        # Header and URI limits come from libmicrohttpd (bounded by --connection-memory).
        cases = ((b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n", 431),
                 (b"GET /" + b"a" * 100000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
                 (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 20000 + b"\r\n", 431))
        for raw, status in cases:
            got, _, _ = parse_raw_response(self.server.raw(raw, read_timeout=10))
            self.assertEqual(got, status)
            self.assertTrue(self.server.alive())

    def test_truncated_body_then_close(self):
        # A body shorter than its Content-Length followed by a half-close: the
        # server notices at once, not after the connection timeout.
        for _ in range(20):
            s = socket.create_connection(("127.0.0.1", self.server.port), timeout=5)
            try:
                s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
                s.shutdown(socket.SHUT_WR)
                self.assertEqual(s.recv(100), b"")
            finally:
                s.close()
        self.assertTrue(self.server.alive())

    def test_zz_no_5xx_in_log(self):
        # Runs last alphabetically within this class: nothing above produced a 5xx.
        for rec in self.server.logs():
            if rec.get("msg") == "request":
                self.assertLess(rec["status"], 500, rec)


if __name__ == "__main__":
    main()
