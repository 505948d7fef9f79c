#!/usr/bin/env bash
# Tests the web application: the unit tests (node --test, no browser), then
# one browser journey per user in Debian's Chromium driven by playwright-core,
# against the real server on a fresh demo database.
#
#   CONSORTIA_BINARY   the consortia binary (default: build/consortia)
#   CHROMIUM           the browser (default: /usr/bin/chromium; never downloaded)
#   WEB_ARTIFACTS      screenshots and timing.json (default: tests/web/artifacts)
#   WEB_TEST_CACHE     where the prepared demo database is kept between runs
#                      (default: build/web-test-cache)
#
# Prints "N passed, N failed" last; exits non-zero when anything failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bin=${CONSORTIA_BINARY:-$root/build/consortia}
chromium=${CHROMIUM:-/usr/bin/chromium}
artifacts=${WEB_ARTIFACTS:-$root/tests/web/artifacts}
cache=${WEB_TEST_CACHE:-$root/build/web-test-cache}
token=web-test-token-$$

[ -x "$bin" ] || { echo "web-test: no consortia binary at $bin (build first, or set CONSORTIA_BINARY)" >&2; exit 1; }
[ -x "$chromium" ] || { echo "web-test: no browser at $chromium (apt-get install chromium; scripts/install-deps.sh does)" >&2; exit 1; }

scripts/web-build.sh

echo "web-test: unit tests" >&2
node --test tests/web/unit/

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'
}

wait_ready() { # url seconds pid
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    curl -fsS -o /dev/null "$1/v1/health" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

# A prepared demo database with its search index, made once per binary: the
# first start of a server builds the index (about 30 s); copies start at once.
mkdir -p "$cache"
stamp="$(stat -c '%s:%Y' "$bin")"
if [ ! -f "$cache/demo.db" ] || [ ! -f "$cache/demo.db.index" ] || [ "$(cat "$cache/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "web-test: preparing the demo database and its index (once per binary)" >&2
  rm -f "$cache"/demo.db*
  "$bin" demo --db "$cache/demo.db" >/dev/null 2>"$cache/demo.log"
  port=$(free_port)
  "$bin" serve --db "$cache/demo.db" --host 127.0.0.1 --port "$port" >"$cache/prepare.log" 2>&1 &
  pid=$!
  if ! wait_ready "http://127.0.0.1:$port" 180 "$pid"; then
    cat "$cache/prepare.log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -f "$cache/demo.db.index" ] || { echo "web-test: the server saved no index beside the database" >&2; exit 1; }
  echo "$stamp" >"$cache/stamp"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/consortia-web-test.XXXXXX")
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
cp "$cache/demo.db" "$cache/demo.db.index" "$work/"

port=$(free_port)
url="http://127.0.0.1:$port"
CONSORTIA_TOKEN=$token "$bin" serve --db "$work/demo.db" --host 127.0.0.1 --port "$port" \
  --web "$root/web/dist" >"$work/server.log" 2>&1 &
server_pid=$!
if ! wait_ready "$url" 120 "$server_pid"; then
  cat "$work/server.log" >&2
  exit 1
fi

echo "web-test: browser journeys against $url" >&2
status=0
CONSORTIA_WEB_URL=$url CONSORTIA_TOKEN=$token CHROMIUM=$chromium WEB_ARTIFACTS=$artifacts \
  node tests/web/run.mjs || status=$?
[ "$status" -eq 0 ] || { echo "web-test: server log:" >&2; tail -20 "$work/server.log" >&2; }
exit "$status"
