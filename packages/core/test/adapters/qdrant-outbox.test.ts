/**
 * The vector outbox against a real Qdrant that is SIGKILLed mid-run and restarted on the same storage
 * and port: the graph is written first and the decks stay ingested, the vectors Qdrant missed wait in
 * the local store (reported as pendingVectors, shown by doctor), and the next run or `osmose repair`
 * writes them: the points are then exactly those of an uninterrupted run (nothing lost, nothing
 * duplicated). This file starts its own Qdrant (it kills it); the binary is found like the run's.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addonBuilt } from '@osmose/native-nlp';
import { doctor, ingestFiles, openBackends, resolveConfig, type Backends } from '../../src/index.js';
import { QdrantVectorStore } from '../../src/adapters/qdrant/qdrant-vector-store.js';
import { vectorOutboxOf } from '../../src/store/vector-writes.js';
import { freePort } from '../../../../tools/servers/free-port.js';
import { findQdrantBinary, startQdrant, type QdrantServer } from '../../../../tools/servers/qdrant.js';
import { osmose, osmoseRun } from '../helpers/cli.js';
import { DECK_A, DECK_B, makeDeck, type SlideSpec } from '../resolve/make-decks.js';
import { hashingEmbedder } from './fixtures.js';

const found = findQdrantBinary();
if (!found.bin)
  console.warn(
    `\n*** SKIPPED: vector outbox tests with a killed Qdrant: no qdrant binary found (searched ${found.searched.join(', ')}). ` +
      'Set QDRANT_BIN=/path/to/qdrant or put one on PATH. ***\n',
  );

const DECK_C: SlideSpec[] = [
  {
    title: 'Cloud budget',
    lines: ['Kubernetes Clusters cost 40% of the cloud budget.', 'Reserved Instances cut the bill.'],
  },
  {
    title: 'Savings plan',
    lines: ['Reserved Instances are bought every quarter.', 'The FinOps Team reviews the bill.'],
  },
  { title: 'Owners', lines: ['The FinOps Team reports to the CFO.'] },
];

const stages = { summariserKey: 'text-v1', embedder: hashingEmbedder(), ner: null };

describe.skipIf(!found.bin)('vector outbox: Qdrant killed mid-run and restarted', () => {
  let dir: string;
  let dataDir: string;
  let port: number;
  let server: QdrantServer | null = null;
  let main: Backends;
  /** Record ids in Qdrant after an uninterrupted run of a, b, c; then after a is edited. */
  let refIds: string[];
  let refIdsEdited: string[];
  let refGraph: Awaited<ReturnType<Backends['graph']['counts']>>;
  let refDocIds: string[];
  const decks = () => ['a', 'b', 'c'].map((n) => join(dir, 'decks', `${n}.pptx`));
  const url = () => `http://127.0.0.1:${port}`;
  const start = async () => (server = await startQdrant({ bin: found.bin!, dataDir, port }));
  const q = () => new QdrantVectorStore({ url: url() });

  /** Every point's record id (sorted, duplicates kept), across this store's collections. */
  const pointIds = async (): Promise<string[]> => {
    const s = q();
    const ids: string[] = [];
    for (const c of await s.collections()) {
      const r = await s.client.scroll(c, { limit: 100_000, with_payload: true, with_vector: false });
      for (const p of r.points) ids.push((p.payload as { recordId: string }).recordId);
    }
    return ids.sort();
  };
  const dropAll = async () => {
    const s = q();
    for (const c of await s.collections()) await s.client.deleteCollection(c);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-outbox-'));
    dataDir = join(dir, 'qdrant');
    mkdirSync(join(dir, 'decks'));
    await makeDeck(join(dir, 'a-v1.pptx'), DECK_A);
    await makeDeck(join(dir, 'a-v2.pptx'), [
      ...DECK_A.slice(0, 3),
      { title: 'Platform', lines: ['Kubernetes Clusters are patched weekly now.'] },
    ]);
    await makeDeck(join(dir, 'b.pptx'), DECK_B);
    await makeDeck(join(dir, 'c.pptx'), DECK_C);
    for (const n of ['b', 'c']) copyFileSync(join(dir, `${n}.pptx`), join(dir, 'decks', `${n}.pptx`));
    copyFileSync(join(dir, 'a-v1.pptx'), decks()[0]);
    port = await freePort();
    await start();

    // the reference: the same decks, uninterrupted, then a edited
    const ref = await openBackends({ storeDir: join(dir, 'ref'), vectorsUrl: url() });
    try {
      const r = await ingestFiles(decks(), { backends: ref, stages, concurrency: 1 });
      expect(r.documents.map((d) => d.status)).toEqual(['ingested', 'ingested', 'ingested']);
      refDocIds = r.documents.map((d) => d.docId!);
      refIds = await pointIds();
      refGraph = await ref.graph.counts();
      copyFileSync(join(dir, 'a-v2.pptx'), decks()[0]);
      await ingestFiles([decks()[0]], { backends: ref, stages });
      refIdsEdited = await pointIds();
      copyFileSync(join(dir, 'a-v1.pptx'), decks()[0]);
    } finally {
      await ref.close();
    }
    await dropAll();
    main = await openBackends({ storeDir: join(dir, 'main'), vectorsUrl: url() });
  }, 600_000);

  afterAll(async () => {
    await main?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('graph first: the run completes, the missed vectors are pending, and the next run writes exactly the missing points', async () => {
    expect(refIds.length).toBeGreaterThan(12);
    expect(new Set(refIds).size).toBe(refIds.length);
    const vectors = main.vectors as QdrantVectorStore;
    // small batches, so deck b is half-written when Qdrant dies
    (vectors as unknown as { batchSize: number }).batchSize = 2;
    const real = vectors.client.upsert.bind(vectors.client);
    let batchesOfB = 0;
    vectors.client.upsert = (async (...args: Parameters<typeof real>) => {
      const points = (args[1] as unknown as { points: { payload: { docId: string | null } }[] }).points;
      // from deck b's first batch on (b's points carry its document id; its concept points follow)
      if (batchesOfB > 0 || points.some((p) => p.payload.docId === refDocIds[1])) {
        if (++batchesOfB === 2) await server!.kill(); // SIGKILL, b half-written
      }
      return real(...args);
    }) as typeof real;
    const r1 = await ingestFiles(decks(), { backends: main, stages, concurrency: 2 });
    vectors.client.upsert = real;

    expect(batchesOfB).toBeGreaterThanOrEqual(2);
    expect(r1.documents.map((d) => d.status)).toEqual(['ingested', 'ingested', 'ingested']);
    expect(r1.documents.map((d) => d.docId)).toEqual(refDocIds);
    expect(r1.documents[0].pendingVectors, String(vectorOutboxOf(main).pending().lastError)).toBeUndefined();
    expect(r1.documents[1].pendingVectors).toBeGreaterThan(0);
    expect(r1.documents[2].pendingVectors).toBeGreaterThan(r1.documents[1].pendingVectors!);
    expect(r1.totals.pendingVectors).toBe(r1.documents[2].pendingVectors);
    // the graph was written whole: the same as the uninterrupted run's
    expect({ ...(await main.graph.counts()), vectors: 0 }).toEqual({ ...refGraph, vectors: 0 });
    const check = (await doctor(resolveConfig({ store: join(dir, 'main') }))).checks.find(
      (c) => c.name === 'pending vectors',
    );
    expect(check).toMatchObject({ ok: false, required: false });
    expect(check!.detail).toContain(`${r1.totals.pendingVectors} vector(s) of 2 document(s)`);

    await start(); // same storage, same port
    const r2 = await ingestFiles(decks(), { backends: main, stages, concurrency: 1 });
    expect(r2.documents.map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(r2.totals.pendingVectors).toBe(0);
    expect(await pointIds()).toEqual(refIds);
    expect(vectorOutboxOf(main).pending()).toMatchObject({ ops: 0, vectors: 0 });
  }, 600_000);

  it("an edited deck during an outage: its old points' delete waits too, and osmose repair writes both", async () => {
    await server!.kill();
    copyFileSync(join(dir, 'a-v2.pptx'), decks()[0]);
    const r = await ingestFiles([decks()[0]], { backends: main, stages });
    expect(r.documents[0].status).toBe('ingested');
    expect(r.totals.pendingVectors).toBeGreaterThan(0);
    expect(
      vectorOutboxOf(main)
        .list()
        .map((o) => o.op.op),
    ).toEqual(['delete', 'replace']);
    await main.close();

    const store = ['--store', join(dir, 'main'), '--vectors', url()];
    const down = osmose(['repair', ...store, '--json']);
    expect(down.code).toBe(1);
    expect(JSON.parse(down.stdout)).toMatchObject({
      written: 0,
      pendingVectors: r.totals.pendingVectors,
      error: { code: 'OSM_STORE_UNAVAILABLE' },
    });

    await start();
    const up = osmose(['repair', ...store, '--json']);
    expect(up.code, up.stderr).toBe(0);
    expect(JSON.parse(up.stdout)).toMatchObject({ written: 2, pendingVectors: 0 });
    expect(await pointIds()).toEqual(refIdsEdited);
    expect(osmose(['repair', ...store]).stdout).toContain('nothing pending');
    const doc = JSON.parse(osmose(['doctor', '--store', join(dir, 'main'), '--json']).stdout) as {
      checks: { name: string; ok: boolean; detail: string }[];
    };
    expect(doc.checks.find((c) => c.name === 'pending vectors')).toMatchObject({ ok: true, detail: 'none' });
    main = await openBackends({ storeDir: join(dir, 'main'), vectorsUrl: url() });
  }, 600_000);
});

describe.skipIf(!addonBuilt())('osmose ingest with Qdrant unreachable', () => {
  it('keeps the decks ingested (exit 0), reports pendingVectors and warns in the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-outbox-cli-'));
    try {
      await makeDeck(join(dir, 'c.pptx'), DECK_C);
      const args = [
        'ingest',
        join(dir, 'c.pptx'),
        '--store',
        join(dir, 's'),
        '--vectors',
        `http://127.0.0.1:${await freePort()}`,
      ];
      const json = await osmoseRun([...args, '--json']);
      expect(json.code, json.stderr).toBe(0);
      const r = JSON.parse(json.stdout) as {
        documents: { status: string; pendingVectors?: number }[];
        totals: { pendingVectors: number };
      };
      expect(r.documents[0].status).toBe('ingested');
      expect(r.totals.pendingVectors).toBeGreaterThan(0);
      expect(r.documents[0].pendingVectors).toBe(r.totals.pendingVectors);
      const human = await osmoseRun([...args, '--force']);
      expect(human.code, human.stderr).toBe(0);
      expect(human.stdout).toMatch(/warning: \d+ vector\(s\) wait for the vector store/);
      expect(human.stdout).toContain('osmose repair');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
