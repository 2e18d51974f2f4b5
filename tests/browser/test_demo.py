#!/usr/bin/env python3
"""Browser and contract tests: the demo page at GET / in headless Chromium
(playwright-core), and openapi.yaml through a real OpenAPI validator.
The screenshot goes to LEDE_ARTIFACTS (default: the current directory)."""
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "http"))
from lede_http import REPO, Server  # noqa: E402

ART = os.environ.get("LEDE_ARTIFACTS", os.getcwd())


class DemoPageTest(unittest.TestCase):
    def test_demo_page_analyses_the_sample(self):
        with Server() as s:
            shot = os.path.join(ART, "demo.png")
            p = subprocess.run(["node", os.path.join(HERE, "demo.mjs"), "http://127.0.0.1:%d" % s.port, shot],
                               capture_output=True, text=True, timeout=120)
            print(p.stdout, p.stderr)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            self.assertTrue(os.path.getsize(shot) > 10000)

    def test_demo_page_sends_the_api_key(self):
        # a server that requires keys: the page shows the 401, then works with the key typed in
        with Server(env={"LEDE_API_KEYS": "demo-key-0123456789"}) as s:
            shot = os.path.join(ART, "demo-key.png")
            p = subprocess.run(["node", os.path.join(HERE, "demo.mjs"), "http://127.0.0.1:%d" % s.port, shot],
                               capture_output=True, text=True, timeout=120,
                               env=dict(os.environ, DEMO_API_KEY="demo-key-0123456789"))
            print(p.stdout, p.stderr)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            self.assertIn("the page shows the 401", p.stdout)

    def test_openapi_is_valid(self):
        p = subprocess.run(["node", os.path.join(HERE, "validate_openapi.mjs"), os.path.join(REPO, "openapi.yaml")],
                           capture_output=True, text=True, timeout=120)
        print(p.stdout, p.stderr)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
