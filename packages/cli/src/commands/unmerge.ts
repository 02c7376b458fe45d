import { OsmoseError, type MergeView } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

/** The one merge a full id or a unique prefix names (undone merges only when nothing else matches). */
export function pickMerge(list: MergeView[], q: string): string {
  if (list.some((m) => m.id === q)) return q;
  const hits = list.filter((m) => m.id.startsWith(q));
  const live = hits.filter((m) => !m.undoneAt);
  const pool = live.length ? live : hits;
  if (pool.length === 1) return pool[0].id;
  if (pool.length > 1)
    throw new OsmoseError(
      'OSM_CONFIG_INVALID',
      `"${q}" names ${pool.length} merges (${pool
        .slice(0, 3)
        .map((m) => m.id)
        .join(', ')}${pool.length > 3 ? ', …' : ''}); give more of the id (see "osmose merges").`,
    );
  return q; // unknown: the store answers OSM_MERGE_NOT_FOUND
}

export const unmerge: Command = {
  summary:
    'Undo one merge: both concepts come back with their own mentions, and the pair is never merged again automatically',
  usage: '<merge id or a prefix naming one merge> [--json]',
  help: '  --json   {"merge":{…},"restoredMentions":N,"alreadyUndone":false}',
  options: { ...STORE_OPTIONS },
  async run(ctx) {
    const q = ctx.args.join(' ').trim();
    if (!q) throw new OsmoseError('OSM_CONFIG_INVALID', 'Name the merge to undo (see "osmose merges").');
    const r = await withStore(ctx, async (b) => {
      if (!b.graph.unmerge)
        throw new OsmoseError('OSM_CONFIG_INVALID', `The ${b.graph.kind} graph store cannot undo merges.`);
      const id = b.graph.listMerges ? pickMerge(await b.graph.listMerges(), q) : q;
      return b.graph.unmerge(id);
    });
    if (ctx.json) printJson(ctx, r);
    else if (r.alreadyUndone)
      ctx.stdout.write(
        `${r.merge.id} was already undone (${r.merge.undoneAt}): "${r.merge.mergedName}" and "${r.merge.keptName}" are separate; nothing changed\n`,
      );
    else
      ctx.stdout.write(
        `unmerged ${r.merge.id}: "${r.merge.mergedName}" is separate from "${r.merge.keptName}" again (${r.restoredMentions} mention(s) restored)\n`,
      );
    return 0;
  },
};
