#!/usr/bin/env bash
# Installs what slide rendering needs: LibreOffice Impress (headless PDF export), poppler (pdftoppm,
# pdfinfo) and the metric-compatible Carlito/Caladea fonts (for Calibri/Cambria decks).
# Idempotent and fast when everything is present; records success in the cache dir.
set -euo pipefail

CACHE_DIR="${OSMOSE_CACHE_DIR:-$HOME/.cache/osmose}"
STAMP="$CACHE_DIR/setup/render.ok"
PKGS=(libreoffice-impress poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea)

have_all() {
  command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || return 1
  if command -v dpkg-query >/dev/null 2>&1; then
    for p in fonts-crosextra-carlito fonts-crosextra-caladea; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || return 1
    done
  fi
  return 0
}

if have_all; then
  mkdir -p "$(dirname "$STAMP")" && touch "$STAMP"
  echo "render: soffice, pdftoppm and fonts present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "render: apt-get not available; install ${PKGS[*]} with your package manager" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
echo "render: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
have_all || { echo "render: installation incomplete" >&2; exit 1; }
mkdir -p "$(dirname "$STAMP")" && touch "$STAMP"
echo "render: ready"
