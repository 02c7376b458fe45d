import { OsmoseError, type MergeView } from '@osmose/core';
import { table } from '../format.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

/** The merged side, told apart from the kept one when both carry the same name. */
export function mergedLabel(m: Pick<MergeView, 'keptName' | 'mergedName' | 'mergedId'>): string {
  return m.mergedName.trim().toLowerCase() === m.keptName.trim().toLowerCase()
    ? `${m.mergedName} (${m.mergedId})`
    : m.mergedName;
}

export const merges: Command = {
  summary:
    'List cross-deck entity-resolution merges (who kept, who merged, method, score); undo one with "osmose unmerge <id>"',
  usage: '[--all] [--json]',
  help: `  --all    include merges that were undone
  --json   {"merges":[{"id","keptId","keptName","mergedId","mergedName","method","score","docId","mentions","createdAt","undoneAt"}]}
The id column is never cut: "osmose unmerge" takes it whole or any prefix that names one merge.`,
  options: { all: { type: 'boolean' }, ...STORE_OPTIONS },
  async run(ctx) {
    const list = await withStore(ctx, async (b) => {
      if (!b.graph.listMerges)
        throw new OsmoseError('OSM_CONFIG_INVALID', `The ${b.graph.kind} graph store keeps no merge log.`);
      return b.graph.listMerges();
    });
    const shown = ctx.flags.all ? list : list.filter((m) => !m.undoneAt);
    if (ctx.json) printJson(ctx, { merges: shown });
    else if (shown.length === 0) ctx.stdout.write('No merges.\n');
    else
      ctx.stdout.write(
        table(
          [
            'kept',
            'merged',
            'method',
            'score',
            'mentions',
            ...(ctx.flags.all ? ['undone'] : []),
            'id (for osmose unmerge)',
          ],
          shown.map((m) => [
            m.keptName,
            mergedLabel(m),
            m.method,
            m.score,
            m.mentions,
            ...(ctx.flags.all ? [m.undoneAt ?? ''] : []),
            m.id,
          ]),
          ['l', 'l', 'l', 'r', 'r', 'l', 'l'],
          // the id is the last column and never cut
          { maxWidths: [40, 40, 12, 6, 8, ...(ctx.flags.all ? [24] : []), Infinity] },
        ) + '\n',
      );
    return 0;
  },
};
