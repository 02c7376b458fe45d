/**
 * Hugging Face hub download (machines with internet only; not reachable, hence not tested, here).
 * Fetches onnx/model.onnx (or model.onnx), tokenizer.json and config.json of a repo id into
 * <cache>/models/hf--<org>--<name>/ and returns that folder.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NativeError } from './errors.js';
import { osmoseCacheDir } from './model-folder.js';

export interface HubOptions {
  revision?: string;
  endpoint?: string;
  token?: string;
  fetchImpl?: typeof fetch;
}

export function isHubRepoId(s: string): boolean {
  return /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(s) && !existsSync(s);
}

export async function downloadFromHub(repoId: string, opts: HubOptions = {}): Promise<string> {
  const endpoint = opts.endpoint ?? process.env.HF_ENDPOINT ?? 'https://huggingface.co';
  const rev = opts.revision ?? 'main';
  const dir = join(osmoseCacheDir(), 'models', `hf--${repoId.replace('/', '--')}`);
  if (existsSync(join(dir, 'model.onnx')) && existsSync(join(dir, 'tokenizer.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  const f = opts.fetchImpl ?? fetch;
  const headers: Record<string, string> =
    (opts.token ?? process.env.HF_TOKEN)
      ? { authorization: `Bearer ${opts.token ?? process.env.HF_TOKEN}` }
      : {};
  const get = async (file: string): Promise<Uint8Array | null> => {
    const res = await f(`${endpoint}/${repoId}/resolve/${rev}/${file}`, { headers });
    if (res.status === 404) return null;
    if (!res.ok)
      throw new NativeError('OSM_NATIVE_HUB_DOWNLOAD_FAILED', `${repoId}/${file}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  try {
    const model = (await get('onnx/model.onnx')) ?? (await get('model.onnx'));
    const tok = await get('tokenizer.json');
    if (!model || !tok)
      throw new NativeError(
        'OSM_NATIVE_HUB_DOWNLOAD_FAILED',
        `${repoId} has no ONNX model or tokenizer.json`,
      );
    const cfg = (await get('config.json')) ?? new TextEncoder().encode('{}');
    for (const [name, data] of [
      ['model.onnx', model],
      ['tokenizer.json', tok],
      ['config.json', cfg],
    ] as const) {
      writeFileSync(join(dir, `${name}.tmp`), data);
      renameSync(join(dir, `${name}.tmp`), join(dir, name));
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'OSM_NATIVE_HUB_DOWNLOAD_FAILED') throw e;
    throw new NativeError('OSM_NATIVE_HUB_DOWNLOAD_FAILED', `${repoId}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  return dir;
}
