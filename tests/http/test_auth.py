"""Optional API keys (issue 7): with LEDE_API_KEYS or --api-key-file set,
/v1/* and /metrics need "Authorization: Bearer <key>"; a missing or wrong key
(including one of the right length) is a 401 problem with WWW-Authenticate;
health, readiness, the demo page and the contract stay open; keys never reach
the logs; bad key settings stop the server at start."""

import os
import subprocess
import tempfile
import unittest

from lede_http import ServerTest, main, parse_raw_response, server_binary

KEY1 = "k1-Zq8vT2mW9xLr4bN7cY0dE5fH"
KEY2 = "second.key_with~chars+/=="
FILE_KEY = "file-key-3Jt6uP1sQ8kV"


def bearer(key):
    return {"Authorization": "Bearer " + key}


def flip_last(key):
    return key[:-1] + ("A" if key[-1] != "A" else "B")


class AuthTest(ServerTest):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.keyfile = os.path.join(cls.tmp.name, "keys")
        with open(cls.keyfile, "w") as f:
            f.write("# keys for the CMS plugin\n\n  %s  # rotated 2024-07\n#%s\n" % (FILE_KEY, "commented-out-key"))
        cls.SERVER_ARGS = ("--api-key-file", cls.keyfile)
        cls.SERVER_ENV = {"LEDE_API_KEYS": "%s, %s," % (KEY1, KEY2)}
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.tmp.cleanup()

    def assertUnauthorized(self, r, invalid):
        p = self.assertProblem(r, 401, "unauthorized")
        challenge = r.header("www-authenticate")
        self.assertTrue(challenge.startswith("Bearer "), challenge)
        self.assertEqual('error="invalid_token"' in challenge, invalid, challenge)
        return p

    def test_missing_key(self):
        self.assertUnauthorized(self.server.post("/v1/analyze", "Talks in Kabul."), False)
        self.assertUnauthorized(self.server.get("/v1/info"), False)
        self.assertUnauthorized(self.server.get("/metrics"), False)
        # not a bearer credential at all
        for h in ("Basic " + KEY1, KEY1, "Bearer", "Bearer ", "Bearer\t", "Bearerx " + KEY1):
            self.assertUnauthorized(self.server.get("/v1/info", headers={"Authorization": h}), False)

    def test_wrong_keys(self):
        wrong = [flip_last(KEY1), KEY1[:-1], KEY1 + "x", "x" * len(KEY1), KEY1.upper(), FILE_KEY[1:] + "z",
                 KEY2[:-2], "commented-out-key", "a" * 200]
        for key in wrong:
            self.assertEqual(len(flip_last(KEY1)), len(KEY1))
            r = self.server.post("/v1/analyze", "Talks in Kabul.", headers=bearer(key))
            self.assertUnauthorized(r, True)

    def test_right_keys(self):
        for key in (KEY1, KEY2, FILE_KEY):
            r = self.server.post("/v1/analyze", "Talks were held in Kabul.", headers=bearer(key))
            self.assertAnalysis(r)
            self.assertEqual(self.server.get("/v1/info", headers=bearer(key)).status, 200)
            self.assertEqual(self.server.get("/metrics", headers=bearer(key)).status, 200)
        # the scheme is case-insensitive; blanks around the token are not part of it
        r = self.server.get("/v1/info", headers={"Authorization": "bearer   %s " % KEY1})
        self.assertEqual(r.status, 200)

    def test_open_endpoints(self):
        for path in ("/healthz", "/readyz", "/", "/openapi.yaml"):
            r = self.server.get(path)
            self.assertEqual(r.status, 200, path)
            r = self.server.get(path, headers=bearer("wrong"))  # a stray key does no harm
            self.assertEqual(r.status, 200, path)

    def test_key_before_everything_else(self):
        # without a key nothing under /v1/ is revealed, not even what exists
        self.assertUnauthorized(self.server.get("/v1/nope"), False)
        self.assertProblem(self.server.get("/v1/nope", headers=bearer(KEY1)), 404, "not-found")
        self.assertUnauthorized(self.server.get("/v1/analyze"), False)
        self.assertEqual(self.server.get("/v1/analyze", headers=bearer(KEY1)).status, 405)
        # a body declared above the limit is refused for an anonymous client
        # without being read, with the 401 rather than a 413
        raw = (b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
               b"Content-Length: %d\r\n\r\n" % (64 << 20))
        status, headers, _ = parse_raw_response(self.server.raw(raw))
        self.assertEqual(status, 401)
        self.assertTrue(headers["www-authenticate"].startswith("Bearer"))
        self.assertUnauthorized(self.server.post("/v1/analyze", b"x" * 4096), False)
        self.assertEqual(self.server.get("/nope").status, 404)

    def test_keys_never_logged(self):
        self.server.get("/v1/info", headers=bearer(KEY1))
        self.server.get("/v1/info", headers=bearer(flip_last(FILE_KEY)))
        self.server.get("/healthz", headers={"X-Request-Id": "after-keys"})
        self.assertIsNotNone(self.server.wait_log(lambda l: l.get("id") == "after-keys"))
        text = self.server.stderr_text()
        for secret in (KEY1, KEY2, FILE_KEY, flip_last(FILE_KEY), KEY1[:12], FILE_KEY[:12]):
            self.assertNotIn(secret, text)
        settings = self.server.wait_log(lambda l: l.get("msg") == "settings")
        self.assertEqual(settings["api_keys"], 3)
        self.assertEqual(settings["api-key-file"], self.keyfile)
        statuses = [l.get("status") for l in self.server.logs() if l.get("msg") == "request"]
        self.assertIn(401, statuses)


class AuthOffTest(ServerTest):
    def test_no_keys_no_auth(self):
        self.assertEqual(self.server.get("/v1/info").status, 200)
        self.assertEqual(self.server.get("/metrics").status, 200)
        self.assertEqual(self.server.get("/v1/info", headers=bearer("anything")).status, 200)
        settings = self.server.wait_log(lambda l: l.get("msg") == "settings")
        self.assertEqual(settings["api_keys"], 0)


class KeySettingsTest(unittest.TestCase):
    def start_fails(self, args=(), env=None, secret=None):
        e = dict(os.environ)
        e.pop("LEDE_API_KEYS", None)
        e.update(env or {})
        p = subprocess.run([server_binary(), "--port", "0"] + list(args), capture_output=True, text=True,
                           timeout=60, env=e)
        self.assertEqual(p.returncode, 2, p.stderr)
        if secret:
            self.assertNotIn(secret, p.stderr)
        return p.stderr

    def test_bad_settings(self):
        with tempfile.TemporaryDirectory() as d:
            empty = os.path.join(d, "empty")
            with open(empty, "w") as f:
                f.write("# no keys yet\n\n")
            bad = os.path.join(d, "bad")
            with open(bad, "w") as f:
                f.write("good-key-123\nsecret with spaces\n")
            big = os.path.join(d, "big")
            with open(big, "w") as f:
                f.write("k" * 200 + "\n")
            self.assertIn("no key", self.start_fails(["--api-key-file", empty]))
            self.assertIn("line 2", self.start_fails(["--api-key-file", bad], secret="secret with"))
            self.assertIn("longer", self.start_fails(["--api-key-file", big], secret="k" * 200))
            self.assertIn("cannot open", self.start_fails(["--api-key-file", os.path.join(d, "missing")]))
            self.assertIn("LEDE_API_KEYS", self.start_fails(env={"LEDE_API_KEYS": "ok-key,bad\"key"},
                                                             secret="bad\"key"))


if __name__ == "__main__":
    main()
