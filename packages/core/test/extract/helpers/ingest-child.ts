/**
 * Child process of the large-deck test: ingests one deck into a fresh embedded store (text
 * summariser, no embedder) and prints one JSON line with what was stored and the peak RSS (VmHWM).
 *
 *   node --import tsx ingest-child.ts <deck> <storeDir> [<core index.ts of another checkout>]
 *
 * The third argument lets the large-deck benchmark measure an earlier checkout the same way.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const core = (await import(
  process.argv[4] ? pathToFileURL(process.argv[4]).href : '../../../src/index.js'
)) as typeof import('../../../src/index.js');
const { ingestFiles, openBackends } = core;

const [deck, storeDir] = process.argv.slice(2, 4);
const b = await openBackends({ storeDir });
try {
  const t0 = performance.now();
  const r = await ingestFiles([deck], { backends: b, stages: { summariserKey: 'text-v1', embedder: null } });
  const ms = Math.round(performance.now() - t0);
  const doc = r.documents[0];
  const db = b.embedded.db;
  const slides = db
    .prepare('SELECT idx, title FROM slides WHERE doc_id = ? ORDER BY idx')
    .all(doc.docId ?? '');
  const texts = db
    .prepare(
      'SELECT s.idx AS idx, t.layer AS layer, t.text AS text FROM text_blocks t JOIN slides s ON s.id = t.slide_id WHERE t.doc_id = ? ORDER BY s.idx, t.ord',
    )
    .all(doc.docId ?? '');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  const peakKb = hwm ? Number(hwm) : process.resourceUsage().maxRSS;
  console.log(
    JSON.stringify({
      status: doc.status,
      error: doc.error,
      slides,
      texts,
      peakRssMiB: Math.round((peakKb / 1024) * 10) / 10,
      ms,
      timingsMs: doc.timingsMs,
    }),
  );
} finally {
  await b.close();
}
