"""test_rolling_restart - two lede-server replicas behind nginx, restarted one
after the other under load, lose no request.

nginx runs deploy/nginx.conf, the reverse-proxy example users get, with only
its ports and file paths rewritten for the test (every rewrite must match, so
the example cannot drift from what is tested).  Client threads send POST
/v1/analyze (and some GET /v1/info) through nginx on keep-alive connections
while each replica in turn gets SIGTERM, must exit 0, is started again on
the same port and becomes ready.  Every answer must be a 200 with a complete
body and the request's own X-Request-Id.  Loopback only; bounded in time.

Needs nginx (Debian package `nginx`, installed by tools/deps.sh test) and
lede-server ($LEDE_SERVER, else build/lede-server).  Python standard library.
"""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

REPO = os.environ.get("LEDE_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# LEDE_NGINX_CONF: another config of the same shape, to try a change.
NGINX_CONF = os.environ.get("LEDE_NGINX_CONF") or os.path.join(REPO, "deploy", "nginx.conf")

CLIENTS = 4                 # load threads, one keep-alive connection each
WARM_S = 2.0                # load before the first restart and after the last
SETTLE_S = 1.0              # load between a replica's return and the next restart
START_TIMEOUT = 60.0        # a replica's start (slow under ASan)
STOP_TIMEOUT = 60.0         # SIGTERM to exit
REQUEST_TIMEOUT = 60.0
TEST_BUDGET_S = 240.0       # the whole test, whatever happens

ARTICLE = ("Foreign ministers from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said.\n\n"
           "\u201cWe agreed to reopen the crossing,\u201d the minister said after the meeting in Doha, Qatar.\n\n"
           "Officials from China and Russia did not attend.").encode("utf-8")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_binary():
    path = os.environ.get("LEDE_SERVER") or os.path.join(REPO, "build", "lede-server")
    if not os.path.exists(path):
        raise RuntimeError("lede-server not found at %s; set LEDE_SERVER" % path)
    return path


def nginx_binary():
    for path in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if path and os.path.exists(path):
            return path
    raise RuntimeError("nginx not found: tools/deps.sh test installs it (Debian package nginx)")


def http_get(port, path, timeout=5.0):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request("GET", path)
        r = c.getresponse()
        return r.status, r.read()
    finally:
        c.close()


class Replica:
    """One lede-server; its stderr (JSON log lines) is kept across restarts."""

    def __init__(self, name):
        self.name = name
        self.port = 0               # 0 on the first start; the same port afterwards
        self.proc = None
        self.records = []           # every JSON log line of every run
        self.lock = threading.Lock()
        self.exit_codes = []

    def start(self):
        cmd = [server_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--workers", "1"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        run = len(self.exit_codes)
        threading.Thread(target=self._read, args=(self.proc, run), daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            rec = self.find(lambda r: r.get("msg") == "listening" and r.get("_run") == run)
            if rec:
                self.port = int(rec["port"])
                break
            if self.proc.poll() is not None:
                raise RuntimeError("%s exited with %s at start" % (self.name, self.proc.returncode))
            time.sleep(0.02)
        else:
            raise RuntimeError("%s did not log its port" % self.name)
        while time.monotonic() < deadline:          # listening is not yet ready
            try:
                if http_get(self.port, "/readyz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("%s not ready within %.0f s" % (self.name, START_TIMEOUT))

    def _read(self, proc, run):
        for raw in iter(proc.stderr.readline, b""):
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            if isinstance(rec, dict):
                rec["_run"] = run
                with self.lock:
                    self.records.append(rec)
        proc.stderr.close()

    def find(self, pred):
        with self.lock:
            return next((r for r in self.records if pred(r)), None)

    def all(self, pred):
        with self.lock:
            return [r for r in self.records if pred(r)]

    def stop(self, sig=signal.SIGTERM):
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        self.exit_codes.append(rc)


class Nginx:
    """nginx running deploy/nginx.conf with the test's ports and paths."""

    def __init__(self, upstream_ports):
        self.dir = tempfile.mkdtemp(prefix="lede-proxy-")
        os.chmod(self.dir, 0o755)
        self.port = free_port()
        self.access_log = os.path.join(self.dir, "access.log")
        self.error_log = os.path.join(self.dir, "error.log")
        with open(NGINX_CONF, encoding="utf-8") as f:
            conf = self.rewrite(f.read(), upstream_ports)
        self.conf = os.path.join(self.dir, "nginx.conf")
        with open(self.conf, "w", encoding="utf-8") as f:
            f.write(conf)
        self.proc = None

    def rewrite(self, conf, ports):
        def sub(pattern, repl, count_expected, text):
            out, n = re.subn(pattern, repl, text, flags=re.M)
            if n != count_expected:
                raise AssertionError("deploy/nginx.conf changed: %r matched %d times, expected %d"
                                     % (pattern, n, count_expected))
            return out

        d = self.dir
        # the example's replica lines become the test's, with the example's parameters
        m = re.search(r"^\s*server 127\.0\.0\.1:\d+([^;\n]*);\n", conf, flags=re.M)
        if not m:
            raise AssertionError("deploy/nginx.conf has no \"server 127.0.0.1:PORT ...;\" replica line")
        servers = "".join("        server 127.0.0.1:%d%s;\n" % (p, m.group(1)) for p in ports)
        conf = sub(r"^(\s*server 127\.0\.0\.1:\d+[^;\n]*;\n)+", servers, 1, conf)
        conf = sub(r"^(\s*)listen 8080;$", r"\1listen 127.0.0.1:%d;" % self.port, 1, conf)
        conf = sub(r"^\s*listen \[::\]:8080;\n", "", 1, conf)
        conf = sub(r"^pid .*;$", "pid %s/nginx.pid;" % d, 1, conf)
        conf = sub(r"^error_log .*;$", "error_log %s info;" % self.error_log, 1, conf)
        conf = sub(r"^(\s*)access_log \S+ lede;$", r"\1access_log %s lede;" % self.access_log, 1, conf)
        temp = "".join("    %s_temp_path %s/%s;\n" % (k, d, k) for k in
                       ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        conf = sub(r"^http \{\n", "http {\n" + temp, 1, conf)
        for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            os.makedirs(os.path.join(d, k), mode=0o777)
            os.chmod(os.path.join(d, k), 0o777)    # nginx workers drop to nobody when run as root
        return conf

    def start(self):
        test = subprocess.run([nginx_binary(), "-t", "-p", self.dir, "-c", self.conf],
                              capture_output=True, text=True)
        if test.returncode != 0:
            raise RuntimeError("nginx -t:\n" + test.stderr)
        self.proc = subprocess.Popen([nginx_binary(), "-p", self.dir, "-c", self.conf, "-g", "daemon off;"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if http_get(self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError("nginx exited %s; see %s" % (self.proc.returncode, self.error_log))
            time.sleep(0.05)
        raise RuntimeError("nginx did not answer on port %d" % self.port)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)       # graceful
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if os.environ.get("LEDE_PROXY_KEEP"):
            print("nginx files kept in %s" % self.dir, file=sys.stderr)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)

    def access_lines(self):
        try:
            with open(self.access_log, encoding="utf-8", errors="replace") as f:
                return f.read().splitlines()
        except OSError:
            return []


class Load:
    """CLIENTS threads sending requests through nginx until stopped."""

    def __init__(self, port):
        self.port = port
        self.stop_event = threading.Event()
        self.lock = threading.Lock()
        self.sent = 0
        self.ok_ids = []
        self.failures = []          # (request id, what went wrong)
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(CLIENTS)]

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self):
        self.stop_event.set()
        for t in self.threads:
            t.join(REQUEST_TIMEOUT + 5)

    def run(self, tid):
        conn = None
        i = 0
        while not self.stop_event.is_set():
            i += 1
            rid = "rr-%d-%d" % (tid, i)
            info = i % 5 == 0
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
                with self.lock:
                    self.sent += 1
                if info:
                    conn.request("GET", "/v1/info", headers={"X-Request-Id": rid})
                else:
                    conn.request("POST", "/v1/analyze", body=ARTICLE,
                                 headers={"Content-Type": "text/plain", "X-Request-Id": rid})
                r = conn.getresponse()
                body = r.read()
                problem = self.check(r, body, rid, info)
            except (OSError, http.client.HTTPException) as e:
                problem = "%s: %s" % (type(e).__name__, e)
                conn.close()
                conn = None
            with self.lock:
                if problem:
                    self.failures.append((rid, problem))
                else:
                    self.ok_ids.append(rid)
        if conn:
            conn.close()

    @staticmethod
    def check(r, body, rid, info):
        if r.status != 200:
            return "status %d: %r" % (r.status, body[:200])
        if r.getheader("X-Request-Id") != rid:
            return "X-Request-Id %r, sent %r" % (r.getheader("X-Request-Id"), rid)
        try:
            d = json.loads(body)
        except ValueError:
            return "body is not JSON: %r" % body[:200]
        if not info and not isinstance(d.get("entities"), list):
            return "no entities list in %r" % body[:200]
        return None


class RollingRestartTest(unittest.TestCase):
    def test_rolling_restart_loses_nothing(self):
        t0 = time.monotonic()
        replicas = [Replica("replica-1"), Replica("replica-2")]
        nginx = None
        load = None
        try:
            for r in replicas:
                r.start()
            nginx = Nginx([r.port for r in replicas])
            nginx.start()
            load = Load(nginx.port)
            load.start()
            time.sleep(WARM_S)
            for r in replicas:
                self.assertLess(time.monotonic() - t0, TEST_BUDGET_S, "test over its time budget")
                before = load.sent
                r.stop(signal.SIGTERM)
                self.assertEqual(r.exit_codes[-1], 0, "%s exited %s on SIGTERM" % (r.name, r.exit_codes[-1]))
                r.start()
                self.assertGreater(load.sent, before, "no traffic while %s restarted" % r.name)
                # deploy/nginx.conf asks only for readiness before the next
                # replica goes; the pause shows nginx takes this one back
                run = len(r.exit_codes)
                time.sleep(SETTLE_S)
                self.assertTrue(r.find(lambda x: x.get("_run") == run and x.get("msg") == "request"
                                       and str(x.get("id", "")).startswith("rr-")),
                                "nginx sent nothing to %s after its restart" % r.name)
            time.sleep(WARM_S)
        finally:
            if load:
                load.stop()
            for r in replicas:
                r.stop(signal.SIGTERM)
            lines = nginx.access_lines() if nginx else []
            if nginx:
                nginx.stop()

        retried = [ln for ln in lines if re.search(r"ustatus=\S*,", ln) or re.search(r"ustatus=\S* : ", ln)]
        served = {r.name: len(r.all(lambda x: x.get("msg") == "request" and x.get("status") == 200
                                    and str(x.get("id", "")).startswith("rr-")))
                  for r in replicas}
        # the restart's SIGTERM is the first run's; the last one comes after the load
        drains = {r.name: [x.get("in_flight") for x in r.all(lambda x: x.get("msg") == "draining" and x["_run"] == 0)]
                  for r in replicas}
        summary = ("rolling restart: sent %d, failed %d, answered 200 %d; nginx resent %d to the other replica; "
                   "served per replica %s; in flight at SIGTERM %s; exit codes %s; %.1f s"
                   % (load.sent, len(load.failures), len(load.ok_ids), len(retried), served, drains,
                      {r.name: r.exit_codes for r in replicas}, time.monotonic() - t0))
        print(summary, file=sys.stderr)
        for rid, what in load.failures[:10]:
            print("  failed %s: %s" % (rid, what), file=sys.stderr)

        self.assertGreater(load.sent, 100, "too little traffic to prove anything")
        self.assertEqual(len(load.failures), 0, "%s; first: %s" % (summary, load.failures[:3]))
        self.assertEqual(len(load.ok_ids), load.sent)
        for r in replicas:
            self.assertEqual(r.exit_codes, [0, 0], "%s exit codes" % r.name)
            self.assertGreater(served[r.name], 0, "%s served nothing through nginx" % r.name)
        # every answer the client got was produced by a replica for that very id
        logged = {x.get("id") for r in replicas for x in r.all(lambda x: x.get("msg") == "request"
                                                                and x.get("status") == 200)}
        self.assertEqual(set(load.ok_ids) - logged, set(), "answers no replica logged")


if __name__ == "__main__":
    unittest.main(verbosity=2)
