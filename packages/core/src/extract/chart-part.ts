/**
 * Chart parts: c:chartSpace (title, type(s), every series with name, categories and values from
 * the cached data) and, when easy, chartex (cx:chartSpace, Office 2016 charts).
 */
import { type ChartSeries } from '../model/deck.js';
import { bodyText } from './text-body.js';
import { child, childrenNamed, elements, findAll, path, textOf, type XmlElement } from './xml.js';

export interface ParsedChart {
  title: string | null;
  type: string;
  series: ChartSeries[];
  format?: string;
}

function cacheStrings(cache: XmlElement | undefined): string[] {
  if (!cache) return [];
  const count = Number(child(cache, 'c:ptCount')?.attrs.val ?? NaN);
  const pts = childrenNamed(cache, 'c:pt');
  const n = Number.isFinite(count)
    ? count
    : pts.reduce((m, p) => Math.max(m, Number(p.attrs.idx ?? 0) + 1), 0);
  const out: string[] = new Array(Math.min(n, 1_000_000)).fill('');
  for (const p of pts) {
    const idx = Number(p.attrs.idx);
    if (Number.isInteger(idx) && idx >= 0 && idx < out.length) out[idx] = textOf(child(p, 'c:v'));
  }
  return out;
}

function toNumber(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

function cacheNumbers(cache: XmlElement | undefined): (number | null)[] {
  return cacheStrings(cache).map(toNumber);
}

/**
 * Whether an Excel number format shows a date: a day or year field outside quoted text, brackets and escaped
 * characters ("m/d/yy", "mmm-yy", "yyyy-mm-dd hh:mm", "[$-409]d-mmm"); a month name alone ("mmmm") too.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

/** An Excel date serial as an ISO date (and time when it has one); 1904: the workbook counts from 1904-01-01. */
export function serialToIso(serial: number, date1904: boolean): string {
  // 1900 system: day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60)
  const base = date1904
    ? Date.UTC(1904, 0, 1)
    : serial < 60
      ? Date.UTC(1899, 11, 31)
      : Date.UTC(1899, 11, 30);
  const ms = Math.round((base + serial * 86_400_000) / 60_000) * 60_000;
  const iso = new Date(ms).toISOString();
  return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** Categories as shown: numbers in a date format (a time axis) as ISO dates, not the serials Excel stores. */
function categoryStrings(cache: XmlElement | undefined, date1904: boolean): string[] {
  const raw = cacheStrings(cache);
  if (!cache || cache.name === 'c:strCache') return raw;
  const common = textOf(child(cache, 'c:formatCode'));
  const formats = new Map<number, string>();
  for (const p of childrenNamed(cache, 'c:pt'))
    if (p.attrs.formatCode) formats.set(Number(p.attrs.idx), p.attrs.formatCode);
  if (!formats.size && !isDateFormat(common)) return raw;
  return raw.map((v, i) => {
    const n = toNumber(v);
    const code = formats.get(i) ?? common;
    return n !== null && n >= 0 && n < 2_958_466 && isDateFormat(code) ? serialToIso(n, date1904) : v;
  });
}

/** A c:cat / c:val / c:xVal / c:yVal / c:tx data source → its cache element. */
function dataCache(src: XmlElement | undefined): XmlElement | undefined {
  if (!src) return undefined;
  for (const d of elements(src)) {
    switch (d.name) {
      case 'c:strRef':
        return child(d, 'c:strCache');
      case 'c:numRef':
        return child(d, 'c:numCache');
      case 'c:strLit':
      case 'c:numLit':
        return d;
      case 'c:multiLvlStrRef': {
        // the innermost level (first c:lvl) holds the leaf labels
        const lvl = path(d, 'c:multiLvlStrCache', 'c:lvl');
        if (!lvl) return undefined;
        const count = path(d, 'c:multiLvlStrCache', 'c:ptCount');
        return { name: 'c:strCache', attrs: {}, children: count ? [count, ...lvl.children] : lvl.children };
      }
      default:
        break;
    }
  }
  return undefined;
}

function seriesName(ser: XmlElement): string {
  const tx = child(ser, 'c:tx');
  if (!tx) return '';
  const v = child(tx, 'c:v');
  if (v) return textOf(v);
  return cacheStrings(dataCache(tx)).join(' ');
}

function chartTitle(title: XmlElement | undefined): string | null {
  if (!title) return null;
  const rich = path(title, 'c:tx', 'c:rich');
  if (rich) return bodyText(rich);
  const tx = child(title, 'c:tx');
  if (tx) return cacheStrings(dataCache(tx)).join(' ');
  return null;
}

function typeName(plot: XmlElement): string {
  const base = plot.name.slice(2).replace(/Chart$/, '');
  if (base === 'bar' || base === 'bar3D') {
    const dir = child(plot, 'c:barDir')?.attrs.val ?? 'col';
    return base === 'bar3D' ? `${dir}3D` : dir;
  }
  return base;
}

/** Parses a c:chartSpace root. */
export function parseChart(root: XmlElement): ParsedChart {
  if (root.name === 'cx:chartSpace') return parseChartEx(root);
  const chart = child(root, 'c:chart');
  const plotArea = child(chart, 'c:plotArea');
  const types: string[] = [];
  const series: ChartSeries[] = [];
  let format: string | undefined;
  // <c:date1904/> alone means true; the schema's boolean is "1" or "true"
  const d1904 = child(root, 'c:date1904');
  const date1904 = !!d1904 && ['1', 'true', undefined].includes(d1904.attrs.val);
  for (const plot of elements(plotArea)) {
    if (!plot.name.endsWith('Chart')) continue;
    const t = typeName(plot);
    if (!types.includes(t)) types.push(t);
    for (const ser of childrenNamed(plot, 'c:ser')) {
      const catSrc = child(ser, 'c:cat') ?? child(ser, 'c:xVal');
      const valSrc = child(ser, 'c:val') ?? child(ser, 'c:yVal');
      const valCache = dataCache(valSrc);
      format ??= textOf(child(valCache, 'c:formatCode')) || undefined;
      series.push({
        name: seriesName(ser),
        categories: categoryStrings(dataCache(catSrc), date1904),
        values: cacheNumbers(valCache),
      });
    }
  }
  const titleEl = child(chart, 'c:title');
  const deleted = child(chart, 'c:autoTitleDeleted')?.attrs.val;
  let title = chartTitle(titleEl);
  if (titleEl && title === null && deleted !== '1' && series.length === 1 && series[0].name) {
    // an auto title shows the single series' name
    title = series[0].name;
  }
  const out: ParsedChart = { title: title === '' ? null : title, type: types.join('+') || 'unknown', series };
  if (format) out.format = format;
  return out;
}

/** Office 2016 chartex (waterfall, treemap, sunburst, histogram, funnel…). */
function parseChartEx(root: XmlElement): ParsedChart {
  const data = new Map<string, { cats: string[]; vals: (number | null)[] }>();
  for (const d of findAll(child(root, 'cx:chartData'), 'cx:data')) {
    const cats: string[] = [];
    const vals: (number | null)[] = [];
    for (const lvl of findAll(child(d, 'cx:strDim'), 'cx:lvl').slice(0, 1)) {
      for (const pt of childrenNamed(lvl, 'cx:pt')) cats[Number(pt.attrs.idx ?? cats.length)] = textOf(pt);
    }
    for (const lvl of findAll(child(d, 'cx:numDim'), 'cx:lvl').slice(0, 1)) {
      const n = Number(lvl.attrs.ptCount ?? 0);
      for (let i = 0; i < n; i++) vals.push(null);
      for (const pt of childrenNamed(lvl, 'cx:pt'))
        vals[Number(pt.attrs.idx ?? vals.length)] = toNumber(textOf(pt));
    }
    data.set(d.attrs.id ?? String(data.size), {
      cats: Array.from(cats, (c) => c ?? ''),
      vals: Array.from(vals, (v) => v ?? null),
    });
  }
  const chart = child(root, 'cx:chart');
  const types: string[] = [];
  const series: ChartSeries[] = [];
  for (const ser of findAll(child(chart, 'cx:plotArea'), 'cx:series')) {
    const t = ser.attrs.layoutId ?? 'unknown';
    if (!types.includes(t)) types.push(t);
    const id = child(ser, 'cx:dataId')?.attrs.val ?? '';
    const d = data.get(id);
    const name = textOf(findAll(child(ser, 'cx:tx'), 'cx:v')[0]);
    series.push({ name, categories: d?.cats ?? [], values: d?.vals ?? [] });
  }
  const titleTx = findAll(child(chart, 'cx:title'), 'a:p');
  const title = titleTx.length ? bodyText({ name: 'a:txBody', attrs: {}, children: titleTx }) : null;
  return { title: title || null, type: types.join('+') || 'unknown', series };
}
