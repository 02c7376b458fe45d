#!/usr/bin/env bash
# Makes sure redis-server (Debian package redis-server) is installed for the integration tests.
# Idempotent: a no-op when redis-server is already on PATH. Prints the redis-server path.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  command -v redis-server
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
  echo "redis.sh: installing redis-server from apt" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends redis-server >&2
  # The Debian package starts a system service; the tests start their own servers on free ports.
  if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true; fi
  command -v redis-server
  exit 0
fi
echo "redis.sh: redis-server not found and apt-get is unavailable; install Redis 6+ and put redis-server on PATH" >&2
exit 1
