#!/usr/bin/python3
"""Load and slow-client bench for `consortia serve` (README "Serving many clients").

Starts the real server on a database (the demo one by default), then measures:
  1. unloaded: a probe client's latency (GET /v1/health and POST /v1/search on
     one keep-alive connection, 20 requests a second);
  2. wrk -t2 -c256 -d30s on a cheap GET and on POST /v1/search: throughput,
     latency percentiles, errors, and — from the server's /metrics histogram —
     the time from accept to first answer of every connection (all 256 must be
     served during the run, not after it);
  3. 20 slow-header clients (one header byte a second) while the probe runs:
     the probe's p99 against the unloaded figure, and how long the server kept
     each slow client before cutting it at the request deadline.
Prints a table and writes JSON (--out). Needs wrk (Debian package `wrk`).

Usage: bench/load/load.py [--binary build/consortia] [--db build/demo.db]
                          [--duration 30] [--connections 256] [--out FILE]
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEARCH_BODY = json.dumps({"text": "国产光刻胶配方与工艺验证", "kinds": ["expert"], "k": 10},
                         ensure_ascii=False)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, q):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q / 100.0 * (len(v) - 1))))]


class Server:
    def __init__(self, binary, db, port, extra):
        env = dict(os.environ, CONSORTIA_TOKEN="load-token")
        self.proc = subprocess.Popen([binary, "serve", "--db", db, "--port", str(port)] + extra,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        self.port = port
        deadline = time.time() + 300
        while time.time() < deadline:
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/v1/health")
                if c.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.2)
            if self.proc.poll() is not None:
                raise SystemExit("server exited: " + self.proc.stderr.read().decode(errors="replace"))
        raise SystemExit("server did not start")

    def metrics(self):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        c.request("GET", "/metrics")
        text = c.getresponse().read().decode()
        out = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, value = line.rsplit(" ", 1)
                out[name] = float(value)
        return out

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def first_answer_delta(before, after):
    """Histogram of connection first-answer times between two /metrics scrapes."""
    prefix = "consortia_connection_first_answer_seconds_bucket"
    buckets = []
    for name, value in after.items():
        m = re.match(prefix + r'\{le="([^"]+)"\}', name)
        if m:
            le = float("inf") if m.group(1) == "+Inf" else float(m.group(1))
            buckets.append((le, value - before.get(name, 0)))
    buckets.sort()
    count = buckets[-1][1] if buckets else 0
    # The smallest bucket bound that holds every connection: the slowest first answer.
    worst = next((le for le, c in buckets if c >= count), float("inf"))
    p99 = next((le for le, c in buckets if c >= 0.99 * count), float("inf"))
    return {"connections": int(count), "p99_at_most_s": p99, "max_at_most_s": worst,
            "rejected": int(after.get("consortia_connections_rejected_total", 0) -
                            before.get("consortia_connections_rejected_total", 0))}


def run_wrk(port, path, duration, connections, lua=None):
    cmd = ["wrk", "-t2", "-c%d" % connections, "-d%ds" % duration, "--latency", "--timeout", "10s"]
    if lua:
        cmd += ["-s", lua]
    cmd.append("http://127.0.0.1:%d%s" % (port, path))
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    def ms(token):
        m = re.match(r"([\d.]+)(us|ms|s)", token)
        return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    lat = {q: ms(v) for q, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M)}
    reqs = int(re.search(r"(\d+) requests in", out).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"requests": reqs, "rps": rps, "p50_ms": lat.get("50"), "p90_ms": lat.get("90"),
            "p99_ms": lat.get("99"),
            "socket_errors": sum(map(int, errors.groups())) if errors else 0,
            "non_2xx": int(non2xx.group(1)) if non2xx else 0, "raw": out}


def probe(port, seconds, rate=20):
    """One keep-alive client alternating a cheap GET and a search: latencies in ms."""
    lat, failures = [], 0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    end = time.time() + seconds
    i = 0
    while time.time() < end:
        t0 = time.perf_counter()
        try:
            if i % 2 == 0:
                conn.request("GET", "/v1/health")
            else:
                conn.request("POST", "/v1/search", body=SEARCH_BODY.encode(),
                             headers={"Content-Type": "application/json"})
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                failures += 1
            lat.append((time.perf_counter() - t0) * 1000)
        except (OSError, http.client.HTTPException):
            failures += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i += 1
        time.sleep(max(0.0, 1.0 / rate - (time.perf_counter() - t0)))
    return lat, failures


def slow_client(port, stop, held):
    """Sends a request's headers one byte a second; records how long it was kept."""
    while not stop.is_set():
        s = socket.create_connection(("127.0.0.1", port))
        t0 = time.time()
        payload = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 1000
        try:
            for b in payload:
                if stop.is_set():
                    break
                s.send(bytes([b]))
                time.sleep(1)
        except OSError:
            pass
        held.append(time.time() - t0)
        s.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "consortia"))
    ap.add_argument("--db", default=os.path.join(ROOT, "build", "demo.db"))
    ap.add_argument("--duration", type=int, default=30)
    ap.add_argument("--connections", type=int, default=256)
    ap.add_argument("--slow-clients", type=int, default=20)
    ap.add_argument("--out")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    if not os.path.exists(args.db):
        print("creating the demo database", args.db, file=sys.stderr)
        subprocess.run([args.binary, "demo", "--db", args.db], check=True)

    work = tempfile.mkdtemp(prefix="consortia-load-")
    lua = os.path.join(work, "search.lua")
    with open(lua, "w") as f:
        f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                'wrk.body = %s\n' % json.dumps(SEARCH_BODY, ensure_ascii=False))
    server = Server(args.binary, args.db, free_port(), [])
    results = {"machine": "%d cores" % os.cpu_count(), "duration_s": args.duration,
               "connections": args.connections}
    try:
        probe(server.port, 3)  # warm-up
        lat, fail = probe(server.port, 15)
        results["unloaded_probe"] = {"p50_ms": percentile(lat, 50), "p99_ms": percentile(lat, 99),
                                     "requests": len(lat), "failures": fail}
        for name, path, script in (("get", "/v1/health", None), ("search", "/v1/search", lua)):
            before = server.metrics()
            r = run_wrk(server.port, path, args.duration, args.connections, script)
            r["first_answer"] = first_answer_delta(before, server.metrics())
            results["wrk_" + name] = r
        stop, held = threading.Event(), []
        slow = [threading.Thread(target=slow_client, args=(server.port, stop, held), daemon=True)
                for _ in range(args.slow_clients)]
        for t in slow:
            t.start()
        time.sleep(2)
        lat, fail = probe(server.port, max(15, args.duration // 2))
        stop.set()
        results["slow_clients_probe"] = {
            "slow_clients": args.slow_clients, "p50_ms": percentile(lat, 50),
            "p99_ms": percentile(lat, 99), "requests": len(lat), "failures": fail,
            "slow_client_held_s_max": max(held) if held else None}
        m = server.metrics()
        results["deadline_exceeded"] = int(m.get("consortia_requests_deadline_exceeded_total", 0))
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    u, s = results["unloaded_probe"], results["slow_clients_probe"]
    print("probe unloaded: p50 %.2f ms, p99 %.2f ms (%d requests, %d failures)" %
          (u["p50_ms"], u["p99_ms"], u["requests"], u["failures"]))
    for name in ("get", "search"):
        r = results["wrk_" + name]
        fa = r["first_answer"]
        print("wrk -t2 -c%d -d%ds %-6s: %8.0f req/s  p50 %.2f ms  p99 %.2f ms  errors %d  non-2xx %d"
              "  | connections answered %d, first answer p99 <= %gs, max <= %gs, rejected %d" %
              (args.connections, args.duration, name, r["rps"], r["p50_ms"], r["p99_ms"],
               r["socket_errors"], r["non_2xx"], fa["connections"], fa["p99_at_most_s"],
               fa["max_at_most_s"], fa["rejected"]))
    print("probe with %d slow-header clients: p50 %.2f ms, p99 %.2f ms (%.1fx unloaded), "
          "%d failures; slow clients cut after at most %.1f s" %
          (s["slow_clients"], s["p50_ms"], s["p99_ms"], s["p99_ms"] / u["p99_ms"], s["failures"],
           s["slow_client_held_s_max"] or 0))
    if args.out:
        for name in ("get", "search"):
            results["wrk_" + name].pop("raw", None)
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
