"""Settings: flags and LEDE_* environment variables (flags win), refusal of bad
values with exit status 2, --help and --version, IPv6 binding, a busy port, and a
missing model directory."""

import os
import socket
import subprocess
import tempfile
import unittest

from lede_http import Server, main, server_binary


def run(*args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([server_binary()] + list(args), stdin=subprocess.DEVNULL, capture_output=True,
                          env=e, timeout=60)


class ConfigTest(unittest.TestCase):
    def test_help_and_version(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        out = r.stdout.decode()
        for flag in ("--port", "--bind", "--workers", "--queue", "--max-body", "--deadline-ms", "--log-level",
                     "--data-dir", "--connection-timeout", "--max-connections", "LEDE_PORT", "LEDE_MAX_BODY"):
            self.assertIn(flag, out)
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout.decode(), r"^lede-server \d+\.\d+\.\d+")

    def test_bad_values_exit_2(self):
        for args in (["--port", "70000"], ["--port", "-1"], ["--port", "80x"], ["--workers", "0"],
                     ["--max-body", "4Q"], ["--max-body", ""], ["--log-level", "loud"], ["--bind", "localhost"],
                     ["--bind", "300.1.1.1"], ["--nope", "1"], ["--workers"], ["stray"],
                     ["--deadline-ms", "99999999999999999999999"]):
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn(b"lede-server:", r.stderr, args)
        r = run(env={"LEDE_WORKERS": "many"})
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"LEDE_WORKERS", r.stderr)

    def test_env_and_flags(self):
        env = {"LEDE_WORKERS": "2", "LEDE_QUEUE": "5", "LEDE_MAX_BODY": "2M", "LEDE_DEADLINE_MS": "777",
               "LEDE_LOG_LEVEL": "warn"}
        with Server("--queue=9", env=env) as s:
            lim = s.get("/v1/info").json()["limits"]
            self.assertEqual(lim["workers"], 2)
            self.assertEqual(lim["queue"], 9)  # the flag wins
            self.assertEqual(lim["max_body_bytes"], 2 << 20)
            self.assertEqual(lim["deadline_ms"], 777)
            # warn level: no access log lines
            s.get("/healthz")
            s.get("/healthz")
        self.assertEqual(s.proc.returncode, 0)
        self.assertFalse([r for r in s.logs() if r.get("msg") == "request"])

    def test_ipv6(self):
        probe = socket.socket(socket.AF_INET6)
        try:
            probe.bind(("::1", 0))
        except OSError:
            self.fail("no IPv6 loopback on this machine")
        finally:
            probe.close()
        with Server(host="::1") as s:
            self.assertEqual(s.get("/healthz").status, 200)
            rec = [r for r in s.logs() if r.get("msg") == "listening"][0]
            self.assertEqual(rec["bind"], "::1")
        self.assertEqual(s.proc.returncode, 0)

    def test_port_in_use(self):
        holder = socket.socket()
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        try:
            r = run("--bind", "127.0.0.1", "--port", str(holder.getsockname()[1]))
            self.assertEqual(r.returncode, 1)
            self.assertIn(b"cannot start the HTTP server", r.stderr)
        finally:
            holder.close()

    def test_missing_data_dir(self):
        # a model that cannot load stops the server at start, with a reason
        with tempfile.TemporaryDirectory() as d:
            proc = subprocess.Popen([server_binary(), "--port", "0", "--data-dir", d + "/nothing-here"],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                _, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                self.fail("lede-server kept running without a model directory")
        self.assertEqual(proc.returncode, 1, err[-2000:])
        self.assertIn(b"cannot load the model", err)


if __name__ == "__main__":
    main()
