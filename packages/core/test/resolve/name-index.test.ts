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
import type { ConceptRecord, ConceptType, DocumentGraph } from '../../src/model/graph.js';
import type { GraphStore } from '../../src/ports/store.js';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { prng } from '../adapters/fixtures.js';

type Spec = [name: string, type: ConceptType, aliases?: string[]];

const idOf = (name: string) => 'c:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function graph(doc: string, concepts: Spec[]): DocumentGraph {
  const docId = `doc:${doc}`;
  const slideId = `${docId}:s1`;
  const seen = new Set<string>();
  const recs: ConceptRecord[] = [];
  for (const [name, type, aliases] of concepts) {
    const id = idOf(name);
    if (seen.has(id)) continue;
    seen.add(id);
    recs.push({ id, name, type, aliases: aliases ?? [], definition: null, confidence: 0.8 });
  }
  return {
    document: {
      id: docId,
      path: `/${doc}.pptx`,
      fileName: `${doc}.pptx`,
      sha256: doc,
      title: doc,
      slideCount: 1,
      hiddenSlides: 0,
      ingestedAt: '2026-01-01T00:00:00Z',
      pipelineVersion: 't',
    },
    slides: [
      {
        id: slideId,
        docId,
        index: 1,
        title: doc,
        hidden: false,
        section: null,
        layout: null,
        hash: doc,
        summary: '',
        summarySource: 'text',
        notes: '',
      },
    ],
    textBlocks: [],
    topics: [],
    concepts: recs,
    mentions: recs.map((c, i) => ({
      id: `m:${slideId}:${i}`,
      conceptId: c.id,
      docId,
      slideId,
      slideIndex: 1,
      shapeId: '2',
      layer: 'body',
      start: 0,
      end: c.name.length,
      surface: c.name,
      sentence: `${c.name} is used here.`,
    })),
    relations: [],
    chartFacts: [],
    vectors: [],
  };
}

/** The same store connection without its change log: resolution reads every concept, as before migration 6. */
function readWhole(store: GraphStore): GraphStore {
  return Object.create(store, { conceptChanges: { value: undefined } }) as GraphStore;
}

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

const mergesOf = (r: { merges: { mergedId: string; keptId: string; method: string }[] }) =>
  Object.fromEntries(r.merges.map((m) => [m.mergedId, `${m.keptId} (${m.method})`]));

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
    // names that meet by normalisation, plural, acronym and expansion, variant (version, vendor, ISO/IEC), initials
    const families: Spec[][] = [
      [
        ['Zero Trust Architecture', 'PRACTICE', ['ZTA']],
        ['zero-trust architectures', 'PRACTICE'],
        ['ZTA', 'PRACTICE'],
      ],
      [
        ['Data Protection Officer', 'ROLE', ['DPO']],
        ['data protection officers', 'ROLE'],
        ['DPO', 'ROLE'],
      ],
      [
        ['ASVS 4.0', 'STANDARD'],
        ['ASVS', 'STANDARD'],
        ['Application Security Verification Standard', 'STANDARD'],
      ],
      [
        ['Microsoft Entra ID', 'PRODUCT'],
        ['Entra ID', 'PRODUCT'],
      ],
      [
        ['ISO/IEC 27001', 'STANDARD'],
        ['ISO 27001', 'STANDARD'],
      ],
      [
        ['Service Level Agreement', 'ENTITY', ['SLA']],
        ['SLA', 'ENTITY'],
        ['SLAs', 'ENTITY'],
      ],
      [
        ['PO', 'ROLE'],
        ['Product Owner', 'ROLE', ['PO']],
        ['Purchase Order', 'ENTITY', ['PO']],
      ],
      [
        ['Key Performance Indicator', 'METRIC'],
        ['KPI', 'METRIC'],
        ['KPIs', 'METRIC'],
      ],
      [
        ['Kubernetes Cluster', 'ENTITY'],
        ['Kubernetes Clusters', 'ENTITY'],
      ],
      [
        ['Threat Modelling', 'PRACTICE'],
        ['Threat-Modelling', 'PRACTICE'],
      ],
    ];
    const rnd = prng('name-index');
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const docs: { name: string; specs: Spec[] }[] = [];
    for (let d = 0; d < 24; d++) {
      const specs: Spec[] = [];
      for (let k = 0; k < 5; k++) specs.push(pick(pick(families)));
      // a concept of its own too, so that deletes and re-ingests remove and bring back concepts
      specs.push([`Deck ${d} Widget`, 'ENTITY']);
      docs.push({ name: `d${d % 18}`, specs }); // the last 6 re-ingest earlier paths with other content
    }
    // a concept only d3 names, deleted with it (after the 10th document), then named again in another form
    docs[3].specs.push(['Legacy Mainframe', 'ENTITY']);
    docs[12].specs.push(['legacy mainframes', 'ENTITY']);

    const run = async (cached: boolean) => {
      const t = tempStore();
      const writer = t.store();
      const resolver = t.store(); // a second connection: the index follows another connection's writes
      const store = cached ? resolver.graph : readWhole(resolver.graph);
      const merges: Record<string, string>[] = [];
      for (const [i, d] of docs.entries()) {
        const g = graph(d.name, d.specs);
        merges.push(mergesOf(await resolveStage(g, { store, now: () => 'T' })));
        await writer.graph.writeDocument(g);
        if (i === 9) await writer.graph.deleteDocument('doc:d3');
        if (i === 14) {
          const m = (await writer.graph.listMerges()).find((x) => !x.undoneAt);
          if (m) await writer.graph.unmerge(m.id);
        }
      }
      const log = (await writer.graph.listMerges()).map(({ undoneAt, createdAt: _, ...m }) => ({
        ...m,
        undone: undoneAt !== null,
      }));
      return { merges, log, dump: await writer.graph.dumpGraph() };
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
