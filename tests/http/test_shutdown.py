"""SIGTERM and SIGINT: the server stops accepting connections, answers 503 (with
Retry-After) to new requests on connections already open, finishes every request
in flight, and exits 0."""

import json
import signal
import socket
import threading
import time
import unittest

from lede_http import SEED, Server, main, parse_raw_response

ARTICLE = "Officials from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said.".encode()


def in_flight(server, conn):
    text = server.get("/metrics", conn=conn).body.decode()
    for line in text.splitlines():
        if line.startswith("lede_http_in_flight "):
            return int(line.split()[1])
    raise AssertionError("no lede_http_in_flight")


def busy_workers(server, conn):
    text = server.get("/metrics", conn=conn).body.decode()
    for line in text.splitlines():
        if line.startswith("lede_workers_busy "):
            return int(line.split()[1])
    raise AssertionError("no lede_workers_busy")


def read_response(sock):
    data = b""
    while True:
        head_end = data.find(b"\r\n\r\n")
        if head_end >= 0:
            status, headers, body = parse_raw_response(data)
            if len(body) >= int(headers.get("content-length", "0")):
                return status, headers, body
        b = sock.recv(65536)
        if not b:
            return parse_raw_response(data)
        data += b


class ShutdownTest(unittest.TestCase):
    def test_sigterm_finishes_in_flight(self):
        s = Server("--workers", "1").start()
        try:
            # two keep-alive connections opened before the signal
            k1, k2 = s.connection(), s.connection()
            self.assertEqual(s.get("/healthz", conn=k1).status, 200)
            self.assertEqual(s.get("/healthz", conn=k2).status, 200)
            # a request in flight: headers and half of the body sent
            a = socket.create_connection(("127.0.0.1", s.port), timeout=60)
            a.sendall(b"POST /v1/analyze?id=inflight HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"X-Request-Id: in-flight-1\r\nContent-Length: %d\r\n\r\n" % len(ARTICLE))
            a.sendall(ARTICLE[:20])
            deadline = time.monotonic() + 30
            while in_flight(s, k1) < 2:  # the scrape itself is one
                self.assertLess(time.monotonic(), deadline, "the partial request never became in flight")
                time.sleep(0.01)

            s.signal(signal.SIGTERM)
            self.assertIsNotNone(s.wait_log(lambda l: l.get("msg") == "draining"), s.stderr_text())

            # readiness fails and new work is refused on open connections
            r = s.get("/readyz", conn=k1)
            self.assertEqual(r.status, 503)
            self.assertEqual(r.json()["status"], "draining")
            self.assertEqual(r.header("connection"), "close")
            r = s.post("/v1/analyze", ARTICLE, conn=k2)
            self.assertEqual(r.status, 503)
            self.assertEqual(r.header("content-type"), "application/problem+json")
            self.assertEqual(r.json()["code"], "draining")
            self.assertTrue(r.header("retry-after"))
            k1.close()
            k2.close()
            # no new connections
            with self.assertRaises(OSError):
                c = socket.create_connection(("127.0.0.1", s.port), timeout=5)
                try:
                    c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                    if not c.recv(100):
                        raise ConnectionResetError("closed without an answer")
                finally:
                    c.close()
            self.assertIsNone(s.proc.poll(), "exited with a request in flight")

            # the request in flight completes normally
            a.sendall(ARTICLE[20:])
            status, headers, body = read_response(a)
            a.close()
            self.assertEqual(status, 200, body[:300])
            d = json.loads(body)
            self.assertEqual(d["id"], "inflight")
            self.assertEqual(headers["x-request-id"], "in-flight-1")
            self.assertEqual(s.wait(60), 0, s.stderr_text()[-3000:])
            self.assertIsNotNone(s.wait_log(lambda l: l.get("msg") == "stopped"))
            rec = s.wait_log(lambda l: l.get("msg") == "request" and l.get("id") == "in-flight-1")
            self.assertEqual(rec["status"], 200)
        finally:
            s.kill()

    def test_sigterm_during_analysis(self):
        with open(SEED, encoding="utf-8") as f:
            big = ((f.read() + "\n\n") * 400).encode()  # about 1 MB: the worker is busy a while
        # the drain timeout is long: an analysis under a sanitizer takes many seconds
        s = Server("--workers", "1", "--max-body", "8M", "--deadline-ms", "0", "--drain-timeout-ms", "600000").start()
        try:
            a = socket.create_connection(("127.0.0.1", s.port), timeout=600)
            a.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: %d\r\n\r\n" % len(big) + big)
            time.sleep(0.05)
            s.signal(signal.SIGTERM)
            status, _, body = read_response(a)
            a.close()
            self.assertEqual(status, 200, body[:300])
            self.assertIn("entities", json.loads(body))
            self.assertEqual(s.wait(600), 0, s.stderr_text()[-3000:])
        finally:
            s.kill()

    def test_sigterm_under_load(self):
        # 16 clients mid-request when SIGTERM arrives: 8 whose requests are
        # complete (queued or being analysed) and 8 still sending their body.
        # Every one is answered 200 with its own id, new connections are
        # refused (or answered 503), and the process exits 0 within the drain.
        with open(SEED, encoding="utf-8") as f:
            body = ((f.read() + "\n\n") * 4).encode()   # about 11 KB: the workers stay busy a while
        drain_ms = 120000
        s = Server("--workers", "2", "--queue", "64", "--drain-timeout-ms", str(drain_ms)).start()
        clients, results, errors = [], {}, []
        try:
            for n in range(16):
                c = socket.create_connection(("127.0.0.1", s.port), timeout=300)
                c.sendall(b"POST /v1/analyze?id=load-%d HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                          b"X-Request-Id: load-%d\r\nContent-Length: %d\r\n\r\n" % (n, n, len(body)))
                c.sendall(body if n < 8 else body[:len(body) // 2])
                clients.append(c)
            k = s.connection()
            deadline = time.monotonic() + 60
            while in_flight(s, k) < 17:  # the 16 and the scrape
                self.assertLess(time.monotonic() - deadline, 0, "the 16 requests never were all in flight")
                time.sleep(0.01)
            k.close()

            t0 = time.monotonic()
            s.signal(signal.SIGTERM)
            self.assertIsNotNone(s.wait_log(lambda l: l.get("msg") == "draining"), s.stderr_text()[-2000:])
            # new connections: refused, or answered 503
            outcomes = []
            for _ in range(5):
                try:
                    c = socket.create_connection(("127.0.0.1", s.port), timeout=5)
                except OSError as e:
                    outcomes.append(type(e).__name__)  # refused: the listening socket is shut
                    continue
                try:
                    c.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nTalks")
                    data = c.recv(65536)
                    outcomes.append(parse_raw_response(data)[0] if data else "closed")
                except OSError as e:
                    outcomes.append(type(e).__name__)
                finally:
                    c.close()
            print("new connections after SIGTERM: %s" % outcomes)
            self.assertTrue(set(outcomes) <= {"ConnectionRefusedError", "ConnectionResetError", "closed", 503},
                            outcomes)
            # the half-sent bodies are finished after the signal
            for n in range(8, 16):
                clients[n].sendall(body[len(body) // 2:])

            def collect(n):
                try:
                    results[n] = read_response(clients[n])
                except Exception as e:  # noqa: BLE001 - reported below
                    errors.append((n, repr(e)))

            threads = [threading.Thread(target=collect, args=(n,)) for n in range(16)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(300)
            self.assertEqual(errors, [])
            for n in range(16):
                status, headers, rbody = results[n]
                self.assertEqual(status, 200, (n, rbody[:300]))
                self.assertEqual(json.loads(rbody)["id"], "load-%d" % n)
                self.assertEqual(headers["x-request-id"], "load-%d" % n)
            self.assertEqual(s.wait(drain_ms / 1000 + 30), 0, s.stderr_text()[-3000:])
            self.assertLess(time.monotonic() - t0, drain_ms / 1000)
            self.assertIsNone(s.wait_log(lambda l: l.get("msg", "").startswith("drain timeout"), timeout=0.1))
        finally:
            for c in clients:
                c.close()
            s.kill()

    def test_sigint_idle(self):
        s = Server().start()
        self.assertEqual(s.get("/healthz").status, 200)
        s.signal(signal.SIGINT)
        self.assertEqual(s.wait(30), 0, s.stderr_text()[-3000:])
        rec = s.wait_log(lambda l: l.get("msg") == "draining")
        self.assertEqual(rec["signal"], "SIGINT")

    def test_drain_timeout_bounds_a_stuck_client(self):
        # A client that never finishes its body cannot hold the shutdown forever.
        s = Server("--drain-timeout-ms", "300").start()
        try:
            a = socket.create_connection(("127.0.0.1", s.port), timeout=30)
            a.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc")
            k = s.connection()
            deadline = time.monotonic() + 30
            while in_flight(s, k) < 2:
                self.assertLess(time.monotonic(), deadline)
                time.sleep(0.01)
            k.close()
            t0 = time.monotonic()
            s.signal(signal.SIGTERM)
            self.assertEqual(s.wait(30), 0, s.stderr_text()[-3000:])
            self.assertLess(time.monotonic() - t0, 20)
            self.assertIsNotNone(s.wait_log(lambda l: l.get("msg", "").startswith("drain timeout")))
            a.close()
        finally:
            s.kill()

    def test_drain_timeout_stops_a_long_analysis(self):
        # With no request deadline, an analysis still running when the drain
        # timeout passes is stopped at its next check (503 draining), so SIGTERM
        # never waits for the whole of a huge document.
        s = Server("--workers", "1", "--deadline-ms", "0", "--drain-timeout-ms", "300", "--max-body", "8M").start()
        try:
            body = b"word " * 1_600_000  # 8 MB (the text limit), one line: seconds of analysis in any build
            a = socket.create_connection(("127.0.0.1", s.port), timeout=120)
            a.sendall(b"POST /v1/analyze?id=long HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: %d\r\n\r\n" % len(body) + body)
            k = s.connection()
            deadline = time.monotonic() + 60
            while busy_workers(s, k) < 1:  # uploaded, and the analysis runs
                self.assertLess(time.monotonic(), deadline, "the long request never reached a worker")
                time.sleep(0.01)
            k.close()
            t0 = time.monotonic()
            s.signal(signal.SIGTERM)
            status, headers, body = read_response(a)
            self.assertEqual(status, 503, body[:300])
            self.assertEqual(json.loads(body)["type"].rsplit("/", 1)[-1], "draining")
            self.assertIn("retry-after", headers)
            self.assertEqual(s.wait(60), 0, s.stderr_text()[-3000:])
            self.assertLess(time.monotonic() - t0, 15)
            a.close()
        finally:
            s.kill()


if __name__ == "__main__":
    main()
