"""gzip response compression: sent only when Accept-Encoding allows it (q-values,
"*", identity preferred when the client says so), decoded bodies equal the
identity bodies, small bodies and disabled compression stay identity, and
HEAD, errors and keep-alive stay correct."""

import gzip
import unittest

from lede_http import SEED, Server, ServerTest, main


def seed():
    with open(SEED, "rb") as f:
        return f.read()


class CompressTest(ServerTest):
    def analyze(self, accept=None, body=None, path="/v1/analyze?published_at=2021-02-04"):
        h = {"Accept-Encoding": accept} if accept is not None else {}
        return self.server.post(path, body if body is not None else seed(), headers=h)

    def assertGzip(self, r):
        self.assertEqual(r.header("content-encoding"), "gzip", r.headers)
        self.assertIn("Accept-Encoding", r.header("vary") or "")
        self.assertEqual(int(r.header("content-length")), len(r.body))
        return gzip.decompress(r.body)

    def assertIdentity(self, r):
        self.assertIsNone(r.header("content-encoding"), r.headers)
        self.assertEqual(int(r.header("content-length")), len(r.body))

    def test_analysis_gzip_equals_identity(self):
        plain = self.analyze()
        self.assertEqual(plain.status, 200, plain)
        self.assertIdentity(plain)
        self.assertIn("Accept-Encoding", plain.header("vary"))  # caches must know
        packed = self.analyze("gzip")
        self.assertEqual(packed.status, 200)
        self.assertEqual(packed.header("content-type"), "application/json")
        self.assertEqual(self.assertGzip(packed), plain.body)
        self.assertLess(len(packed.body), len(plain.body) // 2)

    def test_accept_encoding_q_values(self):
        plain = self.analyze().body
        cases = {
            # header: gzip expected
            "gzip": True,
            "GZIP": True,
            "x-gzip": True,
            "deflate, gzip;q=0.5": True,
            "gzip;q=0.001": True,
            "*": True,
            "br;q=1, *;q=0.2": True,
            "gzip;q=0": False,
            "gzip;q=0.000": False,
            "gzip; q=0, *": False,        # named gzip wins over *
            "*;q=0, identity": False,
            "*;q=0": False,               # nothing acceptable: identity anyway
            "identity": False,
            "identity;q=1, gzip;q=0.5": False,
            "gzip;q=0.5, identity;q=0.5": True,
            "deflate, br": False,
            "gzip;q=2": False,            # malformed q: refused
            "gzip;q=abc": False,
            "": False,
            " , ,": False,
        }
        for header, want in cases.items():
            r = self.analyze(header)
            self.assertEqual(r.status, 200, header)
            if want:
                self.assertEqual(self.assertGzip(r), plain, header)
            else:
                self.assertIdentity(r)
                self.assertEqual(r.body, plain, header)

    def test_small_bodies_not_compressed(self):
        r = self.server.get("/healthz", headers={"Accept-Encoding": "gzip"})
        self.assertEqual(r.status, 200)
        self.assertIdentity(r)
        self.assertEqual(r.json(), {"status": "ok"})
        r = self.analyze("gzip", body="Talks were held in Kabul.")
        self.assertEqual(r.status, 200)
        self.assertLess(len(r.body), 1024)
        self.assertIdentity(r)
        r = self.server.get("/nope", headers={"Accept-Encoding": "gzip"})
        self.assertProblem(r, 404, "not-found")
        self.assertIdentity(r)

    def test_static_and_metrics(self):
        for path, ctype in (("/openapi.yaml", "application/yaml"), ("/", "text/html; charset=utf-8"),
                            ("/v1/info", "application/json")):
            plain = self.server.get(path)
            packed = self.server.get(path, headers={"Accept-Encoding": "gzip, deflate, br"})
            self.assertEqual(packed.header("content-type"), ctype)
            self.assertEqual(self.assertGzip(packed), plain.body, path)
        m = self.server.get("/metrics", headers={"Accept-Encoding": "gzip"})
        self.assertTrue(self.assertGzip(m).startswith(b"# HELP"))

    def test_head_matches_get(self):
        h = {"Accept-Encoding": "gzip"}
        get = self.server.get("/openapi.yaml", headers=h)
        head = self.server.request("HEAD", "/openapi.yaml", headers=h)
        self.assertEqual(head.status, 200)
        self.assertEqual(head.body, b"")
        self.assertEqual(head.header("content-encoding"), "gzip")
        self.assertEqual(head.header("content-length"), get.header("content-length"))

    def test_keep_alive_after_gzip(self):
        conn = self.server.connection()
        try:
            for _ in range(3):
                r = self.server.post("/v1/analyze", seed(), headers={"Accept-Encoding": "gzip"}, conn=conn)
                self.assertEqual(r.status, 200)
                self.assertGzip(r)
                r = self.server.get("/healthz", conn=conn)
                self.assertEqual(r.status, 200)
        finally:
            conn.close()


class SettingsTest(unittest.TestCase):
    def test_min_bytes_and_level(self):
        body = seed()
        with Server("--compress-min-bytes", "0", "--compress-level", "1") as s:
            # an error body is compressed too once above the minimum
            r = s.get("/nope", headers={"Accept-Encoding": "gzip"})
            self.assertEqual(r.status, 404)
            self.assertEqual(r.header("content-encoding"), "gzip")
            self.assertEqual(r.header("content-type"), "application/problem+json")
            self.assertIn(b'"code":"not-found"', gzip.decompress(r.body))
            fast = s.post("/v1/analyze", body, headers={"Accept-Encoding": "gzip"})
            self.assertEqual(fast.header("content-encoding"), "gzip")
        with Server("--compress-min-bytes", "1M") as s:
            r = s.post("/v1/analyze", body, headers={"Accept-Encoding": "gzip"})
            self.assertEqual(r.status, 200)
            self.assertIsNone(r.header("content-encoding"))
        with Server("--compress-level", "0") as s:
            r = s.post("/v1/analyze", body, headers={"Accept-Encoding": "gzip"})
            self.assertEqual(r.status, 200)
            self.assertIsNone(r.header("content-encoding"))
            self.assertIsNone(r.header("vary"))  # nothing varies by encoding
            r = s.get("/openapi.yaml", headers={"Accept-Encoding": "gzip"})
            self.assertIsNone(r.header("content-encoding"))


if __name__ == "__main__":
    main()
