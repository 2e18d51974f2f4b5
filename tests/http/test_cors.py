"""CORS (--cors-origin): no CORS headers by default; for an allowed origin
Access-Control-Allow-Origin (the origin with Vary: Origin, or *) and
Access-Control-Expose-Headers on every answer, errors included; OPTIONS answers
204 with Allow, plus the preflight headers for an allowed origin; bad settings
stop the server at start."""

import subprocess
import unittest

from lede_http import Server, ServerTest, main, server_binary

CMS = "https://cms.example.com"
DEV = "http://localhost:3000"
CORS_HEADERS = ("access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers",
                "access-control-max-age", "access-control-expose-headers")


def preflight(server, path="/v1/analyze", origin=CMS, method="POST"):
    h = {"Origin": origin, "Access-Control-Request-Method": method,
         "Access-Control-Request-Headers": "content-type, authorization"}
    return server.request("OPTIONS", path, headers=h)


class CorsOffTest(ServerTest):
    def assertNoCors(self, r):
        for h in CORS_HEADERS:
            self.assertIsNone(r.header(h), (h, r.headers))
        self.assertNotIn("Origin", r.header("vary") or "")

    def test_no_headers(self):
        r = self.server.post("/v1/analyze", "Talks in Kabul.", headers={"Origin": CMS})
        self.assertEqual(r.status, 200)
        self.assertNoCors(r)

    def test_options_is_plain_204(self):
        r = preflight(self.server)
        self.assertEqual(r.status, 204, r)
        self.assertEqual(r.header("allow"), "POST, OPTIONS")
        self.assertEqual(r.body, b"")
        self.assertTrue(r.header("x-request-id"))
        self.assertNoCors(r)
        r = self.server.request("OPTIONS", "/healthz")
        self.assertEqual(r.status, 204)
        self.assertEqual(r.header("allow"), "GET, HEAD, OPTIONS")
        self.assertProblem(self.server.request("OPTIONS", "/nope"), 404, "not-found")
        self.assertTrue(self.server.alive())


class CorsListTest(ServerTest):
    SERVER_ARGS = ("--cors-origin", " %s , %s " % (CMS, DEV), "--cors-max-age", "123")

    def test_allowed_origin(self):
        for origin in (CMS, DEV):
            r = self.server.post("/v1/analyze", "Talks in Kabul.", headers={"Origin": origin})
            self.assertEqual(r.status, 200)
            self.assertEqual(r.header("access-control-allow-origin"), origin)
            self.assertIn("Origin", r.header("vary"))
            self.assertIn("X-Request-Id", r.header("access-control-expose-headers"))
            self.assertIsNone(r.header("access-control-allow-methods"))  # only on preflights

    def test_other_origin(self):
        for origin in ("https://evil.example.com", CMS + ".evil.com", CMS + ":443", "null", CMS.upper()):
            r = self.server.get("/v1/info", headers={"Origin": origin})
            self.assertEqual(r.status, 200)
            self.assertIsNone(r.header("access-control-allow-origin"), origin)
            self.assertIn("Origin", r.header("vary"))  # the answer still depended on Origin
        r = self.server.get("/v1/info")
        self.assertIsNone(r.header("access-control-allow-origin"))

    def test_errors_carry_cors(self):
        r = self.server.post("/v1/analyze", b"", headers={"Origin": CMS})
        self.assertProblem(r, 422, "empty-text")
        self.assertEqual(r.header("access-control-allow-origin"), CMS)
        r = self.server.get("/v1/analyze", headers={"Origin": CMS})
        self.assertEqual(r.status, 405)
        self.assertEqual(r.header("access-control-allow-origin"), CMS)

    def test_preflight(self):
        r = preflight(self.server)
        self.assertEqual(r.status, 204, r)
        self.assertEqual(r.body, b"")
        self.assertEqual(r.header("access-control-allow-origin"), CMS)
        self.assertEqual(r.header("access-control-allow-methods"), "POST, OPTIONS")
        allowed = [h.strip().lower() for h in r.header("access-control-allow-headers").split(",")]
        self.assertEqual(sorted(allowed), ["authorization", "content-type", "x-request-id"])
        self.assertEqual(r.header("access-control-max-age"), "123")
        self.assertIn("Origin", r.header("vary"))
        r = preflight(self.server, "/v1/info", origin=DEV, method="GET")
        self.assertEqual(r.status, 204)
        self.assertEqual(r.header("access-control-allow-methods"), "GET, HEAD, OPTIONS")

    def test_preflight_other_origin(self):
        r = preflight(self.server, origin="https://evil.example.com")
        self.assertEqual(r.status, 204)
        self.assertEqual(r.header("allow"), "POST, OPTIONS")
        for h in CORS_HEADERS:
            self.assertIsNone(r.header(h), h)

    def test_options_without_request_method_is_not_a_preflight(self):
        r = self.server.request("OPTIONS", "/v1/analyze", headers={"Origin": CMS})
        self.assertEqual(r.status, 204)
        self.assertEqual(r.header("access-control-allow-origin"), CMS)
        self.assertIsNone(r.header("access-control-allow-methods"))


class CorsAnyTest(ServerTest):
    SERVER_ARGS = ("--cors-origin", "*")
    SERVER_ENV = {"LEDE_API_KEYS": "cors-test-key-0123456789"}

    def test_star(self):
        h = {"Origin": "https://anyone.example", "Authorization": "Bearer cors-test-key-0123456789"}
        r = self.server.get("/v1/info", headers=h)
        self.assertEqual(r.status, 200)
        self.assertEqual(r.header("access-control-allow-origin"), "*")
        self.assertNotIn("Origin", r.header("vary") or "")

    def test_preflight_needs_no_key(self):
        r = preflight(self.server, origin="https://anyone.example")
        self.assertEqual(r.status, 204, r)
        self.assertEqual(r.header("access-control-allow-origin"), "*")
        self.assertIn("authorization", r.header("access-control-allow-headers").lower())
        # the real request still needs it, and its 401 is readable by the page
        r = self.server.post("/v1/analyze", "Talks.", headers={"Origin": "https://anyone.example"})
        self.assertProblem(r, 401, "unauthorized")
        self.assertEqual(r.header("access-control-allow-origin"), "*")


class CorsSettingsTest(unittest.TestCase):
    def test_bad_origins_refused(self):
        for bad in ("cms.example.com", "https://cms.example.com/", "https://cms.example.com/path", "*, " + CMS,
                    "ftp://x", "https://", "https://a b"):
            p = subprocess.run([server_binary(), "--port", "0", "--cors-origin", bad], capture_output=True,
                               text=True, timeout=60)
            self.assertEqual(p.returncode, 2, (bad, p.stderr))
            self.assertIn("cors-origin", p.stderr)

    def test_env_and_log(self):
        with Server(env={"LEDE_CORS_ORIGIN": CMS}) as s:
            r = s.get("/healthz", headers={"Origin": CMS})
            self.assertEqual(r.header("access-control-allow-origin"), CMS)
            settings = s.wait_log(lambda l: l.get("msg") == "settings")
            self.assertEqual(settings["cors-origin"], CMS)

    def test_help_lists_flags(self):
        p = subprocess.run([server_binary(), "--help"], capture_output=True, text=True, timeout=30)
        for flag in ("--cors-origin", "--cors-max-age", "--compress-level", "--compress-min-bytes",
                     "--api-key-file", "LEDE_API_KEYS"):
            self.assertIn(flag, p.stdout)


if __name__ == "__main__":
    main()
