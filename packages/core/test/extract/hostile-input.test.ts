/**
 * Hostile and broken input: zip bombs (honest and lying), XXE / billion laughs, path traversal,
 * limits, malformed parts, truncated and bit-flipped copies of real decks. Every case must end in
 * a typed OSM_INPUT_* rejection (or a clean extraction), never a crash or an untyped error.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDeck, extractDeckSync, type ExtractOptions } from '../../src/extract/index.js';
import { isOsmoseError } from '../../src/errors.js';
import { buildDeck, sampleDeckSpec } from '../../../../tools/deck-gen/index.js';

const CORPUS = process.env.OSMOSE_CORPUS_DIR ?? resolve(__dirname, '../../../../../shared/corpus/pptx');

let base: Uint8Array;
let dir: string;

beforeAll(async () => {
  // 12 text slides + the bar-chart slide
  base = await buildDeck({
    ...sampleDeckSpec,
    slides: [...sampleDeckSpec.slides.slice(0, 12), sampleDeckSpec.slides[24]],
  });
  dir = mkdtempSync(join(tmpdir(), 'osmose-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rezips the base deck after `edit` changed its entries. */
function mutate(edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(base);
  edit(files);
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = v;
  return zipSync(z);
}

/** The code of the rejection, or 'ok' when the deck was extracted. Anything untyped fails the test. */
function outcome(bytes: Uint8Array, name = 'deck.pptx', opts?: ExtractOptions): string {
  try {
    extractDeckSync(bytes, name, opts);
    return 'ok';
  } catch (e) {
    if (!isOsmoseError(e) || !e.code.startsWith('OSM_INPUT_'))
      throw new Error(`untyped failure: ${String(e)}`, { cause: e });
    return e.code;
  }
}

const XXE = `<?xml version="1.0"?>
<!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>&xxe;</p:spTree></p:cSld></p:sld>`;
const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&lol3;</Types>`;

/** Rewrites the declared uncompressed size of an entry in both its central and local headers. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const dv = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let o = 0; o + 46 < out.length; o++) {
    if (dv.getUint32(o, true) !== 0x02014b50) continue;
    const nl = dv.getUint16(o + 28, true);
    if (nl !== nameBytes.length || strFromU8(out.subarray(o + 46, o + 46 + nl)) !== name) continue;
    dv.setUint32(o + 24, size, true);
    dv.setUint32(dv.getUint32(o + 42, true) + 22, size, true);
    return out;
  }
  throw new Error(`entry ${name} not found`);
}

describe('sniffing', () => {
  it('rejects empty files, lock files and non-zips with their codes', () => {
    expect(outcome(new Uint8Array(0))).toBe('OSM_INPUT_EMPTY');
    expect(outcome(base, '~$deck.pptx')).toBe('OSM_INPUT_LOCK_FILE');
    const owner = new Uint8Array(165).fill(0x20);
    owner[0] = 5;
    owner.set(strToU8('Alice'), 1);
    owner[55] = 5;
    expect(outcome(owner, 'deck.pptx')).toBe('OSM_INPUT_LOCK_FILE');
    expect(outcome(strToU8('<!DOCTYPE html><html><body>Not a deck</body></html>'))).toBe('OSM_INPUT_NOT_ZIP');
    expect(
      outcome(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)])),
    ).toBe('OSM_INPUT_LEGACY_PPT');
  });

  it('reports a missing file as OSM_INPUT_NOT_FOUND', async () => {
    await expect(extractDeck({ path: join(dir, 'nope.pptx') })).rejects.toMatchObject({
      code: 'OSM_INPUT_NOT_FOUND',
    });
  });
});

describe('zip limits', () => {
  it('rejects an honest zip bomb from its directory, before inflating', () => {
    const bomb = mutate((f) => (f['ppt/media/bomb.bin'] = new Uint8Array(64 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(outcome(bomb)).toBe('OSM_INPUT_ZIP_BOMB');
  });

  it('stops inflating an entry that lies about its size', () => {
    const bomb = mutate((f) => (f['ppt/media/image99.png'] = new Uint8Array(64 * 1024 * 1024)));
    const liar = lieAboutSize(bomb, 'ppt/media/image99.png', 1000);
    expect(['OSM_INPUT_ZIP_BOMB', 'OSM_INPUT_CORRUPT_ZIP']).toContain(outcome(liar));
    // a big lying entry is inflated in chunks and stopped at the first chunk past its declared size
    let x = 7;
    const noise = new Uint8Array(4 * 1024 * 1024).map(
      () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24,
    );
    const big = lieAboutSize(
      mutate((f) => (f['ppt/media/image97.bin'] = noise)),
      'ppt/media/image97.bin',
      1000,
    );
    expect(outcome(big)).toBe('OSM_INPUT_ZIP_BOMB');
    // a small lying entry (inflated in one call) is caught by its size/CRC
    const small = lieAboutSize(
      mutate((f) => (f['ppt/media/image98.png'] = new Uint8Array(50_000))),
      'ppt/media/image98.png',
      10,
    );
    expect(outcome(small)).toBe('OSM_INPUT_CORRUPT_ZIP');
  });

  it('applies the configured limits', () => {
    expect(outcome(base, 'deck.pptx', { maxFileBytes: 1000 })).toBe('OSM_INPUT_TOO_LARGE');
    expect(outcome(base, 'deck.pptx', { maxEntries: 10 })).toBe('OSM_INPUT_TOO_LARGE');
    expect(outcome(base, 'deck.pptx', { maxUncompressedBytes: 100_000 })).toBe('OSM_INPUT_TOO_LARGE');
    expect(outcome(base, 'deck.pptx', { timeoutMs: 1 / 1000 })).toBe('OSM_INPUT_TIMEOUT');
    expect(() => extractDeckSync(base, 'deck.pptx', { maxRatio: -1 })).toThrow(
      expect.objectContaining({ code: 'OSM_CONFIG_INVALID' }),
    );
    expect(outcome(base)).toBe('ok');
  });

  it('rejects path traversal entries', () => {
    expect(outcome(mutate((f) => (f['../../evil.txt'] = strToU8('x'))))).toBe('OSM_INPUT_PATH_TRAVERSAL');
    expect(outcome(mutate((f) => (f['ppt/../../evil.xml'] = strToU8('x'))))).toBe('OSM_INPUT_PATH_TRAVERSAL');
    expect(outcome(mutate((f) => (f['/etc/cron.d/evil'] = strToU8('x'))))).toBe('OSM_INPUT_PATH_TRAVERSAL');
  });
});

describe('XML safety and validity', () => {
  it('refuses DTDs and entities anywhere (XXE, billion laughs), even in optional parts', () => {
    expect(outcome(mutate((f) => (f['ppt/slides/slide1.xml'] = strToU8(XXE))))).toBe(
      'OSM_INPUT_XML_FORBIDDEN',
    );
    expect(outcome(mutate((f) => (f['[Content_Types].xml'] = strToU8(LAUGHS))))).toBe(
      'OSM_INPUT_XML_FORBIDDEN',
    );
    const chart = Object.keys(unzipSync(base)).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    expect(outcome(mutate((f) => (f[chart] = strToU8(XXE))))).toBe('OSM_INPUT_XML_FORBIDDEN');
  });

  it('rejects malformed required parts, warns on malformed optional ones', () => {
    expect(
      outcome(mutate((f) => (f['ppt/presentation.xml'] = f['ppt/presentation.xml'].subarray(0, 500)))),
    ).toBe('OSM_INPUT_XML_INVALID');
    expect(outcome(mutate((f) => (f['ppt/slides/slide2.xml'] = strToU8('<p:sld><p:cSld></p:sld>'))))).toBe(
      'OSM_INPUT_XML_INVALID',
    );
    const files = unzipSync(base);
    const notes = Object.keys(files).find((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))!;
    const chart = Object.keys(files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    const broken = mutate((f) => {
      f[notes] = strToU8('<p:notes><unclosed></p:notes>');
      f[chart] = strToU8('<c:chartSpace');
    });
    const deck = extractDeckSync(broken, 'deck.pptx');
    expect(deck.slides).toHaveLength(13);
    expect(deck.slides[12].charts).toEqual([]);
    expect(deck.warnings.some((w) => w.includes(notes))).toBe(true);
    expect(deck.warnings.some((w) => w.includes(chart))).toBe(true);
  });

  it('rejects packages without their required parts', () => {
    expect(outcome(mutate((f) => delete f['[Content_Types].xml']))).toBe('OSM_INPUT_MISSING_PART');
    expect(
      outcome(
        mutate((f) => {
          delete f['ppt/presentation.xml'];
          delete f['ppt/_rels/presentation.xml.rels'];
        }),
      ),
    ).toBe('OSM_INPUT_MISSING_PART');
  });

  it('accepts a deck with zero slides', () => {
    const empty = mutate((f) => {
      f['ppt/presentation.xml'] = strToU8(
        strFromU8(f['ppt/presentation.xml']).replace(/<p:sldIdLst>.*?<\/p:sldIdLst>/s, ''),
      );
    });
    expect(extractDeckSync(empty, 'deck.pptx').slides).toEqual([]);
  });
});

describe('mutated real decks', () => {
  const decks = [
    'Unstructured-IO__unstructured/fake-power-point.pptx',
    'ShapeCrawler__ShapeCrawler/024_chart.pptx',
    'apache__poi/SmartArt.pptx',
    'dotnet__Open-XML-SDK/typical.pptx',
  ].filter((f) => existsSync(join(CORPUS, f)));

  /** Deterministic PRNG so a failure can be replayed. */
  const rng = (seed: number) => () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;

  it('rejects truncated copies as corrupt zips', () => {
    const sources = [base, ...decks.map((f) => new Uint8Array(readFileSync(join(CORPUS, f))))];
    for (const src of sources) {
      for (const frac of [0.05, 0.3, 0.6, 0.9, 0.99]) {
        expect(outcome(src.subarray(0, Math.floor(src.length * frac)))).toBe('OSM_INPUT_CORRUPT_ZIP');
      }
      expect(outcome(src.subarray(0, src.length - 1))).toBe('OSM_INPUT_CORRUPT_ZIP');
    }
  });

  it('ends every bit-flipped copy extracted or rejected with a typed code', () => {
    const sources = [base, ...decks.map((f) => new Uint8Array(readFileSync(join(CORPUS, f))))];
    const seen = new Map<string, number>();
    const rand = rng(42);
    for (const src of sources) {
      for (let variant = 0; variant < 40; variant++) {
        const copy = new Uint8Array(src);
        const flips = 1 + Math.floor(rand() * 8);
        for (let k = 0; k < flips; k++) copy[Math.floor(rand() * copy.length)] ^= 1 << Math.floor(rand() * 8);
        const code = outcome(copy);
        seen.set(code, (seen.get(code) ?? 0) + 1);
      }
    }
    // flips mostly hit compressed data: CRC / inflate errors dominate
    expect(seen.get('OSM_INPUT_CORRUPT_ZIP') ?? 0).toBeGreaterThan(0);
    for (const code of seen.keys()) expect(code === 'ok' || code.startsWith('OSM_INPUT_')).toBe(true);
    writeFileSync(join(dir, 'bitflip-outcomes.json'), JSON.stringify([...seen]));
  });
});
