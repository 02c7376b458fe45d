#!/usr/bin/env bash
# Makes sure Prometheus and promtool (Debian package prometheus) are installed for the server's metrics
# tests (promtool check rules on ops/, a real Prometheus scraping a running server). Idempotent: a no-op
# when both are on PATH. Prints the prometheus path.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  command -v prometheus
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
  echo "prometheus.sh: installing prometheus from apt" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends prometheus >&2
  # The Debian package starts a system service; the tests start their own on free ports.
  if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now prometheus prometheus-node-exporter >/dev/null 2>&1 || true; fi
  command -v prometheus
  exit 0
fi
echo "prometheus.sh: prometheus not found and apt-get is unavailable; install Prometheus 2.x (prometheus + promtool on PATH)" >&2
exit 1
