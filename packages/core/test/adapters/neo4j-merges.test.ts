/**
 * The entity-resolution log on a real Neo4j behaves like the embedded store's: the same ingest gives
 * the same merges, unmerge restores both concepts with their own mentions on both backends, and a
 * forced re-ingest never re-merges the pair.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import { mergeLogScenario } from '../store/merge-log-scenario.js';
import { DECK_A, DECK_B, makeDeck } from '../resolve/make-decks.js';

const stages = { summariserKey: 'text-v1', embedder: null };

describe('merges and unmerge on Neo4j (real server) match the embedded store', () => {
  let neo4j: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
  let dir: string;
  let deckA: string;
  let deckB: string;
  let neo: Backends;
  let ref: Backends;

  beforeAll(async () => {
    neo4j = await sharedNeo4jUrl(); // the run's server, emptied and held by this file
    dir = mkdtempSync(join(tmpdir(), 'osmose-neo-merges-'));
    deckA = join(dir, 'a.pptx');
    deckB = join(dir, 'b.pptx');
    await makeDeck(deckA, DECK_A);
    await makeDeck(deckB, DECK_B);
    neo = await openBackends({ storeDir: join(dir, 'neo'), graphUrl: neo4j.url });
    ref = await openBackends({ storeDir: join(dir, 'ref') });
  }, 600_000); // may wait for another file's Neo4j lease
  afterAll(async () => {
    await neo?.close();
    await ref?.close();
    await neo4j?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const mentionsByDoc = async (b: Backends, id: string) => {
    const c = await b.graph.showConcept(id);
    const out: Record<string, number> = {};
    for (const m of c?.mentionList ?? []) out[m.document] = (out[m.document] ?? 0) + 1;
    return out;
  };
  const view = (ms: Awaited<ReturnType<NonNullable<Backends['graph']['listMerges']>>>) =>
    ms.map((m) => [m.id, m.keptId, m.mergedId, m.method, m.mentions, !!m.undoneAt]).sort();

  it('logs, undoes and keeps apart exactly as the embedded store does', async () => {
    for (const b of [neo, ref]) await ingestFiles([deckA, deckB], { backends: b, stages });
    expect(neo.graph.kind).toBe('neo4j');
    expect(view(await neo.graph.listMerges!())).toEqual(view(await ref.graph.listMerges!()));
    const merge = (await neo.graph.listMerges!()).find((x) => x.mergedName === 'GDPR')!;
    expect(merge.method).toBe('acronym');
    expect(await mentionsByDoc(neo, merge.keptId)).toEqual({ 'a.pptx': 5, 'b.pptx': 3 });

    const r = await neo.graph.unmerge!(merge.id);
    const rr = await ref.graph.unmerge!(merge.id);
    expect(r.restoredMentions).toBe(3);
    expect(rr.restoredMentions).toBe(3);
    expect(r.merge.undoneAt).not.toBeNull();
    expect(await mentionsByDoc(neo, merge.keptId)).toEqual({ 'a.pptx': 5 });
    expect(await mentionsByDoc(neo, merge.mergedId)).toEqual({ 'b.pptx': 3 });
    expect((await neo.graph.showConcept(merge.mergedId))!.name).toBe('GDPR');
    expect((await neo.graph.showConcept(merge.keptId))!.name).toBe('General Data Protection Regulation');
    expect(await neo.graph.counts()).toEqual({ ...(await ref.graph.counts()), vectors: 0 });
    expect((await neo.graph.unmerge!(merge.id)).restoredMentions).toBe(0);
    await expect(neo.graph.unmerge!('mg:nope')).rejects.toMatchObject({ code: 'OSM_MERGE_NOT_FOUND' });

    // forced re-ingest: the unmerged pair stays apart and nothing duplicates, on both backends
    const mid = await neo.graph.counts();
    for (const b of [neo, ref]) await ingestFiles([deckA, deckB], { backends: b, stages, force: true });
    expect(await neo.graph.counts()).toEqual(mid);
    expect(await mentionsByDoc(neo, merge.mergedId)).toEqual({ 'b.pptx': 3 });
    expect(view(await neo.graph.listMerges!())).toEqual(view(await ref.graph.listMerges!()));
    const pick = (d: Awaited<ReturnType<NonNullable<Backends['graph']['dumpGraph']>>>) => ({
      concepts: d.concepts.map((x) => [x.id, x.name, x.type, x.aliases]),
      mentions: d.mentions.map((x) => [x.id, x.conceptId]),
      relations: d.relations.map((x) => [x.id, x.source, x.target, x.weight]),
    });
    expect(pick(await neo.graph.dumpGraph!())).toEqual(pick(await ref.graph.dumpGraph!()));
  }, 600_000); // a loaded 2-core machine

  it('keeps the first decision per pair while its deck is stored; an undo happens once (as the embedded store)', async () => {
    const store = new Neo4jGraphStore({ url: neo4j.url });
    try {
      await store.init();
      await store.clearAll();
      await mergeLogScenario(store);
    } finally {
      await store.clearAll();
      await store.close();
    }
  }, 600_000);
});
