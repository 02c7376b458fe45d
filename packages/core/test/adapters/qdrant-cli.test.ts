/**
 * The real `osmose` CLI with its vectors in the run's real Qdrant, against the embedded store as the
 * reference on the same decks: same point count, re-ingest and forced re-ingest keep it, an edited
 * deck replaces its old points, and `osmose search` answers from Qdrant with the same top results.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addonBuilt } from '@osmose/native-nlp';
import { openBackends } from '../../src/index.js';
import { DEFAULT_EMBEDDING_MODEL } from '../../src/nlp/index.js';
import { QdrantVectorStore } from '../../src/adapters/qdrant/qdrant-vector-store.js';
import { sharedQdrant } from '../../../../tools/servers/shared.js';
import { osmoseRun } from '../helpers/cli.js';
import { DECK_A, DECK_B, makeDeck } from '../resolve/make-decks.js';

const qdrant = await sharedQdrant('osmose CLI on Qdrant tests');
if (!addonBuilt())
  console.warn(
    '\n!!! native-nlp addon NOT BUILT: the osmose CLI on Qdrant tests are SKIPPED (run npm run setup) !!!\n',
  );

interface Report {
  documents: { status: string; docId?: string; pendingVectors?: number }[];
  totals: { ingested: number; unchanged: number; pendingVectors: number };
}
interface Search {
  method: string;
  model: string | null;
  concepts: { id: string; score: number }[];
  slides: { id: string; score: number }[];
}

describe.skipIf(!qdrant.url || !addonBuilt())('osmose CLI with --vectors on a real Qdrant', () => {
  let dir: string;
  let q: QdrantVectorStore;
  const deckA = () => join(dir, 'decks', 'a.pptx');
  const deckB = () => join(dir, 'decks', 'b.pptx');
  const onQdrant = () => ['--store', join(dir, 'qdrant-store'), '--vectors', qdrant.url!];
  const onEmbedded = () => ['--store', join(dir, 'embedded-store')];
  const docIds: string[] = [];
  const ingest = async (args: string[]): Promise<Report> => {
    // one deck after the other: cross-deck resolution then picks the same canonical ids in both stores
    const r = await osmoseRun(['ingest', deckA(), deckB(), ...args, '--concurrency', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Report;
  };
  const embeddedVectorCount = async (): Promise<number> => {
    const b = await openBackends({ storeDir: join(dir, 'embedded-store') });
    try {
      return await b.vectors!.count();
    } finally {
      await b.close();
    }
  };
  const pointsOf = async (docId: string): Promise<number> => {
    let n = 0;
    for (const c of await q.collections())
      n += (
        await q.client.count(c, {
          exact: true,
          filter: { must: [{ key: 'docId', match: { value: docId } }] },
        })
      ).count;
    return n;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-qdrant-cli-'));
    await makeDeck(join(dir, 'a-v1.pptx'), DECK_A);
    await makeDeck(join(dir, 'a-v2.pptx'), [
      ...DECK_A.slice(0, 2),
      { title: 'Controls', lines: ['GDPR requires records of processing and a data protection officer.'] },
    ]);
    await makeDeck(join(dir, 'b.pptx'), DECK_B);
    mkdirSync(join(dir, 'decks'));
    copyFileSync(join(dir, 'a-v1.pptx'), deckA());
    copyFileSync(join(dir, 'b.pptx'), deckB());
    q = new QdrantVectorStore({ url: qdrant.url! });
  }, 600_000);

  afterAll(async () => {
    await qdrant.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every vector to a Qdrant collection of the model, once, and re-ingest (plain and forced) keeps the count', async () => {
    const r = await ingest(onQdrant());
    expect(r.documents.map((d) => d.status)).toEqual(['ingested', 'ingested']);
    expect(r.totals.pendingVectors).toBe(0);
    docIds.push(...r.documents.map((d) => d.docId!));
    await ingest(onEmbedded());
    const expected = await embeddedVectorCount();
    expect(expected).toBeGreaterThan(10);
    const [collection] = await q.collections();
    // one collection, named after the default embedding model
    expect(await q.collections()).toEqual([`osmose_${DEFAULT_EMBEDDING_MODEL}`]);
    const info = await q.client.getCollection(collection);
    expect(info.config.params.vectors).toMatchObject({ size: 384, distance: 'Cosine' });
    expect(await q.count()).toBe(expected);
    for (const d of r.documents) expect(await pointsOf(d.docId!)).toBeGreaterThan(0);

    const again = await ingest(onQdrant());
    expect(again.totals.unchanged).toBe(2);
    expect(await q.count()).toBe(expected);
    const forced = await ingest([...onQdrant(), '--force']);
    expect(forced.totals.ingested).toBe(2);
    expect(await q.count()).toBe(expected);
  }, 600_000);

  it('osmose search answers from Qdrant with the same top results as the embedded vector store', async () => {
    for (const text of ['data protection fines', 'incident response']) {
      const a = await osmoseRun(['search', text, '--limit', '5', ...onQdrant(), '--json']);
      const b = await osmoseRun(['search', text, '--limit', '5', ...onEmbedded(), '--json']);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const fromQdrant = JSON.parse(a.stdout) as Search;
      const fromEmbedded = JSON.parse(b.stdout) as Search;
      expect(fromQdrant.method).toBe('vector');
      expect(fromQdrant.model).toBe(fromEmbedded.model);
      expect(fromQdrant.slides.length).toBeGreaterThan(0);
      expect(fromQdrant.concepts.length).toBeGreaterThan(0);
      for (const kind of ['concepts', 'slides'] as const) {
        expect(fromQdrant[kind].map((h) => h.id).slice(0, 3)).toEqual(
          fromEmbedded[kind].map((h) => h.id).slice(0, 3),
        );
        fromQdrant[kind]
          .slice(0, 3)
          .forEach((h, i) => expect(h.score).toBeCloseTo(fromEmbedded[kind][i].score, 3));
      }
    }
  }, 600_000);

  it('an edited deck replaces its old points (none left under the old document id)', async () => {
    const oldId = docIds[0];
    expect(await pointsOf(oldId)).toBeGreaterThan(0);
    copyFileSync(join(dir, 'a-v2.pptx'), deckA());
    const r = await ingest(onQdrant());
    expect(r.documents.map((d) => d.status)).toEqual(['ingested', 'unchanged']);
    const newId = r.documents[0].docId!;
    expect(newId).not.toBe(oldId);
    expect(await pointsOf(oldId)).toBe(0);
    expect(await pointsOf(newId)).toBe(3);
    await ingest(onEmbedded());
    expect(await q.count()).toBe(await embeddedVectorCount());
  }, 600_000);
});
