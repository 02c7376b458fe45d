/**
 * Walks a slide's shape tree in document (reading) order, grouped shapes at any depth included,
 * and collects text blocks, tables, charts, pictures and SmartArt text with their provenance.
 */
import { type ChartData, type ImageRef, type TableData, type TextBlock } from '../model/deck.js';
import { parseChart } from './chart-part.js';
import { type OpcPackage } from './opc-package.js';
import { bodyText, paragraphs } from './text-body.js';
import { child, childrenNamed, elements, path, type XmlElement } from './xml.js';

export interface SlideContent {
  texts: TextBlock[];
  tables: TableData[];
  charts: ChartData[];
  images: ImageRef[];
  hasSmartArt: boolean;
  /** Parts whose bytes feed the slide hash (charts, diagram data). */
  relatedParts: string[];
}

/** Resolves an embedded media part to its sha256 (computed once per deck). */
export type MediaHasher = (part: string) => string | undefined;

const TITLE_TYPES = new Set(['title', 'ctrTitle']);
const MAX_DEPTH = 64;

function chartTextLines(c: ChartData): string {
  const lines: string[] = [];
  if (c.title) lines.push(c.title);
  for (const s of c.series) if (s.name && !lines.includes(s.name)) lines.push(s.name);
  const cats: string[] = [];
  for (const s of c.series) {
    for (const cat of s.categories) {
      if (cat && !/^[-+\d.,\s%]+$/.test(cat) && !cats.includes(cat)) cats.push(cat);
    }
  }
  if (cats.length) lines.push(cats.join(', '));
  return lines.join('\n');
}

function tableText(rows: string[][]): string {
  return rows
    .map((r) => r.filter((c) => c !== '').join('\t'))
    .filter((r) => r !== '')
    .join('\n');
}

export function readTable(tbl: XmlElement): string[][] {
  const rows: string[][] = [];
  for (const tr of childrenNamed(tbl, 'a:tr')) {
    const row: string[] = [];
    for (const tc of childrenNamed(tr, 'a:tc')) {
      const covered =
        tc.attrs.hMerge === '1' ||
        tc.attrs.hMerge === 'true' ||
        tc.attrs.vMerge === '1' ||
        tc.attrs.vMerge === 'true';
      row.push(covered ? '' : bodyText(child(tc, 'a:txBody')));
    }
    rows.push(row);
  }
  return rows;
}

/** SmartArt: text of the data model's content points, in order. */
export function diagramText(data: XmlElement | undefined): string {
  const lines: string[] = [];
  for (const pt of childrenNamed(path(data, 'dgm:ptLst'), 'dgm:pt')) {
    const type = pt.attrs.type ?? 'node';
    if (type === 'parTrans' || type === 'sibTrans' || type === 'pres') continue;
    const t = child(pt, 'dgm:t');
    if (!t) continue;
    for (const p of paragraphs(t)) if (p !== '') lines.push(p);
  }
  return lines.join('\n');
}

export class SlideWalker {
  readonly out: SlideContent = {
    texts: [],
    tables: [],
    charts: [],
    images: [],
    hasSmartArt: false,
    relatedParts: [],
  };

  constructor(
    private readonly pkg: OpcPackage,
    private readonly part: string,
    private readonly hashMedia: MediaHasher,
  ) {}

  walk(spTree: XmlElement | undefined): SlideContent {
    if (spTree) this.children(spTree, false, 0);
    return this.out;
  }

  private children(container: XmlElement, inGroup: boolean, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.pkg.warnings.push(`${this.part}: groups nested deeper than ${MAX_DEPTH} ignored`);
      return;
    }
    for (const el of elements(container)) this.shape(el, inGroup, depth);
  }

  private shape(el: XmlElement, inGroup: boolean, depth: number): void {
    switch (el.name) {
      case 'p:sp':
        return this.sp(el, inGroup);
      case 'p:grpSp':
        return this.children(el, true, depth + 1);
      case 'p:graphicFrame':
        return this.graphicFrame(el);
      case 'p:pic':
        return this.pic(el);
      case 'mc:AlternateContent': {
        const choice = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
        if (choice) this.children(choice, inGroup, depth + 1);
        return;
      }
      default:
        return;
    }
  }

  private sp(el: XmlElement, inGroup: boolean): void {
    const nv = child(el, 'p:nvSpPr');
    const id = path(nv, 'p:cNvPr')?.attrs.id ?? '';
    const ph = path(nv, 'p:nvPr', 'p:ph');
    const text = bodyText(child(el, 'p:txBody'));
    if (text === '') return;
    const block: TextBlock = { shapeId: id, layer: 'body', text, source: inGroup ? 'group' : 'shape' };
    if (ph) {
      const type = ph.attrs.type ?? 'obj';
      block.placeholder = type;
      if (TITLE_TYPES.has(type)) block.layer = 'title';
    }
    this.out.texts.push(block);
  }

  private pic(el: XmlElement): void {
    const cNvPr = path(el, 'p:nvPicPr', 'p:cNvPr');
    const id = cNvPr?.attrs.id ?? '';
    const alt = cNvPr?.attrs.descr || cNvPr?.attrs.title || '';
    const blip = path(el, 'p:blipFill', 'a:blip');
    const rel = this.pkg.rel(this.part, blip?.attrs['r:embed']);
    if (rel && !rel.external) {
      const sha = this.hashMedia(rel.target);
      if (sha) this.out.images.push({ shapeId: id, sha256: sha, altText: alt, media: rel.target });
    }
    if (alt) this.out.texts.push({ shapeId: id, layer: 'alt', text: alt, source: 'picture' });
  }

  private graphicFrame(el: XmlElement): void {
    const id = path(el, 'p:nvGraphicFramePr', 'p:cNvPr')?.attrs.id ?? '';
    const gd = path(el, 'a:graphic', 'a:graphicData');
    if (!gd) return;
    const uri = gd.attrs.uri ?? '';
    const tbl = child(gd, 'a:tbl');
    if (tbl) {
      const rows = readTable(tbl);
      this.out.tables.push({ shapeId: id, rows });
      const text = tableText(rows);
      if (text) this.out.texts.push({ shapeId: id, layer: 'table', text, source: 'table' });
      return;
    }
    const chartRef =
      child(gd, 'c:chart') ??
      child(gd, 'cx:chart') ??
      path(gd, 'mc:AlternateContent', 'mc:Choice', 'cx:chart');
    if (chartRef) return this.chart(id, chartRef);
    const relIds = child(gd, 'dgm:relIds');
    if (relIds || uri.endsWith('/diagram')) return this.diagram(id, relIds);
  }

  private chart(id: string, ref: XmlElement): void {
    const rel = this.pkg.rel(this.part, ref.attrs['r:id']);
    if (!rel || rel.external) return;
    const root = this.pkg.xml(rel.target, false);
    if (!root) return;
    this.out.relatedParts.push(rel.target);
    const parsed = parseChart(root);
    const chart: ChartData = { shapeId: id, part: rel.target, ...parsed };
    this.out.charts.push(chart);
    const text = chartTextLines(chart);
    if (text) this.out.texts.push({ shapeId: id, layer: 'chart', text, source: 'chart' });
  }

  private diagram(id: string, relIds: XmlElement | undefined): void {
    this.out.hasSmartArt = true;
    const rel = this.pkg.rel(this.part, relIds?.attrs['r:dm']);
    if (!rel || rel.external) return;
    const data = this.pkg.xml(rel.target, false);
    if (!data) return;
    this.out.relatedParts.push(rel.target);
    const text = diagramText(data);
    if (text) this.out.texts.push({ shapeId: id, layer: 'body', text, source: 'smartart' });
  }
}
