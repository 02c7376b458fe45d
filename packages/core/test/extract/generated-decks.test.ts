import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDeck, toSlidesJson } from '../../src/extract/index.js';
import type { DeckData } from '../../src/model/deck.js';
import {
  benchDeckSpec,
  expectedSlidesJson,
  generateBenchDeck,
  generateSampleDeck,
  sampleDeckExpected,
  sampleDeckSpec,
} from '../../../../tools/deck-gen/index.js';

let dir: string;
let sample: DeckData;
let sampleBytes: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osmose-extract-'));
  sampleBytes = await generateSampleDeck(join(dir, 'sample.pptx'));
  sample = await extractDeck({ path: join(dir, 'sample.pptx') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sample deck', () => {
  it('extracts every field of the slides JSON exactly as written', () => {
    const got = toSlidesJson(sample);
    const expected = sampleDeckExpected();
    expect(got.slides.length).toBe(33);
    for (let i = 0; i < expected.slides.length; i++)
      expect(got.slides[i], `slide ${i + 1}`).toEqual(expected.slides[i]);
    expect(got).toEqual(expected);
  });

  it('has the features the spec promises (sanity of the spec itself)', () => {
    const exp = sampleDeckExpected().slides;
    expect(exp.filter((s) => s.tables.length).length).toBeGreaterThanOrEqual(2);
    expect(new Set(exp.flatMap((s) => s.charts.map((c) => c.type)))).toEqual(new Set(['col', 'line', 'pie']));
    expect(exp.filter((s) => s.hidden).map((s) => s.index)).toEqual([32]);
    expect(exp.filter((s) => s.images.length).length).toBeGreaterThanOrEqual(3);
    expect(
      sampleDeckSpec.slides.filter((s) =>
        s.objects.some((o) => o.kind === 'group' && o.children.some((c) => c.kind === 'group')),
      ).length,
    ).toBe(2);
  });

  it('reads deck-level data: sections, format, title, media, no warnings', () => {
    expect(sample.format).toBe('pptx');
    expect(sample.strict).toBe(false);
    expect(sample.title).toBe('Data Platform Modernisation');
    expect(sample.warnings).toEqual([]);
    expect(sample.bytes).toBe(sampleBytes.length);
    expect(sample.sections.map((s) => s.name)).toEqual([
      'Introduction',
      'Context & Drivers',
      'Target Architecture',
      'Governance & Compliance',
      'Delivery Plan',
      'KPIs & Results',
      'Appendix',
    ]);
    expect(sample.sections.flatMap((s) => s.slides)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(sample.media).toHaveLength(4);
    for (const m of sample.media) {
      expect(m).toMatchObject({ contentType: 'image/png', width: 64, height: 64 });
      expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(sample.slides.map((s) => s.layout))).toEqual(new Set(['Northwind Content']));
  });

  it('flags the repeated footer as boilerplate and nothing else', () => {
    for (const s of sample.slides) {
      const flagged = s.texts.filter((t) => t.boilerplate).map((t) => t.text);
      expect(flagged).toEqual([sampleDeckSpec.footer]);
    }
  });

  it('marks grouped-shape text with source "group" and placeholders with their type', () => {
    const layers = sample.slides[9].texts.filter((t) => t.source === 'group').map((t) => t.text);
    expect(layers).toEqual([
      'Ingestion\nKafka topics per source system',
      'Storage\nLakehouse tables in open formats',
      'Serving\nSemantic layer and REST APIs',
    ]);
    expect(sample.slides[0].texts[0]).toMatchObject({ layer: 'title', placeholder: 'title' });
    expect(sample.slides[0].texts[1]).toMatchObject({ layer: 'body', placeholder: 'body' });
  });

  it('gives stable, distinct slide hashes', async () => {
    const again = await extractDeck({ bytes: sampleBytes, name: 'sample.pptx' });
    expect(again.slides.map((s) => s.hash)).toEqual(sample.slides.map((s) => s.hash));
    expect(new Set(sample.slides.map((s) => s.hash)).size).toBe(33);
  });

  it('is generated deterministically (same bytes twice)', async () => {
    const second = await generateSampleDeck(join(dir, 'sample-2.pptx'));
    expect(Buffer.from(second).equals(Buffer.from(sampleBytes))).toBe(true);
    expect(readFileSync(join(dir, 'sample-2.pptx')).length).toBe(sampleBytes.length);
  });
});

describe('bench decks', () => {
  it.each([10, 50])('a %i-slide bench deck extracts exactly as specified', async (n) => {
    const path = join(dir, `bench-${n}.pptx`);
    await generateBenchDeck(path, n, { seed: 7 });
    const deck = await extractDeck({ path });
    expect(toSlidesJson(deck)).toEqual(expectedSlidesJson(benchDeckSpec(n, { seed: 7 })));
    expect(deck.slides.filter((s) => s.tables.length).length).toBe(Math.floor(n / 5));
  });
});
