import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import type { SlidesJson } from '../../src/extract/index.js';
import { osmose } from '../helpers/cli.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';
import { DECK_B, makeDeck } from '../resolve/make-decks.js';

const stages = { summariserKey: 'text-v1', embedder: null };
const OWASP = 'OWASP__Top10/OWASP Top 10-2017 (en).pptx';
const BAR = 'apache__poi/bar-chart.pptx';

/** The cached values of every series of every chart part, read straight from the chart XML (c:val/c:numCache). */
function cachedChartValues(pptx: string): number[][] {
  const zip = unzipSync(readFileSync(pptx), { filter: (f) => /^ppt\/charts\/chart\d+\.xml$/.test(f.name) });
  const out: number[][] = [];
  for (const name of Object.keys(zip).sort()) {
    const xml = strFromU8(zip[name]);
    for (const ser of xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
      const val = ser.match(/<c:val>[\s\S]*?<\/c:val>/)?.[0] ?? '';
      out.push(
        [...val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)]
          .sort((a, b) => +a[1] - +b[1])
          .map((m) => Number(m[2])),
      );
    }
  }
  return out;
}

function slidesJson(file: string): SlidesJson {
  const r = osmose(['slides', file, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as SlidesJson;
}

describe.skipIf(!HAS_CORPUS)('provenance and chart facts', { timeout: 300_000 }, () => {
  let b: Backends;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-prov-'));
    b = await openBackends({ storeDir: join(dir, 'store') });
    await makeDeck(join(dir, 'b.pptx'), DECK_B);
    const r = await ingestFiles([corpusPath(OWASP), corpusPath(BAR), join(dir, 'b.pptx')], {
      backends: b,
      stages,
    });
    expect(r.documents.map((d) => d.status)).toEqual(['ingested', 'ingested', 'ingested']);
  }, 300_000); // ingests three decks
  afterAll(async () => b?.close());

  it('every mention of a real deck points at the shape, layer and span that hold its surface in `osmose slides --json`', async () => {
    const slides = slidesJson(corpusPath(OWASP)).slides;
    const dump = await b.graph.dumpGraph!();
    const doc = dump.documents.find((d) => d.fileName === 'OWASP Top 10-2017 (en).pptx')!;
    const mentions = dump.mentions.filter((m) => m.docId === doc.id);
    expect(mentions.length).toBeGreaterThan(500);
    let checked = 0;
    for (const m of mentions) {
      const s = slides.find((x) => x.index === m.slideIndex)!;
      expect(s, `slide ${m.slideIndex}`).toBeDefined();
      const text =
        m.layer === 'notes'
          ? s.notes
          : s.texts.find((t) => t.shapeId === m.shapeId && t.layer === m.layer)?.text;
      expect(text, `${m.id}: shape ${m.shapeId} (${m.layer}) on slide ${m.slideIndex}`).toBeDefined();
      expect(text!.slice(m.start, m.end)).toBe(m.surface);
      expect(m.sentence.replace(/…/g, '')).not.toBe('');
      checked++;
    }
    expect(checked).toBe(mentions.length);
    // and the concept a mention names is the concept whose name or alias it spells
    const concepts = new Map(dump.concepts.map((c) => [c.id, c]));
    const spelled = mentions.filter((m) => {
      const c = concepts.get(m.conceptId)!;
      return [c.name, ...c.aliases].some(
        (f) => f.toLowerCase().replace(/\s+/g, ' ') === m.surface.toLowerCase().replace(/\s+/g, ' '),
      );
    });
    expect(spelled.length / mentions.length).toBeGreaterThan(0.95);
  });

  it('chart points equal the cached values of the chart XML (corpus deck and a generated deck)', async () => {
    const dump = await b.graph.dumpGraph!();
    for (const [file, path] of [
      ['bar-chart.pptx', corpusPath(BAR)],
      ['b.pptx', join(dir, 'b.pptx')],
    ] as const) {
      const doc = dump.documents.find((d) => d.fileName === file)!;
      const facts = dump.chartFacts.filter((f) => f.docId === doc.id);
      const bySeries = new Map<string, number[]>();
      for (const f of facts)
        bySeries.set(`${f.chartId}|${f.series}`, [
          ...(bySeries.get(`${f.chartId}|${f.series}`) ?? []),
          f.value ?? NaN,
        ]);
      const cached = cachedChartValues(path);
      expect(cached.length).toBeGreaterThan(0);
      expect([...bySeries.values()].map((v) => v.map((x) => Math.round(x * 1e9) / 1e9))).toEqual(
        cached.map((v) => v.map((x) => Math.round(x * 1e9) / 1e9)),
      );
      // categories and series names as `osmose slides --json` reports them
      const charts = slidesJson(path).slides.flatMap((s) => s.charts);
      expect(facts.map((f) => f.category)).toEqual(
        charts.flatMap((c) => c.series.flatMap((s) => s.categories.slice(0, s.values.length))),
      );
    }
    const generated = dump.chartFacts.filter((f) => f.chartTitle === 'Phishing incidents');
    expect(generated.map((f) => [f.category, f.value])).toEqual([
      ['Q1', 12],
      ['Q2', 7.5],
      ['Q3', 3],
      ['Q4', 21],
    ]);
  });
});
