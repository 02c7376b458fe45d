import { homedir } from 'node:os';
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
  embedding: { model: string; device: 'auto' | 'cpu' | 'cuda' };
  nerModel?: string;
}

export type Flags = Record<string, string | boolean | undefined>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function num(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new OsmoseError('OSM_CONFIG_INVALID', `--${name} must be a non-negative number, got "${v}".`);
  return n;
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(v))
    throw new OsmoseError('OSM_CONFIG_INVALID', `--${name} must be one of ${allowed.join(', ')}, got "${v}".`);
  return v as T;
}

/** Flags win over environment variables, which win over defaults (documented in docs/configuration.md). */
export function resolveConfig(flags: Flags = {}, env: NodeJS.ProcessEnv = process.env): OsmoseConfig {
  const cacheDir = resolve(str(flags['cache-dir']) ?? str(env.OSMOSE_CACHE_DIR) ?? join(homedir(), '.cache', 'osmose'));
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
      mode: oneOf('vision', str(flags.vision) ?? str(env.OSMOSE_VISION), ['all', 'visual', 'off'] as const, visionDefault),
      baseURL,
      apiKey,
      model: str(flags['vision-model']) ?? str(env.OSMOSE_VISION_MODEL) ?? 'gpt-4o-mini',
      profile: oneOf('profile', str(flags.profile) ?? str(env.OSMOSE_PROFILE), ['default', 'baseline'] as const, 'default'),
      budgetUsd: num('budget', str(flags.budget) ?? str(env.OSMOSE_BUDGET_USD)),
      concurrency: num('concurrency', str(flags.concurrency) ?? str(env.OSMOSE_VISION_CONCURRENCY)),
    },
    embedding: {
      model: str(flags['embedding-model']) ?? str(env.OSMOSE_EMBEDDING_MODEL) ?? 'default',
      device: oneOf('device', str(flags.device) ?? str(env.OSMOSE_DEVICE), ['auto', 'cpu', 'cuda'] as const, env.OSMOSE_GPU === '0' ? 'cpu' : 'auto'),
    },
    nerModel: str(flags['ner-model']) ?? str(env.OSMOSE_NER_MODEL),
  };
}
