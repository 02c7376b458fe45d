/**
 * The pipeline's default models: the embedding model installed by `npm run setup` in the cache dir
 * (OSMOSE_CACHE_DIR, default ~/.cache/osmose) and an optional NER model folder (--ner-model).
 * Both return null with a reason instead of failing, so ingest works without them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { addonBuilt, loadModel, NativeError, type Device } from '@osmose/native-nlp';
import type { Embedder, TokenClassifier } from '../ports/nlp.js';

/**
 * Chosen by measured quality and speed: see docs/models.md. The statically quantised int8 all-MiniLM-L6-v2
 * (tools/models/quant): fixed activation scales, so vectors do not depend on batch mates; `all-minilm-l6-v2`
 * (fp32) stays selectable.
 */
export const DEFAULT_EMBEDDING_MODEL = 'all-minilm-l6-v2-int8';

export interface DefaultModelOptions {
  /** Model name under <cache>/models or a folder. Default: OSMOSE_EMBED_MODEL, else DEFAULT_EMBEDDING_MODEL. */
  model?: string;
  cacheDir?: string;
  device?: Device;
  threads?: number;
  log?: (message: string) => void;
}

/** A loaded model, with the provider it runs on and its intra-op threads there ("cpu", 2; "cuda", …). */
export type Loaded<T> =
  { model: T; reason?: undefined; provider?: string; threads?: number } | { model: null; reason: string };

function folderOf(nameOrPath: string, cacheDir?: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  return join(cacheDir ?? join(homedir(), '.cache', 'osmose'), 'models', nameOrPath);
}

export async function createDefaultEmbedder(opts: DefaultModelOptions = {}): Promise<Loaded<Embedder>> {
  const name = opts.model ?? DEFAULT_EMBEDDING_MODEL;
  if (!addonBuilt()) return { model: null, reason: 'the native-nlp addon is not built (run npm run setup)' };
  const folder = folderOf(name, opts.cacheDir);
  if (!existsSync(join(folder, 'model.onnx')))
    return {
      model: null,
      reason: `embedding model ${name} is not installed in ${folder} (run npm run setup)`,
    };
  try {
    // a built model (the static int8 default) pins its files in config.json: a corrupt one is refused here
    verifyModelChecksums(folder);
    const model = await loadModel({
      path: folder,
      task: 'embedding',
      device: opts.device ?? 'auto',
      threads: opts.threads,
      // no busy-waiting ONNX Runtime threads: an ingest runs documents side by side with extraction and rule
      // work in worker threads on the same cores; whole corpus 33.5 vs 37–39.5 s wall, 14 % less CPU (issue 13)
      allowSpinning: false,
      log: opts.log,
    });
    const info = model.info();
    return { model, provider: info.provider, threads: info.threads };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      model: null,
      reason: `cannot load embedding model ${name}: ${code ? code + ': ' : ''}${(e as Error).message}`,
    };
  }
}

/** The term/NER model `npm run setup` installs (tools/models/ner): English and French entities and term chunks. */
export const DEFAULT_TERM_MODEL = 'osmose-terms-enfr';

/** The installed term/NER model folder, or null when setup did not install it. */
export function installedTermModel(cacheDir?: string): string | null {
  const folder = folderOf(DEFAULT_TERM_MODEL, cacheDir);
  return existsSync(join(folder, 'model.onnx')) && existsSync(join(folder, 'config.json')) ? folder : null;
}

/**
 * Checks the files of a model folder against the sha256 its config.json pins ({"sha256": {"model.onnx": …}}):
 * a corrupt or swapped file throws OSM_NATIVE_MODEL_INVALID before the addon reads it. Folders without pins pass.
 */
export function verifyModelChecksums(folder: string): void {
  let pins: Record<string, string> | undefined;
  try {
    pins = (
      JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as { sha256?: Record<string, string> }
    ).sha256;
  } catch {
    return; // no or unreadable config.json: the addon's own checks report it
  }
  for (const [file, want] of Object.entries(pins ?? {})) {
    const path = join(folder, file);
    if (!existsSync(path))
      throw new NativeError('OSM_NATIVE_MODEL_NOT_FOUND', `${file} is missing in ${folder}`);
    const got = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (got !== want)
      throw new NativeError(
        'OSM_NATIVE_MODEL_INVALID',
        `${file} in ${folder} does not match its pinned sha256 (corrupt or replaced; reinstall it with npm run setup)`,
      );
  }
}

/** `nameOrFolder`: a model folder, or a model name under <cache>/models ("osmose-terms-enfr"). */
export async function createNerClassifier(
  nameOrFolder: string,
  opts: Omit<DefaultModelOptions, 'model'> = {},
): Promise<Loaded<TokenClassifier>> {
  if (!addonBuilt()) return { model: null, reason: 'the native-nlp addon is not built (run npm run setup)' };
  const folder = folderOf(nameOrFolder, opts.cacheDir);
  try {
    verifyModelChecksums(folder);
    const model = await loadModel({
      path: folder,
      task: 'token-classification',
      device: opts.device ?? 'auto',
      threads: opts.threads,
      log: opts.log,
    });
    return { model };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      model: null,
      reason: `cannot load NER model ${folder}: ${code ? code + ': ' : ''}${(e as Error).message}`,
    };
  }
}
