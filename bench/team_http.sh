#!/usr/bin/env bash
# bench/team_http.sh — end-to-end HTTP latency of POST /v1/teams/suggest (or
# /v1/consortia/suggest, /v1/search) on a generated database of any size.
#
# Usage:
#   bench/team_http.sh --experts 1000000 [--organizations 100000] [--requests 200]
#       [--endpoint teams|consortia|search] [--seed 1] [--workdir /tmp/consortia-bench]
#       [--binary build/consortia] [--port 18080] [--max-connections N] [--out FILE]
#       [--perf]    # also `perf record -g` the server during the timed requests
#
# Steps:
#   1. <workdir>/n<orgs>_<experts>.db: if missing, `consortia generate --csv` then
#      `consortia import` (10^6 experts: ~10 min and ~3 GB of disk; kept for reuse).
#   2. `consortia serve --db ... --port P` (loads <db>.index when current, else
#      builds it: ~3 min at 10^6 on 2 cores, progress in <workdir>/serve.log);
#      waits until GET /v1/health answers.
#   3. /usr/bin/python3 bench/http_latency.py (one keep-alive connection, requests
#      one after another) -> JSON summary on stdout and in --out
#      (default <workdir>/<endpoint>_<experts>.json), with the load average.
#   4. Stops the server (SIGTERM to the pid it started).
# Example (what README quotes): bench/team_http.sh --experts 100000 --organizations 100000
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
orgs=100000
experts=100000
requests=200
endpoint=teams
seed=1
workdir=/tmp/consortia-bench
binary="$repo/build/consortia"
port=18080
threads=""
out=""
perf=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --organizations) orgs="$2"; shift 2 ;;
    --experts) experts="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --endpoint) endpoint="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --workdir) workdir="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --max-connections) threads="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --perf) perf=1; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

[[ -x "$binary" ]] || { echo "no binary at $binary (build target consortia, or pass --binary)" >&2; exit 2; }
mkdir -p "$workdir"
db="$workdir/n${orgs}_${experts}.db"
out="${out:-$workdir/${endpoint}_${experts}.json}"

if [[ ! -f "$db" ]]; then
  csv="$workdir/n${orgs}_${experts}.csv"
  echo "generating $orgs organisations, $experts experts into $csv" >&2
  "$binary" generate --organizations "$orgs" --experts "$experts" --csv "$csv"
  echo "importing into $db" >&2
  "$binary" import --db "$db.partial" --csv "$csv" >&2
  mv "$db.partial" "$db"
  for ext in -wal -shm; do [[ -f "$db.partial$ext" ]] && mv "$db.partial$ext" "$db$ext"; done
  rm -rf "$csv"
fi

serve_args=(serve --db "$db" --port "$port" --rules "$repo/rules/bast-2022.json")
[[ -n "$threads" ]] && serve_args+=(--max-connections "$threads")
"$binary" "${serve_args[@]}" >"$workdir/serve.log" 2>&1 &
server_pid=$!
perf_pid=""
cleanup() {
  [[ -n "$perf_pid" ]] && kill -INT "$perf_pid" 2>/dev/null && wait "$perf_pid" 2>/dev/null || true
  kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "waiting for the server (pid $server_pid; index progress in $workdir/serve.log)" >&2
for ((i = 0; i < 3600; ++i)); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server exited:" >&2; tail -20 "$workdir/serve.log" >&2; exit 1
  fi
  if /usr/bin/python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/v1/health', timeout=2)" 2>/dev/null; then
    break
  fi
  sleep 1
done

if [[ "$perf" == 1 ]]; then
  perf record -g -o "$workdir/perf_${endpoint}_${experts}.data" -p "$server_pid" >/dev/null 2>&1 &
  perf_pid=$!
  sleep 1
fi

echo "load before: $(cat /proc/loadavg)" >&2
status=0
/usr/bin/python3 "$repo/bench/http_latency.py" --url "http://127.0.0.1:$port" \
  --endpoint "$endpoint" --requests "$requests" --seed "$seed" --out "$out" \
  --label "orgs=$orgs experts=$experts binary=$binary" || status=$?
echo "summary written to $out" >&2
exit $status
