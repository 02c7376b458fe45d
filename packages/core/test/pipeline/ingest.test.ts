import { mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

const DECK = 'OWASP__Top10/OWASP Top 10-2017 (en).pptx';
const stages = { summariserKey: 'text-v1', embedder: null };

// each test ingests a real deck up to three times: generous under load (no timing is asserted)
describe.skipIf(!HAS_CORPUS)('pipeline on a real deck', { timeout: 300_000 }, () => {
  let dir: string;
  let b: Backends;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-ingest-'));
    b = await openBackends({ storeDir: join(dir, 'store') });
  });
  afterAll(async () => b?.close());

  it('ingests, then reports unchanged and writes nothing new', async () => {
    const src = join(dir, 'deck.pptx');
    copyFileSync(corpusPath(DECK), src);
    const r1 = await ingestFiles([src], { backends: b, stages });
    expect(r1.documents[0].status).toBe('ingested');
    expect(r1.documents[0].slides).toBe(25);
    expect(r1.documents[0].concepts).toBeGreaterThan(20);
    expect(r1.documents[0].mentions).toBeGreaterThan(r1.documents[0].concepts);
    const c1 = await b.graph.counts();
    expect(c1.documents).toBe(1);
    expect(c1.slides).toBe(25);

    const r2 = await ingestFiles([src], { backends: b, stages });
    expect(r2.documents[0].status).toBe('unchanged');
    expect(await b.graph.counts()).toEqual(c1);

    // forced re-ingest of the same content: identical counts (deterministic ids, no duplicates)
    const r3 = await ingestFiles([src], { backends: b, stages, force: true });
    expect(r3.documents[0].status).toBe('ingested');
    expect(r3.documents[0].slidesReused).toBe(25);
    expect(await b.graph.counts()).toEqual(c1);
  });

  it('an edited deck replaces its old version and redoes only the changed slide', async () => {
    const src = join(dir, 'deck.pptx');
    const zip = unzipSync(readFileSync(src));
    const name = 'ppt/slides/slide3.xml';
    const xml = strFromU8(zip[name]);
    const edited = xml.replace(/<a:t>([^<]{3,})<\/a:t>/, '<a:t>Quantum Entanglement Gateway $1</a:t>');
    expect(edited).not.toBe(xml);
    zip[name] = strToU8(edited);
    writeFileSync(src, zipSync(zip));
    const before = await b.graph.counts();
    const r = await ingestFiles([src], { backends: b, stages });
    expect(r.documents[0].status).toBe('ingested');
    expect(r.documents[0].slidesReused).toBe(24);
    const after = await b.graph.counts();
    expect(after.documents).toBe(1);
    expect(after.slides).toBe(before.slides);
    const q = (like: string) =>
      (
        b.embedded.db.prepare('SELECT count(*) AS n FROM text_blocks WHERE text LIKE ?').get(like) as {
          n: number;
        }
      ).n;
    expect(q('%Quantum Entanglement Gateway%')).toBe(1);
  });

  it('rejects broken input with a code and keeps what was stored', async () => {
    const before = await b.graph.counts();
    const bad = join(dir, 'broken.pptx');
    writeFileSync(bad, readFileSync(corpusPath(DECK)).subarray(0, 5000));
    const html = join(dir, 'page.pptx');
    writeFileSync(html, '<!DOCTYPE html><html><body>not a deck</body></html>');
    const r = await ingestFiles([bad, html, join(dir, 'missing.pptx')], { backends: b, stages });
    expect(r.documents.map((d) => d.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(r.documents[0].error?.code).toBe('OSM_INPUT_CORRUPT_ZIP');
    expect(r.documents[1].error?.code).toBe('OSM_INPUT_NOT_ZIP');
    expect(r.documents[2].error?.code).toBe('OSM_INPUT_NOT_FOUND');
    expect(await b.graph.counts()).toEqual(before);
  });
});
