#!/usr/bin/env python3
"""reliability.py - overload and soak runs of lede-server with wrk (issue 7).

Not a CI test: each run takes minutes and wants an otherwise quiet machine.
Called by bench/overload.sh and bench/soak.sh, which build the server first.

  overload  1 worker, a short queue, 256 wrk connections posting a 5 KB article
            for --secs: far beyond capacity.  Reports the share of 503s, whether
            every 503 carried Retry-After (counted in wrk's Lua response()), wrk's
            socket errors and timeouts, and latency p50/p99 of 200s and 503s
            measured by a few probe clients running beside wrk (wrk itself does
            not split latency by status).  The point: overload is answered by
            fast 503s, not by timeouts.
  soak      --requests (default 6,000,000: about 10 minutes at ~12k/s on 2
            cores) small analyses with wrk in --chunk second runs, rotating three bodies (text/plain, JSON with UTF-16
            offsets, a small HTML page).  VmRSS of the server is sampled every
            --sample seconds: at the start (after a 60 s warm-up), through the run,
            at the end.  Reports requests, non-2xx, socket errors, RSS start /
            peak / end and the peak growth over the start (target < 5%).

Results print as a Markdown section (pasted into bench/README.md) and go to
bench/out/reliability-<mode>.json (git-ignored).
Owner: reliability (issue 7).
"""
import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import parse_ms, proc_kb  # noqa: E402  (bench/run.py: shared /proc and wrk parsing)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
REUTERS = os.path.join(SHARED, "unlabeled", "reuters21578.jsonl")

SMALL_TEXT = "Officials from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said."
SMALL_JSON = json.dumps({"text": "\u201cWe will rebuild,\u201d the mayor of Kabul said on Monday.", "offsets": "utf16"})
SMALL_HTML = ("<html><head><title>Talks</title></head><body><article><p>NATO and the Taliban held talks in Doha, "
              "Qatar, according to Arab News.</p></article></body></html>")

# Counts statuses and 503s without Retry-After per wrk thread; done() sums them.
LUA_COUNT = r"""
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  statuses = {}
  no_retry_after = 0
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 503 and headers["Retry-After"] == nil and headers["retry-after"] == nil then
    no_retry_after = no_retry_after + 1
  end
end
function done(summary, latency, requests)
  local total, nra = {}, 0
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
    nra = nra + t:get("no_retry_after")
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, string.format('"%d": %d', k, v)) end
  io.write(string.format('LEDE_STATUSES {"statuses": {%s}, "no_retry_after": %d}\n', table.concat(parts, ", "), nra))
end
"""


def lua_single(path_body, content_type):
    return ('wrk.method = "POST"\nwrk.headers["Content-Type"] = "%s"\n'
            'local f = io.open("%s", "rb")\nwrk.body = f:read("*a")\nf:close()\n' % (content_type, path_body)) + LUA_COUNT


def lua_rotate(bodies):
    """Requests rotate over (content type, body file) pairs."""
    lines = ["local reqs = {}"]
    for ct, path in bodies:
        lines.append('do local f = io.open("%s", "rb"); local b = f:read("*a"); f:close()\n'
                     '  table.insert(reqs, wrk.format("POST", "/v1/analyze", {["Content-Type"] = "%s"}, b)) end'
                     % (path, ct))
    lines.append("local n = 0\nfunction request()\n  n = n + 1\n  return reqs[(n %% %d) + 1]\nend" % len(bodies))
    return "\n".join(lines) + "\n" + LUA_COUNT


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def request(port, method, path, body=b"", ctype="text/plain", timeout=30):
    """One request on a fresh connection: (status, headers dict, seconds)."""
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(("%s %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: %s\r\n"
                   "Content-Length: %d\r\n\r\n" % (method, path, ctype, len(body))).encode() + body)
        data = b""
        while True:
            b = s.recv(65536)
            if not b:
                break
            data += b
    took = time.monotonic() - t0
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    m = re.match(r"HTTP/1\.\d (\d+)", head[0]) if head else None
    headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:])}
    return (int(m.group(1)) if m else 0), headers, took


def start_server(build, args):
    port = free_port()
    cmd = [os.path.join(build, "lede-server"), "--port", str(port), "--bind", "127.0.0.1",
           "--data-dir", os.path.join(ROOT, "data"), "--log-level", "warn"] + args
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.monotonic()
    while time.monotonic() - t0 < 30:
        if p.poll() is not None:
            sys.exit("reliability: %s exited with %d" % (" ".join(cmd), p.returncode))
        try:
            if request(port, "GET", "/readyz", timeout=1)[0] == 200:
                return p, port
        except OSError:
            pass
        time.sleep(0.02)
    p.kill()
    sys.exit("reliability: lede-server not ready in 30 s")


def stop_server(p):
    p.terminate()
    try:
        return p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        return p.wait()


def wrk(port, script, secs, conns, threads=2, timeout_s=10):
    cmd = ["wrk", "-t%d" % threads, "-c%d" % conns, "-d%ds" % secs, "--timeout", "%ds" % timeout_s, "--latency",
           "-s", script, "http://127.0.0.1:%d/v1/analyze" % port]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = p.stdout
    if p.returncode != 0 or "requests in" not in out:
        sys.exit("reliability: wrk failed:\n" + out)
    r = {"requests": int(re.search(r"(\d+) requests in", out).group(1)),
         "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
         "latency": {q: parse_ms(v) for q, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M)},
         "socket_errors": {"connect": 0, "read": 0, "write": 0, "timeout": 0}}
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        r["socket_errors"] = dict(zip(("connect", "read", "write", "timeout"), map(int, m.groups())))
    m = re.search(r"^LEDE_STATUSES (.*)$", out, re.M)
    st = json.loads(m.group(1)) if m else {"statuses": {}, "no_retry_after": None}
    r["statuses"] = {int(k): v for k, v in st["statuses"].items()}
    r["no_retry_after"] = st["no_retry_after"]
    return r


def pct(xs, q):
    if not xs:
        return None
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def article(size=5120):
    text = ""
    with open(REUTERS) as f:
        for line in f:
            text += json.loads(line)["text"] + "\n\n"
            if len(text.encode()) >= size:
                break
    b = text.encode()[:size]
    return b[: b.rfind(b" ")]


def machine(commit=None):
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    commit = commit or subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE,
                                      text=True).stdout.strip()
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "load": load, "cpus": os.cpu_count(),
            "commit": commit}


# ---- overload ---------------------------------------------------------------------------

def overload(a):
    os.makedirs(OUT, exist_ok=True)
    body = article()
    body_path = os.path.join(OUT, "overload-body.txt")
    with open(body_path, "wb") as f:
        f.write(body)
    script = os.path.join(OUT, "overload.lua")
    with open(script, "w") as f:
        f.write(lua_single(body_path, "text/plain"))
    args = ["--workers", str(a.workers), "--queue", str(a.queue), "--deadline-ms", str(a.deadline_ms),
            "--retry-after", "1"]
    p, port = start_server(a.build, args)
    env = machine(a.commit)
    probes, stop = [], threading.Event()

    def probe():
        # keep-alive, like wrk's connections: the latency of one request
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            try:
                t0 = time.monotonic()
                conn.request("POST", "/v1/analyze", body=body, headers={"Content-Type": "text/plain"})
                resp = conn.getresponse()
                resp.read()
                probes.append((resp.status, time.monotonic() - t0, resp.getheader("Retry-After") is not None))
            except (OSError, http.client.HTTPException) as e:
                probes.append(("error:" + type(e).__name__, 0.0, False))
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.close()

    wrk(port, script, 2, a.conns)  # warm-up
    threads = [threading.Thread(target=probe, daemon=True) for _ in range(a.probes)]
    for t in threads:
        t.start()
    r = wrk(port, script, a.secs, a.conns)
    stop.set()
    for t in threads:
        t.join(60)
    alive = request(port, "GET", "/healthz")[0] == 200
    ok_after = request(port, "POST", "/v1/analyze", SMALL_TEXT.encode())[0] == 200
    rc = stop_server(p)
    lat = {}
    for cls in (200, 503):
        xs = [t * 1000 for s, t, _ in probes if s == cls]
        lat[cls] = {"n": len(xs), "p50": pct(xs, 50), "p99": pct(xs, 99), "max": max(xs) if xs else None}
    res = {"mode": "overload", "env": env, "args": args, "conns": a.conns, "secs": a.secs, "body_bytes": len(body),
           "probes": a.probes,
           "wrk": r, "probe_latency_ms": lat, "probe_503_without_retry_after": sum(
               1 for s, _, ra in probes if s == 503 and not ra),
           "probe_other": sorted({str(s) for s, _, _ in probes if s not in (200, 503)}),
           "alive_after": alive and ok_after, "exit_code": rc}
    save(res)
    print(overload_md(res))


def overload_md(res):
    r, lat = res["wrk"], res["probe_latency_ms"]
    total = r["requests"]
    n503, n200 = r["statuses"].get(503, 0), r["statuses"].get(200, 0)
    other = {k: v for k, v in r["statuses"].items() if k not in (200, 503)}
    se = r["socket_errors"]

    def f(x):
        return "n/a" if x is None else ("%.1f" % x if x >= 1 else "%.2f" % x)

    return "\n".join([
        "Overload (`bench/overload.sh`, %s at %s, %s CPUs, load %s at the start): lede-server %s; wrk %d connections "
        "for %d s posting a %d-byte article as text/plain, plus %d probe clients measuring latency by status."
        % (res["env"]["date"], res["env"]["commit"], res["env"]["cpus"], res["env"]["load"], " ".join(res["args"]),
           res["conns"], res["secs"], res["body_bytes"], res["probes"]),
        "",
        "| | count | share | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        "| wrk: all answers | {:,} | 100% | {} | {} | |".format(total, f(r["latency"].get("50")),
                                                               f(r["latency"].get("99"))),
        "| wrk: 200 | {:,} | {:.1f}% | | | |".format(n200, 100.0 * n200 / max(1, total)),
        "| wrk: 503 overloaded | {:,} | {:.1f}% | | | |".format(n503, 100.0 * n503 / max(1, total)),
        "| probes: 200 | {:,} | | {} | {} | {} |".format(lat[200]["n"], f(lat[200]["p50"]), f(lat[200]["p99"]),
                                                          f(lat[200]["max"])),
        "| probes: 503 | {:,} | | {} | {} | {} |".format(lat[503]["n"], f(lat[503]["p50"]), f(lat[503]["p99"]),
                                                          f(lat[503]["max"])),
        "",
        "503s without Retry-After: %s (wrk) and %d (probes). Other statuses: %s. Socket errors: connect %d, read %d, "
        "write %d, timeout %d. Throughput %.0f answers/s. After the run: %s; exit code on SIGTERM %s."
        % (r["no_retry_after"], res["probe_503_without_retry_after"], other or res["probe_other"] or "none",
           se["connect"], se["read"], se["write"], se["timeout"], r["rps"],
           "serving" if res["alive_after"] else "NOT serving", res["exit_code"]),
    ])


# ---- soak ---------------------------------------------------------------------------------

def soak(a):
    os.makedirs(OUT, exist_ok=True)
    bodies = []
    for name, ct, text in (("soak-text.txt", "text/plain", SMALL_TEXT), ("soak-json.json", "application/json", SMALL_JSON),
                           ("soak-html.html", "text/html", SMALL_HTML)):
        path = os.path.join(OUT, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        bodies.append((ct, path))
    script = os.path.join(OUT, "soak.lua")
    with open(script, "w") as f:
        f.write(lua_rotate(bodies))
    args = ["--workers", str(a.workers)]
    p, port = start_server(a.build, args)
    env = machine(a.commit)
    t_start = time.monotonic()
    wrk(port, script, a.warmup, a.conns)  # warm-up: workspaces, allocator arenas, caches
    samples = []                          # (seconds since the start, VmRSS kB)
    stop = threading.Event()

    def sampler():
        while not stop.is_set():
            samples.append((time.monotonic() - t_start, proc_kb(p.pid, "VmRSS")))
            stop.wait(a.sample)

    rss_start = proc_kb(p.pid, "VmRSS")
    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    runs = []
    deadline = time.monotonic() + a.max_minutes * 60
    while sum(r["requests"] for r in runs) < a.requests and time.monotonic() < deadline:
        runs.append(wrk(port, script, a.chunk, a.conns))
        done = sum(r["requests"] for r in runs)
        print("soak: %s requests, RSS %d kB, %.0f req/s" % ("{:,}".format(done), proc_kb(p.pid, "VmRSS"),
                                                            runs[-1]["rps"]), file=sys.stderr, flush=True)
    stop.set()
    th.join(10)
    rss_end = proc_kb(p.pid, "VmRSS")
    hwm = proc_kb(p.pid, "VmHWM")
    alive = request(port, "GET", "/healthz")[0] == 200
    rc = stop_server(p)
    statuses = {}
    for r in runs:
        for k, v in r["statuses"].items():
            statuses[k] = statuses.get(k, 0) + v
    sock = {k: sum(r["socket_errors"][k] for r in runs) for k in ("connect", "read", "write", "timeout")}
    rss = [kb for _, kb in samples if kb] + [rss_end]
    res = {"mode": "soak", "env": env, "args": args, "conns": a.conns, "requests": sum(r["requests"] for r in runs),
           "seconds": sum(a.chunk for _ in runs), "statuses": statuses, "socket_errors": sock,
           "rss_start_kb": rss_start, "rss_peak_kb": max(rss), "rss_end_kb": rss_end, "vmhwm_kb": hwm,
           "samples": samples, "rps": [r["rps"] for r in runs], "alive_after": alive, "exit_code": rc}
    save(res)
    print(soak_md(res))


def soak_md(res):
    s = res["statuses"]
    non2xx = sum(v for k, v in s.items() if not 200 <= k < 300)
    sock = res["socket_errors"]
    growth = 100.0 * (res["rss_peak_kb"] - res["rss_start_kb"]) / res["rss_start_kb"]
    end_growth = 100.0 * (res["rss_end_kb"] - res["rss_start_kb"]) / res["rss_start_kb"]
    samples = res["samples"]
    # RSS at a few points through the run
    marks = [samples[int(i * (len(samples) - 1) / 5)] for i in range(6)] if samples else []
    return "\n".join([
        "Soak (`bench/soak.sh`, %s at %s, %s CPUs, load %s at the start): lede-server %s, wrk %d connections, "
        "requests rotating text/plain, JSON (UTF-16 offsets) and HTML bodies of 80-150 bytes."
        % (res["env"]["date"], res["env"]["commit"], res["env"]["cpus"], res["env"]["load"], " ".join(res["args"]),
           res["conns"]),
        "",
        "| requests | seconds | req/s (median of runs) | non-2xx | socket errors (connect/read/write/timeout) | "
        "RSS start | RSS peak | RSS end | peak growth | end growth |",
        "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
        "| {:,} | {} | {:,.0f} | {} | {}/{}/{}/{} | {:.1f} MB | {:.1f} MB | {:.1f} MB | {:+.1f}% | {:+.1f}% |".format(
            res["requests"], res["seconds"], statistics.median(res["rps"]), non2xx, sock["connect"], sock["read"],
            sock["write"], sock["timeout"], res["rss_start_kb"] / 1024, res["rss_peak_kb"] / 1024,
            res["rss_end_kb"] / 1024, growth, end_growth),
        "",
        "VmRSS through the run (s: MB): %s. VmHWM %.1f MB. Statuses: %s. After the run: %s; exit code on SIGTERM %s."
        % (", ".join("%.0f: %.1f" % (t, kb / 1024) for t, kb in marks), res["vmhwm_kb"] / 1024,
           ", ".join("%s: %s" % (k, "{:,}".format(v)) for k, v in sorted(s.items())),
           "serving" if res["alive_after"] else "NOT serving", res["exit_code"]),
    ])


def save(res):
    with open(os.path.join(OUT, "reliability-%s.json" % res["mode"]), "w") as f:
        json.dump(res, f, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("overload", "soak"))
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--commit", help="the commit the build was made from, if not this checkout's HEAD")
    ap.add_argument("--conns", type=int, help="wrk connections (overload 256, soak 16)")
    ap.add_argument("--workers", type=int, help="server workers (overload 1, soak 2)")
    ap.add_argument("--queue", type=int, default=4, help="overload: server queue length")
    ap.add_argument("--deadline-ms", type=int, default=10000, help="overload: server deadline")
    ap.add_argument("--secs", type=int, default=30, help="overload: seconds of wrk")
    ap.add_argument("--probes", type=int, default=4, help="overload: probe clients")
    ap.add_argument("--requests", type=int, default=6000000, help="soak: requests to send at least")
    ap.add_argument("--chunk", type=int, default=60, help="soak: seconds per wrk run")
    ap.add_argument("--warmup", type=int, default=60, help="soak: seconds of warm-up before the first RSS sample")
    ap.add_argument("--sample", type=float, default=5, help="soak: seconds between RSS samples")
    ap.add_argument("--max-minutes", type=float, default=40, help="soak: stop after this long even if short")
    a = ap.parse_args()
    if a.mode == "overload":
        a.conns = a.conns or 256
        a.workers = a.workers or 1
        overload(a)
    else:
        a.conns = a.conns or 16
        a.workers = a.workers or 2
        soak(a)


if __name__ == "__main__":
    main()
