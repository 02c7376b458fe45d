import type { SlideData } from '../model/deck.js';

const MAX = 2000;

/** The slide summary without vision: its title, body, tables, charts and notes, condensed. */
export function textSummary(slide: SlideData): string {
  const parts: string[] = [];
  if (slide.title) parts.push(slide.title);
  for (const t of slide.texts) {
    if (t.boilerplate || t.layer === 'title' || t.layer === 'table' || t.layer === 'chart') continue;
    const s = t.text.replace(/\s*\n\s*/g, '; ').trim();
    if (s) parts.push(t.layer === 'alt' ? `[image: ${s}]` : s);
  }
  for (const tb of slide.tables) {
    const rows = tb.rows.slice(0, 8).map((r) => r.filter(Boolean).join(' | ')).filter(Boolean);
    if (rows.length) parts.push(`Table: ${rows.join(' / ')}${tb.rows.length > 8 ? ' / …' : ''}`);
  }
  for (const ch of slide.charts) {
    const series = ch.series
      .map((s) => `${s.name}: ${s.categories.map((c, i) => `${c}=${s.values[i] ?? '–'}`).slice(0, 12).join(', ')}`)
      .join('; ');
    parts.push(`Chart (${ch.type}${ch.title ? `, ${ch.title}` : ''}): ${series}`);
  }
  if (slide.notes.trim()) parts.push(`Notes: ${slide.notes.replace(/\s*\n\s*/g, ' ').trim()}`);
  const s = parts.join('\n');
  return s.length > MAX ? s.slice(0, MAX - 1) + '…' : s;
}

/** Text used for search and concept context: everything readable on the slide. */
export function slideFullText(slide: SlideData): string {
  return [slide.title ?? '', ...slide.texts.filter((t) => !t.boilerplate).map((t) => t.text), slide.notes]
    .filter(Boolean)
    .join('\n');
}
