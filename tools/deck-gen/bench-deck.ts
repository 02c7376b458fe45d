/**
 * Realistic corporate decks of any size for benchmarks (extraction, rendering, vision): a
 * deterministic mix of text, tables, charts, pictures and grouped shapes, in sections, with notes.
 */
import { writeDeck } from './build-deck.js';
import { type DeckSpec, type ObjectSpec, type SlideSpec } from './deck-spec.js';
import { iconPng } from './png.js';

export interface BenchDeckOptions {
  /** Seed of the content generator (default 1). */
  seed?: number;
  /** Every n-th slide holds a table (default 5; 0 = none). */
  tableEvery?: number;
  /** Every n-th slide holds a chart (default 7; 0 = none). */
  chartEvery?: number;
  /** Every n-th slide holds a picture (default 3; 0 = none). */
  imageEvery?: number;
  /** Slides per section (default 10). */
  sectionSize?: number;
}

const TOPICS = [
  'GDPR compliance',
  'ISO 27001 controls',
  'SAP S/4HANA migration',
  'Kubernetes operations',
  'data quality',
  'customer 360',
  'cost optimisation',
  'cloud landing zone',
  'identity and access management',
  'master data',
  'machine learning platform',
  'reporting modernisation',
  'vendor management',
  'disaster recovery',
  'change management',
];
const VERBS = [
  'Deliver',
  'Automate',
  'Standardise',
  'Reduce',
  'Measure',
  'Secure',
  'Migrate',
  'Consolidate',
  'Review',
  'Scale',
];
const OBJECTS = [
  'the ingestion pipelines',
  'quarterly access reviews',
  'the month-end close',
  'legacy data marts',
  'service level agreements',
  'audit evidence',
  'data product contracts',
  'platform costs',
  'incident response',
  'training for domain teams',
];
const QUALIFIERS = [
  'by Q2',
  'across all regions',
  'with the Finance domain',
  'before the audit',
  'within budget',
  'for 1,200 users',
];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The spec of an N-slide benchmark deck. */
export function benchDeckSpec(slides: number, opts: BenchDeckOptions = {}): DeckSpec {
  if (!Number.isInteger(slides) || slides < 1) throw new RangeError('slides must be a positive integer');
  const r = rng(opts.seed ?? 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const every = (n: number | undefined, d: number, i: number): boolean =>
    (n ?? d) > 0 && i % (n ?? d) === (n ?? d) - 1;
  const sentence = (): string => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(QUALIFIERS)}`;
  const out: SlideSpec[] = [];
  for (let i = 0; i < slides; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const section = `Part ${Math.floor(i / (opts.sectionSize ?? 10)) + 1}`;
    const title = `${topic[0].toUpperCase()}${topic.slice(1)} — update ${i + 1}`;
    const objects: ObjectSpec[] = [{ kind: 'title', text: title }];
    if (every(opts.tableEvery, 5, i)) {
      const rows = [['Workstream', 'Owner', 'Status', 'Budget (k€)']];
      for (let k = 0; k < 5; k++)
        rows.push([
          `${pick(VERBS)} ${pick(OBJECTS)}`,
          pick(['CDO', 'CISO', 'Platform Team', 'Finance']),
          pick(['On track', 'At risk', 'Done']),
          String(Math.round(r() * 500)),
        ]);
      objects.push({ kind: 'table', grid: rows });
    } else if (every(opts.chartEvery, 7, i)) {
      const labels = ['Q1', 'Q2', 'Q3', 'Q4'];
      objects.push({
        kind: 'chart',
        chartType: i % 2 ? 'bar' : 'line',
        title: `${topic} trend`,
        series: [
          { name: 'Plan', labels, values: labels.map(() => Math.round(r() * 1000) / 10) },
          { name: 'Actual', labels, values: labels.map(() => Math.round(r() * 1000) / 10) },
        ],
      });
    } else {
      objects.push({ kind: 'body', paragraphs: Array.from({ length: 3 + Math.floor(r() * 3) }, sentence) });
    }
    if (every(opts.imageEvery, 3, i))
      objects.push({ kind: 'image', png: iconPng(i + (opts.seed ?? 1)), altText: `Icon for ${topic}` });
    if (i % 4 === 3) {
      objects.push({
        kind: 'group',
        children: [
          { kind: 'text', paragraphs: [sentence()], x: 9.4, y: 1.5, w: 3.5, h: 0.8 },
          {
            kind: 'group',
            children: [{ kind: 'text', paragraphs: [sentence()], x: 9.4, y: 2.5, w: 3.5, h: 0.8 }],
          },
        ],
      });
    }
    out.push({ section, objects, notes: `Speaker notes for slide ${i + 1}: ${sentence()}.` });
  }
  return {
    title: `Programme update (${slides} slides)`,
    layout: 'Northwind Content',
    footer: 'Northwind Analytics · Internal',
    slides: out,
  };
}

/** Writes an N-slide benchmark deck (deterministic for a given seed). */
export async function generateBenchDeck(
  outPath: string,
  slides: number,
  opts: BenchDeckOptions = {},
): Promise<Uint8Array> {
  return writeDeck(benchDeckSpec(slides, opts), outPath);
}
