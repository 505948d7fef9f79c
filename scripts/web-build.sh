#!/usr/bin/env bash
# Builds the web application into web/dist (served by `consortia serve` at /).
# Installs the npm packages exactly as web/package-lock.json pins them (npm ci,
# from the npm registry; nothing is fetched at run time). Works with Debian
# 12's Node 18 / npm 9 and with Node 20. Skips the build when web/dist is newer
# than every source file; --force builds anyway.
set -euo pipefail
cd "$(dirname "$0")/../web"

force=0
[ "${1:-}" = "--force" ] && force=1

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web-build: node and npm are needed (scripts/install-deps.sh installs Debian's nodejs and npm)" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 18 ]; then
  echo "web-build: Node $(node --version) is too old; 18 or newer is needed" >&2
  exit 1
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "web-build: npm ci" >&2
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
fi

stamp=dist/index.html
if [ "$force" -eq 0 ] && [ -f "$stamp" ] \
   && [ -z "$(find src index.html vite.config.js package-lock.json -newer "$stamp" -print -quit)" ]; then
  exit 0
fi
echo "web-build: vite build" >&2
npm run --silent build -- --logLevel warn
