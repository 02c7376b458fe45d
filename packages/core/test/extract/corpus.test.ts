/**
 * The whole third-party corpus against its MANIFEST.tsv: every file ends extracted or rejected with
 * the code its manifest columns imply; readable decks have the manifest's slide count, notes,
 * charts with series and table cells where the manifest says so; non-English text stays intact.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDeck } from '../../src/extract/index.js';
import type { DeckData } from '../../src/model/deck.js';

const CORPUS = process.env.OSMOSE_CORPUS_DIR ?? resolve(__dirname, '../../../../../shared/corpus/pptx');
const present = existsSync(join(CORPUS, 'MANIFEST.tsv'));
if (!present) {
  console.warn(`\n!!! SKIPPING CORPUS TESTS: no MANIFEST.tsv in ${CORPUS} (set OSMOSE_CORPUS_DIR) !!!\n`);
}

interface Row {
  file: string;
  slideCount: string;
  hasNotes: string;
  hasCharts: string;
  hasTables: string;
  container: string;
  zipfile: string;
  strict: string;
  smartArt: string;
  groups: string;
  note: string;
}

function manifest(): Row[] {
  const [head, ...lines] = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = head.split('\t');
  const at = (cells: string[], name: string): string => cells[cols.indexOf(name)] ?? '';
  return lines.map((l) => {
    const c = l.split('\t');
    return {
      file: at(c, 'file'),
      slideCount: at(c, 'slide_count'),
      hasNotes: at(c, 'has_notes'),
      hasCharts: at(c, 'has_charts'),
      hasTables: at(c, 'has_tables'),
      container: at(c, 'container'),
      zipfile: at(c, 'python_zipfile'),
      strict: at(c, 'strict_ooxml'),
      smartArt: at(c, 'has_smartart'),
      groups: at(c, 'has_group_shapes'),
      note: at(c, 'edge_case_or_note'),
    };
  });
}

/** The outcome the manifest implies: 'ok' or the accepted rejection codes. */
function expectedOutcome(r: Row): 'ok' | string[] {
  const note = r.note.toLowerCase();
  if (r.container === 'OLE2/CFB')
    return note.includes('encrypted:') ? ['OSM_INPUT_ENCRYPTED'] : ['OSM_INPUT_LEGACY_PPT'];
  if (r.container === 'other') {
    if (note.includes('lock file')) return ['OSM_INPUT_LOCK_FILE'];
    return ['OSM_INPUT_NOT_ZIP'];
  }
  if (r.zipfile === 'fail')
    return note.includes('not a zip')
      ? ['OSM_INPUT_CORRUPT_ZIP', 'OSM_INPUT_NOT_ZIP']
      : ['OSM_INPUT_CORRUPT_ZIP'];
  return 'ok';
}

/** Independent oracle: notes slides linked from slides whose body placeholder holds text. */
function notesOracle(path: string): number {
  const files = unzipSync(readFileSync(path), {
    filter: (f) => /^ppt\/(slides\/_rels\/slide\d+\.xml\.rels|notesSlides\/notesSlide\d+\.xml)$/.test(f.name),
  });
  const linked = new Set<string>();
  for (const [n, d] of Object.entries(files)) {
    if (!n.endsWith('.rels')) continue;
    for (const m of strFromU8(d).matchAll(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/g))
      linked.add(`ppt/notesSlides/${m[1]}`);
  }
  let n = 0;
  for (const name of linked) {
    const xml = files[name] ? strFromU8(files[name]) : '';
    const hasBody = xml
      .split(/<p:sp>/)
      .some((sp) => /<p:ph[^>]*type="body"/.test(sp) && /<a:t>[^<]+<\/a:t>/.test(sp));
    if (hasBody) n++;
  }
  return n;
}

/** Independent oracle: does any slide's a:tbl hold a non-blank a:t? */
function tableTextOracle(path: string): boolean {
  const files = unzipSync(readFileSync(path), { filter: (f) => /^ppt\/slides\/slide\d+\.xml$/.test(f.name) });
  return Object.values(files).some((d) =>
    (strFromU8(d).match(/<a:tbl>[\s\S]*?<\/a:tbl>/g) ?? []).some((t) => /<a:t>[^<]*\S[^<]*<\/a:t>/.test(t)),
  );
}

/** Independent oracle: non-blank text in diagram data parts / inside p:grpSp shapes of slides. */
function rawTextOracle(path: string): { smartArt: boolean; group: boolean } {
  const files = unzipSync(readFileSync(path), {
    filter: (f) => /^ppt\/(diagrams\/data\d+|slides\/slide\d+)\.xml$/.test(f.name),
  });
  const blank = /<a:t>[^<]*\S[^<]*<\/a:t>/;
  let smartArt = false;
  let group = false;
  for (const [n, d] of Object.entries(files)) {
    const xml = strFromU8(d);
    if (n.startsWith('ppt/diagrams/')) smartArt ||= blank.test(xml);
    else
      group ||= (xml.match(/<p:grpSp>[\s\S]*?<\/p:grpSp>/g) ?? []).some((g) =>
        g
          .split('<p:sp>')
          .slice(1)
          .some((sp) => blank.test(sp.split('</p:sp>')[0])),
      );
  }
  return { smartArt, group };
}

const rows = present ? manifest() : [];
const results = new Map<string, DeckData | { code: string; message: string }>();
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown): void => void unhandled.push(e);

describe.skipIf(!present)('corpus', () => {
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    for (const r of rows) {
      try {
        results.set(r.file, await extractDeck({ path: join(CORPUS, r.file) }));
      } catch (e) {
        const err = e as { code?: string; message?: string };
        results.set(r.file, { code: err.code ?? `UNTYPED ${String(e)}`, message: err.message ?? '' });
      }
    }
  }, 300_000);
  afterAll(() => void process.off('unhandledRejection', onUnhandled));

  it('has the manifest of 186 files', () => {
    expect(rows.length).toBe(186);
  });

  it('ends every file extracted or rejected with the expected code', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const got = results.get(r.file)!;
      const exp = expectedOutcome(r);
      if (exp === 'ok') {
        if ('code' in got)
          wrong.push(`${r.file}: rejected ${got.code} (${got.message}), expected extraction`);
      } else if (!('code' in got) || !exp.includes(got.code)) {
        wrong.push(`${r.file}: ${'code' in got ? got.code : 'extracted'}, expected ${exp.join('|')}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('finds the manifest slide count in every readable deck (slides listed in sldIdLst = slideN.xml parts)', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const got = results.get(r.file)!;
      if (expectedOutcome(r) !== 'ok' || 'code' in got) continue;
      if (String(got.slides.length) !== r.slideCount)
        wrong.push(`${r.file}: ${got.slides.length} slides, manifest ${r.slideCount}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds speaker notes wherever a linked notes slide has body text', () => {
    const wrong: string[] = [];
    let withNotes = 0;
    for (const r of rows) {
      const got = results.get(r.file)!;
      if (r.hasNotes !== 'yes' || 'code' in got) continue;
      const oracle = notesOracle(join(CORPUS, r.file));
      const found = got.slides.filter((s) => s.notes !== '').length;
      if (found !== oracle) wrong.push(`${r.file}: ${found} slides with notes, oracle ${oracle}`);
      if (found) withNotes++;
      for (const s of got.slides) expect(s.texts.filter((t) => t.layer === 'notes')).toEqual([]);
    }
    expect(wrong).toEqual([]);
    expect(withNotes).toBeGreaterThan(30);
  });

  it('finds charts with series where has_charts, table cells where has_tables', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const got = results.get(r.file)!;
      if ('code' in got) continue;
      const charts = got.slides.flatMap((s) => s.charts);
      if (
        r.hasCharts === 'yes' &&
        !charts.some(
          (c) => c.series.length > 0 && c.series.some((se) => se.values.some((v) => typeof v === 'number')),
        )
      ) {
        wrong.push(`${r.file}: no chart with numeric series`);
      }
      const cells = got.slides.flatMap((s) => s.tables.flatMap((t) => t.rows.flat()));
      if (r.hasTables === 'yes' && cells.length === 0) wrong.push(`${r.file}: no table cells`);
      if (
        r.hasTables === 'yes' &&
        tableTextOracle(join(CORPUS, r.file)) !== cells.some((c) => c.trim() !== '')
      ) {
        wrong.push(`${r.file}: table cell text does not match the raw XML`);
      }
      if (r.hasTables === 'no' && got.slides.some((s) => s.tables.length))
        wrong.push(`${r.file}: tables found, manifest says none`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads SmartArt and grouped-shape text wherever the raw XML has some', () => {
    const wrong: string[] = [];
    let smart = 0;
    let grouped = 0;
    for (const r of rows) {
      const got = results.get(r.file)!;
      if ('code' in got) continue;
      const texts = got.slides.flatMap((s) => s.texts);
      if (r.smartArt === 'yes' && !got.slides.some((s) => s.hasSmartArt))
        wrong.push(`${r.file}: no SmartArt found`);
      if (r.smartArt !== 'yes' && r.groups !== 'yes') continue;
      const oracle = rawTextOracle(join(CORPUS, r.file));
      const hasSmart = texts.some((t) => t.source === 'smartart');
      const hasGroup = texts.some((t) => t.source === 'group');
      if (r.smartArt === 'yes' && oracle.smartArt !== hasSmart)
        wrong.push(`${r.file}: SmartArt text ${hasSmart}, raw XML ${oracle.smartArt}`);
      if (r.groups === 'yes' && oracle.group !== hasGroup)
        wrong.push(`${r.file}: grouped text ${hasGroup}, raw XML ${oracle.group}`);
      if (hasSmart) smart++;
      if (hasGroup) grouped++;
    }
    expect(wrong).toEqual([]);
    expect(smart).toBeGreaterThan(3);
    expect(grouped).toBeGreaterThan(10);
  });

  it('flags footer placeholders as boilerplate', () => {
    const got = results.get('apache__tika/testPPT_masterFooter.pptx')!;
    expect('code' in got).toBe(false);
    if ('code' in got) return;
    expect(got.slides[0].texts.find((t) => t.text === 'Master footer is here')).toMatchObject({
      placeholder: 'ftr',
      boilerplate: true,
    });
  });

  it('recognises Strict OOXML and the package formats', () => {
    for (const r of rows.filter((x) => x.strict === 'yes')) {
      const got = results.get(r.file)!;
      expect('code' in got ? got.code : got.strict, r.file).toBe(true);
    }
    const formatOf = (f: string): string => {
      const got = results.get(f)!;
      return 'code' in got ? got.code : got.format;
    };
    for (const r of rows) {
      const ext = /\.(pptm|potx|potm|ppsx)$/i.exec(r.file)?.[1]?.toLowerCase();
      if (ext && expectedOutcome(r) === 'ok') expect(formatOf(r.file), r.file).toBe(ext);
    }
  });

  it('keeps non-English text intact', () => {
    const text = (file: string, slide: number): string => {
      const got = results.get(file)!;
      if ('code' in got) return `rejected ${got.code}`;
      return got.slides[slide - 1].texts.map((t) => t.text).join('\n');
    };
    // strings copied from the raw slide XML of each deck
    expect(text('OWASP__Top10/OWASP-Top-10-2017-he.pptx', 2)).toContain('תוכן העניינים');
    expect(text('Arshtyi__Advanced-Programming-in-High-Level-Languages/第10章.pptx', 2)).toContain(
      '对个人银行账户管理程序的改进',
    );
    expect(text('OWASP__Top10/owasp top10 2017 fa.pptx', 2)).toContain('کپی رایت ۲۰۱۳ – ۲۰۱۷ بنیاد');
    expect(text('OWASP__Top10/OWASP Top 10-2017-ko.pptx', 2)).toContain('라이선스의 보호를 받습니다');
    expect(text('OWASP__Top10/OWASP Top 10-2017(ja).pptx', 3)).toContain(
      'に示される比較的シンプルなセキュリティ問題を大目に見る余地などありません。',
    );
    expect(text('OWASP__Top10/OWASP Top 10-2017-ru.pptx', 3)).toContain('Предисловие');
    expect(text('ShapeCrawler__ShapeCrawler/024_chart.pptx', 1)).toContain('Лидер европейского ИТ-рынка');
  });

  it('loses no text: every non-blank a:t of every slide part appears in its extraction', () => {
    const entity = (s: string): string =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&amp;/g, '&');
    const lost: string[] = [];
    let checked = 0;
    for (const [file, got] of results) {
      if ('code' in got || got.slides.length === 0) continue;
      const parts = new Set(got.slides.map((s) => s.part));
      const files = unzipSync(readFileSync(join(CORPUS, file)), { filter: (f) => parts.has(f.name) });
      for (const s of got.slides) {
        const all = `${s.texts.map((t) => t.text).join('\n')}\n${s.tables.flatMap((t) => t.rows.flat()).join('\n')}`;
        for (const m of strFromU8(files[s.part]).matchAll(/<a:t>([^<]*)<\/a:t>/g)) {
          const t = entity(m[1]).trim();
          if (!t) continue;
          checked++;
          // (a word hyphenated at a line break is whole again when the deck writes it whole: "Schwach-" / "stelle")
          if (!all.includes(t) && !(t.endsWith('-') && all.includes(t.slice(0, -1))))
            lost.push(`${file} slide ${s.index}: ${t.slice(0, 60)}`);
        }
      }
    }
    expect(lost).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('reads every slide text block with provenance', () => {
    for (const [file, got] of results) {
      if ('code' in got) continue;
      got.slides.forEach((s, i) => {
        expect(s.index, file).toBe(i + 1);
        expect(s.hash, file).toMatch(/^[0-9a-f]{64}$/);
        for (const t of s.texts) {
          expect(t.text.length, file).toBeGreaterThan(0);
          expect(['title', 'body', 'table', 'chart', 'notes', 'alt'], file).toContain(t.layer);
        }
      });
    }
  });
});
