import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConceptRecord, ConceptType, DocumentGraph } from '../../src/model/graph.js';
import {
  foreignExpansion,
  resolveStage,
  unbackedExpansion,
  wordsOf,
} from '../../src/resolve/resolve-stage.js';
import { compatibleTypes } from '../../src/resolve/types.js';
import { resolutionKey } from '../../src/resolve/keys.js';
import type { JudgePair, PairJudge } from '../../src/resolve/judge.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';

const MODEL = 'test-model';
const DIM = 8;

/** A unit vector along axis `i`, tilted towards axis `j` so that its cosine with axis i is `cos`. */
function vec(i: number, cos = 1, j = (i + 1) % DIM): Float32Array {
  const v = new Float32Array(DIM);
  v[i] = cos;
  v[j] = Math.sqrt(1 - cos * cos);
  return v;
}

function graph(doc: string, concepts: [string, ConceptType, Float32Array?][]): DocumentGraph {
  const docId = `doc:${doc}`;
  const slideId = `${docId}:s1`;
  const recs: ConceptRecord[] = concepts.map(([name, type]) => ({
    id: 'c:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    type,
    aliases: [],
    definition: null,
    confidence: 0.8,
  }));
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
    relations:
      recs.length > 1
        ? [
            {
              id: `r:${docId}:${recs[0].id}|${recs[1].id}`,
              source: recs[0].id,
              target: recs[1].id,
              type: 'CO_OCCURS',
              weight: 1,
              docId,
            },
          ]
        : [],
    chartFacts: [],
    vectors: concepts.flatMap(([, , v], i) =>
      v
        ? [
            {
              id: `v:concept:${recs[i].id}:${MODEL}`,
              kind: 'concept' as const,
              refId: recs[i].id,
              docId: null,
              model: MODEL,
              vector: v,
            },
          ]
        : [],
    ),
  };
}

class FakeJudge implements PairJudge {
  readonly batchSize = 2;
  calls: JudgePair[][] = [];
  constructor(private readonly same: Set<string>) {}
  async judgePairs(pairs: JudgePair[]): Promise<(boolean | null)[]> {
    this.calls.push(pairs);
    return pairs.map((p) => (this.down ? null : this.same.has(`${p.a.name}=${p.b.name}`)));
  }
  /** Provider trouble: every pair is left unanswered (null). */
  down = false;
}

let s: EmbeddedStore;
beforeEach(async () => {
  s = openEmbeddedStore(':memory:');
  await s.graph.writeDocument(
    graph('base', [
      ['Release Manager', 'ROLE', vec(0)],
      ['Kubernetes Cluster', 'ENTITY', vec(1)],
      ['Threat Modelling', 'PRACTICE', vec(2)],
      ['Data Protection Officer', 'ROLE', vec(3)],
    ]),
  );
});
afterEach(() => s.close());

const incoming = () =>
  graph('new', [
    ['Release Management', 'PRACTICE', vec(0, 0.99)], // nearest is a ROLE: never merged across types
    ['Kube Cluster', 'ENTITY', vec(1, 0.97)], // above the merge threshold
    ['Threat Analysis', 'PRACTICE', vec(2, 0.88)], // ambiguous: the judge says yes
    ['Attack Trees', 'PRACTICE', vec(2, 0.86, 5)], // ambiguous: the judge says no
    ['data-protection officers', 'ROLE'], // normalisation, no vector needed
  ]);

describe('resolveStage (embedded store, vectors and a fake LLM judge)', () => {
  it('merges by normalisation and embeddings, asks the judge only for ambiguous pairs, in batches, never across types', async () => {
    const g = incoming();
    const judge = new FakeJudge(new Set(['Threat Analysis=Threat Modelling']));
    const r = await resolveStage(g, { store: s.graph, vectors: s.vectors, judge, now: () => 'T' });
    const byMerged = Object.fromEntries(r.merges.map((m) => [m.mergedId, [m.keptId, m.method]]));
    expect(byMerged).toEqual({
      'c:kube-cluster': ['c:kubernetes-cluster', 'embedding'],
      'c:threat-analysis': ['c:threat-modelling', 'llm'],
      'c:data-protection-officers': ['c:data-protection-officer', 'normalised'],
    });
    expect(
      judge.calls
        .flat()
        .map((p) => p.a.name)
        .sort(),
    ).toEqual(['Attack Trees', 'Threat Analysis']);
    expect(judge.calls.every((c) => c.length <= 2)).toBe(true);
    expect(r.judged).toBe(2);
    expect(r.accepted).toBe(1);
    // the graph is remapped consistently: no mention, relation or vector points at a merged id
    const merged = new Set(r.merges.map((m) => m.mergedId));
    expect(g.concepts.some((c) => merged.has(c.id))).toBe(false);
    expect(
      g.mentions
        .filter((m) => m.originalConceptId)
        .map((m) => [m.originalConceptId, m.conceptId])
        .sort(),
    ).toEqual([
      ['c:data-protection-officers', 'c:data-protection-officer'],
      ['c:kube-cluster', 'c:kubernetes-cluster'],
      ['c:threat-analysis', 'c:threat-modelling'],
    ]);
    expect(g.vectors.some((v) => merged.has(v.refId))).toBe(false);
    const kept = g.concepts.find((c) => c.id === 'c:kubernetes-cluster')!;
    expect(kept.aliases).toContain('Kube Cluster');
    expect(g.concepts.find((c) => c.id === 'c:release-management')?.type).toBe('PRACTICE');
  });

  it('leaves ambiguous pairs alone without a judge, and never re-merges a pair a user unmerged', async () => {
    const r1 = await resolveStage(incoming(), { store: s.graph, vectors: s.vectors });
    expect(r1.undecided).toBe(2);
    expect(r1.merges.map((m) => m.method).sort()).toEqual(['embedding', 'normalised']);
    const g = incoming();
    const r = await resolveStage(g, { store: s.graph, vectors: s.vectors });
    await s.graph.writeDocument(g);
    const id = r.merges.find((m) => m.method === 'embedding')!.id;
    await s.graph.unmerge(id);
    const again = await resolveStage(incoming(), { store: s.graph, vectors: s.vectors });
    expect(again.merges.map((m) => m.method)).toEqual(['normalised']);
  });

  it('pairs the judge could not be asked about wait; re-resolving the stored document asks again', async () => {
    const judge = new FakeJudge(new Set(['Threat Analysis=Threat Modelling']));
    judge.down = true;
    const g = incoming();
    const r = await resolveStage(g, { store: s.graph, vectors: s.vectors, judge });
    expect(r.pending).toBe(2);
    expect(r.judged).toBe(0);
    expect(r.merges.map((m) => m.method).sort()).toEqual(['embedding', 'normalised']);
    await s.graph.writeDocument(g);
    // stored unmerged, and only this document mentions them: the next resolution of it treats them as new
    const own = await s.graph.conceptsOnlyIn(g.document.id);
    expect([...own].sort()).toEqual(['c:attack-trees', 'c:release-management', 'c:threat-analysis']);

    judge.down = false;
    const redo = incoming();
    const r2 = await resolveStage(redo, { store: s.graph, vectors: s.vectors, judge });
    expect(r2.pending).toBe(0);
    expect(r2.judged).toBe(2);
    // the same targets as a first resolution (the kept concept now knows "Kube Cluster" as an alias: normalised)
    expect(Object.fromEntries(r2.merges.map((m) => [m.mergedId, m.keptId]))).toEqual({
      'c:kube-cluster': 'c:kubernetes-cluster',
      'c:threat-analysis': 'c:threat-modelling',
      'c:data-protection-officers': 'c:data-protection-officer',
    });
    expect(r2.merges.find((m) => m.mergedId === 'c:threat-analysis')?.method).toBe('llm');
    await s.graph.writeDocument(redo);
    expect((await s.graph.allConcepts()).some((c) => c.id === 'c:threat-analysis')).toBe(false);
  });

  it("re-resolving a stored document does not find its own concepts' stored vectors as neighbours", async () => {
    const own = () =>
      graph('own', [
        ['Berth Ledger', 'ENTITY', vec(6)],
        ['Quay Ledger', 'ENTITY', vec(6, 0.95)], // close to the first, but of the same document
      ]);
    const first = await resolveStage(own(), { store: s.graph, vectors: s.vectors });
    expect(first.merges).toEqual([]);
    const g = own();
    await resolveStage(g, { store: s.graph, vectors: s.vectors });
    await s.graph.writeDocument(g);
    await s.vectors.upsert(g.vectors, g.document.id);
    // the redo: the same decisions as the first resolution
    const redo = await resolveStage(own(), { store: s.graph, vectors: s.vectors });
    expect(redo.merges).toEqual([]);
  });

  it('type compatibility and resolution keys', () => {
    expect(compatibleTypes('ROLE', 'PRACTICE')).toBe(false);
    expect(compatibleTypes('PERSON', 'ORGANIZATION')).toBe(false);
    expect(compatibleTypes('ENTITY', 'PRODUCT')).toBe(true);
    expect(compatibleTypes('TOOL', 'TOOL')).toBe(true);
    expect(resolutionKey('Pen-Testing')).toBe(resolutionKey('pentesting'));
    expect(resolutionKey('Data Protection Officers')).toBe(resolutionKey('data-protection officer'));
    expect(resolutionKey('Sécurité & Conformité')).toBe(resolutionKey('securite and conformite'));
    expect(resolutionKey('Policies')).toBe(resolutionKey('policy'));
    expect(resolutionKey('Release Manager')).not.toBe(resolutionKey('Release Management'));
  });
});

describe('embedding guards', () => {
  it('never merges names with different numbers or in scripts the embedder does not separate', async () => {
    const { embeddable } = await import('../../src/resolve/resolve-stage.js');
    expect(embeddable('NIST 800-61', 'NIST 800-63b')).toBe(false);
    expect(embeddable('ASVS 4.0', 'ASVS 4.0.1')).toBe(false);
    // (nor a document of a series and the series' next one by its letter: "800-63b" is not "800-63")
    expect(embeddable('NIST 800-63', 'NIST 800-63b')).toBe(false);
    expect(embeddable('NIST SP 800-63B', 'NIST 800-63b')).toBe(true);
    expect(embeddable('3rd party software', 'third-party software 3')).toBe(true);
    expect(embeddable('Top 10 OWASP', 'OWASP Top 10')).toBe(true);
    expect(embeddable('线性群体', '计算机语言')).toBe(false);
    expect(embeddable('threat modelling', 'threat modeling')).toBe(true);
  });
});

describe('foreignExpansion: an acronym is not read in another language', () => {
  it('tells expansions in another language apart, and reads English or marker-less ones in any', () => {
    expect(foreignExpansion('Código dos Contratos Públicos', 'fr')).toBe(true);
    expect(foreignExpansion('Código dos Contratos Públicos', 'pt')).toBe(false);
    expect(foreignExpansion('Bundesamt für Sicherheit in der Informationstechnik', 'en')).toBe(true);
    expect(foreignExpansion('Code de la commande publique', 'fr')).toBe(false);
    // English expansions of international acronyms, and names without a function word, in every language
    expect(foreignExpansion('Organisation for Economic Co-operation and Development', 'de')).toBe(false);
    expect(foreignExpansion('General Data Protection Regulation', 'it')).toBe(false);
    // (no function word: the language's everyday words tell, "seguridad" is Spanish)
    expect(foreignExpansion('Esquema Nacional de Seguridad', 'pt')).toBe(true);
    expect(foreignExpansion('Esquema Nacional de Seguridad', 'es')).toBe(false);
    expect(foreignExpansion('Data Protection Officer', 'pt')).toBe(false);
    // a deck whose language is unknown (labels only) reads every expansion
    expect(foreignExpansion('Código dos Contratos Públicos', null)).toBe(false);
  });
});

describe('an acronym whose id another language holds', () => {
  const withText = (g: DocumentGraph, text: string): DocumentGraph => ({
    ...g,
    textBlocks: [
      {
        id: `${g.slides[0].id}:b0`,
        docId: g.document.id,
        slideId: g.slides[0].id,
        shapeId: '2',
        layer: 'body',
        text,
        boilerplate: false,
        ord: 0,
      },
    ],
  });
  it("takes an id of its deck's language, in all of the deck's graph ('c:ip' → 'c:ip@pt')", async () => {
    // an English deck's bare "IP" stored first, its mentions in English
    const en = withText(
      graph('en', [['IP', 'ENTITY', vec(4)]]),
      'All call routing moves to IP by June. The IP addressing plan follows the state standard.',
    );
    en.mentions[0].sentence =
      'All call routing moves to IP by June, and the network is tested before the cutover.';
    await s.graph.writeDocument(en);
    // a Portuguese deck whose concept under the same id is "Infraestruturas de Portugal (IP)"
    const pt = withText(
      graph('pt', [
        ['Infraestruturas de Portugal', 'ORGANIZATION', vec(5)],
        ['Ramal Ferroviário', 'ENTITY'],
      ]),
      'A Infraestruturas de Portugal (IP) gere a linha até ao terminal. O ramal ferroviário serve o porto e os desvios.',
    );
    pt.concepts[0] = { ...pt.concepts[0], id: 'c:ip', aliases: ['IP'] };
    pt.mentions[0].conceptId = 'c:ip';
    pt.relations[0].source = 'c:ip';
    pt.vectors[0] = { ...pt.vectors[0], id: `v:concept:c:ip:${MODEL}`, refId: 'c:ip' };
    await resolveStage(pt, { store: s.graph, vectors: s.vectors });
    expect(pt.concepts.map((c) => c.id)).toContain('c:ip@pt');
    expect(pt.concepts.map((c) => c.id)).not.toContain('c:ip');
    expect(pt.mentions[0].conceptId).toBe('c:ip@pt');
    expect([pt.relations[0].source, pt.relations[0].target]).toContain('c:ip@pt');
    expect(pt.vectors[0]).toMatchObject({ refId: 'c:ip@pt', id: `v:concept:c:ip@pt:${MODEL}` });
    expect(pt.merges ?? []).toHaveLength(0);
  });
  it("an English deck reads an expansion without English words and with another language's everyday words as foreign", () => {
    expect(foreignExpansion('Infraestruturas de Portugal', 'en')).toBe(true);
    expect(foreignExpansion('Application Security Verification Standard', 'en')).toBe(false);
    expect(foreignExpansion('Siemens Healthineers', 'en')).toBe(false);
  });
});

describe("unbackedExpansion: a deck's bare acronym needs the words of another deck's term", () => {
  const deck = (...t: string[]) => wordsOf(t);
  it('a term in sentence case needs one of its words in the deck ("rega deficitária controlada" of "RDC")', () => {
    expect(
      unbackedExpansion('rega deficitária controlada', 'pt', deck('A RDC da Anvisa exige um núcleo.')),
    ).toBe(true);
    expect(unbackedExpansion('rega deficitária controlada', 'pt', deck('A RDC reduz a rega da vinha.'))).toBe(
      false,
    );
  });
  it('an English one in a deck of another language half of them ("plans" alone is French too)', () => {
    expect(
      unbackedExpansion('Data management plans', 'fr', deck('Le DMP et les plans de soins du GHT.')),
    ).toBe(true);
    expect(
      unbackedExpansion(
        'Advanced Variant Configuration',
        'pt',
        deck('Protocolos: sepse, AVC, dor torácica.'),
      ),
    ).toBe(true);
    expect(
      unbackedExpansion(
        'Data management plans',
        'de',
        deck('Unsere Data-Management-Plans für jedes Projekt.'),
      ),
    ).toBe(false);
  });
  it('a capitalised name in the deck\'s language or in an English deck needs none ("GDPR")', () => {
    expect(
      unbackedExpansion(
        'General Data Protection Regulation',
        'en',
        deck('GDPR applies to every subsidiary.'),
      ),
    ).toBe(false);
    expect(unbackedExpansion('Agência Portuguesa do Ambiente', 'pt', deck('A APA emite os títulos.'))).toBe(
      false,
    );
  });
});
