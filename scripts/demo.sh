#!/usr/bin/env bash
# README run command: install dependencies, build, create the demo database and
# serve the API on 127.0.0.1:8080 (override with HOST/PORT; DB with DB).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
DB=${DB:-build/demo.db}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8080}
[ -f "$DB" ] || build/consortia demo --db "$DB"
export CONSORTIA_TOKEN=${CONSORTIA_TOKEN:-demo-token}
cat <<MSG

Consortia is serving the synthetic demo data on http://$HOST:$PORT  (write token: \$CONSORTIA_TOKEN=$CONSORTIA_TOKEN)
Try, in another terminal:
  curl -s http://$HOST:$PORT/v1/health
  curl -s 'http://$HOST:$PORT/v1/organizations?kind=enterprise&leading=true&industry=ic&limit=3'
  curl -s 'http://$HOST:$PORT/v1/experts?title=academician&field=F04&limit=3'
  curl -s http://$HOST:$PORT/v1/taxonomy
MSG
exec build/consortia serve --db "$DB" --host "$HOST" --port "$PORT"
