/** Unit tests of the pure core functions: topic segmentation, the upsert rule, graph remapping, error mapping. */
import { describe, expect, it } from 'vitest';
import type { SlideData } from '../../src/model/deck.js';
import type { ConceptRecord, DocumentGraph } from '../../src/model/graph.js';
import { segmentTopics } from '../../src/pipeline/topics.js';
import { mergeAliases, upsertConcept } from '../../src/concepts/upsert.js';
import { absorb, remapGraph } from '../../src/resolve/remap.js';
import { InputError, isInputError, isOsmoseError, OsmoseError, toOsmoseError } from '../../src/errors.js';
import { conceptIdOf, cooccurrenceIdOf, topicIdOf } from '../../src/model/ids.js';

function slide(index: number, title: string, text: string, section: string | null = null): SlideData {
  return {
    index,
    part: `ppt/slides/slide${index}.xml`,
    hidden: false,
    title,
    section,
    layout: null,
    master: null,
    texts: [{ shapeId: '2', layer: 'body', text, boilerplate: false } as SlideData['texts'][number]],
    notes: '',
    tables: [],
    charts: [],
    images: [],
    hasSmartArt: false,
    hash: `h${index}`,
  };
}

describe('segmentTopics', () => {
  it('gives no topic for no slide', () => {
    expect(segmentTopics('doc:x', [])).toEqual([]);
  });

  it('starts a topic at each section, labelled by the section, with deterministic ids', () => {
    const slides = [
      slide(1, 'Intro', 'alpha beta', 'Opening'),
      slide(2, 'More', 'alpha gamma', 'Opening'),
      slide(3, 'Money', 'budget cost', 'Finance'),
    ];
    const t = segmentTopics('doc:x', slides);
    expect(t.map((x) => x.slideIndices)).toEqual([[1, 2], [3]]);
    expect(t.map((x) => x.label)).toEqual(['Opening', 'Finance']);
    expect(t.map((x) => x.id)).toEqual([topicIdOf('doc:x', 1), topicIdOf('doc:x', 2)]);
  });

  it('cuts where consecutive slides share least, and never lets a topic grow past 12 slides', () => {
    const db = [1, 2, 3, 4].map((i) =>
      slide(i, 'Database indexes', 'database index query planner storage engine'),
    );
    const mk = [5, 6, 7, 8].map((i) =>
      slide(i, 'Marketing campaign', 'marketing campaign budget audience channel'),
    );
    const t = segmentTopics('doc:x', [...db, ...mk]);
    expect(t.map((x) => x.slideIndices)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    const same = Array.from({ length: 30 }, (_, i) => slide(i + 1, 'Same', 'identical words everywhere'));
    const long = segmentTopics('doc:y', same);
    expect(long.every((x) => x.slideIndices.length <= 12)).toBe(true);
    expect(long.flatMap((x) => x.slideIndices)).toEqual(same.map((s) => s.index));
  });
});

describe('upsertConcept (the one rule of every graph store)', () => {
  const c = (over: Partial<ConceptRecord>): ConceptRecord => ({
    id: 'c:x',
    name: 'X',
    type: 'ENTITY',
    aliases: [],
    definition: null,
    confidence: 0.5,
    ...over,
  });

  it('a new concept is stored as it comes', () => {
    expect(upsertConcept(undefined, c({ name: 'Kubernetes', type: 'TOOL', aliases: ['k8s'] }))).toEqual({
      name: 'Kubernetes',
      type: 'TOOL',
      aliases: ['k8s'],
      definition: null,
      confidence: 0.5,
    });
  });

  it('the first name stays, except that a spelled-out name replaces a bare acronym (kept as an alias)', () => {
    const prev = { name: 'GDPR', type: 'STANDARD', aliases: [], definition: null, confidence: 0.4 };
    const r = upsertConcept(prev, c({ name: 'General Data Protection Regulation', type: 'STANDARD' }));
    expect(r.name).toBe('General Data Protection Regulation');
    expect(r.aliases).toContain('GDPR');
    const keep = upsertConcept(
      { ...prev, name: 'Data Protection' },
      c({ name: 'data protection', aliases: ['DATA PROTECTION', 'Privacy'] }),
    );
    expect(keep.name).toBe('Data Protection');
    expect(keep.aliases).toEqual(['Privacy']); // never the name itself, in any case
  });

  it('a bare name replaces one release of it (kept as an alias); a number of the name stays', () => {
    const prev = { name: 'ASVS 4.0', type: 'STANDARD', aliases: [], definition: null, confidence: 0.4 };
    const r = upsertConcept(prev, c({ name: 'ASVS', type: 'STANDARD' }));
    expect(r.name).toBe('ASVS');
    expect(r.aliases).toEqual(['ASVS 4.0']);
    expect(upsertConcept({ ...prev, name: 'OWASP Top 10' }, c({ name: 'OWASP Top' })).name).toBe(
      'OWASP Top 10',
    );
  });

  it('a generic type never overrides a specific one; the first definition stays; the best confidence wins', () => {
    const prev = { name: 'Kafka', type: 'PRODUCT', aliases: [], definition: 'A log.', confidence: 0.9 };
    expect(
      upsertConcept(prev, c({ name: 'Kafka', type: 'ENTITY', definition: 'Other.', confidence: 0.3 })),
    ).toMatchObject({
      type: 'PRODUCT',
      definition: 'A log.',
      confidence: 0.9,
    });
    expect(upsertConcept({ ...prev, type: 'CONCEPT' }, c({ name: 'Kafka', type: 'ENTITY' })).type).toBe(
      'ENTITY',
    );
    expect(upsertConcept(prev, c({ name: 'Kafka', type: 'CONCEPT' })).type).toBe('PRODUCT');
    expect(upsertConcept(prev, c({ name: 'Kafka', type: 'TOOL' })).type).toBe('TOOL');
  });

  it('aliases: a case-insensitive union, first spelling kept, sorted', () => {
    expect(mergeAliases(['b', 'A'], ['a', 'C', 'B'])).toEqual(['A', 'b', 'C']);
  });
});

describe('absorb: the name a merged concept keeps', () => {
  const rec = (name: string, aliases: string[] = []): ConceptRecord => ({
    id: conceptIdOf(name),
    name,
    type: 'STANDARD',
    aliases,
    definition: null,
    confidence: 0.5,
  });
  it('prefers a spelled-out name over an acronym, and the bare name over one release of it', () => {
    expect(absorb(rec('ASVS'), rec('Application Security Verification Standard')).name).toBe(
      'Application Security Verification Standard',
    );
    const v = absorb(
      rec('Application Security Verification Standard 4.0', ['ASVS']),
      rec('Application Security Verification Standard'),
    );
    expect(v.name).toBe('Application Security Verification Standard');
    expect(v.id).toBe(conceptIdOf('Application Security Verification Standard 4.0'));
    expect(v.aliases).toEqual(['Application Security Verification Standard 4.0', 'ASVS']);
    expect(absorb(rec('OWASP Top 10 2017'), rec('OWASP Top 10')).name).toBe('OWASP Top 10');
    // a number that is part of the name, or grouped in thousands, is no release
    expect(absorb(rec('OWASP Top 10'), rec('OWASP Top')).name).toBe('OWASP Top 10');
    expect(absorb(rec('Top 10.000'), rec('Top')).name).toBe('Top 10.000');
    expect(absorb(rec('Windows 11'), rec('Windows')).name).toBe('Windows 11');
  });
});

describe('remapGraph', () => {
  const A = conceptIdOf('data protection');
  const B = conceptIdOf('privacy');
  const C = conceptIdOf('gdpr');
  const rec = (id: string, name: string): ConceptRecord => ({
    id,
    name,
    type: 'ENTITY',
    aliases: [],
    definition: null,
    confidence: 0.5,
  });
  const graph = (): DocumentGraph =>
    ({
      document: { id: 'doc:1' },
      slides: [],
      textBlocks: [],
      topics: [],
      concepts: [rec(A, 'Data protection'), rec(B, 'Privacy'), rec(C, 'GDPR')],
      mentions: [
        {
          id: 'm1',
          conceptId: B,
          docId: 'doc:1',
          slideId: 'doc:1:s1',
          slideIndex: 1,
          shapeId: '2',
          layer: 'body',
          start: 0,
          end: 7,
          surface: 'Privacy',
          sentence: 'Privacy.',
        },
        {
          id: 'm2',
          conceptId: C,
          docId: 'doc:1',
          slideId: 'doc:1:s1',
          slideIndex: 1,
          shapeId: '2',
          layer: 'body',
          start: 9,
          end: 13,
          surface: 'GDPR',
          sentence: 'GDPR.',
        },
      ],
      relations: [
        {
          id: cooccurrenceIdOf('doc:1', `${A}|${B}`),
          source: A,
          target: B,
          type: 'CO_OCCURS',
          weight: 2,
          docId: 'doc:1',
        },
        {
          id: cooccurrenceIdOf('doc:1', `${B}|${C}`),
          source: B,
          target: C,
          type: 'CO_OCCURS',
          weight: 1,
          docId: 'doc:1',
        },
        {
          id: cooccurrenceIdOf('doc:1', `${A}|${C}`),
          source: A,
          target: C,
          type: 'CO_OCCURS',
          weight: 3,
          docId: 'doc:1',
        },
      ],
      chartFacts: [
        {
          id: 'f1',
          docId: 'doc:1',
          slideId: 'doc:1:s1',
          chartId: 'ch',
          chartTitle: null,
          series: 's',
          category: 'c',
          value: 1,
          unit: null,
          conceptIds: [B, C],
        },
      ],
      vectors: [
        { id: 'v1', kind: 'concept', refId: B, docId: null, model: 'm', vector: new Float32Array([1]) },
        { id: 'v2', kind: 'concept', refId: A, docId: null, model: 'm', vector: new Float32Array([1]) },
      ],
    }) as unknown as DocumentGraph;

  it('points merged concepts at the kept one, keeps the original ids for undo, and folds relations', () => {
    const g = graph();
    remapGraph(g, new Map([[B, A]]), new Map());
    expect(g.concepts.map((c) => c.id)).toEqual([A, C]);
    expect(g.concepts[0].aliases).toContain('Privacy');
    expect(g.mentions[0]).toMatchObject({ conceptId: A, originalConceptId: B });
    expect(g.mentions[1].originalConceptId).toBeUndefined();
    // A–B became a self-relation (dropped); B–C became A–C and adds its weight to the existing A–C
    expect(g.relations).toHaveLength(1);
    expect(g.relations[0]).toMatchObject({
      source: A,
      target: C,
      weight: 4,
      id: cooccurrenceIdOf('doc:1', `${A}|${C}`),
    });
    expect(g.chartFacts[0]).toMatchObject({ conceptIds: [A, C], originalConceptIds: [B, C] });
    expect(g.vectors.map((v) => v.refId)).toEqual([A]);
  });

  it('an empty mapping changes nothing', () => {
    const g = graph();
    remapGraph(g, new Map(), new Map());
    expect(g).toEqual(graph());
  });
});

describe('error mapping', () => {
  it('wraps anything thrown into OSM_INTERNAL with its cause, and leaves typed errors as they are', () => {
    const cause = new Error('boom');
    const e = toOsmoseError(cause);
    expect(e.code).toBe('OSM_INTERNAL');
    expect(e.cause).toBe(cause);
    const typed = new InputError('OSM_INPUT_CORRUPT_ZIP');
    expect(toOsmoseError(typed)).toBe(typed);
    expect(typed.message).toMatch(/damaged/);
  });

  it('guards are structural (they work across duplicated package copies), not instanceof', () => {
    const copy = { code: 'OSM_INPUT_EMPTY', message: 'empty', name: 'InputError' };
    expect(isOsmoseError(copy)).toBe(true);
    expect(isInputError(copy)).toBe(true);
    expect(isOsmoseError({ code: 'ENOENT', message: 'x' })).toBe(false);
    expect(isInputError(new OsmoseError('OSM_STORE_BUSY'))).toBe(false);
    expect(new OsmoseError('OSM_STORE_UNAVAILABLE').retryable).toBe(true);
  });
});
