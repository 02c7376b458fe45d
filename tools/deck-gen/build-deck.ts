/**
 * Writes a DeckSpec with pptxgenjs, then post-processes the package with fflate: wraps group specs
 * in nested p:grpSp (pptxgenjs cannot group), renumbers shape ids in document order, removes the
 * random ids/dates pptxgenjs writes and re-zips with a fixed timestamp, so the same spec gives the
 * same bytes.
 */
import { writeFile } from 'node:fs/promises';
import pptxgenDefault from 'pptxgenjs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { withFooter, type DeckSpec, type ObjectSpec, type TableSpec } from './deck-spec.js';

const FIXED_DATE = new Date('2024-01-15T09:00:00Z');
const FIXED_ISO = '2024-01-15T09:00:00Z';

// pptxgenjs ships CJS-style typings for an ESM build: TypeScript sees the class under `.default`,
// the ESM runtime gives the class itself.
type PptxCtor = typeof pptxgenDefault.default;
const PptxGenJS: PptxCtor =
  (pptxgenDefault as unknown as { default?: PptxCtor }).default ?? (pptxgenDefault as unknown as PptxCtor);
type Pres = InstanceType<PptxCtor>;
type Slide = ReturnType<Pres['addSlide']>;

function flatten(objects: ObjectSpec[], out: ObjectSpec[] = []): ObjectSpec[] {
  for (const o of objects) {
    if (o.kind === 'group') flatten(o.children, out);
    else out.push(o);
  }
  return out;
}

function tableRows(t: TableSpec): { text: string; options?: { colspan?: number; rowspan?: number } }[][] {
  const covered = new Set<string>();
  const anchor = new Map<string, { colspan?: number; rowspan?: number }>();
  for (const m of t.merges ?? []) {
    anchor.set(`${m.row},${m.col}`, { colspan: m.colspan, rowspan: m.rowspan });
    for (let r = m.row; r < m.row + (m.rowspan ?? 1); r++) {
      for (let c = m.col; c < m.col + (m.colspan ?? 1); c++)
        if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
    }
  }
  return t.grid.map((row, r) =>
    row.flatMap((text, c) => {
      if (covered.has(`${r},${c}`)) return [];
      const opts = anchor.get(`${r},${c}`);
      return [opts ? { text, options: opts } : { text }];
    }),
  );
}

const layoutY = 1.4;
function addObject(pres: Pres, slide: Slide, o: ObjectSpec, n: number): void {
  const y = layoutY + (n % 4) * 1.3;
  switch (o.kind) {
    case 'title':
      slide.addText(o.text, { placeholder: 'title' });
      return;
    case 'body':
      slide.addText(
        o.paragraphs.map((p, i) => ({
          text: p,
          options: { bullet: true, breakLine: i < o.paragraphs.length - 1 },
        })),
        { placeholder: 'body' },
      );
      return;
    case 'text':
      slide.addText(
        o.paragraphs.map((p, i) => ({ text: p, options: { breakLine: i < o.paragraphs.length - 1 } })),
        { x: o.x, y: o.y, w: o.w, h: o.h, fontSize: 12 },
      );
      return;
    case 'table':
      slide.addTable(tableRows(o), {
        x: 0.5,
        y: 1.5,
        w: 12,
        fontSize: 11,
        border: { type: 'solid', pt: 0.5, color: '999999' },
      });
      return;
    case 'chart': {
      const type =
        o.chartType === 'bar'
          ? pres.ChartType.bar
          : o.chartType === 'line'
            ? pres.ChartType.line
            : pres.ChartType.pie;
      slide.addChart(
        type,
        o.series.map((s) => ({ name: s.name, labels: s.labels, values: s.values })),
        {
          x: 1,
          y: 1.4,
          w: 8,
          h: 5,
          showTitle: true,
          title: o.title,
          showLegend: true,
        },
      );
      return;
    }
    case 'image':
      slide.addImage({
        data: `image/png;base64,${Buffer.from(o.png).toString('base64')}`,
        x: 9.5,
        y,
        w: 1.2,
        h: 1.2,
        altText: o.altText,
      });
      return;
    case 'group':
      throw new Error('groups are flattened before adding');
  }
}

/** Splits the spTree body into its top-level shape elements (pptxgenjs never nests them). */
function topLevelShapes(spTree: string): { head: string; shapes: string[]; tail: string } {
  const start = spTree.indexOf('</p:grpSpPr>') + '</p:grpSpPr>'.length;
  const head = spTree.slice(0, start);
  const shapes: string[] = [];
  let i = start;
  const re = /<p:(sp|graphicFrame|pic|cxnSp)[\s>]/g;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(spTree);
    if (!m) break;
    const close = `</p:${m[1]}>`;
    const end = spTree.indexOf(close, m.index) + close.length;
    shapes.push(spTree.slice(m.index, end));
    i = end;
  }
  return { head, shapes, tail: spTree.slice(i) };
}

function groupXml(inner: string, n: number): string {
  return (
    `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="0" name="Group ${n}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="12192000" cy="6858000"/><a:chOff x="0" y="0"/>' +
    `<a:chExt cx="12192000" cy="6858000"/></a:xfrm></p:grpSpPr>${inner}</p:grpSp>`
  );
}

function rebuildSlide(xml: string, objects: ObjectSpec[]): string {
  const a = xml.indexOf('<p:spTree>');
  const b = xml.indexOf('</p:spTree>');
  const { head, shapes, tail } = topLevelShapes(xml.slice(a, b));
  let k = 0;
  let groups = 0;
  const emit = (objs: ObjectSpec[]): string =>
    objs
      .map((o) => {
        if (o.kind !== 'group') return shapes[k++];
        groups++;
        return groupXml(emit(o.children), groups);
      })
      .join('');
  // pptxgenjs appends the layout's unused placeholders (empty) after the objects: keep them last
  const body = emit(objects) + shapes.slice(k).join('');
  if (k > shapes.length) throw new Error(`deck-gen: ${shapes.length} shapes written, ${k} expected`);
  let id = 1;
  const tree = (head + body + tail).replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${id++}"`);
  return xml.slice(0, a) + tree + xml.slice(b);
}

/**
 * pptxgenjs numbers charts with a process-wide counter: renumber chartN / Microsoft_Excel_WorksheetN
 * from 1 in each package so a second deck built in the same process gets the same part names.
 */
function renumberCharts(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const re = /(chart|Microsoft_Excel_Worksheet)(\d+)(?=\.xml|\.xlsx)/g;
  const maps = new Map<string, Map<string, number>>();
  const nums = Object.keys(files)
    .flatMap((n) => [...n.matchAll(re)].map((m) => [m[1], m[2]] as const))
    .sort((x, y) => Number(x[1]) - Number(y[1]));
  for (const [kind, n] of nums) {
    const m = maps.get(kind) ?? new Map<string, number>();
    if (!m.has(n)) m.set(n, m.size + 1);
    maps.set(kind, m);
  }
  const fix = (s: string): string =>
    s.replace(re, (all, kind: string, n: string) => `${kind}${maps.get(kind)?.get(n) ?? n}`);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    const text = name.endsWith('.rels') || name === '[Content_Types].xml';
    out[fix(name)] = text ? strToU8(fix(strFromU8(data))) : data;
  }
  return out;
}

function normaliseZip(bytes: Uint8Array, fix: (name: string, data: Uint8Array) => Uint8Array): Uint8Array {
  const files = renumberCharts(unzipSync(bytes));
  const out: Zippable = {};
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  // [Content_Types].xml first, as Office writes it
  names.sort((x, y) =>
    x === '[Content_Types].xml' ? -1 : y === '[Content_Types].xml' ? 1 : x < y ? -1 : x > y ? 1 : 0,
  );
  for (const n of names) out[n] = [fix(n, files[n]), { mtime: FIXED_DATE, level: 6 }];
  return zipSync(out, { mtime: FIXED_DATE });
}

function fixCoreDates(data: Uint8Array): Uint8Array {
  return strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_ISO}`));
}

/** Builds the deck bytes for a spec (deterministic). */
export async function buildDeck(spec: DeckSpec): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = spec.title;
  pres.author = 'Northwind Analytics';
  pres.company = 'Northwind Analytics';
  pres.defineSlideMaster({
    title: spec.layout,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 12.3, h: 0.9 }, text: '' },
      },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.4, w: 8.5, h: 5.3 }, text: '' } },
    ],
  });
  const sections: string[] = [];
  for (const s of spec.slides) if (!sections.includes(s.section)) sections.push(s.section);
  for (const title of sections) pres.addSection({ title });
  const slideObjects: ObjectSpec[][] = [];
  for (const s of spec.slides) {
    const slide = pres.addSlide({ masterName: spec.layout, sectionTitle: s.section });
    const objects = withFooter(spec, s);
    slideObjects.push(objects);
    flatten(objects).forEach((o, n) => addObject(pres, slide, o, n));
    if (s.notes) slide.addNotes(s.notes);
    if (s.hidden) slide.hidden = true;
  }
  const raw = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  let sectionNo = 0;
  return normaliseZip(raw, (name, data) => {
    const m = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
    if (m) {
      const xml = rebuildSlide(strFromU8(data), slideObjects[Number(m[1]) - 1]);
      return strToU8(
        xml.replace(
          /<p14:modId [^>]*val="\d+"/g,
          '<p14:modId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="1"',
        ),
      );
    }
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
      return strToU8(strFromU8(data).replace(/(<p14:creationId [^>]*val=")\d+"/g, '$11"'));
    }
    if (name === 'docProps/core.xml') return fixCoreDates(data);
    if (name === 'ppt/presentation.xml') {
      return strToU8(
        strFromU8(data).replace(/(<p14:section [^>]*id=")\{[0-9a-fA-F-]+\}/g, (_m, pre: string) => {
          sectionNo++;
          return `${pre}{00000000-0000-4000-8000-${String(sectionNo).padStart(12, '0')}}`;
        }),
      );
    }
    if (name.endsWith('.xlsx'))
      return normaliseZip(data, (n, d) => (n === 'docProps/core.xml' ? fixCoreDates(d) : d));
    return data;
  });
}

/** Builds a spec and writes it to outPath; returns the bytes. */
export async function writeDeck(spec: DeckSpec, outPath: string): Promise<Uint8Array> {
  const bytes = await buildDeck(spec);
  await writeFile(outPath, bytes);
  return bytes;
}
