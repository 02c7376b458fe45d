import { resolve } from 'node:path';
import {
  CONCEPT_TYPES,
  OsmoseError,
  type Backends,
  type ConceptType,
  type DocumentRecord,
} from '@osmose/core';
import { table } from '../format.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

/** The one stored deck a name, id (or id prefix) or path names. */
export function pickDocument(docs: DocumentRecord[], q: string): DocumentRecord {
  const abs = resolve(q);
  const lower = q.toLowerCase();
  const tiers = [
    docs.filter((d) => d.id === q),
    docs.filter((d) => d.path === q || d.path === abs),
    docs.filter((d) => d.fileName.toLowerCase() === lower),
    docs.filter((d) => d.id.startsWith(q) && q.length >= 8),
    docs.filter((d) => d.path.toLowerCase().endsWith('/' + lower)),
  ];
  for (const hits of tiers) {
    if (hits.length === 1) return hits[0];
    if (hits.length > 1)
      throw new OsmoseError(
        'OSM_CONFIG_INVALID',
        `"${q}" names ${hits.length} decks (${hits
          .slice(0, 3)
          .map((d) => `${d.path} = ${d.id}`)
          .join('; ')}); give its path or id.`,
      );
  }
  throw new OsmoseError(
    'OSM_NOT_FOUND',
    `No deck named "${q}" in the store (${docs.length} deck(s); give a file name, path or doc id).`,
  );
}

export const concepts: Command = {
  summary: 'List the top concepts (mentions, decks, slides), of the whole store or of one deck',
  usage: '[--limit N] [--type TYPE] [--document <name|id|path>] [--json]',
  help: `  --limit <n>              how many (default 30)
  --type <TYPE>            only this type (${CONCEPT_TYPES.join(', ')})
  --document <name|id|path> only this deck's concepts: mentions and slides counted in that deck, ordered by
                           slides (a file name, its path, or its doc id as in "osmose ingest --json")
  --json                   {"concepts":[{"id","name","type","aliases","mentions","documents","slides"}]}
                           (with --document also "document":{"id","path","fileName","slideCount",…})`,
  options: {
    limit: { type: 'string' },
    type: { type: 'string' },
    document: { type: 'string' },
    ...STORE_OPTIONS,
  },
  async run(ctx) {
    const limit = ctx.flags.limit === undefined ? 30 : Number(ctx.flags.limit);
    if (!Number.isInteger(limit) || limit <= 0)
      throw new OsmoseError('OSM_CONFIG_INVALID', '--limit must be a positive whole number.');
    const type =
      typeof ctx.flags.type === 'string' ? (ctx.flags.type.toUpperCase() as ConceptType) : undefined;
    if (type && !(CONCEPT_TYPES as readonly string[]).includes(type))
      throw new OsmoseError('OSM_CONFIG_INVALID', `--type must be one of ${CONCEPT_TYPES.join(', ')}.`);
    const docQuery = typeof ctx.flags.document === 'string' ? ctx.flags.document : undefined;
    const { list, doc, decks } = await withStore(ctx, async (b: Backends) => {
      let d: DocumentRecord | undefined;
      if (docQuery !== undefined) {
        if (!b.graph.listDocuments)
          throw new OsmoseError('OSM_CONFIG_INVALID', `The ${b.graph.kind} graph store cannot list decks.`);
        d = pickDocument(await b.graph.listDocuments(), docQuery);
      }
      const list = await b.graph.listConcepts({ limit, type, docId: d?.id });
      return { list, doc: d, decks: list.length ? 0 : (await b.graph.counts()).documents };
    });
    if (ctx.json) printJson(ctx, doc ? { document: doc, concepts: list } : { concepts: list });
    else if (list.length === 0)
      ctx.stdout.write(
        doc
          ? `No concepts in ${doc.fileName}${type ? ` of type ${type}` : ''}.\n`
          : decks === 0
            ? 'No concepts yet: ingest a deck first (osmose ingest <deck>).\n'
            : `No concepts${type ? ` of type ${type}` : ''} in the store's ${decks} deck(s).\n`,
      );
    else
      ctx.stdout.write(
        (doc
          ? `${doc.fileName} (${doc.id}, ${doc.slideCount} slides): mentions and slides in this deck\n\n`
          : '') +
          table(
            ['concept', 'type', 'decks', 'slides', 'mentions', 'aliases'],
            list.map((c) => [c.name, c.type, c.documents, c.slides, c.mentions, c.aliases.join(', ')]),
            ['l', 'l', 'r', 'r', 'r', 'l'],
          ) +
          '\n',
      );
    return 0;
  },
};
