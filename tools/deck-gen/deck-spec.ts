/**
 * The content model of a generated deck, and the `osmose slides --json` output it must extract to.
 * The expected JSON is derived from the spec alone (never from extraction), so tests compare the
 * extractor against what was written.
 */
import { createHash } from 'node:crypto';

export interface TableSpec {
  kind: 'table';
  /** Full grid, row by row; cells covered by a merge hold ''. */
  grid: string[][];
  merges?: { row: number; col: number; rowspan?: number; colspan?: number }[];
}
export interface ChartSpec {
  kind: 'chart';
  chartType: 'bar' | 'line' | 'pie';
  title: string;
  series: { name: string; labels: string[]; values: number[] }[];
}
export interface ImageSpec {
  kind: 'image';
  png: Uint8Array;
  altText: string;
}
export interface TitleSpec {
  kind: 'title';
  text: string;
}
export interface BodySpec {
  kind: 'body';
  paragraphs: string[];
}
export interface TextBoxSpec {
  kind: 'text';
  paragraphs: string[];
  /** Position in inches. */
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface GroupSpec {
  kind: 'group';
  children: ObjectSpec[];
}
export type ObjectSpec = TitleSpec | BodySpec | TextBoxSpec | TableSpec | ChartSpec | ImageSpec | GroupSpec;

export interface SlideSpec {
  section: string;
  hidden?: boolean;
  notes?: string;
  objects: ObjectSpec[];
}

export interface DeckSpec {
  title: string;
  /** Name of the single slide layout every slide uses. */
  layout: string;
  /** Text box repeated at the bottom of every slide (boilerplate). */
  footer: string;
  slides: SlideSpec[];
}

/** The slides JSON shape (same as packages/core toSlidesJson), written out so tools need not import core. */
export interface ExpectedSlide {
  index: number;
  hidden: boolean;
  title: string | null;
  section: string | null;
  layout: string | null;
  texts: { shapeId: string; layer: string; text: string }[];
  notes: string;
  tables: { rows: string[][] }[];
  charts: {
    title: string | null;
    type: string;
    series: { name: string; categories: string[]; values: (number | null)[] }[];
  }[];
  images: { sha256: string; altText: string }[];
}

export const FOOTER_BOX = { x: 0.4, y: 7.05, w: 9, h: 0.35 };

/** The footer text box appended as the last object of every slide. */
export function withFooter(spec: DeckSpec, slide: SlideSpec): ObjectSpec[] {
  return [...slide.objects, { kind: 'text', paragraphs: [spec.footer], ...FOOTER_BOX }];
}

const CHART_TYPE = { bar: 'col', line: 'line', pie: 'pie' } as const;

function chartText(c: ChartSpec): string {
  const lines: string[] = [c.title];
  for (const s of c.series) if (!lines.includes(s.name)) lines.push(s.name);
  const cats: string[] = [];
  for (const s of c.series)
    for (const l of s.labels) if (!/^[-+\d.,\s%]+$/.test(l) && !cats.includes(l)) cats.push(l);
  if (cats.length) lines.push(cats.join(', '));
  return lines.join('\n');
}

export function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Expected extraction of a spec: shape ids follow document order (2, 3, … after the tree root 1). */
export function expectedSlidesJson(spec: DeckSpec): { slides: ExpectedSlide[] } {
  return {
    slides: spec.slides.map((s, i) => {
      let nextId = 2;
      const out: ExpectedSlide = {
        index: i + 1,
        hidden: s.hidden === true,
        title: null,
        section: s.section,
        layout: spec.layout,
        texts: [],
        notes: s.notes ?? '',
        tables: [],
        charts: [],
        images: [],
      };
      const visit = (o: ObjectSpec): void => {
        const id = String(nextId++);
        switch (o.kind) {
          case 'title':
            out.title ??= o.text;
            out.texts.push({ shapeId: id, layer: 'title', text: o.text });
            break;
          case 'body':
          case 'text':
            out.texts.push({ shapeId: id, layer: 'body', text: o.paragraphs.join('\n') });
            break;
          case 'table': {
            out.tables.push({ rows: o.grid.map((r) => [...r]) });
            const t = o.grid
              .map((r) => r.filter((c) => c !== '').join('\t'))
              .filter((r) => r !== '')
              .join('\n');
            out.texts.push({ shapeId: id, layer: 'table', text: t });
            break;
          }
          case 'chart':
            out.charts.push({
              title: o.title,
              type: CHART_TYPE[o.chartType],
              series: o.series.map((se) => ({
                name: se.name,
                categories: [...se.labels],
                values: [...se.values],
              })),
            });
            out.texts.push({ shapeId: id, layer: 'chart', text: chartText(o) });
            break;
          case 'image':
            out.images.push({ sha256: sha256(o.png), altText: o.altText });
            out.texts.push({ shapeId: id, layer: 'alt', text: o.altText });
            break;
          case 'group':
            for (const c of o.children) visit(c);
            break;
        }
      };
      for (const o of withFooter(spec, s)) visit(o);
      return out;
    }),
  };
}
