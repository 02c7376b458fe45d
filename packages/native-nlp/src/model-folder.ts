/** An HF-style model folder: model.onnx + tokenizer.json + config.json (ours or a transformers one). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { NATIVE_DEFAULTS } from './defaults.js';
import { NativeError } from './errors.js';

export interface ModelConfig {
  name: string;
  task?: 'embedding' | 'token-classification';
  pooling: 'mean' | 'cls';
  normalize: boolean;
  dim?: number;
  maxLength: number;
  labels?: string[];
  queryPrefix?: string;
}

export function osmoseCacheDir(): string {
  return process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose');
}

/** Resolves a folder, or a bare model name installed under <cache>/models/. */
export function resolveModelFolder(pathOrName: string): string {
  if (existsSync(pathOrName)) return pathOrName;
  const inCache = join(osmoseCacheDir(), 'models', pathOrName);
  if (!pathOrName.includes('/') && existsSync(inCache)) return inCache;
  throw new NativeError('OSM_NATIVE_MODEL_NOT_FOUND', `model folder not found: ${pathOrName}`);
}

export function readModelConfig(folder: string): ModelConfig {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new NativeError('OSM_NATIVE_MODEL_NOT_FOUND', `model folder not found: ${folder}`);
  for (const f of ['model.onnx', 'tokenizer.json']) {
    if (!existsSync(join(folder, f)))
      throw new NativeError('OSM_NATIVE_MODEL_NOT_FOUND', `${f} missing in ${folder}`);
  }
  let raw: Record<string, unknown> = {};
  const cfgPath = join(folder, 'config.json');
  if (existsSync(cfgPath)) {
    try {
      raw = JSON.parse(readFileSync(cfgPath, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new NativeError('OSM_NATIVE_MODEL_INVALID', `config.json in ${folder} is not valid JSON`, {
        cause: e,
      });
    }
  }
  // transformers configs carry id2label; ours carry labels.
  let labels = Array.isArray(raw.labels) ? (raw.labels as unknown[]).map(String) : undefined;
  if (!labels && raw.id2label && typeof raw.id2label === 'object') {
    const m = raw.id2label as Record<string, string>;
    labels = Object.keys(m)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => m[k]);
  }
  const maxLength = Number(raw.maxLength ?? raw.max_position_embeddings ?? NATIVE_DEFAULTS.maxLength);
  return {
    name: typeof raw.name === 'string' ? raw.name : basename(folder),
    task:
      raw.task === 'token-classification' || raw.task === 'embedding'
        ? raw.task
        : labels
          ? 'token-classification'
          : undefined,
    pooling: raw.pooling === 'cls' ? 'cls' : raw.pooling === 'mean' ? 'mean' : NATIVE_DEFAULTS.pooling,
    normalize: typeof raw.normalize === 'boolean' ? raw.normalize : NATIVE_DEFAULTS.normalize,
    dim: typeof raw.dim === 'number' ? raw.dim : undefined,
    maxLength: Number.isFinite(maxLength) && maxLength > 2 ? maxLength : NATIVE_DEFAULTS.maxLength,
    labels,
    queryPrefix: typeof raw.queryPrefix === 'string' ? raw.queryPrefix : undefined,
  };
}
