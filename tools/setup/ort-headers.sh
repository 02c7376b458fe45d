#!/usr/bin/env bash
# Fetch the official ONNX Runtime C/C++ API headers into the cache (never into the repo).
# Route: Debian's libonnxruntime-dev (trixie, 1.21.0 <= the 1.30 library we load: the C API is
# append-only and versioned, so older headers are ABI-compatible with a newer library).
# (Microsoft's Android AAR on Maven Central, the route named in issue 3, is not served by the
# registry this machine reaches: every onnxruntime-android version answers 404.)
# Uses apt-get with a private sources list and state dir: the system's apt config is untouched.
set -euo pipefail
CACHE="${OSMOSE_CACHE_DIR:-$HOME/.cache/osmose}"
VER="1.21.0+dfsg-1"
SHA256="14f7d959d5deacbcf1504830d4189f91fc67382b399ed9ae9d3aa9c4050ced08"
DEST="$CACHE/ort-headers/1.21.0"
if [[ -f "$DEST/onnxruntime_c_api.h" && -f "$DEST/.sha256" && "$(cat "$DEST/.sha256")" == "$SHA256" ]]; then
  echo "ort-headers: cached at $DEST"; exit 0
fi
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/lists/partial" "$WORK/archives/partial" "$WORK/etc/preferences.d"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" > "$WORK/etc/sources.list"
APT=(-o "Dir::Etc::sourcelist=$WORK/etc/sources.list" -o "Dir::Etc::sourceparts=-"
     -o "Dir::Etc::preferencesparts=$WORK/etc/preferences.d"
     -o "Dir::State::Lists=$WORK/lists" -o "Dir::Cache::archives=$WORK/archives"
     -o "Dir::State::status=/dev/null" -o "APT::Get::List-Cleanup=0" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
apt-get "${APT[@]}" -qq update
( cd "$WORK" && apt-get "${APT[@]}" -qq download "libonnxruntime-dev=$VER" )
DEB="$(ls "$WORK"/libonnxruntime-dev_*.deb)"
echo "$SHA256  $DEB" | sha256sum -c --quiet -
mkdir -p "$WORK/x" && dpkg-deb -x "$DEB" "$WORK/x"
SRC="$(dirname "$(find "$WORK/x" -name onnxruntime_c_api.h | head -1)")"
mkdir -p "$DEST" && cp "$SRC"/*.h "$DEST"/
echo "$SHA256" > "$DEST/.sha256"
echo "ort-headers: installed $VER into $DEST"
