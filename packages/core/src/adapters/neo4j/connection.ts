import neo4j, { type Driver } from 'neo4j-driver';
import { OsmoseError, StoreError } from '../../errors.js';

export interface Neo4jConnectionOptions {
  /** Credentials used when neither the options nor the URL carry any (configuration NEO4J_USER, NEO4J_PASSWORD). */
  fallback?: { user?: string; password?: string };
  /** neo4j://, neo4j+s://, bolt://, bolt+s:// …; `user:password@` in the URL is taken as credentials. */
  url: string;
  user?: string;
  password?: string;
  /** Database name (Community edition: only `neo4j`). */
  database?: string;
}

export interface ParsedNeo4jUrl {
  url: string;
  user: string | null;
  password: string | null;
  database: string | null;
}

const SCHEMES = new Set(['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:']);

/** Splits credentials (and an optional `?database=` parameter) off a Neo4j URL. */
export function parseNeo4jUrl(raw: string): ParsedNeo4jUrl {
  let u: URL;
  try {
    u = new URL(raw);
  } catch (cause) {
    throw new OsmoseError('OSM_CONFIG_INVALID', `Not a valid Neo4j URL: ${redact(raw)}`, { cause });
  }
  if (!SCHEMES.has(u.protocol)) {
    throw new OsmoseError(
      'OSM_CONFIG_INVALID',
      `A Neo4j URL must start with neo4j:// or bolt:// (got ${u.protocol}//).`,
    );
  }
  const user = u.username ? decodeURIComponent(u.username) : null;
  const password = u.password ? decodeURIComponent(u.password) : null;
  const database = u.searchParams.get('database');
  const clean = `${u.protocol}//${u.host}`;
  return { url: clean, user, password, database };
}

/** The URL without its password, for logs and `describe()`. */
export function redact(raw: string): string {
  return raw.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

export function createNeo4jDriver(o: Neo4jConnectionOptions): {
  driver: Driver;
  database: string | undefined;
} {
  const p = parseNeo4jUrl(o.url);
  const user = o.user ?? p.user ?? o.fallback?.user ?? 'neo4j';
  const password = o.password ?? p.password ?? o.fallback?.password ?? '';
  const driver = neo4j.driver(p.url, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    maxConnectionPoolSize: 20,
    userAgent: 'osmose-ingest',
  });
  return { driver, database: o.database ?? p.database ?? undefined };
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The driver's reason in a few words, without its routing-table dump. */
function shortReason(msg: string): string {
  if (/ECONNREFUSED/i.test(msg)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/i.test(msg)) return 'host name not found';
  if (/ETIMEDOUT|timed out|timeout/i.test(msg)) return 'connection timed out';
  if (/ECONNRESET/i.test(msg)) return 'connection reset';
  if (/authentication|unauthorized/i.test(msg)) return 'authentication failed';
  const first = msg
    .split(/\n|Known routing table|RoutingTable\[/)[0]
    .trim()
    .replace(/[.:\s]+$/, '');
  return first.length > 120 ? first.slice(0, 117) + '…' : first || 'no answer';
}

/** Maps a driver error onto the store error codes (unavailable → retryable); `where` is the redacted URL. */
export function toStoreError(
  e: unknown,
  fallback: 'OSM_STORE_WRITE_FAILED' | 'OSM_STORE_OPEN_FAILED' | 'OSM_INTERNAL',
  where?: string,
): OsmoseError {
  if (e instanceof OsmoseError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const msg = (e as Error)?.message ?? String(e);
  if (
    UNAVAILABLE.has(code) ||
    /ECONNREFUSED|ECONNRESET|ENOTFOUND|failed to connect|could not perform discovery|acquisition timed out/i.test(
      msg,
    )
  ) {
    return new StoreError(
      'OSM_STORE_UNAVAILABLE',
      `The Neo4j server${where ? ` at ${redact(where)}` : ''} cannot be reached (${shortReason(msg)}); check --graph and that the server is running.`,
      { cause: e },
    );
  }
  if (fallback === 'OSM_INTERNAL')
    return new OsmoseError('OSM_INTERNAL', `Neo4j query failed: ${msg}`, { cause: e });
  return new StoreError(fallback, undefined, { cause: e, details: { neo4jCode: code, message: msg } });
}
