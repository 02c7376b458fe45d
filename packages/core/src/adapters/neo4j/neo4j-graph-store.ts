import { dumpNeo4j } from './dump.js';
import type { GraphDump, HitLabels, MergeView, TextMatches, UnmergeResult } from '../../ports/store.js';
import { blockedPairsNeo4j, listMergesNeo4j, unmergeNeo4j } from './merges.js';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ConceptRecord, DocumentGraph, DocumentRecord } from '../../model/graph.js';
import type {
  ConceptChanges,
  ConceptDetail,
  ConceptSummary,
  GraphStore,
  GraphViewSource,
  ListConceptsOptions,
  StoreCounts,
  WriteStats,
} from '../../ports/store.js';
import { createNeo4jDriver, redact, toStoreError, type Neo4jConnectionOptions } from './connection.js';
import {
  CLEAR_UNKEYED_LINKS,
  CONCEPTS_OF_DOCS,
  DELETE_DOCS,
  DELETE_RELATIONS_OF_DOCS,
  FIND_REPLACED,
  READ_CONCEPTS,
  SWEEP_STALE,
  WRITE,
} from './cypher.js';
import * as Q from './queries.js';
import { chunk, documentRows, modelSize, type StoredConcept } from './rows.js';
import { SCHEMA_STATEMENTS } from './schema.js';
import { logConceptsTx, pruneConceptsTx, readConceptChanges } from './concept-log.js';
import { neo4jGraphViewSource } from './graph-view-source.js';
import { literalParts } from '../../text-match.js';

export interface Neo4jGraphStoreOptions extends Neo4jConnectionOptions {
  /** Rows per `UNWIND` statement (default 1000). 1 gives one statement per node/relationship. */
  batchSize?: number;
  /** Send a document's write statements without waiting for each answer (default true). */
  pipeline?: boolean;
  /** Called after each write statement (metrics, profiling). */
  onStatement?: (kind: string, rows: number, ms: number) => void;
}

type Params = Record<string, unknown>;

/**
 * GraphStore on Neo4j. Model (see docs/backends.md):
 * (:Document)-[:HAS_SLIDE]->(:Slide)-[:HAS_BLOCK]->(:TextBlock), (:Document)-[:HAS_TOPIC]->(:Topic)-[:COVERS]->(:Slide),
 * (:Concept)-[:MENTIONED_IN {id, docId, slideIndex, shapeId, layer, start, end, surface, sentence}]->(:Slide),
 * (:Concept)-[:RELATED {id, type, weight, docId}]->(:Concept),
 * (:Slide)-[:HAS_CHART]->(:Chart)-[:HAS_SERIES]->(:Series)-[:HAS_POINT]->(:Point {category, value, unit})-[:ABOUT]->(:Concept).
 * Vectors are not kept here (see QdrantVectorStore).
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j';
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly batchSize: number;
  private readonly label: string;
  private readonly onStatement: Neo4jGraphStoreOptions['onStatement'];
  private readonly pipeline: boolean;

  constructor(opts: Neo4jGraphStoreOptions) {
    const { driver, database } = createNeo4jDriver(opts);
    this.driver = driver;
    this.database = database;
    this.batchSize = Math.max(1, Math.floor(opts.batchSize ?? 1000));
    this.label = redact(opts.url);
    this.onStatement = opts.onStatement;
    this.pipeline = opts.pipeline ?? true;
  }

  describe(): string {
    return `neo4j (${this.label})`;
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      for (const stmt of SCHEMA_STATEMENTS)
        await this.driver.executeQuery(stmt, {}, { database: this.database });
      await this.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: this.database });
    } catch (e) {
      throw toStoreError(e, 'OSM_STORE_OPEN_FAILED', this.label);
    }
  }

  async writeDocument(g: DocumentGraph): Promise<WriteStats> {
    const t0 = performance.now();
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    let tBody = 0;
    try {
      const size = await session.executeWrite(async (tx) => {
        const replaced = await this.timed('find-replaced', 1, async () =>
          (await tx.run(FIND_REPLACED, { id: g.document.id, path: g.document.path })).records.map(
            (r) => r.get('id') as string,
          ),
        );
        const candidates = new Set(g.concepts.map((c) => c.id));
        const docId = g.document.id;
        const rewrite = replaced.includes(docId);
        if (replaced.length) {
          await this.timed('delete-old', replaced.length, async () => {
            for (const r of (await tx.run(CONCEPTS_OF_DOCS, { docIds: replaced })).records)
              candidates.add(r.get('id'));
            const others = replaced.filter((id) => id !== docId);
            if (others.length) await this.deleteDocsTx(tx, others);
            if (rewrite) for (const stmt of CLEAR_UNKEYED_LINKS) await tx.run(stmt, { docId });
          });
        }
        const stored = await this.timed('read-concepts', g.concepts.length, () =>
          this.readConceptsTx(
            tx,
            g.concepts.map((c) => c.id),
          ),
        );
        const rows = documentRows(g, stored);
        // Pipelined: every statement is sent without waiting for the previous one's answer (Bolt runs
        // them in order within the transaction), so round trips do not add up.
        const t = performance.now();
        const pending: Promise<unknown>[] = [];
        for (const [kind, rs] of rows) {
          for (const batch of chunk(rs, this.batchSize)) {
            const sent = performance.now();
            const p = tx
              .run(WRITE[kind], { rows: batch })
              .then(() => this.onStatement?.(kind, batch.length, performance.now() - sent));
            if (this.pipeline) pending.push(p);
            else await p;
          }
        }
        await Promise.all(pending);
        this.onStatement?.('write-all', pending.length, performance.now() - t);
        if (rewrite) {
          const idsOf = new Map(rows.map(([kind, rs]) => [kind, rs.map((r) => r.id as string)]));
          await this.timed('sweep-stale', 1, async () => {
            for (const { stmt, ids } of SWEEP_STALE) await tx.run(stmt, { docId, ids: idsOf.get(ids) ?? [] });
          });
        }
        const removed = await this.timed('prune-concepts', candidates.size, () =>
          pruneConceptsTx(tx, [...candidates]),
        );
        await this.timed('concept-log', g.concepts.length + removed.length, () =>
          logConceptsTx(
            tx,
            g.concepts.map((c) => c.id),
            removed,
          ),
        );
        tBody = performance.now();
        return modelSize(rows);
      });
      this.onStatement?.('commit', 1, performance.now() - tBody);
      return { ...size, ms: performance.now() - t0 };
    } catch (e) {
      throw toStoreError(e, 'OSM_STORE_WRITE_FAILED', this.label);
    } finally {
      await session.close();
    }
  }

  private async timed<T>(kind: string, rows: number, fn: () => Promise<T>): Promise<T> {
    if (!this.onStatement) return fn();
    const t = performance.now();
    const out = await fn();
    this.onStatement(kind, rows, performance.now() - t);
    return out;
  }

  async deleteDocument(docId: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite(async (tx) => {
        const ids = (await tx.run(CONCEPTS_OF_DOCS, { docIds: [docId] })).records.map(
          (r) => r.get('id') as string,
        );
        await this.deleteDocsTx(tx, [docId]);
        await logConceptsTx(tx, [], await pruneConceptsTx(tx, ids));
      });
    } catch (e) {
      throw toStoreError(e, 'OSM_STORE_WRITE_FAILED', this.label);
    } finally {
      await session.close();
    }
  }

  private async deleteDocsTx(tx: ManagedTransaction, docIds: string[]): Promise<void> {
    await this.timed('delete-relations', docIds.length, () => tx.run(DELETE_RELATIONS_OF_DOCS, { docIds }));
    for (const [i, stmt] of DELETE_DOCS.entries())
      await this.timed(`delete-${i}`, docIds.length, () => tx.run(stmt, { docIds }));
  }

  private async readConceptsTx(tx: ManagedTransaction, ids: string[]): Promise<Map<string, StoredConcept>> {
    const out = new Map<string, StoredConcept>();
    for (const batch of chunk(ids, 5000)) {
      for (const r of (await tx.run(READ_CONCEPTS, { ids: batch })).records) {
        const c = r.toObject() as StoredConcept;
        out.set(c.id, { ...c, aliases: c.aliases ?? [], confidence: c.confidence ?? 0 });
      }
    }
    return out;
  }

  private async read<T>(query: string, params: Params = {}): Promise<T[]> {
    try {
      const res = await this.driver.executeQuery(query, params, { database: this.database, routing: 'READ' });
      return res.records.map((r) => r.toObject() as T);
    } catch (e) {
      throw toStoreError(e, 'OSM_INTERNAL', this.label);
    }
  }

  graphViewSource(): GraphViewSource {
    return neo4jGraphViewSource((q, p) => this.read(q, p));
  }

  async documentCounts(docId: string): Promise<{ concepts: number; mentions: number }> {
    const [r] = await this.read<{ concepts: number; mentions: number }>(
      `MATCH (c:Concept)-[m:MENTIONED_IN {docId: $docId}]->() RETURN count(DISTINCT c) AS concepts, count(m) AS mentions`,
      { docId },
    );
    return { concepts: Number(r?.concepts ?? 0), mentions: Number(r?.mentions ?? 0) };
  }

  async resolveConcept(nameOrId: string): Promise<string | null> {
    const [hit] = await this.read<{ id: string }>(Q.RESOLVE_CONCEPT, { q: nameOrId.trim() });
    return hit?.id ?? null;
  }

  async getDocument(docId: string): Promise<DocumentRecord | null> {
    const r = (await this.read<DocumentRecord>(Q.DOC_BY_ID, { v: docId }))[0];
    return r ? Q.docFromRow(r) : null;
  }

  async findDocumentBySha(sha256: string): Promise<DocumentRecord | null> {
    const r = (await this.read<DocumentRecord>(Q.DOC_BY_SHA, { v: sha256 }))[0];
    return r ? Q.docFromRow(r) : null;
  }

  async findDocumentByPath(path: string): Promise<DocumentRecord | null> {
    const r = (await this.read<DocumentRecord>(Q.DOC_BY_PATH, { v: path }))[0];
    return r ? Q.docFromRow(r) : null;
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return (await this.read<DocumentRecord>(Q.LIST_DOCUMENTS)).map(Q.docFromRow);
  }

  async listConcepts(opts: ListConceptsOptions = {}): Promise<ConceptSummary[]> {
    const limit = Math.max(0, Math.floor(opts.limit ?? 50));
    if (opts.docId)
      return this.read<ConceptSummary>(Q.LIST_DOC_CONCEPTS, {
        type: opts.type ?? null,
        docId: opts.docId,
        limit: neo4j.int(limit),
      });
    return this.read<ConceptSummary>(Q.LIST_CONCEPTS, {
      type: opts.type ?? null,
      q: opts.q ? opts.q.toLowerCase() : null,
      inDocument: opts.inDocument ?? null,
      limit: neo4j.int(limit),
    });
  }

  async showConcept(nameOrId: string): Promise<ConceptDetail | null> {
    const id = await this.resolveConcept(nameOrId);
    if (!id) return null;
    const p = { id };
    const [summary, mentionList, related, chartFacts] = await Promise.all([
      this.read<ConceptSummary & { definition: string | null; confidence: number }>(Q.CONCEPT_SUMMARY, p),
      this.read<ConceptDetail['mentionList'][number]>(Q.CONCEPT_MENTIONS, p),
      this.read<ConceptDetail['related'][number]>(Q.CONCEPT_RELATED, p),
      this.read<ConceptDetail['chartFacts'][number]>(Q.CONCEPT_CHART_FACTS, p),
    ]);
    if (!summary[0]) return null;
    return { ...summary[0], mentionList, related, chartFacts };
  }

  async listMerges(): Promise<MergeView[]> {
    return listMergesNeo4j((q, p) => this.read(q, p));
  }

  async conceptsOnlyIn(docId: string): Promise<Set<string>> {
    const rows = await this.read<{ id: string }>(Q.CONCEPTS_ONLY_IN, { docId });
    return new Set(rows.map((r) => r.id));
  }

  async blockedPairs(): Promise<Set<string>> {
    return blockedPairsNeo4j((q, p) => this.read(q, p));
  }

  async unmerge(mergeId: string): Promise<UnmergeResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite((tx) => unmergeNeo4j(tx, mergeId, new Date().toISOString()));
    } catch (e) {
      if ((e as { code?: string }).code === 'OSM_MERGE_NOT_FOUND') throw e;
      throw toStoreError(e, 'OSM_STORE_WRITE_FAILED', this.label);
    } finally {
      await session.close();
    }
  }

  /** The whole graph as plain records (`osmose export`). */
  async dumpGraph(): Promise<GraphDump> {
    return dumpNeo4j((q, p) => this.read(q, p));
  }

  async hitLabels(ids: { concepts: string[]; slides: string[] }): Promise<HitLabels> {
    const [cs, ss] = await Promise.all([
      ids.concepts.length
        ? this.read<{ id: string; name: string; type: string }>(Q.HIT_CONCEPTS, { ids: ids.concepts })
        : [],
      ids.slides.length
        ? this.read<{ id: string; document: string; index: number; title: string | null; summary: string }>(
            Q.HIT_SLIDES,
            { ids: ids.slides },
          )
        : [],
    ]);
    return {
      concepts: new Map(cs.map(({ id, ...r }) => [id, r])),
      slides: new Map(ss.map(({ id, ...r }) => [id, { ...r, index: Number(r.index) }])),
    };
  }

  async textSearch(query: string, limit: number): Promise<TextMatches> {
    // the embedded store's LIKE: the words in order, any one character between them, anywhere in the text
    const words = literalParts(query.toLowerCase()).map((w) => w.replace(/[^\p{L}\p{N}]/gu, (c) => '\\' + c));
    if (words.length === 0) return { concepts: [], slides: [] };
    const re = `(?s).*${words.join('.')}.*`;
    const p = { re, limit: neo4j.int(Math.max(0, Math.floor(limit))) };
    const [concepts, slides] = await Promise.all([
      this.read<{ id: string; score: number }>(Q.TEXT_CONCEPTS, p),
      this.read<{ id: string; score: number }>(Q.TEXT_SLIDES, p),
    ]);
    const num = (r: { id: string; score: unknown }) => ({ id: r.id, score: Number(r.score) });
    return { concepts: concepts.map(num), slides: slides.map(num) };
  }

  async allConcepts(): Promise<ConceptRecord[]> {
    return this.read<ConceptRecord>(Q.ALL_CONCEPTS);
  }

  async conceptChanges(since: number | null): Promise<ConceptChanges> {
    return readConceptChanges(
      (q, p) => this.read(q, p),
      () => this.allConcepts(),
      since,
    );
  }

  async counts(): Promise<StoreCounts> {
    const [c] = await this.read<Omit<StoreCounts, 'vectors'>>(Q.COUNTS);
    return { ...c, vectors: 0 };
  }

  /** Every node and relationship in the database (tests, benchmark). */
  async totals(): Promise<{ nodes: number; relationships: number }> {
    const [t] = await this.read<{ nodes: number; relationships: number }>(Q.TOTALS);
    return t;
  }

  /** Deletes everything in the database (tests and benchmarks only). */
  async clearAll(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      // Auto-commit transaction: required by CALL … IN TRANSACTIONS.
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } catch (e) {
      throw toStoreError(e, 'OSM_STORE_WRITE_FAILED', this.label);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
