import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { OsmoseConfig } from './config.js';

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
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
  } catch (e) {
    const err = e as { stderr?: string };
    if (err.stderr && /version/i.test(err.stderr)) return err.stderr.split('\n')[0].trim();
    return null;
  }
}

/** What is installed and configured (never prints secrets). */
export async function doctor(cfg: OsmoseConfig, extra: DoctorCheck[] = []): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const add = (name: string, v: string | null, required: boolean, missing: string) =>
    checks.push({ name, ok: v !== null, detail: v ?? missing, required });
  try {
    const { openEmbeddedStore } = await import('./store/embedded-store.js');
    const s = openEmbeddedStore(':memory:');
    const v = (s.db.prepare('select sqlite_version() s, vec_version() v').get() as { s: string; v: string });
    s.close();
    checks.push({ name: 'embedded store', ok: true, detail: `SQLite ${v.s}, sqlite-vec ${v.v}`, required: true });
  } catch (e) {
    checks.push({ name: 'embedded store', ok: false, detail: String((e as Error).message), required: true });
  }
  add('LibreOffice', version('soffice', ['--version']), false, 'not found (needed for --vision rendering): run npm run setup');
  add('poppler (pdftoppm)', version('pdftoppm', ['-v']), false, 'not found (needed for --vision rendering)');
  add('redis-server', version('redis-server', ['--version']), false, 'not found (only for --cache redis:// tests)');
  add('java', version('java', ['-version']), false, 'not found (only for the Neo4j test server)');
  checks.push({
    name: 'store folder',
    ok: true,
    detail: `${cfg.storeDir}${existsSync(cfg.storeDir) ? '' : ' (will be created)'}`,
    required: true,
  });
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
