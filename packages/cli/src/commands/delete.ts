import { OsmoseError, deleteStoredDocument } from '@osmose/core';
import { pickDocument } from './concepts.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const deleteCommand: Command = {
  summary:
    'Remove one deck from the store: its slides, mentions, relations, chart facts and vectors, and the concepts only it mentioned',
  usage: '<name|id|path> [--json]',
  help: `  <name|id|path>  the deck: a file name, its path, or its doc id as in "osmose ingest --json"
  --json          {"deleted":{"id","path","fileName","slideCount",…},"vectorsPending":false}
  Nothing else is touched: concepts other decks mention stay, with those decks' mentions; merges stay in the
  log. With a separate vector store that is down, the delete of its vectors waits in the local store and is
  replayed by the next run or "osmose repair".`,
  options: { ...STORE_OPTIONS },
  async run(ctx) {
    const q = ctx.args.join(' ').trim();
    if (!q)
      throw new OsmoseError('OSM_CONFIG_INVALID', 'Name the deck to delete (a file name, path or doc id).');
    const r = await withStore(ctx, async (b) => {
      if (!b.graph.listDocuments)
        throw new OsmoseError('OSM_CONFIG_INVALID', `The ${b.graph.kind} graph store cannot list decks.`);
      const doc = pickDocument(await b.graph.listDocuments(), q);
      const before = await b.graph.counts();
      const { vectorsPending } = await deleteStoredDocument(b, doc.id);
      const after = await b.graph.counts();
      return { doc, vectorsPending, before, after };
    });
    if (ctx.json) printJson(ctx, { deleted: r.doc, vectorsPending: r.vectorsPending });
    else
      ctx.stdout.write(
        `deleted ${r.doc.fileName} (${r.doc.id}, ${r.doc.slideCount} slide(s)): ` +
          `${(r.before.mentions - r.after.mentions).toLocaleString('en')} mention(s) and ` +
          `${(r.before.concepts - r.after.concepts).toLocaleString('en')} concept(s) only it mentioned removed; ` +
          `${r.after.documents.toLocaleString('en')} deck(s) left` +
          (r.vectorsPending ? '; its vectors wait to be deleted from the vector store (osmose repair)' : '') +
          '\n',
      );
    return 0;
  },
};
