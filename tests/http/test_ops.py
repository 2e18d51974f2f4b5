"""Operations endpoints and cross-cutting behaviour: /healthz, /readyz, /metrics
(Prometheus text format), /v1/info, /openapi.yaml, X-Request-Id, the JSON access
log and the settings log line."""

import os
import re
import time

from lede_http import REPO, ServerTest, main

# name{labels} value  (labels optional); value a Prometheus float
SAMPLE_RE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? '
                       r'(-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|\+Inf|-Inf|NaN)$')


def parse_metrics(text):
    """{name: {labels-string: value}} and {name: type}; fails on a malformed line."""
    samples, types = {}, {}
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            types[name] = kind
            continue
        if line.startswith("# HELP ") or not line:
            continue
        m = SAMPLE_RE.match(line)
        if not m:
            raise AssertionError("malformed metrics line: %r" % line)
        name = m.group(1)
        labels = line[len(name):line.rindex(" ")]
        samples.setdefault(name, {})[labels] = float(line.rsplit(" ", 1)[1])
    return samples, types


class OpsTest(ServerTest):
    SERVER_ARGS = ("--workers", "3", "--queue", "17", "--max-body", "1M", "--deadline-ms", "4321")

    def test_healthz(self):
        r = self.server.get("/healthz")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.json(), {"status": "ok"})

    def test_head(self):
        r = self.server.request("HEAD", "/healthz")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.body, b"")

    def test_readyz(self):
        r = self.server.get("/readyz")
        self.assertEqual(r.status, 200)
        d = r.json()
        self.assertEqual(d["status"], "ready")
        self.assertEqual(d["workers"], 3)
        for k in ("name", "version", "features", "lexicon_entries"):
            self.assertIn(k, d["model"])
        self.assertIsInstance(d["model"]["features"], int)
        self.assertIsInstance(d["model"]["lexicon_entries"], int)

    def test_info(self):
        r = self.server.get("/v1/info")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.header("content-type"), "application/json")
        d = r.json()
        self.assertEqual(d["name"], "lede")
        self.assertRegex(d["version"], r"^\d+\.\d+\.\d+")
        lim = d["limits"]
        self.assertEqual(lim["max_body_bytes"], 1 << 20)
        self.assertEqual(lim["workers"], 3)
        self.assertEqual(lim["queue"], 17)
        self.assertEqual(lim["deadline_ms"], 4321)
        for k in ("max_text_bytes", "max_tokens", "max_json_depth", "max_output_bytes"):
            self.assertGreater(lim[k], 0)
        self.assertIn("PERSON", d["entity_types"])
        self.assertIn("ORGANIZATION", d["entity_types"])
        self.assertIn("Contact.Contact.Meet", d["event_types"])
        self.assertEqual(d["offsets"], ["codepoint", "utf8", "utf16"])
        self.assertEqual(d["features"], ["entities", "quotes", "events"])
        self.assertIn("application/nitf+xml", d["content_types"])

    def test_openapi_is_the_repository_file(self):
        r = self.server.get("/openapi.yaml")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.header("content-type"), "application/yaml")
        with open(os.path.join(REPO, "openapi.yaml"), "rb") as f:
            self.assertEqual(r.body, f.read())

    def test_metrics(self):
        self.server.post("/v1/analyze", "Talks were held in Kabul on Monday.")
        self.server.get("/no-such-page")
        r = self.server.get("/metrics")
        self.assertEqual(r.status, 200)
        self.assertTrue(r.header("content-type").startswith("text/plain; version=0.0.4"))
        samples, types = parse_metrics(r.body.decode("utf-8"))
        for name in samples:
            self.assertTrue(name.startswith("lede_"), name)
        self.assertEqual(types["lede_http_requests_total"], "counter")
        self.assertEqual(types["lede_http_request_duration_seconds"], "histogram")
        for g in ("lede_http_in_flight", "lede_queue_depth", "lede_queue_capacity", "lede_workers",
                  "lede_workers_busy", "lede_draining"):
            self.assertEqual(types[g], "gauge", g)
        req = samples["lede_http_requests_total"]
        self.assertGreaterEqual(req['{route="/v1/analyze",status="200"}'], 1)
        self.assertGreaterEqual(req['{route="other",status="404"}'], 1)
        self.assertNotIn("no-such-page", r.body.decode())  # paths never become labels
        self.assertEqual(samples["lede_workers"][""], 3)
        self.assertEqual(samples["lede_queue_capacity"][""], 17)
        self.assertEqual(samples["lede_draining"][""], 0)
        self.assertGreaterEqual(samples["lede_http_in_flight"][""], 1)  # this scrape
        # histogram: cumulative buckets ending in +Inf == count
        h = samples["lede_http_request_duration_seconds_bucket"]
        route = 'route="/v1/analyze"'
        buckets = [(k, v) for k, v in h.items() if route in k]
        values = [v for _, v in buckets]
        self.assertEqual(values, sorted(values))
        inf = h['{%s,le="+Inf"}' % route]
        self.assertEqual(inf, samples["lede_http_request_duration_seconds_count"]["{%s}" % route])
        self.assertGreaterEqual(inf, 1)
        self.assertGreater(samples["lede_http_request_duration_seconds_sum"]["{%s}" % route], 0)
        self.assertGreaterEqual(samples["lede_analysis_total"]['{outcome="ok"}'], 1)
        # counters only grow
        r2 = self.server.get("/metrics")
        samples2, _ = parse_metrics(r2.body.decode("utf-8"))
        self.assertGreater(samples2["lede_http_requests_total"]['{route="/metrics",status="200"}'],
                           samples["lede_http_requests_total"].get('{route="/metrics",status="200"}', 0))

    def test_request_id_echoed(self):
        for rid in ("abc-123", "x" * 128, "Z~!#$%&'*+.^_`|"):
            r = self.server.get("/healthz", headers={"X-Request-Id": rid})
            self.assertEqual(r.header("x-request-id"), rid)
        r = self.server.post("/v1/analyze", "Talks in Kabul.", headers={"X-Request-Id": "post-1"})
        self.assertEqual(r.header("x-request-id"), "post-1")

    def test_request_id_generated(self):
        seen = set()
        for rid in (None, "", "x" * 129, "has space", "tab\there", "caf\u00e9"):
            headers = {} if rid is None else {"X-Request-Id": rid.encode("utf-8") if rid else rid}
            r = self.server.get("/healthz", headers=headers)
            got = r.header("x-request-id")
            self.assertRegex(got, r"^[0-9a-f]{16}$", rid)
            self.assertNotIn(got, seen)
            seen.add(got)

    def test_access_log(self):
        r = self.server.post("/v1/analyze", "Talks were held in Kabul.", headers={"X-Request-Id": "log-me"})
        self.assertEqual(r.status, 200)
        rec = self.server.wait_log(lambda l: l.get("msg") == "request" and l.get("id") == "log-me")
        self.assertIsNotNone(rec, self.server.stderr_text()[-2000:])
        self.assertEqual(rec["method"], "POST")
        self.assertEqual(rec["route"], "/v1/analyze")
        self.assertEqual(rec["status"], 200)
        self.assertEqual(rec["bytes_in"], len("Talks were held in Kabul."))
        self.assertEqual(rec["bytes_out"], len(r.body))
        self.assertGreaterEqual(rec["duration_ms"], 0)
        self.assertEqual(rec["level"], "info")
        self.assertRegex(rec["ts"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")

    def test_log_times_follow_the_clock(self):
        # the "ts" head is cached per thread for a second: lines on either
        # side of second boundaries must still carry their own time
        import datetime
        for i in range(7):
            before = datetime.datetime.now(datetime.timezone.utc)
            self.assertEqual(self.server.get("/healthz", headers={"X-Request-Id": "clock-%d" % i}).status, 200)
            rec = self.server.wait_log(lambda l, i=i: l.get("msg") == "request" and l.get("id") == "clock-%d" % i)
            # after the line is read, not after the answer: the server logs a
            # request when it completes, which can be after the client has
            # the answer
            after = datetime.datetime.now(datetime.timezone.utc)
            self.assertIsNotNone(rec, self.server.stderr_text()[-2000:])
            self.assertRegex(rec["ts"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
            ts = datetime.datetime.strptime(rec["ts"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
            # the log truncates to the millisecond
            self.assertLessEqual(before - datetime.timedelta(milliseconds=1), ts)
            self.assertLessEqual(ts, after)
            time.sleep(0.35)
        # numbers are written by hand: plain decimals, three decimals of ms
        for line in self.server.stderr_text().split("\n"):
            if '"msg":"request"' in line:
                self.assertRegex(line, r'"status":\d{3},"bytes_in":\d+,"bytes_out":\d+,"duration_ms":\d+\.\d{3}[,}]')

    def test_every_stderr_line_is_json(self):
        self.server.get("/healthz")
        # paths with quotes, newlines, backslashes, invalid UTF-8 and NUL end up escaped
        for path in ("/x%22y", "/x%0A%0D{\"", "/x%5C%5Cy", "/x%FF%C0", "/x%00y", "/x%E2%80%A8"):
            self.assertEqual(self.server.get(path).status, 404)
        text = self.server.stderr_text()
        lines = [l for l in text.split("\n") if l.strip()]
        self.assertNotIn("\u2028", text)  # escaped, so line-splitting tools agree
        self.assertGreater(len(lines), 2)
        self.assertEqual(len(self.server.logs()), len(lines), text[-2000:])

    def test_settings_logged_once(self):
        recs = [r for r in self.server.logs() if r.get("msg") == "settings"]
        self.assertEqual(len(recs), 1)
        s = recs[0]
        self.assertEqual(s["workers"], 3)
        self.assertEqual(s["queue"], 17)
        self.assertEqual(s["max-body"], 1 << 20)
        self.assertEqual(s["deadline-ms"], 4321)
        self.assertEqual(s["bind"], "127.0.0.1")
        for k in ("port", "log-level", "data-dir", "connection-timeout", "max-connections", "drain-timeout-ms"):
            self.assertIn(k, s)
        listening = [r for r in self.server.logs() if r.get("msg") == "listening"]
        self.assertEqual(listening[0]["port"], self.server.port)


if __name__ == "__main__":
    main()
