#!/usr/bin/env bash
# Installs the Debian 12 packages Consortia builds and runs with. Idempotent:
# prints nothing and touches nothing when everything is already installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git ca-certificates curl
  libfaiss-dev libeigen3-dev libcpp-httplib-dev nlohmann-json3-dev
  libsqlite3-dev sqlite3 libgtest-dev
  python3 python3-jsonschema  # tests: answers checked against api/openapi.json
  chromium fonts-noto-cjk
  python3-numpy python3-pandas python3-matplotlib python3-scipy
  jupyter-nbconvert python3-nbformat python3-ipykernel
)
# The web application is built with Node >= 18 and npm (Debian 12: nodejs 18,
# npm 9). A machine that already has a node and npm keeps them: NodeSource's
# nodejs conflicts with Debian's npm.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
