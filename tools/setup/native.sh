#!/usr/bin/env bash
# Build the native-nlp addon and fetch its models. Idempotent and fast when already done:
# headers and models are cached (OSMOSE_CACHE_DIR, default ~/.cache/osmose); the addon is rebuilt only
# when its sources changed (hash stamp in packages/native-nlp/build/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${OSMOSE_CACHE_DIR:-$HOME/.cache/osmose}"
PKG="$ROOT/packages/native-nlp"
bash "$ROOT/tools/setup/ort-headers.sh"
HEADERS="$CACHE/ort-headers/1.21.0"
STAMP="$PKG/build/.source-hash"
HASH="$(cat "$PKG/CMakeLists.txt" "$PKG"/src/native/* | sha256sum | cut -c1-64)"
if [[ -f "$PKG/build/Release/osmose_native_nlp.node" && -f "$STAMP" && "$(cat "$STAMP")" == "$HASH" ]]; then
  echo "native-nlp: addon up to date"
else
  echo "native-nlp: building addon"
  ( cd "$PKG" && npx --no-install cmake-js compile --out build --CDORT_INCLUDE_DIR="$HEADERS" ${CMAKE_JS_FLAGS:-} >"$PKG/build.log" 2>&1 ) \
    || { tail -40 "$PKG/build.log"; echo "native-nlp: build failed (full log: $PKG/build.log)"; exit 1; }
  echo "$HASH" > "$STAMP"
  echo "native-nlp: built $PKG/build/Release/osmose_native_nlp.node"
fi
( cd "$ROOT" && node --import tsx tools/models/install.ts )
