import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
    const out = typeof ctx.flags.out === 'string' ? resolve(ctx.flags.out) : null;
    // the target is checked before the store is read: a long export does not fail at its last step
    if (out) checkWritable(out, String(ctx.flags.out));
    const text = await withStore(ctx, async (b) => {
      if (!b.graph.dumpGraph)
        throw new OsmoseError(
          'OSM_CONFIG_INVALID',
          `The ${b.graph.kind} graph store cannot export yet; export from the embedded store.`,
        );
      return exportGraph(await b.graph.dumpGraph(), format);
    });
    if (out) {
      writeWhole(out, text, String(ctx.flags.out));
      ctx.stderr.write(
        `wrote ${ctx.flags.out} (${text.length.toLocaleString('en')} characters, ${format})\n`,
      );
    } else ctx.stdout.write(text);
    return 0;
  },
};

/** Refuses an --out the export could not write (a missing or read-only folder, a folder in its place). */
function checkWritable(path: string, shown: string): void {
  const dir = dirname(path);
  const fail = (why: string) => {
    throw new OsmoseError('OSM_OUTPUT_WRITE_FAILED', `Cannot write ${shown}: ${why}.`);
  };
  let st;
  try {
    st = statSync(dir);
  } catch {
    return fail(`the folder ${dir} does not exist`);
  }
  if (!st.isDirectory()) fail(`${dir} is not a folder`);
  try {
    if (statSync(path).isDirectory()) fail('it is a folder');
  } catch (e) {
    if ((e as { code?: string }).code === 'OSM_OUTPUT_WRITE_FAILED') throw e;
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    fail(`the folder ${dir} is not writable`);
  }
}

/** Writes next to the target, then renames: an existing file is replaced whole or left as it was. */
function writeWhole(path: string, text: string, shown: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (cause) {
    rmSync(tmp, { force: true });
    const code = (cause as { code?: string }).code;
    const why =
      code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EACCES'
          ? 'permission denied'
          : String(code ?? cause);
    throw new OsmoseError('OSM_OUTPUT_WRITE_FAILED', `Cannot write ${shown}: ${why}.`, { cause });
  }
}
