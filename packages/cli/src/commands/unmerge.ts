import { OsmoseError } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const unmerge: Command = {
  summary: 'Undo one merge: both concepts come back with their own mentions, and the pair is never merged again automatically',
  usage: '<merge id> [--json]',
  help: '  --json   {"merge":{…},"restoredMentions":N}',
  options: { ...STORE_OPTIONS },
  async run(ctx) {
    const id = ctx.args.join(' ').trim();
    if (!id) throw new OsmoseError('OSM_CONFIG_INVALID', 'Name the merge to undo (see "osmose merges").');
    const r = await withStore(ctx, async (b) => {
      if (!b.graph.unmerge) throw new OsmoseError('OSM_CONFIG_INVALID', `The ${b.graph.kind} graph store cannot undo merges.`);
      return b.graph.unmerge(id);
    });
    if (ctx.json) printJson(ctx, r);
    else
      ctx.stdout.write(
        `unmerged ${r.merge.id}: "${r.merge.mergedName}" is separate from "${r.merge.keptName}" again (${r.restoredMentions} mention(s) restored)\n`,
      );
    return 0;
  },
};
