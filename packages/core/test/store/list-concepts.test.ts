/**
 * The store's top concepts (`osmose concepts`, the web app's list, the summary after an ingest), counted from the
 * (concept, document, slide) index of migration 7: held to a computation from the stored mentions themselves, ties
 * included, for the whole store, a type and one document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConceptType } from '../../src/model/graph.js';
import type { ConceptSummary } from '../../src/ports/store.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { makeGraph } from '../adapters/fixtures.js';

let s: EmbeddedStore;
afterEach(() => s?.close());

const NAMES = [
  'Alpha Grid',
  'Beta Mesh',
  'Gamma Core',
  'Delta Edge',
  'Epsilon Hub',
  'Zeta Node',
  'Eta Port',
  'Theta Bus',
];

async function store(): Promise<EmbeddedStore> {
  s = openEmbeddedStore(':memory:');
  // overlapping concept sets, few mentions: many ties in documents, slides and mentions
  for (let d = 0; d < 9; d++)
    await s.graph.writeDocument(
      makeGraph({
        path: `/decks/${d}.pptx`,
        content: `v${d}`,
        slides: 3 + (d % 4),
        concepts: NAMES.filter((_, i) => (i + d) % 3 !== 0),
        mentions: 8 + (d % 5),
        relations: 0,
      }),
    );
  // three concepts tied on every count (one mention on the one slide of one deck): the name decides (binary order,
  // which the concept ids' order does not follow here)
  await s.graph.writeDocument(
    makeGraph({
      path: '/decks/tie.pptx',
      content: 'tie',
      slides: 1,
      concepts: ['alpha omega', 'Zulu Omega', 'Mike Omega'],
      mentions: 3,
      relations: 0,
    }),
  );
  return s;
}

type Row = Omit<ConceptSummary, 'aliases'>;

/** From the stored mentions, in JavaScript. */
async function expected(opts: { type?: ConceptType; docId?: string; limit: number }): Promise<Row[]> {
  const dump = await s.graph.dumpGraph();
  const rows: Row[] = [];
  for (const c of dump.concepts) {
    if (opts.type && c.type !== opts.type) continue;
    const all = dump.mentions.filter((m) => m.conceptId === c.id);
    const here = opts.docId ? all.filter((m) => m.docId === opts.docId) : all;
    if (here.length === 0) continue;
    rows.push({
      id: c.id,
      name: c.name,
      type: c.type,
      mentions: here.length,
      documents: new Set(all.map((m) => m.docId)).size,
      slides: new Set(here.map((m) => m.slideId)).size,
    });
  }
  const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  rows.sort((a, b) =>
    opts.docId
      ? b.slides - a.slides || b.mentions - a.mentions || b.documents - a.documents || byName(a, b)
      : b.documents - a.documents || b.slides - a.slides || b.mentions - a.mentions || byName(a, b),
  );
  return rows.slice(0, opts.limit);
}

const strip = (rows: ConceptSummary[]): Row[] => rows.map(({ aliases: _, ...r }) => r);

describe('top concepts of the embedded store', () => {
  it('the whole store, a type and one document: the counts and the order of the stored mentions', async () => {
    await store();
    for (const limit of [3, 5, 50]) {
      expect(strip(await s.graph.listConcepts({ limit }))).toEqual(await expected({ limit }));
      const type = (await s.graph.dumpGraph()).concepts[0].type;
      expect(strip(await s.graph.listConcepts({ limit, type }))).toEqual(await expected({ limit, type }));
      const docId = (await s.graph.listDocuments())[2].id;
      expect(strip(await s.graph.listConcepts({ limit, docId }))).toEqual(await expected({ limit, docId }));
    }
    const tail = (await s.graph.listConcepts({ limit: 50 })).slice(-3).map((r) => r.name);
    expect(tail).toEqual(['Mike Omega', 'Zulu Omega', 'alpha omega']);
    // ties are real here: several concepts share their document count
    const docs = (await s.graph.listConcepts({ limit: 50 })).map((r) => r.documents);
    expect(new Set(docs).size).toBeLessThan(docs.length);
  });

  it('counts from the (concept, document, slide) index, which replaced the one-column index', async () => {
    await store();
    const names = s.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(names).toContain('mentions_concept_doc_slide');
    expect(names).not.toContain('mentions_concept');
    const plan = s.db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT concept_id, count(*), count(DISTINCT doc_id), count(DISTINCT slide_id) FROM mentions GROUP BY concept_id',
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/COVERING INDEX mentions_concept_doc_slide/);
  });
});
