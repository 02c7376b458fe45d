/**
 * loadModel(): validates options, reads the model folder, loads the addon and returns an NlpModel
 * that satisfies core's Embedder and TokenClassifier ports.
 */
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { NATIVE_DEFAULTS } from './defaults.js';
import { NativeError } from './errors.js';
import { downloadFromHub, isHubRepoId } from './hub.js';
import { binding } from './internal/binding.js';
import { resolveOrtLibrary } from './internal/ort-library.js';
import { readTokenizerSpec, type TokenizerSpec } from './internal/tokenizer-spec.js';
import { readModelConfig, resolveModelFolder, type ModelConfig } from './model-folder.js';
import { NlpModel } from './nlp-model.js';

export type Device = 'auto' | 'cpu' | 'cuda';
export type Task = 'embedding' | 'token-classification';

export interface LoadModelOptions {
  /** Model folder (model.onnx + tokenizer.json + config.json), a model name under <cache>/models, or an HF repo id. */
  path: string;
  /** Default: the folder's config.json task, else 'embedding'. */
  task?: Task;
  /** Default 'auto': CUDA when the ONNX Runtime build has it, else CPU (logged). */
  device?: Device;
  /** CUDA device id. Default 0. */
  deviceId?: number;
  /**
   * Padded tokens per inference batch (rows x longest row), on any provider. Default: 16384 on CUDA; on the CPU
   * 1024 per intra-op thread (at most 16384), which keeps a batch's activations near the cores' caches. At least
   * maxLength either way.
   */
  maxBatchTokens?: number;
  /** Rows per inference batch. Default 256. */
  maxBatchSize?: number;
  /** Tokens per text including special tokens; longer texts are truncated. Default: config maxLength (else 512). */
  maxLength?: number;
  /** CUDA only: I/O binding with page-locked host buffers for inputs and outputs. Default true. */
  pinnedHostBuffers?: boolean;
  /** Intra-op threads. Default: all cores. */
  threads?: number;
  /** libonnxruntime path. Default: OSMOSE_ORT_LIB, else onnxruntime-node's library. */
  ortLibraryPath?: string;
  /** Let idle ONNX Runtime threads spin between ops (lower latency, burns CPU). Default true; turn off on busy machines. */
  allowSpinning?: boolean;
  /** Override config pooling ('mean' | 'cls') and normalisation. */
  pooling?: 'mean' | 'cls';
  normalize?: boolean;
  /** Wait this long (ms) to merge concurrent embed() calls into one native call. Default 0 (same tick). */
  coalesceMs?: number;
  /** Where the CUDA fallback and similar notes go. Default: one line on stderr. */
  log?: (message: string) => void;
}

function int(name: string, v: unknown, min: number, max: number, def: number): number {
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new NativeError(
      'OSM_NATIVE_BAD_OPTION',
      `${name} must be an integer in [${min}, ${max}], got ${String(v)}`,
    );
  }
  return v;
}

/**
 * Validates options against NATIVE_DEFAULTS and builds the complete flat object the addon takes
 * (internal: loadModel uses it; tests use it to call the addon with a field removed).
 */
export async function nativeLoadOptions(
  options: LoadModelOptions,
): Promise<{ flat: NativeLoadOptions; config: ModelConfig; folder: string }> {
  if (!options || typeof options !== 'object')
    throw new NativeError('OSM_NATIVE_BAD_OPTION', 'loadModel expects an options object');
  if (typeof options.path !== 'string' || options.path.length === 0)
    throw new NativeError('OSM_NATIVE_BAD_OPTION', 'path must be a non-empty string');
  const D = NATIVE_DEFAULTS;
  const device = options.device ?? D.device;
  if (!['auto', 'cpu', 'cuda'].includes(device))
    throw new NativeError('OSM_NATIVE_BAD_OPTION', `device must be auto, cpu or cuda, got ${String(device)}`);
  if (options.task !== undefined && options.task !== 'embedding' && options.task !== 'token-classification') {
    throw new NativeError(
      'OSM_NATIVE_BAD_OPTION',
      `task must be 'embedding' or 'token-classification', got ${String(options.task)}`,
    );
  }
  if (options.pooling !== undefined && options.pooling !== 'mean' && options.pooling !== 'cls')
    throw new NativeError('OSM_NATIVE_BAD_OPTION', 'pooling must be mean or cls');
  const folder =
    isHubRepoId(options.path) && !options.path.startsWith('.')
      ? await downloadFromHub(options.path)
      : resolveModelFolder(options.path);
  const config = readModelConfig(folder);
  const task = options.task ?? config.task ?? 'embedding';
  if (task === 'token-classification' && (!config.labels || config.labels.length === 0)) {
    throw new NativeError(
      'OSM_NATIVE_MODEL_INVALID',
      `${folder}/config.json has no labels (id2label) for token classification`,
    );
  }
  const maxLength = int('maxLength', options.maxLength, 3, 8192, config.maxLength);
  const maxBatchTokens = int(
    'maxBatchTokens',
    options.maxBatchTokens,
    maxLength,
    1 << 24,
    Math.max(D.maxBatchTokens, maxLength),
  );
  const threads = int('threads', options.threads, 0, 1024, cpus().length);
  // the CPU budget follows the thread count (0 = ONNX Runtime's choice: all cores); an explicit maxBatchTokens wins
  const cpuMaxBatchTokens =
    options.maxBatchTokens !== undefined
      ? maxBatchTokens
      : Math.max(
          maxLength,
          Math.min(maxBatchTokens, D.cpuBatchTokensPerThread * (threads || availableParallelism())),
        );
  for (const key of ['allowSpinning', 'normalize', 'pinnedHostBuffers'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean')
      throw new NativeError('OSM_NATIVE_BAD_OPTION', `${key} must be a boolean`);
  }
  // Every field the addon reads, always present (the addon has no defaults of its own).
  const flat: NativeLoadOptions = {
    modelPath: join(folder, 'model.onnx'),
    ortLibraryPath: resolveOrtLibrary(options.ortLibraryPath),
    task,
    device,
    deviceId: int('deviceId', options.deviceId, 0, 64, D.deviceId),
    threads,
    maxLength,
    maxBatchTokens,
    cpuMaxBatchTokens,
    maxBatchSize: int('maxBatchSize', options.maxBatchSize, 1, 65536, D.maxBatchSize),
    allowSpinning: options.allowSpinning ?? D.allowSpinning,
    pinnedHostBuffers: options.pinnedHostBuffers ?? D.pinnedHostBuffers,
    pooling: options.pooling ?? config.pooling,
    normalize: options.normalize ?? config.normalize,
    labels: config.labels ?? [],
    tokenizer: readTokenizerSpec(join(folder, 'tokenizer.json')),
  };
  return { flat, config, folder };
}

export type NativeLoadOptions = {
  modelPath: string;
  ortLibraryPath: string;
  task: Task;
  device: Device;
  deviceId: number;
  threads: number;
  maxLength: number;
  /** Padded tokens per batch when the session runs on CUDA. */
  maxBatchTokens: number;
  /** Padded tokens per batch when it runs on the CPU provider (device cpu, or auto without CUDA). */
  cpuMaxBatchTokens: number;
  maxBatchSize: number;
  allowSpinning: boolean;
  pinnedHostBuffers: boolean;
  pooling: 'mean' | 'cls';
  normalize: boolean;
  labels: string[];
  tokenizer: TokenizerSpec;
};

export async function loadModel(options: LoadModelOptions): Promise<NlpModel> {
  const { flat, config, folder } = await nativeLoadOptions(options);
  const { device, task } = flat;
  const D = NATIVE_DEFAULTS;
  const handle = await binding().loadModel(flat);
  const info = handle.info();
  if (info.provider === 'cpu' && device === 'auto' && info.fallbackReason) {
    (options.log ?? ((m: string) => process.stderr.write(m + '\n')))(
      `native-nlp: CUDA not used for ${config.name} (${info.fallbackReason.split('\n')[0]}); running on CPU with ${flat.threads} threads`,
    );
  }
  return new NlpModel(handle, {
    name: config.name,
    folder,
    task,
    labels: config.labels ?? [],
    threads: flat.threads,
    coalesceMs: options.coalesceMs ?? D.coalesceMs,
    queryPrefix: config.queryPrefix,
  });
}
