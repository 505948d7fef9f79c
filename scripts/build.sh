#!/usr/bin/env bash
# Configures and builds (Release) into ./build, then the web application into
# web/dist. Used by both README commands.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" "$@"
# The web application served at / (web/dist), from the npm registry.
scripts/web-build.sh
