import { OsmoseError, type ConceptType } from '@osmose/core';
import { table } from '../format.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const concepts: Command = {
  summary: 'List the top concepts (mentions, decks, slides)',
  usage: '[--limit N] [--type TYPE] [--json]',
  help: `  --limit <n>    how many (default 30)
  --type <TYPE>  only this type (ENTITY, PRODUCT, TOOL, STANDARD, PRACTICE, ROLE, ORGANIZATION, PERSON, METRIC)
  --json         [{"id","name","type","aliases","mentions","documents","slides"}]`,
  options: { limit: { type: 'string' }, type: { type: 'string' }, ...STORE_OPTIONS },
  async run(ctx) {
    const limit = ctx.flags.limit === undefined ? 30 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit <= 0) throw new OsmoseError('OSM_CONFIG_INVALID', '--limit must be a positive whole number.');
    const type = typeof ctx.flags.type === 'string' ? (ctx.flags.type.toUpperCase() as ConceptType) : undefined;
    const list = await withStore(ctx, (b) => b.graph.listConcepts({ limit, type }));
    if (ctx.json) printJson(ctx, { concepts: list });
    else if (list.length === 0) ctx.stdout.write('No concepts yet: ingest a deck first (osmose ingest <deck>).\n');
    else
      ctx.stdout.write(
        table(
          ['concept', 'type', 'decks', 'slides', 'mentions', 'aliases'],
          list.map((c) => [c.name, c.type, c.documents, c.slides, c.mentions, c.aliases.join(', ')]),
          ['l', 'l', 'r', 'r', 'r', 'l'],
        ) + '\n',
      );
    return 0;
  },
};
