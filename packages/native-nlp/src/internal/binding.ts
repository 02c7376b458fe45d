/** Loads the compiled addon (packages/native-nlp/build/Release) once and wires its error class. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeError, NativeTypeError } from '../errors.js';

export interface NativeEmbedResult {
  data: Float32Array;
  n: number;
  dim: number;
  stats: {
    tokens: number;
    paddedTokens: number;
    batches: number;
    tokenizeMs: number;
    inferMs: number;
    poolMs: number;
  };
}
export interface NativeSpan {
  start: number;
  end: number;
  label: string;
  score: number;
}
export interface NativeEncoding {
  ids: Int32Array;
  start: Int32Array;
  end: Int32Array;
}
export interface NativeInfo {
  provider: string;
  fallbackReason: string;
  ortVersion: string;
  ortApiVersion: number;
  modelPath: string;
  task: string;
  dim: number;
  maxLength: number;
  /** Padded tokens per batch on the provider in use (CUDA: maxBatchTokens; CPU: cpuMaxBatchTokens). */
  maxBatchTokens: number;
  maxBatchSize: number;
  pooling: string;
  /** CUDA: inputs/outputs in page-locked host buffers through I/O binding; false on CPU. */
  pinnedHostBuffers: boolean;
  /** Why pinned buffers were asked for and not used (empty otherwise). */
  pinnedNote: string;
}
/** Cancels one native call: terminates the ONNX Runtime run in progress and skips the rest. */
export interface NativeRunControl {
  cancel(): void;
  cancelled(): boolean;
}
export interface NativeModelHandle {
  embed(texts: string[], control?: NativeRunControl): Promise<NativeEmbedResult>;
  classify(texts: string[], control?: NativeRunControl): Promise<NativeSpan[][]>;
  encode(texts: string[], maxLength?: number): Promise<NativeEncoding[]>;
  info(): NativeInfo;
  dispose(): void;
  inFlight(): number;
}
export interface NativeBinding {
  loadModel(options: Record<string, unknown>): Promise<NativeModelHandle>;
  createRunControl(): NativeRunControl;
  setErrorClass(ctor: unknown): void;
  nearest(
    matrix: Float32Array,
    dim: number,
    rows: number,
    queries: Float32Array,
    k: number,
    alive: Uint8Array | null,
  ): { index: Int32Array; score: Float32Array };
}

const here = dirname(fileURLToPath(import.meta.url));
const FILE = join('build', 'Release', 'osmose_native_nlp.node');

/** OSMOSE_NATIVE_ADDON, else the package's build/ (also found from a bundled app: walks up). */
function locateAddon(): string {
  if (process.env.OSMOSE_NATIVE_ADDON) return process.env.OSMOSE_NATIVE_ADDON;
  const own = join(here, '..', '..', FILE);
  if (existsSync(own)) return own;
  for (let dir = here; ; dir = dirname(dir)) {
    for (const c of [
      join(dir, 'packages', 'native-nlp', FILE),
      join(dir, 'node_modules', '@osmose', 'native-nlp', FILE),
    ]) {
      if (existsSync(c)) return c;
    }
    if (dirname(dir) === dir) return own;
  }
}

export const ADDON_PATH = locateAddon();

let cached: NativeBinding | null = null;

export function addonBuilt(): boolean {
  return existsSync(ADDON_PATH);
}

export function binding(): NativeBinding {
  if (cached) return cached;
  if (!addonBuilt())
    throw new NativeError(
      'OSM_NATIVE_NOT_BUILT',
      `native-nlp addon not built (${ADDON_PATH} missing); run tools/setup/native.sh`,
    );
  const require = createRequire(import.meta.url);
  const b = require(ADDON_PATH) as NativeBinding;
  // Errors thrown or rejected by C++ are built here: (code, message, kind); kind 'TypeError' for a
  // missing or mistyped options field.
  b.setErrorClass(function makeNativeError(code: string, message: string, kind?: string) {
    return kind === 'TypeError' ? new NativeTypeError(code, message) : new NativeError(code, message);
  });
  cached = b;
  return b;
}
