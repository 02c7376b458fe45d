import { OsmoseError, type MentionView } from '@osmose/core';
import { oneLine } from '../format.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export interface MentionLine {
  document: string;
  slide: number;
  layer: string;
  shapeId: string;
  sentence: string;
  /** Distinct words that matched in this sentence (surfaces of the concept's names). */
  surfaces: string[];
}

/**
 * One line per sentence: mentions of several names of one concept in one sentence (e.g. "General Data
 * Protection Regulation (GDPR)") are shown once, with every matched surface.
 */
export function mentionLines(list: MentionView[]): MentionLine[] {
  const byKey = new Map<string, MentionLine>();
  for (const m of list) {
    const sentence = oneLine(m.sentence);
    const key = `${m.docId}\u0000${m.slide}\u0000${m.shapeId}\u0000${m.layer}\u0000${sentence}`;
    const line = byKey.get(key);
    if (!line)
      byKey.set(key, {
        document: m.document,
        slide: m.slide,
        layer: m.layer,
        shapeId: m.shapeId,
        sentence,
        surfaces: [m.surface],
      });
    else if (!line.surfaces.includes(m.surface)) line.surfaces.push(m.surface);
  }
  return [...byKey.values()];
}

/**
 * Marks every occurrence of the surfaces in the sentence: «word» (or bold on a terminal); longest first, no overlap,
 * whole words only (the "OS" of "NoSQL" is none).
 */
export function markSurfaces(
  sentence: string,
  surfaces: string[],
  style: 'plain' | 'ansi' = 'plain',
): string {
  const spans: [number, number][] = [];
  const lower = sentence.toLowerCase();
  for (const s of [...surfaces].sort((a, b) => b.length - a.length)) {
    const needle = oneLine(s).toLowerCase();
    if (!needle) continue;
    const word = /[\p{L}\p{N}]/u;
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      const inside =
        (i > 0 && word.test(sentence[i - 1]) && word.test(needle[0])) ||
        (end < sentence.length && word.test(sentence[end]) && word.test(needle[needle.length - 1]));
      if (!inside && !spans.some(([a, b]) => i < b && end > a)) spans.push([i, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const [open, close] = style === 'ansi' ? ['\x1b[1;4m', '\x1b[0m'] : ['«', '»'];
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += sentence.slice(at, a) + open + sentence.slice(a, b) + close;
    at = b;
  }
  return out + sentence.slice(at);
}

export const show: Command = {
  summary:
    'Show one concept: aliases, every mention with deck, slide, layer and sentence, related concepts, chart facts',
  usage: '<concept name, alias or id> [--json]',
  help: `  --json   {"id","name","type","aliases","definition","confidence","mentions","documents","slides",
            "mentionList":[{"document","docId","slide","slideTitle","shapeId","layer","surface","sentence","start","end"}],
            "related":[{"id","name","type","weight"}],"chartFacts":[{"chart","series","category","value","unit"}]}
Text output: one line per sentence, the words that matched marked «like this» (bold and underlined on a terminal).`,
  options: { ...STORE_OPTIONS },
  async run(ctx) {
    const q = ctx.args.join(' ').trim();
    if (!q) throw new OsmoseError('OSM_CONFIG_INVALID', 'Name the concept to show.');
    const c = await withStore(ctx, (b) => b.graph.showConcept(q));
    if (!c)
      throw new OsmoseError(
        'OSM_NOT_FOUND',
        `No concept named "${q}" (try "osmose concepts" or "osmose search").`,
      );
    if (ctx.json) {
      printJson(ctx, c);
      return 0;
    }
    const style = ctx.stdout.isTTY ? 'ansi' : 'plain';
    const lines = mentionLines(c.mentionList);
    const out = [
      `${c.name}  [${c.type}]  ${c.documents} deck(s), ${c.slides} slide(s), ${c.mentions} mention(s)`,
      c.aliases.length ? `aliases: ${c.aliases.join(', ')}` : '',
      c.definition ? `definition: ${c.definition}` : '',
      '',
      `mentions (${lines.length} sentence(s)):`,
      ...lines
        .slice(0, 50)
        .map(
          (m) =>
            `  ${m.document} · slide ${m.slide} · ${m.layer} · shape ${m.shapeId}: ${markSurfaces(m.sentence, m.surfaces, style)}`,
        ),
      lines.length > 50 ? `  … ${lines.length - 50} more (use --json)` : '',
      c.related.length
        ? '\nrelated: ' +
          c.related
            .slice(0, 12)
            .map((r) => `${r.name} (${r.weight})`)
            .join(', ')
        : '',
      c.chartFacts.length
        ? '\nchart facts:\n' +
          c.chartFacts
            .slice(0, 20)
            .map(
              (f) =>
                `  ${f.chart ?? 'chart'} · ${f.series} · ${f.category} = ${f.value ?? '–'}${f.unit ?? ''}`,
            )
            .join('\n')
        : '',
    ];
    ctx.stdout.write(out.filter((l) => l !== '').join('\n') + '\n');
    return 0;
  },
};
