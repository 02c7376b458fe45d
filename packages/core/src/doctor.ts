import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { OsmoseConfig } from './config.js';
import type { EmbeddedStore } from './store/embedded-store.js';

export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  required: boolean;
}

export interface DoctorReport {
  node: string;
  config: Record<string, unknown>;
  checks: DoctorCheck[];
}

function version(cmd: string, args: string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 15_000 });
  if (r.error) return null;
  const line = `${r.stdout ?? ''}\n${r.stderr ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /\d+\.\d+/.test(l));
  return line ?? (r.status === 0 ? 'installed' : null);
}

/** What is installed and configured (never prints secrets). */
export async function doctor(cfg: OsmoseConfig, extra: DoctorCheck[] = []): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const add = (name: string, v: string | null, required: boolean, missing: string) =>
    checks.push({ name, ok: v !== null, detail: v ?? missing, required });
  try {
    const { openEmbeddedStore } = await import('./store/embedded-store.js');
    const s = openEmbeddedStore(':memory:');
    const v = s.db.prepare('select sqlite_version() s, vec_version() v').get() as { s: string; v: string };
    s.close();
    checks.push({
      name: 'embedded store',
      ok: true,
      detail: `SQLite ${v.s}, sqlite-vec ${v.v}`,
      required: true,
    });
  } catch (e) {
    checks.push({ name: 'embedded store', ok: false, detail: String((e as Error).message), required: true });
  }
  add(
    'LibreOffice',
    version('soffice', ['--version']),
    false,
    'not found (needed for --vision rendering): run npm run setup',
  );
  add('poppler (pdftoppm)', version('pdftoppm', ['-v']), false, 'not found (needed for --vision rendering)');
  add(
    'redis-server',
    version('redis-server', ['--version']),
    false,
    'not found (only for --cache redis:// tests)',
  );
  add('java', version('java', ['-version']), false, 'not found (only for the Neo4j test server)');
  try {
    const { addonBuilt } = await import('@osmose/native-nlp');
    const { DEFAULT_EMBEDDING_MODEL } = await import('./nlp/index.js');
    const model = cfg.embedding.model === 'default' ? DEFAULT_EMBEDDING_MODEL : cfg.embedding.model;
    const folder = existsSync(model) ? model : join(cfg.cacheDir, 'models', model);
    checks.push({
      name: 'native-nlp addon',
      ok: addonBuilt(),
      detail: addonBuilt() ? 'built' : 'not built (run npm run setup); ingest works without embeddings',
      required: false,
    });
    checks.push({
      name: 'embedding model',
      ok: existsSync(join(folder, 'model.onnx')),
      detail: existsSync(join(folder, 'model.onnx'))
        ? `${model} (${folder})`
        : `${model} not installed in ${folder} (run npm run setup)`,
      required: false,
    });
  } catch (e) {
    checks.push({
      name: 'native-nlp addon',
      ok: false,
      detail: String((e as Error).message),
      required: false,
    });
  }
  checks.push({
    name: 'store folder',
    ok: true,
    detail: `${cfg.storeDir}${existsSync(cfg.storeDir) ? '' : ' (will be created)'}`,
    required: true,
  });
  checks.push(...(await providerCheck(cfg)));
  checks.push(await pendingVectorsCheck(cfg.storeDir));
  checks.push(await pendingProviderCheck(cfg.storeDir, 'vision'));
  checks.push(await pendingProviderCheck(cfg.storeDir, 'llm'));
  checks.push(await pendingProviderCheck(cfg.storeDir, 'judge'));
  checks.push(...extra);
  return {
    node: process.version,
    config: {
      storeDir: cfg.storeDir,
      cacheDir: cfg.cacheDir,
      graph: cfg.graphUrl ? redact(cfg.graphUrl) : 'embedded (SQLite)',
      vectors: cfg.vectorsUrl ? redact(cfg.vectorsUrl) : 'embedded (sqlite-vec)',
      cache: cfg.cacheUrl ? redact(cfg.cacheUrl) : 'embedded (SQLite)',
      vision: cfg.vision.mode,
      visionEndpoint: cfg.vision.baseURL ?? (cfg.vision.apiKey ? 'OpenAI default' : 'none'),
      visionModel: cfg.vision.model,
      apiKey: cfg.vision.apiKey ? 'set' : 'not set',
      embeddingModel: cfg.embedding.model,
      device: cfg.embedding.device,
      nerModel: cfg.nerModel ?? 'none',
    },
    checks,
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

/**
 * A warning-level check that reads the local store (none yet: fine): `look` returns null when all is well,
 * else what waits. Used by the checks of what an outage left pending.
 */
async function localStoreCheck(
  storeDir: string,
  name: string,
  what: string,
  look: (s: EmbeddedStore) => Promise<string | null>,
): Promise<DoctorCheck> {
  if (!existsSync(join(storeDir, 'osmose.db')))
    return { name, ok: true, detail: 'none (no store yet)', required: false };
  try {
    const { openEmbeddedStore } = await import('./store/embedded-store.js');
    const s = openEmbeddedStore(storeDir, { create: false });
    try {
      const detail = await look(s);
      return { name, ok: detail === null, detail: detail ?? 'none', required: false };
    } finally {
      s.close();
    }
  } catch (e) {
    return { name, ok: false, detail: `cannot read the ${what}: ${(e as Error).message}`, required: false };
  }
}

/**
 * Work of the local store's decks that provider trouble left undone (DocumentStats): slides left on their text
 * (`visionPending`: the provider, or a render timeout), thin topics without the LLM's extraction (`llmPending`)
 * and ambiguous concept pairs the LLM judge was not asked about (`judgePending`). A warning, not a failure; the
 * next ingest of those decks with a provider asks again.
 */
const PENDING_CHECKS = {
  vision: [
    'slides waiting for vision',
    'visionPending',
    'slide(s) kept their text after provider or rendering trouble',
  ],
  llm: [
    'topics waiting for the LLM',
    'llmPending',
    'topic(s) lack the LLM extraction after provider trouble',
  ],
  judge: [
    'concept pairs waiting for the judge',
    'judgePending',
    'ambiguous concept pair(s) were left unmerged, unjudged, after provider trouble',
  ],
} as const;

function pendingProviderCheck(storeDir: string, kind: keyof typeof PENDING_CHECKS): Promise<DoctorCheck> {
  const [name, key, what] = PENDING_CHECKS[kind];
  return localStoreCheck(storeDir, name, 'store', async (s) => {
    const docs = (await s.graph.listDocuments()).filter((d) => (d.stats?.[key] ?? 0) > 0);
    if (docs.length === 0) return null;
    const n = docs.reduce((a, d) => a + (d.stats?.[key] ?? 0), 0);
    const names = docs.slice(0, 3).map((d) => d.fileName);
    return (
      `${n} ${what.replace('(s)', `(s) of ${docs.length} deck(s)`)} ` +
      `(${names.join(', ')}${docs.length > 3 ? ', …' : ''}): the next "osmose ingest" of those decks with a ` +
      `provider asks for them again`
    );
  });
}

/**
 * Whether the configured OpenAI-compatible endpoint answers and accepts the key (one `GET /models`, 5 s at
 * most): a wrong key or URL shows here, not as hundreds of slides on their text. Nothing when no endpoint
 * is configured.
 */
async function providerCheck(cfg: OsmoseConfig): Promise<DoctorCheck[]> {
  const v = cfg.vision;
  if (!v.apiKey && !v.baseURL) return [];
  const { probeProvider } = await import('@osmose/vision');
  const p = await probeProvider({ baseURL: v.baseURL, apiKey: v.apiKey ?? 'none', model: v.model });
  return [
    {
      name: 'vision/LLM provider',
      ok: p.ok,
      detail: `${v.baseURL ?? 'OpenAI'} ${p.detail}`,
      required: false,
    },
  ];
}

/** Vectors an outage kept from the vector store (the outbox of the local store): a warning, not a failure. */
function pendingVectorsCheck(storeDir: string): Promise<DoctorCheck> {
  return localStoreCheck(storeDir, 'pending vectors', 'outbox', async (s) => {
    const { SqliteVectorOutbox } = await import('./store/sqlite-outbox.js');
    const p = new SqliteVectorOutbox(s.db).pending();
    if (p.vectors === 0 && p.ops === 0) return null;
    return (
      `${p.vectors} vector(s) of ${p.documents} document(s) wait for the vector store since ${p.since}` +
      `${p.lastError ? ` (last error ${p.lastError})` : ''}: run "osmose repair --vectors <url>"`
    );
  });
}
