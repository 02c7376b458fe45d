import { availableParallelism, freemem, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { OsmoseError } from './errors.js';

export type VisionMode = 'all' | 'visual' | 'off';

export interface OsmoseConfig {
  /** Embedded store folder (SQLite file, checkpoints, local cache). Default ./.osmose */
  storeDir: string;
  /** Models, render output, tool downloads. Default ~/.cache/osmose */
  cacheDir: string;
  graphUrl?: string;
  vectorsUrl?: string;
  cacheUrl?: string;
  vision: {
    mode: VisionMode;
    baseURL?: string;
    apiKey?: string;
    model: string;
    profile: 'default' | 'baseline';
    budgetUsd?: number;
    concurrency?: number;
  };
  /**
   * threads: the embedding model's intra-op threads on the CPU provider; undefined = the engine's default
   * (the cores its CPU worker threads leave free, at least 1).
   */
  embedding: { model: string; device: 'auto' | 'cpu' | 'cuda'; threads?: number };
  nerModel?: string;
  /**
   * Documents processed at once by one ingest (`--concurrency`, OSMOSE_CONCURRENCY), and in which order a folder's
   * calls go to the provider (`--provider-order`, OSMOSE_PROVIDER_ORDER): `arrival` (as they come, default) or
   * `input` (the first deck's first: decks are stored one after another; see docs/vision.md for the trade-off).
   */
  documents: { concurrency: number; providerOrder: 'arrival' | 'input' };
  /** Response caches and the render cache (OSMOSE_CACHE=0 turns them off: every call is paid). */
  responseCache: boolean;
  /** LLM batch extraction for thin topics when an endpoint is configured (OSMOSE_LLM_EXTRACT=0 turns it off). */
  llmExtract: boolean;
  /** Rendering programs and LibreOffice processes (OSMOSE_SOFFICE, OSMOSE_PDFTOPPM, OSMOSE_PDFINFO, OSMOSE_RENDER_PROCESSES). */
  render: { soffice: string; pdftoppm: string; pdfinfo: string; processes: number };
  /** Credentials used when a server URL carries none. */
  credentials: { neo4jUser?: string; neo4jPassword?: string; qdrantApiKey?: string };
  /** Redis TTLs in seconds per cache namespace (OSMOSE_CACHE_TTL_LLM, OSMOSE_CACHE_TTL_VISION). */
  cacheTtls: Record<string, number>;
  /** `osmose serve` / `osmose worker` (docs/server.md). */
  server: ServerConfig;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Bearer token; required for a bind other than loopback. */
  token?: string;
  /** Server-side paths accepted by POST /v1/documents (JSON body), confined to this folder. */
  allowPaths: string | null;
  /** redis://… : BullMQ jobs taken by `osmose worker` processes; absent: in-process jobs. */
  queueUrl?: string;
  /** Jobs run at once by the in-process runner or by one worker. */
  jobs: number;
  maxUploadBytes: number;
  maxFiles: number;
  /** Requests per minute per client (0: no limit). */
  rateLimitPerMinute: number;
}

export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  jobs: 2,
  maxUploadMb: 200,
  maxFiles: 20,
  rateLimitPerMinute: 600,
} as const;

export type Flags = Record<string, string | boolean | undefined>;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function num(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0)
    throw new OsmoseError('OSM_CONFIG_INVALID', `--${name} must be a non-negative number, got "${v}".`);
  return n;
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(v))
    throw new OsmoseError(
      'OSM_CONFIG_INVALID',
      `--${name} must be one of ${allowed.join(', ')}, got "${v}".`,
    );
  return v as T;
}

function ttls(env: NodeJS.ProcessEnv): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [ns, name] of [
    ['llm', 'OSMOSE_CACHE_TTL_LLM'],
    ['vision', 'OSMOSE_CACHE_TTL_VISION'],
  ] as const) {
    const raw = str(env[name]);
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new OsmoseError(
        'OSM_CONFIG_INVALID',
        `${name} must be a positive number of seconds (got "${raw}").`,
      );
    out[ns] = Math.ceil(n);
  }
  return out;
}

function whole(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new OsmoseError('OSM_CONFIG_INVALID', `--${name} must be a whole number ≥ ${min}, got "${v}".`);
  return n;
}

function positiveInt(name: string, v: string | undefined): number | undefined {
  const n = num(name, v);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < 1)
    throw new OsmoseError(
      'OSM_CONFIG_INVALID',
      `--${name} must be a whole number of at least 1, got "${v}".`,
    );
  return n;
}

/**
 * The one place that reads the environment. Flags win over environment variables, which win over
 * defaults; every variable read here is listed in docs/configuration.md (a test checks it).
 */
export function resolveConfig(flags: Flags = {}, env: NodeJS.ProcessEnv = process.env): OsmoseConfig {
  const cacheDir = resolve(
    str(flags['cache-dir']) ?? str(env.OSMOSE_CACHE_DIR) ?? join(homedir(), '.cache', 'osmose'),
  );
  const apiKey = str(flags['api-key']) ?? str(env.OPENAI_API_KEY);
  const baseURL = str(flags['base-url']) ?? str(env.OPENAI_BASE_URL);
  const visionDefault: VisionMode = apiKey || baseURL ? 'visual' : 'off';
  return {
    storeDir: resolve(str(flags.store) ?? str(env.OSMOSE_STORE) ?? '.osmose'),
    cacheDir,
    graphUrl: str(flags.graph) ?? str(env.OSMOSE_GRAPH_URL),
    vectorsUrl: str(flags.vectors) ?? str(env.OSMOSE_VECTORS_URL) ?? str(env.QDRANT_URL),
    cacheUrl: str(flags.cache) ?? str(env.OSMOSE_CACHE_URL) ?? str(env.REDIS_URL),
    vision: {
      mode: oneOf(
        'vision',
        str(flags.vision) ?? str(env.OSMOSE_VISION),
        ['all', 'visual', 'off'] as const,
        visionDefault,
      ),
      baseURL,
      apiKey,
      model: str(flags['vision-model']) ?? str(env.OSMOSE_VISION_MODEL) ?? 'gpt-4o-mini',
      profile: oneOf(
        'profile',
        str(flags.profile) ?? str(env.OSMOSE_PROFILE),
        ['default', 'baseline'] as const,
        'default',
      ),
      budgetUsd: num('budget', str(flags.budget) ?? str(env.OSMOSE_BUDGET_USD)),
      concurrency: num(
        'vision-concurrency',
        str(flags['vision-concurrency']) ?? str(env.OSMOSE_VISION_CONCURRENCY),
      ),
    },
    embedding: {
      model:
        env.OSMOSE_EMBEDDINGS === '0'
          ? 'none'
          : (str(flags['embedding-model']) ??
            str(env.OSMOSE_EMBEDDING_MODEL) ??
            str(env.OSMOSE_EMBED_MODEL) ??
            'default'),
      device: oneOf(
        'device',
        str(flags.device) ?? str(env.OSMOSE_DEVICE),
        ['auto', 'cpu', 'cuda'] as const,
        env.OSMOSE_GPU === '0' ? 'cpu' : 'auto',
      ),
      threads: positiveInt(
        'embedding-threads',
        str(flags['embedding-threads']) ?? str(env.OSMOSE_EMBEDDING_THREADS),
      ),
    },
    nerModel: str(flags['ner-model']) ?? str(env.OSMOSE_NER_MODEL),
    documents: {
      concurrency:
        positiveInt('concurrency', str(flags.concurrency) ?? str(env.OSMOSE_CONCURRENCY)) ??
        defaultConcurrency(),
      providerOrder: oneOf(
        'provider-order',
        str(flags['provider-order']) ?? str(env.OSMOSE_PROVIDER_ORDER),
        ['arrival', 'input'] as const,
        'arrival',
      ),
    },
    responseCache: env.OSMOSE_CACHE !== '0',
    llmExtract: env.OSMOSE_LLM_EXTRACT !== '0',
    render: {
      soffice: str(env.OSMOSE_SOFFICE) ?? 'soffice',
      pdftoppm: str(env.OSMOSE_PDFTOPPM) ?? 'pdftoppm',
      pdfinfo: str(env.OSMOSE_PDFINFO) ?? 'pdfinfo',
      processes: positiveInt('render-processes', str(env.OSMOSE_RENDER_PROCESSES)) ?? 2,
    },
    credentials: {
      neo4jUser: str(env.NEO4J_USER) ?? str(env.NEO4J_USERNAME),
      neo4jPassword: str(env.NEO4J_PASSWORD),
      qdrantApiKey: str(env.QDRANT_API_KEY),
    },
    cacheTtls: ttls(env),
    server: {
      host: str(flags.host) ?? str(env.OSMOSE_HOST) ?? SERVER_DEFAULTS.host,
      port: whole('port', str(flags.port) ?? str(env.OSMOSE_PORT), 0) ?? SERVER_DEFAULTS.port,
      token: str(env.OSMOSE_API_TOKEN),
      allowPaths: str(flags['allow-paths']) ?? str(env.OSMOSE_ALLOW_PATHS) ?? null,
      queueUrl: str(flags.queue) ?? str(env.OSMOSE_QUEUE_URL),
      jobs: whole('jobs', str(flags.jobs) ?? str(env.OSMOSE_JOBS), 1) ?? SERVER_DEFAULTS.jobs,
      maxUploadBytes:
        (whole('max-upload-mb', str(flags['max-upload-mb']) ?? str(env.OSMOSE_MAX_UPLOAD_MB), 1) ??
          SERVER_DEFAULTS.maxUploadMb) * 1048576,
      maxFiles:
        whole('max-files', str(flags['max-files']) ?? str(env.OSMOSE_MAX_FILES), 1) ??
        SERVER_DEFAULTS.maxFiles,
      rateLimitPerMinute:
        whole('rate-limit', str(flags['rate-limit']) ?? str(env.OSMOSE_RATE_LIMIT), 0) ??
        SERVER_DEFAULTS.rateLimitPerMinute,
    },
  };
}

/**
 * Documents at once by default: the cores, at least 4, at most 8, bounded by free memory. At least 4 even on two
 * cores: a document alternates between the CPU worker and the embedding model (and waits on the network for vision),
 * so two in flight left both idle in turn (whole corpus on 2 cores, 3 interleaved rounds: 2 → 20.8 s, 3 → 19.7 s,
 * 4 → 20.3 s median, 4–5 % faster in most rounds), and a small folder's vision calls all start at once.
 */
export function defaultConcurrency(): number {
  const byCpu = Math.max(4, Math.min(8, availableParallelism()));
  const byMemory = Math.max(1, Math.floor(freemem() / (384 * 1024 * 1024)));
  return Math.max(1, Math.min(byCpu, byMemory));
}
