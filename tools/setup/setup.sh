#!/usr/bin/env bash
# `npm run setup`: installs everything OSMOSE Ingest needs, idempotently, caching under
# ${OSMOSE_CACHE_DIR:-~/.cache/osmose}. A second run is a fast no-op.
#   tools/setup/setup.sh            base: npm packages, system tools, native addon, models, CLI build
#   tools/setup/setup.sh --test     also the test servers (Redis, Neo4j launcher)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export OSMOSE_CACHE_DIR="${OSMOSE_CACHE_DIR:-$HOME/.cache/osmose}"
STAMPS="$OSMOSE_CACHE_DIR/stamps"
mkdir -p "$STAMPS"
WITH_TEST=0
[[ "${1:-}" == "--test" ]] && WITH_TEST=1
t0=$(date +%s)
step() { printf '\033[1m› %s\033[0m\n' "$*" >&2; }

node -e 'const [M]=process.versions.node.split(".").map(Number); if (M<20) { console.error("Node 20+ is required, found "+process.version); process.exit(1) }'

# 1. npm packages (npm's own cache makes a re-install offline-fast; skipped when the lock is unchanged)
LOCK_HASH="$(sha256sum package-lock.json | cut -c1-16)"
if [[ ! -f node_modules/.osmose-lock && -d node_modules ]] || [[ "$(cat node_modules/.osmose-lock 2>/dev/null)" != "$LOCK_HASH" ]]; then
  step "npm ci"
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$LOCK_HASH" > node_modules/.osmose-lock
fi

# 2. system tools from Debian (LibreOffice + poppler + fonts for rendering)
for s in render redis prometheus; do
  if [[ -x tools/setup/$s.sh ]] || [[ -f tools/setup/$s.sh ]]; then
    if [[ ( $s == redis || $s == prometheus ) && $WITH_TEST == 0 ]]; then continue; fi
    step "system: $s"; bash tools/setup/$s.sh >&2
  fi
done

# browser for the web app's tests: a failure only makes those tests skip (loudly), so it does not stop the setup
if [[ $WITH_TEST == 1 ]]; then
  step "system: chromium"
  bash tools/setup/chromium.sh >&2 || printf '\033[33m! chromium could not be installed (see above): the web app browser tests will skip\033[0m\n' >&2
fi

# 3. native addon: ONNX Runtime headers, compile, models
if [[ -f tools/setup/native.sh ]]; then step "native addon + models"; bash tools/setup/native.sh >&2; fi

# 4. test servers
if [[ $WITH_TEST == 1 && -f tools/setup/neo4j.sh ]]; then step "Neo4j test server"; bash tools/setup/neo4j.sh >&2 >/dev/null; fi

# 5. bundle the apps (osmose CLI, server)
SRC_HASH="$(find packages/*/src tools/bundle -type f \( -name '*.ts' -o -name '*.mjs' \) -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)"
if [[ "$(cat packages/cli/dist/.src-hash 2>/dev/null)" != "$SRC_HASH" ]]; then
  step "bundle apps"; node tools/bundle/build.mjs >&2
  echo "$SRC_HASH" > packages/cli/dist/.src-hash
fi

# 6. the web app (static files that osmose serve serves at /)
WEB_HASH="$(find packages/web/src packages/web/index.html packages/web/vite.config.ts packages/web/package.json -type f -print0 2>/dev/null | sort -z | xargs -0 cat | sha256sum | cut -c1-16)"
if [[ -f packages/web/package.json && "$(cat packages/web/dist/.src-hash 2>/dev/null)" != "$WEB_HASH" ]]; then
  step "build web app"; npm run build -w packages/web --silent >&2
  echo "$WEB_HASH" > packages/web/dist/.src-hash
fi
printf '\033[32m✔ setup complete\033[0m (%ss; cache %s)\n' "$(( $(date +%s) - t0 ))" "$OSMOSE_CACHE_DIR" >&2
