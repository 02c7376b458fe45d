/**
 * DocumentGraph fixtures built in code (no pipeline needed): deterministic for a given seed, with
 * every id derived the way the pipeline derives them (document hash, slide index, concept key).
 */
import type { Embedder } from '../../src/ports/nlp.js';
import { createHash } from 'node:crypto';
import type {
  ChartFactRecord,
  ConceptRecord,
  ConceptType,
  DocumentGraph,
  MentionRecord,
  RelationRecord,
  SlideRecord,
  TextBlockRecord,
} from '../../src/model/graph.js';

export interface FixtureOptions {
  /** Deck path (an edited deck keeps its path and changes its content/sha). */
  path: string;
  /** Content seed: changes the sha256 (and so the document id) and the text. */
  content: string;
  slides?: number;
  blocksPerSlide?: number;
  /** Concept names; ids are 'c:' + lower-cased name, so two documents naming the same concept share it. */
  concepts?: string[];
  mentions?: number;
  relations?: number;
  /** Slides (1-based) that carry a chart of 2 series × 3 categories. */
  chartSlides?: number[];
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const TYPES: ConceptType[] = [
  'ENTITY',
  'PRODUCT',
  'TOOL',
  'STANDARD',
  'PRACTICE',
  'ROLE',
  'ORGANIZATION',
  'PERSON',
  'METRIC',
];
const LAYERS = ['title', 'body', 'body', 'table', 'notes', 'alt'] as const;

export const conceptIdOf = (name: string): string => 'c:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** A small seeded PRNG (mulberry32) so fixtures never depend on Math.random. */
export function prng(seed: string): () => number {
  let a = parseInt(sha(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeGraph(o: FixtureOptions): DocumentGraph {
  const rnd = prng(o.path + '\0' + o.content);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const fileSha = sha(o.path + '\0' + o.content);
  const docId = 'doc:' + fileSha.slice(0, 32);
  const nSlides = o.slides ?? 5;
  const perSlide = o.blocksPerSlide ?? 3;
  const names = o.concepts ?? ['GDPR', 'Data Protection Officer', 'Kubernetes', 'Revenue', 'ISO 27001'];

  const slides: SlideRecord[] = [];
  const textBlocks: TextBlockRecord[] = [];
  for (let i = 1; i <= nSlides; i++) {
    const id = `${docId}:s${i}`;
    slides.push({
      id,
      docId,
      index: i,
      title: `Slide ${i} of ${o.content}`,
      hidden: i % 17 === 0,
      section: `Part ${1 + Math.floor((i - 1) / 10)}`,
      layout: 'Title and Content',
      hash: sha(`${o.content}:${i}`),
      summary: `Summary of slide ${i} (${o.content}).`,
      summarySource: 'text',
      notes: i % 3 === 0 ? `Notes for slide ${i}` : '',
      topicId: `${docId}:t${1 + Math.floor((i - 1) / 10)}`,
    });
    for (let b = 0; b < perSlide; b++) {
      textBlocks.push({
        id: `${id}:b${b}`,
        docId,
        slideId: id,
        shapeId: String(2 + b),
        layer: b === 0 ? 'title' : pick(LAYERS),
        text: `Text ${b} on slide ${i}: ${pick(names)} and ${pick(names)} (${o.content}).`,
        boilerplate: false,
        ord: b,
      });
    }
  }
  const topics = [];
  for (let t = 1; t <= Math.ceil(nSlides / 10); t++) {
    const idx = slides.filter((s) => s.topicId === `${docId}:t${t}`).map((s) => s.index);
    topics.push({ id: `${docId}:t${t}`, docId, label: `Topic ${t}`, slideIndices: idx });
  }
  const concepts: ConceptRecord[] = names.map((name, k) => ({
    id: conceptIdOf(name),
    name,
    type: TYPES[k % TYPES.length],
    aliases: k % 4 === 0 ? [name.toUpperCase(), `${name} (${o.content})`] : [],
    definition: k % 3 === 0 ? `${name} is a thing defined in ${o.content}.` : null,
    confidence: 0.5 + (k % 5) / 10,
  }));
  const nMentions = o.mentions ?? Math.max(names.length, nSlides * 2);
  const mentions: MentionRecord[] = [];
  for (let m = 0; m < nMentions; m++) {
    // Every concept gets at least one mention, so none is pruned as an orphan.
    const c = m < concepts.length ? concepts[m] : pick(concepts);
    const s = slides[Math.floor(rnd() * slides.length)];
    const b = textBlocks[(s.index - 1) * perSlide + Math.floor(rnd() * perSlide)];
    const start = Math.floor(rnd() * 20);
    mentions.push({
      id: `m:${b.id}:${m}`,
      conceptId: c.id,
      docId,
      slideId: s.id,
      slideIndex: s.index,
      shapeId: b.shapeId,
      layer: b.layer,
      start,
      end: start + c.name.length,
      surface: c.name,
      sentence: b.text,
    });
  }
  const relations: RelationRecord[] = [];
  const nRel = Math.min(o.relations ?? concepts.length, concepts.length * (concepts.length - 1));
  const seen = new Set<string>();
  while (relations.length < nRel) {
    const a = pick(concepts);
    const b = pick(concepts);
    if (a.id === b.id || seen.has(a.id + b.id)) continue;
    seen.add(a.id + b.id);
    relations.push({
      id: `r:${docId}:${a.id}:${b.id}`,
      source: a.id,
      target: b.id,
      type: rnd() < 0.8 ? 'CO_OCCURS' : 'USES',
      weight: 1 + Math.floor(rnd() * 5),
      docId,
    });
  }
  const chartFacts: ChartFactRecord[] = [];
  for (const si of o.chartSlides ?? [Math.min(2, nSlides)]) {
    const slideId = `${docId}:s${si}`;
    for (const series of ['2024', '2025']) {
      for (const [ci, category] of ['EMEA', 'APAC', 'AMER'].entries()) {
        chartFacts.push({
          id: `f:${slideId}:9:${series}:${ci}`,
          docId,
          slideId,
          chartId: `${slideId}:9`,
          chartTitle: `Revenue by region (${si})`,
          series,
          category,
          value: ci * 10 + Number(series) - 2000,
          unit: 'MEUR',
          conceptIds: [concepts[0].id],
        });
      }
    }
  }
  return {
    document: {
      id: docId,
      path: o.path,
      fileName: o.path.split('/').pop() ?? o.path,
      sha256: fileSha,
      title: `Deck ${o.content}`,
      slideCount: nSlides,
      hiddenSlides: slides.filter((s) => s.hidden).length,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      pipelineVersion: 'test',
    },
    slides,
    textBlocks,
    topics,
    concepts,
    mentions,
    relations,
    chartFacts,
    vectors: [],
  };
}

/** The realistic 250-slide deck of the benchmark: ~2,000 blocks, ~600 concepts, ~3,000 mentions, ~2,000 relations. */
export function makeLargeGraph(path = '/bench/synthetic-250.pptx', content = 'v1'): DocumentGraph {
  const concepts = Array.from(
    { length: 600 },
    (_, i) => `Concept ${i.toString(36)} ${['Platform', 'Policy', 'Metric', 'Team'][i % 4]}`,
  );
  return makeGraph({
    path,
    content,
    slides: 250,
    blocksPerSlide: 8,
    concepts,
    mentions: 3000,
    relations: 2000,
    chartSlides: Array.from({ length: 25 }, (_, i) => 5 + i * 10),
  });
}

/**
 * A small deterministic embedder (character-trigram feature hashing, L2-normalised): real vectors for
 * pipeline tests of the stores without the native model.
 */
export function hashingEmbedder(dim = 64): Embedder & { calls: number } {
  const e = {
    modelId: `test-trigram-hash-${dim}`,
    dim,
    calls: 0,
    async embed(texts: string[]) {
      e.calls += texts.length;
      const data = new Float32Array(texts.length * dim);
      texts.forEach((t, i) => {
        const s = ` ${t.toLowerCase()} `;
        for (let j = 0; j + 3 <= s.length; j++) {
          let h = 2166136261;
          for (let k = j; k < j + 3; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
          data[i * dim + ((h >>> 0) % dim)] += 1;
        }
        let n = 0;
        for (let j = 0; j < dim; j++) n += data[i * dim + j] ** 2;
        if (n === 0) data[i * dim] = n = 1;
        for (let j = 0; j < dim; j++) data[i * dim + j] /= Math.sqrt(n);
      });
      return { data, n: texts.length, dim };
    },
    dispose() {},
  };
  return e;
}
