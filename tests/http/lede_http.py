"""lede_http - shared helpers for the HTTP tests (Python 3 standard library only).

Each test starts its own lede-server on port 0 and reads the bound port from
the server's "listening" log line on stderr.  The binary is $LEDE_SERVER (set by
ctest), else build/lede-server in the repository.  stderr is collected on a
thread so the server never blocks on a full pipe, and tests can inspect the
JSON log lines.
"""

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import threading
import time
import unittest

REPO = os.environ.get("LEDE_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(REPO, "..", "shared", "seed", "000_11b6762514fa3264.txt")

# Under ASan a start or an analysis is several times slower; timeouts are generous.
START_TIMEOUT = 60.0
REQUEST_TIMEOUT = 120.0

PROBLEM_KEYS = {"type", "title", "status", "detail", "instance", "request_id"}


def server_binary():
    path = os.environ.get("LEDE_SERVER") or os.path.join(REPO, "build", "lede-server")
    if not os.path.exists(path):
        raise RuntimeError("lede-server not found at %s; set LEDE_SERVER" % path)
    return path


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers          # dict, lower-case names
        self.body = body                # bytes

    def header(self, name):
        return self.headers.get(name.lower())

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return "<Response %d %r>" % (self.status, self.body[:300])


class Server:
    """A lede-server process on an ephemeral port."""

    def __init__(self, *args, env=None, host="127.0.0.1"):
        self.args = list(args)
        self.host = host
        self.env = dict(os.environ)
        self.env.update(env or {})
        self.lines = []                 # stderr lines, str
        self.lock = threading.Lock()
        self.port = None
        self.proc = None

    def start(self):
        cmd = [server_binary(), "--port", "0", "--bind", self.host] + self.args
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=self.env)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.out_reader = threading.Thread(target=self.proc.stdout.read, daemon=True)
        self.out_reader.start()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            for rec in self.logs():
                if rec.get("msg") == "listening":
                    self.port = int(rec["port"])
                    return self
            if self.proc.poll() is not None:
                raise RuntimeError("lede-server exited with %s:\n%s" % (self.proc.returncode, self.stderr_text()))
            time.sleep(0.02)
        self.proc.kill()
        raise RuntimeError("lede-server did not log its port:\n" + self.stderr_text())

    def _read(self):
        for raw in iter(self.proc.stderr.readline, b""):
            with self.lock:
                self.lines.append(raw.decode("utf-8", "replace"))

    def stderr_text(self):
        with self.lock:
            return "".join(self.lines)

    def logs(self):
        """Every stderr line that is a JSON object."""
        out = []
        with self.lock:
            lines = list(self.lines)
        for line in lines:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict):
                out.append(rec)
        return out

    def wait_log(self, pred, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for rec in self.logs():
                if pred(rec):
                    return rec
            time.sleep(0.02)
        return None

    def connection(self, timeout=REQUEST_TIMEOUT):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, conn=None):
        own = conn is None
        c = conn or self.connection()
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return Response(r.status, {k.lower(): v for k, v in r.getheaders()}, data)
        finally:
            if own:
                c.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body, content_type="text/plain", headers=None, conn=None):
        h = {"Content-Type": content_type} if content_type else {}
        h.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        return self.request("POST", path, body=body, headers=h, conn=conn)

    def analyze_json(self, obj, **kw):
        return self.post("/v1/analyze", json.dumps(obj), "application/json", **kw)

    def raw(self, data, read_timeout=30.0, shutdown_write=False):
        """Sends raw bytes on a new connection and returns everything read
        until the server closes it or read_timeout passes."""
        s = socket.create_connection((self.host, self.port), timeout=read_timeout)
        try:
            s.sendall(data)
            if shutdown_write:
                s.shutdown(socket.SHUT_WR)
            chunks = []
            while True:
                try:
                    b = s.recv(65536)
                except (socket.timeout, ConnectionResetError):
                    break
                if not b:
                    break
                chunks.append(b)
            return b"".join(chunks)
        finally:
            s.close()

    def alive(self):
        try:
            return self.get("/healthz").status == 200
        except OSError:
            return False

    def signal(self, sig=signal.SIGTERM):
        self.proc.send_signal(sig)

    def wait(self, timeout=60.0):
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            self._close_pipes()
            raise AssertionError("lede-server did not exit within %.0f s:\n%s" % (timeout, self.stderr_text()[-4000:]))
        self._close_pipes()
        return rc

    def _close_pipes(self):
        # the readers end at EOF once the process is gone; the lines stay
        self.reader.join(10)
        self.out_reader.join(10)
        for f in (self.proc.stderr, self.proc.stdout):
            if not f.closed:
                f.close()

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.wait()

    def stop(self, timeout=60.0):
        if self.proc and self.proc.poll() is None:
            self.signal(signal.SIGTERM)
        return self.wait(timeout) if self.proc else 0

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def parse_raw_response(data):
    """(status, headers dict lower-case, body bytes) of one raw HTTP/1.1 response."""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    m = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
    if not m:
        raise AssertionError("not an HTTP response: %r" % data[:200])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    return int(m.group(1)), headers, body


class ServerTest(unittest.TestCase):
    """A test case with one shared server for the class (args in SERVER_ARGS)
    that must exit 0 on SIGTERM when the class is done."""

    SERVER_ARGS = ()
    SERVER_ENV = None

    @classmethod
    def setUpClass(cls):
        cls.server = Server(*cls.SERVER_ARGS, env=cls.SERVER_ENV).start()

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        if rc != 0:
            raise AssertionError("lede-server exited %s:\n%s" % (rc, cls.server.stderr_text()[-4000:]))

    def assertProblem(self, r, status, code):
        """r is an RFC 9457 problem with this status and lede code, and the
        server is still serving."""
        self.assertEqual(r.status, status, r)
        self.assertEqual(r.header("content-type"), "application/problem+json")
        p = r.json()
        self.assertTrue(PROBLEM_KEYS <= set(p), p)
        self.assertEqual(p["status"], status)
        self.assertEqual(p["type"], "https://lede.dev/problems/" + code, p)
        self.assertEqual(p["code"], code)
        self.assertTrue(p["title"])
        self.assertTrue(p["detail"])
        self.assertEqual(p["request_id"], r.header("x-request-id"))
        self.assertTrue(self.server.alive(), "server died after a %d" % status)
        return p

    def assertAnalysis(self, r, offsets="codepoint"):
        """r is a 200 analysis with the documented shape."""
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.header("content-type"), "application/json")
        d = r.json()
        check_analysis_shape(self, d, offsets)
        return d


def check_analysis_shape(t, d, offsets="codepoint"):
    for k in ("id", "offsets", "model", "title", "published_at"):
        t.assertIn(k, d)
    t.assertEqual(d["offsets"], offsets)
    t.assertIsInstance(d["model"]["name"], str)
    t.assertIsInstance(d["model"]["version"], str)
    for e in d.get("entities", []):
        t.assertTrue({"id", "type", "name", "salience", "mentions"} <= set(e), e)
        t.assertTrue(0 <= e["salience"] <= 1)
        for m in e["mentions"]:
            t.assertTrue({"start", "end", "text", "kind"} <= set(m), m)
            t.assertLessEqual(m["start"], m["end"])
    # entity references can be checked only when entities were asked for
    ids = {e["id"] for e in d["entities"]} if "entities" in d else None

    def ref_ok(ref):
        return ref is None or ids is None or ref in ids

    for q in d.get("quotes", []):
        t.assertTrue({"id", "start", "end", "text", "kind", "cue", "speaker", "confidence"} <= set(q), q)
        t.assertIn(q["kind"], ("direct", "indirect", "mixed"))
        if q["speaker"] is not None:
            t.assertIn("anonymous", q["speaker"])
            t.assertTrue(ref_ok(q["speaker"]["entity"]), q)
    for v in d.get("events", []):
        t.assertTrue({"id", "type", "trigger", "mentions", "time", "location", "participants"} <= set(v), v)
        for p in v["participants"]:
            t.assertTrue({"entity", "role", "present"} <= set(p), p)
            t.assertTrue(ref_ok(p["entity"]), p)
        if v.get("location"):
            t.assertTrue(ref_ok(v["location"]["entity"]), v)


def spans(d):
    """Every (start, end, text) span in an analysis."""
    out = []
    for e in d.get("entities", []):
        out += [(m["start"], m["end"], m["text"]) for m in e["mentions"]]
    for q in d.get("quotes", []):
        out.append((q["start"], q["end"], q["text"]))
        if q.get("cue"):
            out.append((q["cue"]["start"], q["cue"]["end"], q["cue"]["text"]))
        for f in q.get("fragments", []):
            out.append((f["start"], f["end"], f["text"]))
    for v in d.get("events", []):
        for m in v["mentions"]:
            out.append((m["start"], m["end"], m["text"]))
        for p in v["participants"]:
            out.append((p["start"], p["end"], p["text"]))
        for k in ("time", "location"):
            if v.get(k):
                out.append((v[k]["start"], v[k]["end"], v[k]["text"]))
    return out


def slice_units(text, start, end, unit):
    """text[start:end] where offsets count code points, UTF-8 bytes or UTF-16 units."""
    if unit == "codepoint":
        return text[start:end]
    if unit == "utf8":
        return text.encode("utf-8")[start:end].decode("utf-8")
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def main():
    unittest.main(verbosity=2)
