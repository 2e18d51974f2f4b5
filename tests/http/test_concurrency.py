"""Many clients at once on keep-alive connections, one shared model: every answer
belongs to its request (ids never cross), no request is lost or answered twice,
and the counters add up.  16 clients mix text, JSON, HTML and NITF bodies,
offsets units, errors, GET endpoints and /metrics scrapes; a second test keeps
the queue full (503s beside 200s) and a third runs every analysis into its
deadline (504s), so the pool's refusal and error paths race too.
tools/tsan.sh runs it against a ThreadSanitizer build."""

import json
import random
import threading
import unittest

from lede_http import Server, main

CLIENTS = 16
ROUNDS = 15
TEXTS = [
    "Officials from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said.",
    "\u201cWe will rebuild,\u201d the mayor of Kabul said on Monday.",
    "NATO and the Taliban held talks in Doha, Qatar, according to Arab News.",
    "Prices rose 4.5% in March, costing households $120 million.",
]
HTML = ("<html><head><title>Talks</title></head><body><article><p>NATO and the Taliban held talks in Doha, "
        "Qatar, on Monday, according to Arab News.</p></article></body></html>")
NITF = ('<?xml version="1.0"?><nitf><head><title>Talks</title></head><body><body.content><p>Officials met in '
        'Kabul on Monday, the ministry said.</p></body.content></body></nitf>')


def metric_sum(text, name):
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            total += float(line.rsplit(" ", 1)[1])
    return total


class ConcurrencyTest(unittest.TestCase):
    def test_many_clients(self):
        with Server("--workers", "3", "--queue", "1000") as s:
            errors = []
            counts = [0] * CLIENTS

            def client(n):
                rng = random.Random(n)
                conn = s.connection()
                try:
                    for i in range(ROUNDS):
                        rid = "c%d-r%d" % (n, i)
                        kind = rng.choice(("text", "json", "html", "xml", "utf16", "bad", "health", "metrics",
                                           "notfound"))
                        h = {"X-Request-Id": rid}
                        if kind == "text":
                            text = rng.choice(TEXTS)
                            r = s.post("/v1/analyze?id=" + rid, text, headers=h, conn=conn)
                            ok = r.status == 200 and r.json()["id"] == rid
                        elif kind == "json":
                            text = rng.choice(TEXTS)
                            r = s.post("/v1/analyze", json.dumps({"id": rid, "text": text, "offsets": "utf16"}),
                                       "application/json", headers=h, conn=conn)
                            ok = r.status == 200 and r.json()["id"] == rid and r.json()["offsets"] == "utf16"
                        elif kind == "html":
                            r = s.post("/v1/analyze?id=" + rid, HTML, "text/html", headers=h, conn=conn)
                            ok = r.status == 200 and r.json()["id"] == rid and "Doha" in r.json()["text"]
                        elif kind == "xml":
                            r = s.post("/v1/analyze?id=" + rid, NITF, "application/nitf+xml", headers=h, conn=conn)
                            ok = r.status == 200 and r.json()["id"] == rid and r.json()["title"] == "Talks"
                        elif kind == "utf16":
                            text = rng.choice(TEXTS)
                            r = s.post("/v1/analyze?offsets=utf16&features=entities,quotes&id=" + rid, text,
                                       headers=h, conn=conn)
                            ok = r.status == 200 and r.json()["id"] == rid and "events" not in r.json()
                        elif kind == "metrics":
                            r = s.get("/metrics", headers=h, conn=conn)
                            ok = r.status == 200 and b"lede_http_requests_total" in r.body
                        elif kind == "bad":
                            r = s.post("/v1/analyze", b"caf\xc3 \xff", headers=h, conn=conn)
                            ok = r.status == 400 and r.json()["request_id"] == rid
                        elif kind == "health":
                            r = s.get("/healthz", headers=h, conn=conn)
                            ok = r.status == 200
                        else:
                            r = s.get("/nowhere/" + rid, headers=h, conn=conn)
                            ok = r.status == 404 and r.json()["instance"] == "/nowhere/" + rid
                        ok = ok and r.header("x-request-id") == rid
                        if not ok:
                            errors.append((rid, kind, r))
                        counts[n] += 1
                except Exception as e:  # noqa: BLE001 - reported below
                    errors.append((n, "exception", repr(e)))
                finally:
                    conn.close()

            threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(600)
            self.assertEqual(errors, [])
            self.assertEqual(sum(counts), CLIENTS * ROUNDS)
            m = s.get("/metrics").body.decode()
            # every request answered exactly once (the scrape itself is not yet counted)
            self.assertEqual(metric_sum(m, "lede_http_requests_total"), CLIENTS * ROUNDS)
            self.assertEqual(metric_sum(m, "lede_http_in_flight"), 1)
            self.assertEqual(metric_sum(m, "lede_queue_depth"), 0)
            self.assertEqual(metric_sum(m, "lede_workers_busy"), 0)
            # one access-log line per request (stderr is read on a thread: wait for it)
            s.wait_log(lambda r: sum(1 for x in s.logs() if x.get("msg") == "request") >= CLIENTS * ROUNDS)
            logged = [r for r in s.logs() if r.get("msg") == "request"][:CLIENTS * ROUNDS]
            self.assertEqual(len(logged), CLIENTS * ROUNDS)
            self.assertEqual(len({r["id"] for r in logged}), CLIENTS * ROUNDS)
        self.assertEqual(s.proc.returncode, 0)


    def test_full_queue_under_contention(self):
        # 2 workers, 1 place: most analyses are refused while others run
        with Server("--workers", "2", "--queue", "1", "--retry-after", "3") as s:
            statuses, errors = [], []

            def client(n):
                conn = s.connection()
                try:
                    for i in range(8):
                        rid = "q%d-%d" % (n, i)
                        r = s.post("/v1/analyze?id=" + rid, TEXTS[(n + i) % len(TEXTS)] * 20,
                                   headers={"X-Request-Id": rid}, conn=conn)
                        statuses.append(r.status)
                        if r.header("x-request-id") != rid or r.status not in (200, 503):
                            errors.append((rid, r))
                        elif r.status == 200 and r.json()["id"] != rid:
                            errors.append((rid, r))
                        elif r.status == 503 and (r.header("retry-after") != "3" or r.json()["code"] != "overloaded"):
                            errors.append((rid, r))
                except Exception as e:  # noqa: BLE001 - reported below
                    errors.append((n, "exception", repr(e)))
                finally:
                    conn.close()

            threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(600)
            self.assertEqual(errors, [])
            self.assertEqual(len(statuses), CLIENTS * 8)
            self.assertIn(200, statuses)
            self.assertIn(503, statuses)  # 16 clients on 3 places: the refusal path ran
            m = s.get("/metrics").body.decode()
            self.assertEqual(metric_sum(m, "lede_queue_depth"), 0)
            self.assertEqual(metric_sum(m, "lede_workers_busy"), 0)
        self.assertEqual(s.proc.returncode, 0)

    def test_deadline_under_contention(self):
        # every analysis runs into a 1 ms deadline on 3 workers at once
        with Server("--workers", "3", "--queue", "100", "--deadline-ms", "1") as s:
            errors = []
            body = (" ".join(TEXTS) + "\n\n") * 200

            def client(n):
                conn = s.connection()
                try:
                    for i in range(4):
                        r = s.post("/v1/analyze", body, conn=conn)
                        if r.status not in (200, 504):
                            errors.append(r)
                except Exception as e:  # noqa: BLE001 - reported below
                    errors.append(repr(e))
                finally:
                    conn.close()

            threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(600)
            self.assertEqual(errors, [])
            self.assertEqual(s.get("/healthz").status, 200)
        self.assertEqual(s.proc.returncode, 0)


if __name__ == "__main__":
    main()
