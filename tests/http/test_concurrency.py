"""Many clients at once on keep-alive connections, one shared model: every answer
belongs to its request (ids never cross), no request is lost or answered twice,
and the counters add up.  Run it against a TSan build to check the threading."""

import json
import random
import threading
import unittest

from lede_http import Server, main

CLIENTS = 12
ROUNDS = 15
TEXTS = [
    "Officials from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said.",
    "\u201cWe will rebuild,\u201d the mayor of Kabul said on Monday.",
    "NATO and the Taliban held talks in Doha, Qatar, according to Arab News.",
    "Prices rose 4.5% in March, costing households $120 million.",
]


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
                        kind = rng.choice(("text", "json", "bad", "health", "notfound"))
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


if __name__ == "__main__":
    main()
