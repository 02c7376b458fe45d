import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, OsmoseError, exportGraph, type ExportFormat } from '@osmose/core';
import type { Command } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const exportCommand: Command = {
  summary: 'Export the whole graph (documents, slides, topics, concepts, mentions, relations, chart facts)',
  usage: '--format graphml|cypher|json [--out file]',
  help: `  --format <f>   graphml (GraphML 1.0), cypher (idempotent MERGE statements that re-create the graph), json
                 (default json)
  --out <file>   write to this file instead of stdout`,
  options: { format: { type: 'string' }, out: { type: 'string' }, ...STORE_OPTIONS },
  async run(ctx) {
    const format = String(ctx.flags.format ?? 'json').toLowerCase() as ExportFormat;
    if (!EXPORT_FORMATS.includes(format))
      throw new OsmoseError('OSM_CONFIG_INVALID', `--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
    const text = await withStore(ctx, async (b) => {
      if (!b.graph.dumpGraph)
        throw new OsmoseError(
          'OSM_CONFIG_INVALID',
          `The ${b.graph.kind} graph store cannot export yet; export from the embedded store.`,
        );
      return exportGraph(await b.graph.dumpGraph(), format);
    });
    if (typeof ctx.flags.out === 'string') {
      writeFileSync(ctx.flags.out, text);
      ctx.stderr.write(
        `wrote ${ctx.flags.out} (${text.length.toLocaleString('en')} characters, ${format})\n`,
      );
    } else ctx.stdout.write(text);
    return 0;
  },
};
