/**
 * The text summary of a slide: the one home of the summary built without vision (the text fallback of a
 * vision call, `--vision off`, and slides no summariser answered for). Given a deck slide (core's
 * SlideData fits structurally) it condenses title, body, tables, charts and notes; given only
 * `{ title, text }` it condenses that text the same way.
 */
export interface TextSummarySlide {
  title: string | null;
  /** Flattened text, used when `texts` is absent. */
  text?: string;
  texts?: { text: string; layer?: string; boilerplate?: boolean }[];
  tables?: { rows: string[][] }[];
  charts?: {
    type: string;
    title: string | null;
    series: { name: string; categories: string[]; values: (number | null)[] }[];
  }[];
  notes?: string;
}

const MAX = 2000;

export function textSummary(slide: TextSummarySlide, maxChars = MAX): string {
  const parts: string[] = [];
  const title = slide.title?.trim() || null;
  if (title) parts.push(title);
  const texts = slide.texts ?? (slide.text !== undefined ? [{ text: stripTitle(slide.text, title) }] : []);
  for (const t of texts) {
    if (t.boilerplate || t.layer === 'title' || t.layer === 'table' || t.layer === 'chart') continue;
    const s = t.text.replace(/\s*\n\s*/g, '; ').trim();
    if (s) parts.push(t.layer === 'alt' ? `[image: ${s}]` : s);
  }
  for (const tb of slide.tables ?? []) {
    const rows = tb.rows
      .slice(0, 8)
      .map((r) => r.filter(Boolean).join(' | '))
      .filter(Boolean);
    if (rows.length) parts.push(`Table: ${rows.join(' / ')}${tb.rows.length > 8 ? ' / …' : ''}`);
  }
  for (const ch of slide.charts ?? []) {
    const series = ch.series
      .map(
        (s) =>
          `${s.name}: ${s.categories
            .map((c, i) => `${c}=${s.values[i] ?? '–'}`)
            .slice(0, 12)
            .join(', ')}`,
      )
      .join('; ');
    parts.push(`Chart (${ch.type}${ch.title ? `, ${ch.title}` : ''}): ${series}`);
  }
  if (slide.notes?.trim()) parts.push(`Notes: ${slide.notes.replace(/\s*\n\s*/g, ' ').trim()}`);
  const s = parts.join('\n');
  if (!s) return '(this slide has no text)';
  return s.length > maxChars ? s.slice(0, maxChars - 1) + '…' : s;
}

/** A flattened text that starts with the title (the vision input) does not repeat it. */
function stripTitle(text: string, title: string | null): string {
  const t = text.trim();
  if (!title || !t.startsWith(title)) return t;
  return t
    .slice(title.length)
    .replace(/^\s*\n/, '')
    .trim();
}
