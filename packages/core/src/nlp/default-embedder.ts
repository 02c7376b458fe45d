/**
 * The pipeline's default models: the embedding model installed by `npm run setup` in the cache dir
 * (OSMOSE_CACHE_DIR, default ~/.cache/osmose) and an optional NER model folder (--ner-model).
 * Both return null with a reason instead of failing, so ingest works without them.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { addonBuilt, loadModel, type Device } from '@osmose/native-nlp';
import type { Embedder, TokenClassifier } from '../ports/nlp.js';

/** Chosen by measured quality and speed: see docs/models.md. */
export const DEFAULT_EMBEDDING_MODEL = 'all-minilm-l6-v2';

export interface DefaultModelOptions {
  /** Model name under <cache>/models or a folder. Default: OSMOSE_EMBED_MODEL, else DEFAULT_EMBEDDING_MODEL. */
  model?: string;
  cacheDir?: string;
  device?: Device;
  threads?: number;
  log?: (message: string) => void;
}

export type Loaded<T> = { model: T; reason?: undefined } | { model: null; reason: string };

function folderOf(nameOrPath: string, cacheDir?: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  return join(cacheDir ?? join(homedir(), '.cache', 'osmose'), 'models', nameOrPath);
}

export async function createDefaultEmbedder(opts: DefaultModelOptions = {}): Promise<Loaded<Embedder>> {
  const name = opts.model ?? DEFAULT_EMBEDDING_MODEL;
  if (!addonBuilt()) return { model: null, reason: 'the native-nlp addon is not built (run npm run setup)' };
  const folder = folderOf(name, opts.cacheDir);
  if (!existsSync(join(folder, 'model.onnx'))) return { model: null, reason: `embedding model ${name} is not installed in ${folder} (run npm run setup)` };
  try {
    const model = await loadModel({ path: folder, task: 'embedding', device: opts.device ?? 'auto', threads: opts.threads, log: opts.log });
    return { model };
  } catch (e) {
    return { model: null, reason: `cannot load embedding model ${name}: ${(e as Error).message}` };
  }
}

export async function createNerClassifier(folder: string, opts: Omit<DefaultModelOptions, 'model'> = {}): Promise<Loaded<TokenClassifier>> {
  if (!addonBuilt()) return { model: null, reason: 'the native-nlp addon is not built (run npm run setup)' };
  try {
    const model = await loadModel({ path: folder, task: 'token-classification', device: opts.device ?? 'auto', threads: opts.threads, log: opts.log });
    return { model };
  } catch (e) {
    return { model: null, reason: `cannot load NER model ${folder}: ${(e as Error).message}` };
  }
}
