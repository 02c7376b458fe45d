#!/usr/bin/env bash
# The native addon on a GPU: one prepared script for both machines.
#
# Here (no GPU needed):
#   bash bench/gpu/run.sh --cpu-only [--results]   CPU half: parity harness (CPU vs CPU, and vs onnxruntime-node),
#                                                 CPU embeddings/s and the 250-slide nlp phase, through the same
#                                                 bundled driver and Node binary the device uses; --results also
#                                                 copies gpu.json/gpu.md into bench/results/
#   bash bench/gpu/run.sh --pack                   builds the payload (ONNX Runtime GPU build, Node 20, addon,
#                                                 models, inputs, bundled driver) as .gpu-xfer/cNN chunk folders
#                                                 of at most 60 MiB and prints the device calls to make
#   bash bench/gpu/run.sh --local                  the device path from those chunks, on this machine, CPU only
#                                                 (join, verify, unpack, load ORT from the GPU wheel, run)
# On the device machine (one call per chunk, back to back while the machine is warm; see docs/models.md):
#   bash bench/gpu/run.sh --receive cNN            verifies chunk NN and moves it out of the tree (/tmp/osmose-gpu)
#   bash bench/gpu/run.sh --device                 (the last call, carrying the last chunk) joins, verifies and
#                                                 unpacks the payload, finds the CUDA 13 libraries of the image's
#                                                 Python wheels, runs the whole benchmark CPU vs CUDA into $OUT
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CACHE="${OSMOSE_CACHE_DIR:-$HOME/.cache/osmose}"
XFER="$ROOT/.gpu-xfer"
DEV_DIR="${OSMOSE_GPU_DIR:-/tmp/osmose-gpu}"
OUT_DIR="${OUT:-$ROOT/bench/results/tmp/gpu}"
ORT_GPU_VERSION=1.30.0   # onnxruntime-gpu on PyPI: built for CUDA 13 (cuBLAS 13, cuDNN 9 for CUDA 13)
ORT_GPU_WHEEL="onnxruntime_gpu-${ORT_GPU_VERSION}-cp312-cp312-manylinux_2_28_x86_64.whl"
ORT_GPU_SHA256=6acc0f4b3d5ac5f2984432faa59dd8fcce6775f8b43a7140afa0f322c7a703b1
CHUNK_BYTES=$((${CHUNK_MIB:-54} * 1024 * 1024))  # + the working tree (~7 MiB now: bench results) stays under the 64 MiB a device call carries
MODELS="all-minilm-l6-v2 all-minilm-l6-v2-q osmose-ner-tiny"
OPTIONAL_MODELS="osmose-terms-enfr"  # the shipped NER/term model, when setup installed it
ADDON="$ROOT/packages/native-nlp/build/Release/osmose_native_nlp.node"

say() { echo "gpu-bench: $*"; }

# The driver and its TypeScript imports as one ESM file (no node_modules on the device).
bundle() {
  local out="$1"
  node -e "
    const { build } = require('esbuild');
    build({ entryPoints: ['bench/gpu/gpu-bench.ts'], outfile: '$out', bundle: true, platform: 'node', format: 'esm',
      target: 'node20', external: ['onnxruntime-node', 'fflate'], logLevel: 'warning',
      banner: { js: \"import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);\" } })
      .catch((e) => { console.error(e.message); process.exit(1); });"
}

inputs() {
  local out="$1"
  [[ -s "$out" ]] || npx --no-install tsx bench/gpu/inputs.ts "$out"
}

cpu_only() {
  [[ -f "$ADDON" ]] || { say "addon not built: run tools/setup/native.sh"; exit 1; }
  local work="$ROOT/bench/results/tmp/gpu-work"
  mkdir -p "$work"
  inputs "$work/inputs.json"
  bundle "$work/gpu-bench.mjs"
  # same bundle and node as the device; ORT: onnxruntime-node's CPU build (or OSMOSE_ORT_LIB)
  OSMOSE_NATIVE_ADDON="$ADDON" node "$work/gpu-bench.mjs" --inputs "$work/inputs.json" --out "$OUT_DIR" \
    --devices cpu --cpu-threads "${CPU_THREADS:-2}" --reference --probe-cuda --label "CPU half only; no device lent to this issue" "$@"
  say "results in $OUT_DIR"
  if [[ "${RESULTS:-0}" == 1 ]]; then cp "$OUT_DIR/gpu.json" "$OUT_DIR/gpu.md" "$ROOT/bench/results/"; say "copied to bench/results/gpu.{json,md}"; fi
}

pack() {
  [[ -f "$ADDON" ]] || { say "addon not built: run tools/setup/native.sh"; exit 1; }
  grep -qx '/.gpu-xfer/' "$ROOT/.git/info/exclude" 2>/dev/null || echo '/.gpu-xfer/' >> "$ROOT/.git/info/exclude"
  local wheels="$CACHE/gpu" stage="$XFER/stage"
  mkdir -p "$wheels"
  if [[ ! -f "$wheels/$ORT_GPU_WHEEL" ]]; then
    say "downloading onnxruntime-gpu $ORT_GPU_VERSION (PyPI, ~250 MB, once)"
    python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
      --platform manylinux_2_28_x86_64 -d "$wheels" "onnxruntime-gpu==$ORT_GPU_VERSION" >/dev/null
  fi
  echo "$ORT_GPU_SHA256  $wheels/$ORT_GPU_WHEEL" | sha256sum -c --quiet
  rm -rf "$XFER" && mkdir -p "$stage/ort" "$stage/node" "$stage/addon" "$stage/cache/models"
  # the C API library and the CUDA provider of the same build (the Python module itself is not needed)
  python3 - "$wheels/$ORT_GPU_WHEEL" "$stage/ort" <<'EOF'
import sys, zipfile, os
wheel, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for n in z.namelist():
        b = os.path.basename(n)
        if n.startswith('onnxruntime/capi/') and (b.startswith('libonnxruntime.so') or b in ('libonnxruntime_providers_cuda.so', 'libonnxruntime_providers_shared.so')):
            with z.open(n) as src, open(os.path.join(dest, b), 'wb') as out:
                out.write(src.read())
            os.chmod(os.path.join(dest, b), 0o755)
EOF
  ln -sf "libonnxruntime.so.$ORT_GPU_VERSION" "$stage/ort/libonnxruntime.so.1"
  cp "$(command -v node)" "$stage/node/node"
  "$stage/node/node" --version | grep -q '^v20\.' || say "warning: the carried Node is not Node 20"
  cp "$ADDON" "$stage/addon/"
  for m in $MODELS $OPTIONAL_MODELS; do
    if [[ ! -d "$CACHE/models/$m" ]]; then
      [[ " $OPTIONAL_MODELS " == *" $m "* ]] && continue
      say "model $m missing in $CACHE/models (npm run setup)"; exit 1
    fi
    mkdir -p "$stage/cache/models/$m" && cp "$CACHE/models/$m"/{model.onnx,tokenizer.json,config.json} "$stage/cache/models/$m/"
  done
  inputs "$stage/inputs.json"
  bundle "$stage/gpu-bench.mjs"
  (cd "$stage" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
  # the compressed payload is cached by content (same addon, models, inputs and driver: no second xz run)
  local key cached
  key=$(sha256sum "$stage/SHA256SUMS" | cut -c1-16)
  cached="$wheels/payload-$key.tar.xz"
  if [[ -s "$cached" ]]; then
    say "payload unchanged: reusing $cached"
  else
    say "compressing $(du -sh "$stage" | cut -f1) with xz -${XZ_LEVEL:-9} (on a loaded 2-core machine this takes tens of minutes; XZ_LEVEL=6 is faster, slightly larger)"
    rm -f "$wheels"/payload-*.tar.xz
    tar -C "$stage" --sort=name --mtime=@0 --owner=0 --group=0 -cf - . | xz "-${XZ_LEVEL:-9}" -T2 > "$cached.tmp"
    mv "$cached.tmp" "$cached"
  fi
  cp "$cached" "$XFER/payload.tar.xz"
  local total sum n i
  total=$(stat -c %s "$XFER/payload.tar.xz")
  sum=$(sha256sum "$XFER/payload.tar.xz" | cut -d' ' -f1)
  split -b "$CHUNK_BYTES" -d -a 2 "$XFER/payload.tar.xz" "$XFER/part-"
  n=$(ls "$XFER"/part-* | wc -l)
  i=0
  for p in "$XFER"/part-*; do
    i=$((i + 1))
    local dir; dir="$XFER/c$(printf %02d "$i")"
    mkdir -p "$dir" && mv "$p" "$dir/"
    (cd "$dir" && sha256sum part-* > part.sha256)
    printf 'parts=%s\nbytes=%s\nsha256=%s\n' "$n" "$total" "$sum" > "$dir/manifest"
  done
  rm -rf "$stage" "$XFER/payload.tar.xz"
  say "payload: $total bytes (sha256 $sum) in $n chunk(s) under .gpu-xfer/"
  say "device calls, back to back (the machine stays warm 30 s after a call):"
  for ((i = 1; i < n; i++)); do
    printf '  run(carry=[".gpu-xfer/c%02d"], command="bash bench/gpu/run.sh --receive c%02d", timeout_s=120)\n' "$i" "$i"
  done
  printf '  run(carry=[".gpu-xfer/c%02d"], command="bash bench/gpu/run.sh --receive c%02d --device", timeout_s=540)\n' "$n" "$n"
}

# Device: check one chunk and keep it outside the working tree (files there persist while the machine is warm).
receive() {
  local c="$1" src="$XFER/$1"
  [[ -d "$src" ]] || { say "chunk folder .gpu-xfer/$c did not travel (name it in carry)"; exit 2; }
  mkdir -p "$DEV_DIR/chunks"
  (cd "$src" && sha256sum -c --quiet part.sha256) || { say "chunk $c corrupt in transit"; exit 3; }
  mv "$src"/part-* "$DEV_DIR/chunks/" && cp "$src/manifest" "$DEV_DIR/manifest"
  local have; have=$(ls "$DEV_DIR/chunks" | wc -l)
  say "chunk $c ok; $have of $(sed -n 's/^parts=//p' "$DEV_DIR/manifest") held in $DEV_DIR/chunks"
  if [[ "$have" == 1 ]]; then preflight; fi
}

preflight() {
  say "preflight: $(uname -m), $(ldd --version 2>&1 | head -1), python3 $(python3 -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || echo none)"
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | sed 's/^/gpu-bench: gpu: /' || true
  say "CUDA libraries from the image's wheels: $(cuda_lib_dirs | tr ':' ' ')"
  df -h /tmp | tail -1 | sed 's/^/gpu-bench: disk: /'
  command -v xz >/dev/null && say "xz: yes" || say "xz: no (python3 lzma unpacks)"
}

# The lib folders of the nvidia-* wheels (cuBLAS 13, cuDNN 9 for CUDA 13, cudart, cuFFT, cuRAND, nvrtc).
cuda_lib_dirs() {
  python3 - <<'EOF' 2>/dev/null || true
import os
dirs = set()
try:
    import nvidia
    for base in list(nvidia.__path__):
        for root, _, files in os.walk(base):
            if any(f.startswith('lib') and '.so' in f for f in files):
                dirs.add(root)
except Exception:
    pass
print(':'.join(sorted(dirs)))
EOF
}

unpack() {
  local m="$DEV_DIR/manifest" n sum
  [[ -f "$m" ]] || { say "no chunks received"; exit 4; }
  n=$(sed -n 's/^parts=//p' "$m"); sum=$(sed -n 's/^sha256=//p' "$m")
  for ((i = 0; i < n; i++)); do
    [[ -f "$DEV_DIR/chunks/part-$(printf %02d "$i")" ]] || { say "chunk c$(printf %02d $((i + 1))) missing: the machine went cold between calls? send all chunks again"; exit 5; }
  done
  cat "$DEV_DIR"/chunks/part-* > "$DEV_DIR/payload.tar.xz"
  echo "$sum  $DEV_DIR/payload.tar.xz" | sha256sum -c --quiet || { say "joined payload does not match its sha256"; exit 6; }
  rm -rf "$DEV_DIR/p" && mkdir -p "$DEV_DIR/p"
  if command -v xz >/dev/null; then tar -C "$DEV_DIR/p" -xJf "$DEV_DIR/payload.tar.xz"
  else python3 -c "import tarfile,sys; tarfile.open(sys.argv[1], 'r:xz').extractall(sys.argv[2])" "$DEV_DIR/payload.tar.xz" "$DEV_DIR/p"; fi
  (cd "$DEV_DIR/p" && sha256sum -c --quiet SHA256SUMS) || { say "unpacked files do not match SHA256SUMS"; exit 7; }
  rm -f "$DEV_DIR/payload.tar.xz"
  say "payload unpacked in $DEV_DIR/p ($(du -sh "$DEV_DIR/p" | cut -f1))"
}

device_run() {
  local devices="$1" label="$2" p="$DEV_DIR/p"
  local libs; libs="$(cuda_lib_dirs)"
  export LD_LIBRARY_PATH="$p/ort${libs:+:$libs}:/usr/local/nvidia/lib64:/usr/local/cuda/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  if [[ "$devices" == *cuda* ]]; then
    local missing; missing=$(ldd "$p/ort/libonnxruntime_providers_cuda.so" | grep 'not found' || true)
    [[ -z "$missing" ]] && say "CUDA provider: all libraries found" || say "CUDA provider: missing $missing"
  fi
  mkdir -p "$OUT_DIR"
  # the bundled driver keeps two packages external: fflate (pure JS, carried from node_modules by the last call)
  # and onnxruntime-node (only the --reference section imports it; on the device a stub stands in)
  mkdir -p "$p/node_modules/onnxruntime-node"
  [[ -d "$ROOT/node_modules/fflate" && ! -d "$p/node_modules/fflate" ]] && cp -r "$ROOT/node_modules/fflate" "$p/node_modules/"
  [[ -f "$p/node_modules/onnxruntime-node/package.json" ]] || {
    echo '{"name":"onnxruntime-node","type":"module","exports":"./index.js"}' > "$p/node_modules/onnxruntime-node/package.json"
    echo 'export {};' > "$p/node_modules/onnxruntime-node/index.js"
  }
  set -o pipefail
  OSMOSE_ORT_LIB="$p/ort/libonnxruntime.so.$ORT_GPU_VERSION" OSMOSE_NATIVE_ADDON="$p/addon/osmose_native_nlp.node" OSMOSE_CACHE_DIR="$p/cache" \
    "$p/node/node" "$p/gpu-bench.mjs" --inputs "$p/inputs.json" --out "$OUT_DIR" --devices "$devices" \
    --cpu-threads "${CPU_THREADS:-2}" --probe-cuda --label "$label" ${BENCH_ARGS:-} 2>&1 | tee "$OUT_DIR/gpu-bench.log"
}

local_run() {
  [[ -f "$XFER/c01/manifest" ]] || { say "no chunks: run --pack first"; exit 1; }
  DEV_DIR="$ROOT/bench/results/tmp/gpu-dev"
  OUT_DIR="${OUT:-$ROOT/bench/results/tmp/gpu-local}"
  rm -rf "$DEV_DIR" && mkdir -p "$DEV_DIR/chunks"
  for d in "$XFER"/c*/; do
    (cd "$d" && sha256sum -c --quiet part.sha256)
    cp "$d"/part-* "$DEV_DIR/chunks/" && cp "$d/manifest" "$DEV_DIR/manifest"
  done
  unpack
  BENCH_ARGS="${BENCH_ARGS:---quick --batches 64 --models all-minilm-l6-v2-q}" device_run cpu "transfer plan proven locally: the device path (payload from the chunks, ORT ${ORT_GPU_VERSION} GPU build) on CPU"
}

mode="${1:---cpu-only}"
case "$mode" in
  --cpu-only) shift || true; [[ "${1:-}" == --results ]] && { RESULTS=1; shift; }; cpu_only "$@" ;;
  --pack) pack ;;
  --local) local_run ;;
  --receive)
    receive "$2"
    if [[ "${3:-}" == --device ]]; then unpack; device_run cpu,cuda "device run"; fi ;;
  --device) unpack; device_run cpu,cuda "device run" ;;
  *) sed -n '2,21p' "$0"; exit 1 ;;
esac
