import { OsmoseError, repairVectors } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { STORE_OPTIONS, withStore } from './with-store.js';

export const repair: Command = {
  summary: 'Write the vectors a vector-store outage left pending (the outbox) to the vector store',
  usage: '[--vectors <url>] [--json]',
  help: `  --vectors <url>  the Qdrant server the vectors belong to (env OSMOSE_VECTORS_URL / QDRANT_URL)
  --json           {"written":N,"pendingVectors":N,"pending":{"ops","vectors","documents","lastError","since"},"error"?}
  Exit 0 when nothing is left pending, 1 otherwise (the vector store is still unreachable).`,
  options: { ...STORE_OPTIONS },
  async run(ctx) {
    const r = await withStore(ctx, async (b) => {
      const out = await repairVectors(b);
      if (out.pendingVectors > 0 && !out.error && (!b.vectors || b.vectors === b.embedded.vectors))
        throw new OsmoseError(
          'OSM_CONFIG_INVALID',
          `${out.pendingVectors} vector(s) wait for a vector store: name it with --vectors (or OSMOSE_VECTORS_URL).`,
        );
      return out;
    });
    const error = r.error ? { code: r.error.code, message: r.error.message } : undefined;
    if (ctx.json)
      printJson(ctx, { written: r.written, pendingVectors: r.pendingVectors, pending: r.pending, error });
    else if (r.pendingVectors === 0)
      ctx.stdout.write(
        r.written
          ? `repair: ${r.written} pending vector write(s) done; the vector store is complete\n`
          : 'repair: nothing pending\n',
      );
    else
      ctx.stdout.write(
        `repair: ${r.written} write(s) done; ${r.pendingVectors} vector(s) of ${r.pending.documents} document(s) still pending` +
          (error ? ` (${error.code}: ${error.message})` : '') +
          '\n',
      );
    return r.pendingVectors === 0 ? 0 : 1;
  },
};
