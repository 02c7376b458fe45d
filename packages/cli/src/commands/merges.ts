import { OsmoseError } from '@osmose/core';
import { table } from '../format.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const merges: Command = {
  summary: 'List cross-deck entity-resolution merges (who kept, who merged, method, score); undo one with "osmose unmerge <id>"',
  usage: '[--all] [--json]',
  help: `  --all    include merges that were undone
  --json   {"merges":[{"id","keptId","keptName","mergedId","mergedName","method","score","docId","mentions","createdAt","undoneAt"}]}`,
  options: { all: { type: 'boolean' }, ...STORE_OPTIONS },
  async run(ctx) {
    const list = await withStore(ctx, async (b) => {
      if (!b.graph.listMerges) throw new OsmoseError('OSM_CONFIG_INVALID', `The ${b.graph.kind} graph store keeps no merge log.`);
      return b.graph.listMerges();
    });
    const shown = ctx.flags.all ? list : list.filter((m) => !m.undoneAt);
    if (ctx.json) printJson(ctx, { merges: shown });
    else if (shown.length === 0) ctx.stdout.write('No merges.\n');
    else
      ctx.stdout.write(
        table(
          ['id', 'kept', 'merged', 'method', 'score', 'mentions', ...(ctx.flags.all ? ['undone'] : [])],
          shown.map((m) => [m.id, m.keptName, m.mergedName, m.method, m.score, m.mentions, ...(ctx.flags.all ? [m.undoneAt ?? ''] : [])]),
          ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
        ) + '\n',
      );
    return 0;
  },
};
