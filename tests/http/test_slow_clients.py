"""Slow clients (slowloris): a client that trickles its request line, headers or
body one byte every half second is never silent long enough for
--connection-timeout, so --request-timeout bounds the time to send a request
(from the request line; from the accept or the previous answer plus the
connection timeout before it).  Such clients are cut, a slow but steady upload
within the limit is served, and while more slow clients than workers are
connected, normal requests still get 200 promptly: a request reaches a worker
only once its body is complete."""

import socket
import threading
import time
import unittest

from lede_http import Server, main

NORMAL = "Officials from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said."
HEAD = (b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        b"Content-Length: %d\r\n\r\n" % len(NORMAL))
GAP = 0.5        # seconds between trickled bytes
TIMEOUT = 2      # --connection-timeout and --request-timeout in these tests
SLACK = 3.0      # sweeper period, scheduling, a sanitizer


def trickle(port, data, gap=GAP, give_up=30.0):
    """Sends data one byte per gap; returns (bytes sent, seconds) when the
    server cuts the connection, or (len(data), seconds) if it never does."""
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    t0 = time.monotonic()
    sent = 0
    try:
        for i in range(len(data)):
            s.sendall(data[i:i + 1])
            sent += 1
            # a cut shows as EOF on the read side at once
            s.settimeout(gap)
            try:
                if s.recv(4096) == b"":
                    return sent, time.monotonic() - t0
            except socket.timeout:
                pass
            if time.monotonic() - t0 > give_up:
                break
        return sent, time.monotonic() - t0
    except (BrokenPipeError, ConnectionResetError):
        return sent, time.monotonic() - t0
    finally:
        s.close()


class SlowClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server("--workers", "2", "--connection-timeout", str(TIMEOUT), "--request-timeout",
                            str(TIMEOUT)).start()

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        if rc != 0:
            raise AssertionError("lede-server exited %s:\n%s" % (rc, cls.server.stderr_text()[-4000:]))

    def assertServing(self):
        self.assertEqual(self.server.get("/healthz").status, 200)
        self.assertEqual(self.server.post("/v1/analyze", NORMAL).status, 200)

    def test_trickled_headers_are_cut(self):
        # the request line at once, then the headers byte by byte
        data = b"POST /v1/analyze HTTP/1.1\r\n" + HEAD.split(b"\r\n", 1)[1] + NORMAL.encode()
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=10)
        try:
            s.sendall(data[:27])
            t0 = time.monotonic()
            cut = False
            for i in range(27, len(data)):
                try:
                    s.sendall(data[i:i + 1])
                    s.settimeout(GAP)
                    if s.recv(4096) == b"":
                        cut = True
                        break
                except socket.timeout:
                    pass
                except (BrokenPipeError, ConnectionResetError):
                    cut = True
                    break
            took = time.monotonic() - t0
        finally:
            s.close()
        self.assertTrue(cut, "a client trickling its headers was never cut")
        self.assertLess(took, TIMEOUT + SLACK)
        self.assertGreaterEqual(took, TIMEOUT - 0.5)
        self.assertServing()

    def test_trickled_request_line_is_cut(self):
        # from the first byte: the idle allowance plus the request timeout
        sent, took = trickle(self.server.port, HEAD + NORMAL.encode())
        self.assertLess(sent, len(HEAD), "a client trickling its request line was never cut")
        self.assertLess(took, 2 * TIMEOUT + SLACK)
        self.assertServing()

    def test_trickled_body_is_cut(self):
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=10)
        body = NORMAL.encode() * 4
        t0 = time.monotonic()
        cut = False
        try:
            s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: %d\r\n\r\n" % len(body))
            for i in range(len(body)):
                try:
                    s.sendall(body[i:i + 1])
                    s.settimeout(GAP)
                    if s.recv(4096) == b"":
                        cut = True
                        break
                except socket.timeout:
                    pass
                except (BrokenPipeError, ConnectionResetError):
                    cut = True
                    break
        finally:
            s.close()
        took = time.monotonic() - t0
        self.assertTrue(cut, "a client trickling its body was never cut")
        self.assertLess(took, TIMEOUT + SLACK)
        self.assertIsNotNone(self.server.wait_log(lambda r: r.get("msg") == "slow clients cut"))
        self.assertServing()

    def test_steady_upload_within_limit_is_served(self):
        # four pieces a quarter second apart: slow, but inside the request timeout
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=30)
        try:
            s.sendall(HEAD)
            body = NORMAL.encode()
            for k in range(4):
                time.sleep(0.25)
                s.sendall(body[k * len(body) // 4:(k + 1) * len(body) // 4])
            data = b""
            while b"\r\n\r\n" not in data:
                b = s.recv(65536)
                if not b:
                    break
                data += b
        finally:
            s.close()
        self.assertTrue(data.startswith(b"HTTP/1.1 200"), data[:100])

    def test_keepalive_idle_then_request(self):
        # idle between requests is the connection timeout's business; a request
        # sent after a pause shorter than it is served
        conn = self.server.connection()
        try:
            self.assertEqual(self.server.post("/v1/analyze", NORMAL, conn=conn).status, 200)
            time.sleep(TIMEOUT * 0.6)
            self.assertEqual(self.server.post("/v1/analyze", NORMAL, conn=conn).status, 200)
        finally:
            conn.close()


class NoStarvationTest(unittest.TestCase):
    """More slow clients than workers, all mid-request, and normal requests are
    answered promptly all the while."""

    WORKERS = 2
    SLOW = 8

    def test_slow_clients_do_not_starve_workers(self):
        # a request timeout long enough that the slow clients stay for the whole test
        with Server("--workers", str(self.WORKERS), "--connection-timeout", "5", "--request-timeout", "60") as s:
            stop = threading.Event()
            connected = []

            def slow_client(kind):
                c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
                connected.append(c)
                data = (HEAD + NORMAL.encode()) if kind == "body" else HEAD
                start = len(HEAD) if kind == "body" else 30
                c.sendall(data[:start])
                i = start
                while not stop.is_set() and i < len(data) - 1:
                    c.sendall(data[i:i + 1])
                    i += 1
                    stop.wait(GAP)

            threads = [threading.Thread(target=slow_client, args=("body" if n % 2 else "headers",), daemon=True)
                       for n in range(self.SLOW)]
            for t in threads:
                t.start()
            try:
                time.sleep(1.0)
                self.assertEqual(len(connected), self.SLOW)
                worst = 0.0
                for _ in range(10):
                    t0 = time.monotonic()
                    r = s.post("/v1/analyze", NORMAL)
                    worst = max(worst, time.monotonic() - t0)
                    self.assertEqual(r.status, 200)
                # an analysis of one sentence takes milliseconds (more under a sanitizer)
                self.assertLess(worst, 5.0)
                # the slow clients are all still there, mid-request
                m = s.get("/metrics").body.decode()
                in_flight = [float(line.split()[1]) for line in m.splitlines()
                             if line.startswith("lede_http_in_flight ")]
                self.assertGreaterEqual(in_flight[0], self.SLOW // 2 + 1)  # the body tricklers (+ this scrape)
                busy = [float(line.split()[1]) for line in m.splitlines() if line.startswith("lede_workers_busy ")]
                self.assertEqual(busy[0], 0)
            finally:
                stop.set()
                for t in threads:
                    t.join(10)
                for c in connected:
                    c.close()
        self.assertEqual(s.proc.returncode, 0)


if __name__ == "__main__":
    main()
