import { createStages, OsmoseError, resolveConfig, search as runSearch } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const search: Command = {
  summary:
    'Find the concepts and slides nearest to a text (embeddings when a model is installed, else text match)',
  usage: '"<text>" [--limit N] [--json]',
  help: `  --limit <n>              results per kind (default 10); with embeddings the concept the text names (name or
                           alias) comes first, then the slides that contain the text, then the nearest by embedding
  --embedding-model <name> model used for the query (must match the stored vectors)
  --json                   {"query","method","model","concepts":[{"kind","id","score","match","label","detail"}],"slides":[…]}
                           (match: name, text or vector)`,
  options: {
    limit: { type: 'string' },
    'embedding-model': { type: 'string' },
    device: { type: 'string' },
    ...STORE_OPTIONS,
  },
  async run(ctx) {
    const q = ctx.args.join(' ').trim();
    if (!q) throw new OsmoseError('OSM_CONFIG_INVALID', 'Give a text to search for.');
    const limit = ctx.flags.limit === undefined ? 10 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit <= 0)
      throw new OsmoseError('OSM_CONFIG_INVALID', '--limit must be a positive whole number.');
    const cfg = resolveConfig({ ...ctx.flags, vision: 'off' });
    // the store first: a mistyped --store answers at once, before a model is loaded
    const r = await withStore(ctx, async (b) => {
      const handle = await createStages(cfg);
      try {
        return await runSearch(b, q, { limit, embedder: handle.stages.embedder });
      } finally {
        await handle.close();
      }
    });
    if (ctx.json) printJson(ctx, r);
    else {
      const lines = [`search "${q}" (${r.method}${r.model ? `, ${r.model}` : ''})`, '', 'concepts:'];
      // exact answers are marked: the concept the text names, the slides that contain it
      const score = (h: (typeof r.concepts)[number]) =>
        (r.method !== 'vector'
          ? String(h.score)
          : h.match === 'text' && h.score === 0
            ? '–'
            : h.score.toFixed(3)
        ).padStart(7);
      const mark = (h: (typeof r.concepts)[number]) =>
        r.method !== 'vector'
          ? ''
          : h.match === 'name'
            ? '  ← named'
            : h.match === 'text'
              ? `  ← contains "${q}"`
              : '';
      for (const h of r.concepts) lines.push(`  ${score(h)}  ${h.label} [${h.detail}]${mark(h)}`);
      lines.push('', 'slides:');
      for (const h of r.slides) lines.push(`  ${score(h)}  ${h.label}${mark(h)}`);
      ctx.stdout.write(lines.join('\n') + '\n');
    }
    return 0;
  },
};
