#!/usr/bin/env bash
# Makes sure Debian's chromium is installed for the web app's browser tests (puppeteer-core drives it headless).
# Idempotent: a no-op when chromium is already on PATH. Prints the chromium path.
set -euo pipefail

for c in chromium chromium-browser; do
  if command -v "$c" >/dev/null 2>&1; then command -v "$c"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
  echo "chromium.sh: installing chromium from apt" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
  command -v chromium
  exit 0
fi
echo "chromium.sh: chromium not found and apt-get is unavailable; the browser tests will skip (install Chromium and put chromium on PATH)" >&2
exit 1
