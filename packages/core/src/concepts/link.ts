import type { Layer } from '../model/deck.js';
import type { ChartData } from '../model/deck.js';
import type { ChartFactRecord, MentionRecord, RelationRecord } from '../model/graph.js';
import { attachDefinitions } from './definitions.js';
import { blankCode, blankNoise, programText, type ProgramText } from './text-clean.js';
import type { SelectedConcept } from './select.js';
import { chartFactIdOf, chartIdOf, cooccurrenceIdOf, mentionIdOf } from '../model/ids.js';

export interface LinkBlock {
  slideIndex: number;
  slideId: string;
  shapeId: string;
  layer: Layer;
  text: string;
  boilerplate?: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The sentence around a span (bounded to 300 characters). */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !endsSentence(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !endsSentence(text, b)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  let s = text.slice(a, b).trim();
  if (s.length > 300) {
    const from = Math.max(0, start - a - 140);
    s = '…' + text.slice(a + from, a + from + 300).trim() + '…';
  }
  return s;
}

/** Abbreviations whose full stop does not end a sentence ("e.g., eTrade", "vs. the baseline"). */
const ABBREVIATIONS = new Set(
  (
    'e.g i.e vs cf approx incl esp resp mr mrs dr prof inc ltd corp jr sr dept z.b d.h bzw usw ggf vgl ' +
    'p.ex jan feb apr aug sept oct nov dec'
  ).split(' '),
);
/** Abbreviations that stand before a number ("No. 5", "p. 12", "Fig. 3"). */
const BEFORE_NUMBER = new Set('no nos p pp fig figs vol'.split(' '));

/**
 * Whether the character at `i` ends a sentence: a line break, or ".", "!", "?" followed by a space, a line break,
 * a closing bracket or quote, or the end; a full stop inside a number ("1.5"), a name ("v2.0", "owasp.org"), after
 * one initial ("J. Smith") or an abbreviation ("e.g.") does not.
 */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s)\]"'»”’]/.test(next)) return false;
  if (c !== '.') return true;
  let w = i;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (BEFORE_NUMBER.has(word) && /^\s*\d/.test(text.slice(i + 1, i + 4))) return false;
  // a single initial before a capitalised word ("J. Smith"; "Plan B. Then" reads the same and is joined too)
  if (/^\p{Lu}$/u.test(text.slice(w, i)) && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4))) return false;
  return true;
}

/**
 * Finds every mention of the selected concepts (longest surface first, non-overlapping,
 * whole words; acronyms case-sensitive; not inside URLs, paths or code) with its shape, layer and character span. Also fills each
 * concept's definition when the text gives one (see definitions.ts).
 */
export function findMentions(
  docId: string,
  concepts: SelectedConcept[],
  blocks: LinkBlock[],
): MentionRecord[] {
  attachDefinitions(concepts, blocks);
  const entries: { surface: string; id: string; cs: boolean; inside: boolean }[] = [];
  for (const c of concepts)
    for (const s of c.surfaces)
      entries.push({
        surface: s,
        id: c.record.id,
        cs: /^[A-Z][A-Z0-9&]+s?$/.test(s),
        inside: c.unspaced === true,
      });
  entries.sort((a, b) => b.surface.length - a.surface.length);
  if (entries.length === 0) return [];
  const ciMap = new Map<string, string>();
  const csMap = new Map<string, string>();
  for (const e of entries) {
    if (e.cs) {
      if (!csMap.has(e.surface)) csMap.set(e.surface, e.id);
    } else if (!ciMap.has(e.surface.toLowerCase())) ciMap.set(e.surface.toLowerCase(), e.id);
  }
  const pattern = (list: typeof entries) =>
    list.map((e) => escapeRe(e.surface).replace(/\\? /g, '\\s+')).join('|');
  const bounded = entries.filter((e) => !e.inside);
  const inside = entries.filter((e) => e.inside);
  // (a Chinese or Japanese term found inside runs of those scripts is a mention wherever it is written, "小目标检测" in
  // "小目标检测方法"; the other names stand between non-letters, one lookaround for them all: a lookaround in each
  // alternative would cost every position of the text a test per name)
  const re = new RegExp(
    [
      bounded.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${pattern(bounded)})(?![\\p{L}\\p{N}])` : '',
      inside.length > 0 ? `(?:${pattern(inside)})` : '',
    ]
      .filter(Boolean)
      .join('|'),
    'giu',
  );
  const out: MentionRecord[] = [];
  const seen = new Set<string>();
  let printed: ProgramText | null | undefined;
  for (const b of blocks) {
    if (b.boilerplate || !b.text) continue;
    // inside a URL, a file path, an e-mail address or code a name is no mention ("…/Authentication_Cheat_Sheet",
    // "SELECT … FROM users"): the text with those blanked, positions kept, is where a mention may stand
    let masked: string | null = null;
    for (const m of b.text.matchAll(re)) {
      const surface = m[0];
      if (printed === undefined) printed = programText(blocks.map((x) => x.text));
      masked ??= blankCode(blankNoise(b.text), printed);
      if (masked.slice(m.index!, m.index! + surface.length) !== surface) continue;
      const norm = surface.replace(/\s+/g, ' ');
      const id = csMap.get(norm) ?? ciMap.get(norm.toLowerCase());
      if (!id) continue; // matched an acronym's letters in the wrong case
      const start = m.index!;
      const mid = mentionIdOf(b.slideId, b.shapeId, b.layer, start);
      if (seen.has(mid)) continue;
      seen.add(mid);
      out.push({
        id: mid,
        conceptId: id,
        docId,
        slideId: b.slideId,
        slideIndex: b.slideIndex,
        shapeId: b.shapeId,
        layer: b.layer,
        start,
        end: start + surface.length,
        surface,
        sentence: sentenceAround(b.text, start, start + surface.length),
      });
    }
  }
  return out;
}

/** Co-occurrence on a slide: weight = number of slides the two concepts share. */
export function coOccurrences(docId: string, mentions: MentionRecord[], maxPairs: number): RelationRecord[] {
  const bySlide = new Map<string, Set<string>>();
  for (const m of mentions) {
    const s = bySlide.get(m.slideId) ?? new Set<string>();
    s.add(m.conceptId);
    bySlide.set(m.slideId, s);
  }
  const w = new Map<string, number>();
  for (const set of bySlide.values()) {
    const ids = [...set].sort();
    if (ids.length > 40) ids.length = 40; // a slide listing everything says little about each pair
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = ids[i] + '|' + ids[j];
        w.set(k, (w.get(k) ?? 0) + 1);
      }
  }
  return [...w.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxPairs)
    .map(([k, weight]) => {
      const [source, target] = k.split('|');
      return { id: cooccurrenceIdOf(docId, k), source, target, type: 'CO_OCCURS', weight, docId };
    });
}

function unitOf(format: string | undefined): string | null {
  if (!format) return null;
  if (format.includes('%')) return '%';
  const cur = format.match(/[$€£¥]/);
  return cur ? cur[0] : null;
}

/** Chart points as typed facts, linked to the concepts named in the chart's title, series or category. */
export function chartFacts(
  docId: string,
  slideId: string,
  charts: ChartData[],
  concepts: SelectedConcept[],
): ChartFactRecord[] {
  const out: ChartFactRecord[] = [];
  const named = (text: string) => {
    const t = text.toLowerCase();
    return concepts
      .filter((c) =>
        c.surfaces.some(
          (s) =>
            s.length > 1 &&
            new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(t),
        ),
      )
      .map((c) => c.record.id);
  };
  for (const ch of charts) {
    const chartConcepts = named(ch.title ?? '');
    ch.series.forEach((s, si) => {
      const seriesConcepts = named(s.name);
      s.values.forEach((v, pi) => {
        const category = s.categories[pi] ?? String(pi + 1);
        out.push({
          id: chartFactIdOf(slideId, ch.shapeId, si, pi),
          docId,
          slideId,
          chartId: chartIdOf(slideId, ch.shapeId),
          chartTitle: ch.title,
          series: s.name,
          category,
          value: v,
          unit: unitOf(ch.format),
          conceptIds: [...new Set([...chartConcepts, ...seriesConcepts, ...named(category)])],
        });
      });
    });
  }
  return out;
}
