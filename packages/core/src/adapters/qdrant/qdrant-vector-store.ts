import { QdrantClient } from '@qdrant/js-client-rest';
import type { VectorRecord } from '../../model/graph.js';
import type { VectorHit, VectorStore } from '../../ports/store.js';
import { OsmoseError, StoreError } from '../../errors.js';
import { normaliseVector } from '../../store/sqlite-vector-store.js';
import { uuidV5 } from './uuid-v5.js';

export interface QdrantVectorStoreOptions {
  /** http(s)://host:6333 */
  url: string;
  apiKey?: string;
  /** Collection name prefix (default 'osmose_'); the model id is appended. */
  collectionPrefix?: string;
  /** Points per upsert request (default 256). */
  batchSize?: number;
  /** Request timeout in ms (default 30 s). */
  timeoutMs?: number;
  /** Injected client (tests). */
  client?: QdrantClient;
}

interface Payload {
  recordId: string;
  kind: 'concept' | 'slide';
  refId: string;
  docId: string | null;
  model: string;
}

/** One collection per embedding model: 'osmose_' + the model id made safe. */
export function collectionNameFor(prefix: string, model: string): string {
  return (
    prefix +
    model
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '_')
      .replace(/^_+|_+$/g, '')
  );
}

const docFilter = (docId: string) => ({ must: [{ key: 'docId', match: { value: docId } }] });

/** Payload filter on the indexed fields (kind, docId), or none. */
function filterOf(opts: { kind?: string; docId?: string }) {
  const must = [
    ...(opts.kind ? [{ key: 'kind', match: { value: opts.kind } }] : []),
    ...(opts.docId ? [{ key: 'docId', match: { value: opts.docId } }] : []),
  ];
  return must.length ? { must } : undefined;
}

/**
 * VectorStore on Qdrant: a collection per model (size from the model, Cosine), keyword payload
 * indexes on docId and kind, point ids = UUIDv5(record id), batched upserts with `wait: true`,
 * deletion by a docId filter. Vectors are L2-normalised with the embedded store's own function.
 * Qdrant has no multi-request transactions: replacing a document's vectors is delete-then-upsert.
 */
export class QdrantVectorStore implements VectorStore {
  readonly kind = 'qdrant';
  readonly client: QdrantClient;
  private readonly prefix: string;
  private readonly batchSize: number;
  /** collection → dimension, for collections this instance has ensured. */
  private readonly ready = new Map<string, number>();

  constructor(opts: QdrantVectorStoreOptions) {
    this.prefix = opts.collectionPrefix ?? 'osmose_';
    this.batchSize = Math.max(1, Math.floor(opts.batchSize ?? 256));
    this.client =
      opts.client ??
      new QdrantClient({
        url: opts.url,
        apiKey: opts.apiKey,
        timeout: opts.timeoutMs ?? 30_000,
        checkCompatibility: false,
      });
  }

  async init(dim: number, model: string): Promise<void> {
    if (!Number.isInteger(dim) || dim <= 0 || dim > 65_536)
      throw new OsmoseError('OSM_CONFIG_INVALID', `Bad vector dimension ${dim}.`);
    const name = collectionNameFor(this.prefix, model);
    if (this.ready.get(name) === dim) return;
    await this.call('OSM_STORE_OPEN_FAILED', async () => {
      const { exists } = await this.client.collectionExists(name);
      if (!exists) {
        try {
          await this.client.createCollection(name, { vectors: { size: dim, distance: 'Cosine' } });
        } catch (e) {
          // Another process may have created it meanwhile; re-check below.
          if (!(await this.client.collectionExists(name)).exists) throw e;
        }
      }
      const info = await this.client.getCollection(name);
      const vectors = info.config.params.vectors as { size?: number; distance?: string } | undefined;
      if (vectors?.size !== dim) {
        throw new OsmoseError(
          'OSM_CONFIG_INVALID',
          `Qdrant collection ${name} holds ${vectors?.size}-d vectors, the model gives ${dim}.`,
        );
      }
      const indexed = info.payload_schema ?? {};
      for (const field of ['docId', 'kind'] as const) {
        if (!indexed[field])
          await this.client.createPayloadIndex(name, {
            field_name: field,
            field_schema: 'keyword',
            wait: true,
          });
      }
    });
    this.ready.set(name, dim);
  }

  async upsert(records: VectorRecord[], replaceDocId?: string): Promise<void> {
    if (replaceDocId) await this.deleteDocument(replaceDocId);
    const byModel = new Map<string, VectorRecord[]>();
    for (const r of records) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r]);
    for (const [model, rs] of byModel) {
      const points = rs.map((r) => ({
        id: uuidV5(r.id),
        vector: Array.from(normaliseVector(r.vector)),
        payload: {
          recordId: r.id,
          kind: r.kind,
          refId: r.refId,
          docId: r.docId,
          model: r.model,
        } satisfies Payload,
      }));
      await this.init(points[0].vector.length, model);
      const name = collectionNameFor(this.prefix, model);
      for (let i = 0; i < points.length; i += this.batchSize) {
        const batch = points.slice(i, i + this.batchSize);
        await this.call('OSM_STORE_WRITE_FAILED', () =>
          this.client.upsert(name, { wait: true, points: batch }),
        );
      }
    }
  }

  async search(
    query: Float32Array,
    opts: { limit: number; kind?: 'concept' | 'slide'; model: string; docId?: string },
  ): Promise<VectorHit[]> {
    const name = collectionNameFor(this.prefix, opts.model);
    const q = Array.from(normaliseVector(query));
    return this.call('OSM_INTERNAL', async () => {
      if (!this.ready.has(name) && !(await this.client.collectionExists(name)).exists) return [];
      const res = await this.client.query(name, {
        query: q,
        limit: opts.limit,
        with_payload: true,
        filter: filterOf(opts),
      });
      return res.points.map((p) => {
        const pl = p.payload as unknown as Payload;
        return { id: pl.recordId, kind: pl.kind, refId: pl.refId, docId: pl.docId ?? null, score: p.score };
      });
    });
  }

  async deleteDocument(docId: string): Promise<void> {
    for (const name of await this.collections()) {
      await this.call('OSM_STORE_WRITE_FAILED', () =>
        this.client.delete(name, { wait: true, filter: docFilter(docId) }),
      );
    }
  }

  async count(): Promise<number> {
    let n = 0;
    for (const name of await this.collections())
      n += (await this.call('OSM_INTERNAL', () => this.client.count(name, { exact: true }))).count;
    return n;
  }

  /** This store's collections (those whose name starts with the prefix). */
  async collections(): Promise<string[]> {
    const res = await this.call('OSM_INTERNAL', () => this.client.getCollections());
    return res.collections
      .map((c) => c.name)
      .filter((n) => n.startsWith(this.prefix))
      .sort();
  }

  async close(): Promise<void> {}

  private async call<T>(
    code: 'OSM_STORE_OPEN_FAILED' | 'OSM_STORE_WRITE_FAILED' | 'OSM_INTERNAL',
    fn: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        // a kept-alive connection the server closed while idle: every request here is idempotent
        // (deterministic ids, delete by filter, reads), so it is sent again on a fresh connection
        if (attempt < 3 && isStaleSocket(e)) continue;
        this.fail(code, e);
      }
    }
  }

  private fail(code: 'OSM_STORE_OPEN_FAILED' | 'OSM_STORE_WRITE_FAILED' | 'OSM_INTERNAL', e: unknown): never {
    if (e instanceof OsmoseError) throw e;
    const msg = (e as Error)?.message ?? String(e);
    if (
      /fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|aborted|timeout/i.test(
        msg + ' ' + String((e as { cause?: unknown })?.cause ?? ''),
      )
    ) {
      throw new StoreError('OSM_STORE_UNAVAILABLE', `The Qdrant server cannot be reached: ${msg}`, {
        cause: e,
      });
    }
    if (code === 'OSM_INTERNAL')
      throw new OsmoseError('OSM_INTERNAL', `Qdrant request failed: ${msg}`, { cause: e });
    throw new StoreError(code, `Qdrant request failed: ${msg}`, { cause: e });
  }
}

const isStaleSocket = (e: unknown): boolean =>
  /other side closed|ECONNRESET|UND_ERR_SOCKET|socket hang up/i.test(
    `${(e as Error)?.message ?? ''} ${String((e as { cause?: unknown })?.cause ?? '')} ${
      (e as { cause?: { code?: string } })?.cause?.code ?? ''
    }`,
  );
