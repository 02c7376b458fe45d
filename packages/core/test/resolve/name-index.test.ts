/**
 * Entity resolution keeps the stored concepts' name index per store connection and brings it up to date from the
 * store's concept change log (migration 6) before each document, instead of reading every concept each time. These
 * tests hold it to the answer of a store read whole: across connections, deletes, unmerges, re-ingests and a log
 * pruned past the index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { graph, mergesOf, readWhole, resolveStream } from './name-index-fixtures.js';

const dirs: string[] = [];
const open: EmbeddedStore[] = [];
function tempStore(): { dir: string; store: () => EmbeddedStore } {
  const dir = mkdtempSync(join(tmpdir(), 'osmose-name-index-'));
  dirs.push(dir);
  return {
    dir,
    store: () => {
      const s = openEmbeddedStore(dir);
      open.push(s);
      return s;
    },
  };
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("entity resolution's name index, kept per connection from the concept change log", () => {
  it('sees what another connection wrote, changed and deleted', async () => {
    const t = tempStore();
    const a = t.store(); // resolves (an engine's CPU worker)
    const b = t.store(); // writes and deletes (another process, the server's main thread)
    const first = graph('first', [['Release Train', 'PRACTICE']]);
    await resolveStage(first, { store: a.graph });
    await a.graph.writeDocument(first);

    await b.graph.writeDocument(graph('other', [['Zero Trust Architecture', 'PRACTICE']]));
    const r1 = await resolveStage(graph('x1', [['zero-trust architectures', 'PRACTICE']]), {
      store: a.graph,
    });
    expect(mergesOf(r1)).toEqual({
      'c:zero-trust-architectures': 'c:zero-trust-architecture (normalised)',
    });

    // an alias added by the other connection (a concept changed in place) is a key too
    await b.graph.writeDocument(
      graph('other', [['Zero Trust Architecture', 'PRACTICE', ['Never Trust Always Verify']]]),
    );
    const r2 = await resolveStage(graph('x2', [['never-trust, always-verify', 'PRACTICE']]), {
      store: a.graph,
    });
    expect(mergesOf(r2)).toEqual({
      'c:never-trust-always-verify': 'c:zero-trust-architecture (normalised)',
    });

    // a merge undone there: the kept concept loses the merged one's names here too
    await b.graph.writeDocument(graph('std1', [['ASVS', 'STANDARD']]));
    const std2 = graph('std2', [['ASVS 4.0', 'STANDARD']]);
    const rm = await resolveStage(std2, { store: a.graph });
    expect(mergesOf(rm)).toEqual({ 'c:asvs-4-0': 'c:asvs (normalised)' });
    await b.graph.writeDocument(std2);
    await resolveStage(graph('x', [['Unrelated Thing', 'ENTITY']]), { store: a.graph }); // the index sees the merge
    await b.graph.unmerge(rm.merges[0].id);
    const ru = await resolveStage(graph('x4', [['asvs 4.0 ', 'STANDARD']]), { store: a.graph });
    expect(mergesOf(ru)).toEqual({ 'c:asvs-4-0-': 'c:asvs-4-0 (normalised)' });

    // deleted there: gone here (no merge into a concept that no longer exists)
    await b.graph.deleteDocument('doc:other');
    const r3 = await resolveStage(graph('x3', [['Zero-Trust Architectures', 'PRACTICE']]), {
      store: a.graph,
    });
    expect(r3.merges).toEqual([]);

    // changes the index missed (the log pruned past it, as writers do past 50,000 entries): it starts over
    await b.graph.writeDocument(graph('tmp', [['Quantum Ledger', 'ENTITY']]));
    await resolveStage(graph('x5', [['Other Thing', 'ENTITY']]), { store: a.graph }); // the index has it
    await b.graph.deleteDocument('doc:tmp');
    b.db.prepare('DELETE FROM concept_log').run();
    await b.graph.writeDocument(graph('tmp2', [['Another Entry', 'ENTITY']]));
    const r5 = await resolveStage(graph('x6', [['quantum ledgers', 'ENTITY']]), { store: a.graph });
    expect(r5.merges).toEqual([]);
  });

  it('asks the judge about the same pair whatever order the concepts reached the index in', async () => {
    // both acronyms spell the initials of the new name: the candidate is the first in acronym order
    const asked = async (cached: boolean) => {
      const t = tempStore();
      const s = t.store();
      const store = cached ? s.graph : readWhole(s.graph);
      for (const [doc, name] of [
        ['a', 'MMTA'],
        ['b', 'MFMA'],
      ]) {
        const g = graph(doc, [[name, 'ENTITY']]);
        await resolveStage(g, { store });
        await s.graph.writeDocument(g);
      }
      const pairs: string[] = [];
      await resolveStage(graph('c', [['Multi-Factor Multi-Tenant Authentication', 'ENTITY']]), {
        store,
        judge: {
          batchSize: 10,
          judgePairs: async (ps) => {
            pairs.push(...ps.map((p) => `${p.a.name} = ${p.b.name}`));
            return ps.map(() => false);
          },
        },
      });
      return pairs;
    };
    const whole = await asked(false);
    expect(whole).toEqual(['Multi-Factor Multi-Tenant Authentication = MFMA']);
    expect(await asked(true)).toEqual(whole);
  });

  it('resolutions on one store object run one after the other (they share its name index)', async () => {
    const t = tempStore();
    const s = t.store();
    await s.graph.writeDocument(graph('base', [['Release Train', 'PRACTICE']]));
    let reads = 0;
    const store = Object.create(s.graph, {
      conceptChanges: { value: (since: number | null) => (reads++, s.graph.conceptChanges(since)) },
    }) as typeof s.graph;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // the first one waits on its judge (an ambiguous acronym) with the index in hand
    await s.graph.writeDocument(graph('acr', [['MFMA', 'ENTITY']]));
    const first = resolveStage(graph('one', [['Multi-Factor Multi-Tenant Authentication', 'ENTITY']]), {
      store,
      judge: { judgePairs: async (ps) => (await held, ps.map(() => true)) },
    });
    const second = resolveStage(graph('two', [['release trains', 'PRACTICE']]), { store });
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBe(1);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(reads).toBe(2);
    expect(mergesOf(a)).toEqual({ 'c:multi-factor-multi-tenant-authentication': 'c:mfma (llm)' });
    expect(mergesOf(b)).toEqual({ 'c:release-trains': 'c:release-train (normalised)' });
  });

  it('reports changes since a token: every concept first, then only what changed, everything again once the log no longer reaches back', async () => {
    const t = tempStore();
    const s = t.store();
    await s.graph.writeDocument(
      graph('d1', [
        ['Alpha Platform', 'ENTITY'],
        ['Beta Service', 'ENTITY'],
      ]),
    );
    const all = (await s.graph.conceptChanges(null))!;
    expect(all.full).toBe(true);
    expect(all.concepts.map((c) => c.id)).toEqual(['c:alpha-platform', 'c:beta-service']);

    const none = (await s.graph.conceptChanges(all.token))!;
    expect(none).toEqual({ token: all.token, full: false, concepts: [], removed: [] });

    await s.graph.writeDocument(graph('d2', [['Gamma Cluster', 'ENTITY']]));
    await s.graph.deleteDocument('doc:d1');
    const some = (await s.graph.conceptChanges(all.token))!;
    expect(some.full).toBe(false);
    expect(some.concepts.map((c) => c.id)).toEqual(['c:gamma-cluster']);
    expect(some.removed.sort()).toEqual(['c:alpha-platform', 'c:beta-service']);

    // the entries after `some.token` pruned away (as writers do past 50,000 entries): a full answer
    await s.graph.writeDocument(graph('d3', [['Delta Gateway', 'ENTITY']]));
    s.db.prepare('DELETE FROM concept_log').run();
    await s.graph.writeDocument(graph('d4', [['Epsilon Bus', 'ENTITY']]));
    const again = (await s.graph.conceptChanges(some.token))!;
    expect(again.full).toBe(true);
    expect(again.concepts.map((c) => c.id)).toEqual(['c:delta-gateway', 'c:epsilon-bus', 'c:gamma-cluster']);

    // a log emptied entirely (by hand) after a reader took its token: the counter still moved on
    const t2 = tempStore();
    const e = t2.store();
    const empty = (await e.graph.conceptChanges(null))!;
    await e.graph.writeDocument(graph('e1', [['Zeta Gateway', 'ENTITY']]));
    e.db.prepare('DELETE FROM concept_log').run();
    const after = (await e.graph.conceptChanges(empty.token))!;
    expect(after.full).toBe(true);
    expect(after.concepts.map((c) => c.id)).toEqual(['c:zeta-gateway']);

    // the triggers exist (a later migration that rebuilds the concepts table must re-create them)
    const triggers = s.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'concepts' ORDER BY name",
      )
      .all()
      .map((r) => (r as { name: string }).name);
    expect(triggers).toEqual(
      expect.arrayContaining(['concepts_deleted', 'concepts_inserted', 'concepts_updated']),
    );

    // inside a write transaction the store cannot tell (its own uncommitted rows): the caller reads every concept
    const inTx = await new Promise<unknown>((done, fail) => {
      try {
        s.db.transaction(() => void s.graph.conceptChanges(again.token).then(done, fail))();
      } catch (e) {
        fail(e);
      }
    });
    expect(inTx).toBeNull();
  });

  it('resolves a stream of documents exactly as a store read whole for each one does (merges, kept records, final graph)', async () => {
    const run = async (cached: boolean) => {
      const t = tempStore();
      const writer = t.store();
      const resolver = t.store(); // a second connection: the index follows another connection's writes
      return resolveStream(writer.graph, cached ? resolver.graph : readWhole(resolver.graph));
    };
    const cached = await run(true);
    const whole = await run(false);
    expect(cached.merges).toEqual(whole.merges);
    expect(cached.merges.filter((m) => Object.keys(m).length > 0).length).toBeGreaterThan(10);
    expect(cached.merges[12]['c:legacy-mainframes']).toBeUndefined();
    expect(cached.log.some((m) => m.undone)).toBe(true);
    expect(cached.log).toEqual(whole.log);
    expect(JSON.stringify(cached.dump)).toBe(JSON.stringify(whole.dump));
  });
});
