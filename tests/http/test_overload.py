"""Capacity answers: 503 overloaded with Retry-After when every worker is busy and
the queue is full, 504 when an analysis runs past its deadline.  The server keeps
serving after both."""

import threading
import unittest

from lede_http import SEED, Server, main


def big_text(n_bytes):
    with open(SEED, encoding="utf-8") as f:
        seed = f.read()
    reps = n_bytes // (len(seed.encode("utf-8")) + 2) + 1
    return ((seed + "\n\n") * reps).encode("utf-8")


def metric(text, name, labels):
    want = name + "{" + labels + "}"
    for line in text.splitlines():
        if line.startswith(want + " "):
            return float(line.split()[-1])
    return 0.0


class OverloadTest(unittest.TestCase):
    def test_queue_full_is_503(self):
        body = big_text(1 << 20)
        with Server("--workers", "1", "--queue", "0", "--max-body", "8M", "--deadline-ms", "0",
                    "--retry-after", "7") as s:
            seen = None
            for _ in range(5):  # concurrency is timing; a few rounds make it certain
                results = [None] * 6

                def send(i):
                    results[i] = s.post("/v1/analyze?features=entities", body)

                threads = [threading.Thread(target=send, args=(i,)) for i in range(len(results))]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(300)
                statuses = sorted(r.status for r in results)
                self.assertTrue(set(statuses) <= {200, 503}, statuses)
                self.assertIn(200, statuses)  # the one the worker took
                busy = [r for r in results if r.status == 503]
                if busy:
                    seen = busy[0]
                    break
            self.assertIsNotNone(seen, "six concurrent 1 MB analyses on one worker never filled the queue")
            self.assertEqual(seen.header("retry-after"), "7")
            p = seen.json()
            self.assertEqual(p["code"], "overloaded")
            self.assertEqual(p["status"], 503)
            self.assertEqual(seen.header("content-type"), "application/problem+json")
            self.assertTrue(s.alive())
            m = s.get("/metrics").body.decode()
            self.assertGreaterEqual(metric(m, "lede_http_requests_total", 'route="/v1/analyze",status="503"'), 1)
            self.assertEqual(s.post("/v1/analyze", "Talks were held in Kabul.").status, 200)
        self.assertEqual(s.proc.returncode, 0)

    def test_deadline_is_504(self):
        body = big_text(2 << 20)
        with Server("--workers", "1", "--max-body", "8M", "--deadline-ms", "1") as s:
            r = s.post("/v1/analyze", body)
            self.assertEqual(r.status, 504, r)
            p = r.json()
            self.assertEqual(p["code"], "deadline-exceeded")
            self.assertEqual(p["type"], "https://lede.dev/problems/deadline-exceeded")
            self.assertTrue(p["detail"])
            self.assertTrue(s.alive())
            m = s.get("/metrics").body.decode()
            self.assertGreaterEqual(metric(m, "lede_analysis_total", 'outcome="deadline-exceeded"'), 1)
        self.assertEqual(s.proc.returncode, 0)


if __name__ == "__main__":
    main()
