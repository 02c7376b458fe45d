import { OsmoseError } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const show: Command = {
  summary: 'Show one concept: aliases, every mention with deck, slide, layer and sentence, related concepts, chart facts',
  usage: '<concept name, alias or id> [--json]',
  help: '  --json   {"id","name","type","aliases","definition","mentions","documents","slides","mentionList":[…],"related":[…],"chartFacts":[…]}',
  options: { ...STORE_OPTIONS },
  async run(ctx) {
    const q = ctx.args.join(' ').trim();
    if (!q) throw new OsmoseError('OSM_CONFIG_INVALID', 'Name the concept to show.');
    const c = await withStore(ctx, (b) => b.graph.showConcept(q));
    if (!c) throw new OsmoseError('OSM_NOT_FOUND', `No concept named "${q}" (try "osmose concepts" or "osmose search").`);
    if (ctx.json) {
      printJson(ctx, c);
      return 0;
    }
    const out = [
      `${c.name}  [${c.type}]  ${c.documents} deck(s), ${c.slides} slide(s), ${c.mentions} mention(s)`,
      c.aliases.length ? `aliases: ${c.aliases.join(', ')}` : '',
      c.definition ? `definition: ${c.definition}` : '',
      '',
      'mentions:',
      ...c.mentionList.slice(0, 50).map((m) => `  ${m.document} · slide ${m.slide} · ${m.layer} · shape ${m.shapeId}: ${m.sentence.replace(/\s+/g, ' ')}`),
      c.mentionList.length > 50 ? `  … ${c.mentionList.length - 50} more (use --json)` : '',
      c.related.length ? '\nrelated: ' + c.related.slice(0, 12).map((r) => `${r.name} (${r.weight})`).join(', ') : '',
      c.chartFacts.length ? '\nchart facts:\n' + c.chartFacts.slice(0, 20).map((f) => `  ${f.chart ?? 'chart'} · ${f.series} · ${f.category} = ${f.value ?? '–'}${f.unit ?? ''}`).join('\n') : '',
    ];
    ctx.stdout.write(out.filter((l) => l !== '').join('\n') + '\n');
    return 0;
  },
};
