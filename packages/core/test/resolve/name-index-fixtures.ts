/** One-slide document graphs for the resolution tests (embedded store and Neo4j), the store read whole, a stream of documents. */
import type { ConceptRecord, ConceptType, DocumentGraph } from '../../src/model/graph.js';
import type { GraphStore } from '../../src/ports/store.js';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import { prng } from '../adapters/fixtures.js';

export type Spec = [name: string, type: ConceptType, aliases?: string[]];

export const idOf = (name: string) => 'c:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function graph(doc: string, concepts: Spec[]): DocumentGraph {
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
export function readWhole(store: GraphStore): GraphStore {
  return Object.create(store, { conceptChanges: { value: undefined } }) as GraphStore;
}

export const mergesOf = (r: { merges: { mergedId: string; keptId: string; method: string }[] }) =>
  Object.fromEntries(r.merges.map((m) => [m.mergedId, `${m.keptId} (${m.method})`]));

/**
 * 24 documents (6 re-ingest earlier paths), a delete after the 10th and an unmerge after the 15th, resolved through
 * `resolver` and written through `writer` (two connections to one store): the merges of each, the merge log and
 * the final graph.
 */
export async function resolveStream(writer: GraphStore, resolver: GraphStore) {
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

  const merges: Record<string, string>[] = [];
  for (const [i, d] of docs.entries()) {
    const g = graph(d.name, d.specs);
    merges.push(mergesOf(await resolveStage(g, { store: resolver, now: () => 'T' })));
    await writer.writeDocument(g);
    if (i === 9) await writer.deleteDocument('doc:d3');
    if (i === 14) {
      const m = (await writer.listMerges!()).find((x) => !x.undoneAt);
      if (m) await writer.unmerge!(m.id);
    }
  }
  const log = (await writer.listMerges!()).map(({ undoneAt, createdAt: _, ...m }) => ({
    ...m,
    undone: undoneAt !== null,
  }));
  const dump = await writer.dumpGraph!();
  // no concept is left without a mention by the writes (each prunes only the concepts it may have orphaned)
  const mentioned = new Set(dump.mentions.map((m) => m.conceptId));
  const orphans = dump.concepts.filter((c) => !mentioned.has(c.id)).map((c) => c.id);
  if (orphans.length > 0) throw new Error(`concepts without a mention: ${orphans.join(', ')}`);
  return { merges, log, dump };
}
