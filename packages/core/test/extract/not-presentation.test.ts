/**
 * Packages that are not presentations: a real (minimal) Word .docx and Excel .xlsx, also renamed to
 * .pptx, and zips that are no Office package at all, are rejected with OSM_INPUT_NOT_PRESENTATION and
 * a sentence saying what they are; ingesting them stores nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDeck, extractDeckSync } from '../../src/extract/index.js';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import { buildDeck, sampleDeckSpec } from '../../../../tools/deck-gen/index.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** A minimal but valid Word document, as Word writes its parts. */
function docx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_DOC}" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        '<w:body><w:p><w:r><w:t>Quarterly report: this is a letter, not a deck.</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

/** A minimal but valid Excel workbook with one sheet. */
function xlsx(): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_DOC}" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${XML}<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Revenue</t></is></c></row></sheetData></worksheet>`,
    ),
  });
}

/** The code and message of the rejection ('ok' when extracted). */
function outcome(bytes: Uint8Array, name: string): { code: string; message: string } {
  try {
    const d = extractDeckSync(bytes, name);
    return { code: 'ok', message: `${d.slides.length} slides` };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { code: err.code ?? `UNTYPED ${String(e)}`, message: err.message ?? '' };
  }
}

describe('packages that are not presentations', () => {
  it('rejects a Word document, also renamed to .pptx, saying it is one', () => {
    for (const name of ['report.docx', 'report.pptx']) {
      const r = outcome(docx(), name);
      expect(r.code, name).toBe('OSM_INPUT_NOT_PRESENTATION');
      expect(r.message).toMatch(
        /^The file is a Word document \(main part word\/document\.xml\), not a PowerPoint presentation/,
      );
    }
  });

  it('rejects an Excel workbook, also renamed to .pptx, saying it is one', () => {
    for (const name of ['figures.xlsx', 'figures.pptx']) {
      const r = outcome(xlsx(), name);
      expect(r.code, name).toBe('OSM_INPUT_NOT_PRESENTATION');
      expect(r.message).toContain('an Excel spreadsheet');
    }
  });

  it('rejects zips that are no Office package, and OOXML packages of another kind', () => {
    const photos = zipSync({
      'holiday/1.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
      'notes.txt': strToU8('x'),
    });
    const r = outcome(photos, 'holiday.pptx');
    expect(r.code).toBe('OSM_INPUT_NOT_PRESENTATION');
    expect(r.message).toContain('a zip archive but not an Office package');
    // an OOXML package whose main part is neither a deck, a document nor a workbook
    const other = zipSync({
      '[Content_Types].xml': strToU8(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_DOC}" Target="main/thing.xml"/></Relationships>`,
      ),
      'main/thing.xml': strToU8(`${XML}<thing xmlns="urn:example"/>`),
    });
    const o = outcome(other, 'thing.pptx');
    expect(o.code).toBe('OSM_INPUT_NOT_PRESENTATION');
    expect(o.message).toContain('an Office package of another kind (main part main/thing.xml)');
  });

  it('rejects them from a path too (the streaming reader)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-notpres-'));
    try {
      writeFileSync(join(dir, 'renamed.pptx'), docx());
      await expect(extractDeck({ path: join(dir, 'renamed.pptx') })).rejects.toMatchObject({
        code: 'OSM_INPUT_NOT_PRESENTATION',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still reads a real deck', async () => {
    const deck = await buildDeck({ ...sampleDeckSpec, slides: sampleDeckSpec.slides.slice(0, 3) });
    expect(outcome(deck, 'deck.pptx')).toEqual({ code: 'ok', message: '3 slides' });
  });
});

describe('ingesting a Word document', () => {
  let dir: string;
  let b: Backends;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-notpres-ingest-'));
    b = await openBackends({ storeDir: join(dir, 'store') });
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects it with a typed code and stores nothing', async () => {
    writeFileSync(join(dir, 'letter.pptx'), docx());
    writeFileSync(join(dir, 'sheet.pptx'), xlsx());
    const before = await b.graph.counts();
    const r = await ingestFiles([join(dir, 'letter.pptx'), join(dir, 'sheet.pptx')], {
      backends: b,
      stages: { summariserKey: 'text-v1', embedder: null },
    });
    expect(r.documents.map((d) => [d.status, d.error?.code])).toEqual([
      ['rejected', 'OSM_INPUT_NOT_PRESENTATION'],
      ['rejected', 'OSM_INPUT_NOT_PRESENTATION'],
    ]);
    expect(r.documents[0].error?.message).toContain('Word document');
    expect(await b.graph.counts()).toEqual(before);
    expect(before.documents).toBe(0);
  }, 120_000);
});
