/**
 * A slide of numbers and labels only (a chart's dates and "Y-Value 1", a "Thank you") embeds close to every query, so
 * it came up in searches it has nothing to do with: such a slide gets no vector to be searched by; every slide with
 * words does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeck, ingestFiles, openBackends } from '../../src/index.js';
import { hasWords } from '../../src/pipeline/build-graph.js';
import { slideFullText } from '../../src/pipeline/text-summary.js';
import { hashingEmbedder } from '../adapters/fixtures.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

describe('what counts as words', () => {
  it('three words of three letters, or six characters of a script without spaces', () => {
    expect(hasWords('Thank you')).toBe(false);
    expect(hasWords('Y-Value 1\n2002-01-05\n2002-01-06\n4.3')).toBe(false);
    expect(hasWords('Multi-factor authentication everywhere')).toBe(true);
    expect(hasWords('セキュリティ対策\n多要素認証を導入する')).toBe(true);
    expect(hasWords('보안 대책 다요소 인증')).toBe(true);
    expect(hasWords('谢谢')).toBe(false);
  });
});

describe.skipIf(!HAS_CORPUS)('slide vectors', () => {
  it('only slides with words get one (a chart deck of dates and placeholders)', async () => {
    const deck = corpusPath('scanny__python-pptx/cht-chart-type.pptx');
    const b = await openBackends({
      storeDir: join(mkdtempSync(join(tmpdir(), 'osmose-slide-vectors-')), 'store'),
    });
    try {
      const r = await ingestFiles([deck], {
        backends: b,
        stages: { summariserKey: 'text-v1', embedder: hashingEmbedder() },
      });
      expect(r.documents[0].status).toBe('ingested');
      const docId = r.documents[0].docId!;
      const withVector = new Set(
        (
          b.embedded.db
            .prepare("SELECT ref_id AS id FROM vector_items WHERE kind = 'slide' AND doc_id = ?")
            .all(docId) as {
            id: string;
          }[]
        ).map((x) => Number(x.id.split(':s').pop())),
      );
      const data = await extractDeck({ path: deck });
      const wordy = (i: number) => hasWords(slideFullText(data.slides[i - 1]));
      const all = data.slides.map((s) => s.index);
      expect(all.filter((i) => !wordy(i)).length).toBeGreaterThan(0); // the deck has such slides
      expect(all.filter((i) => wordy(i)).length).toBeGreaterThan(0);
      for (const i of all) expect(withVector.has(i), `slide ${i}`).toBe(wordy(i));
    } finally {
      await b.close();
    }
  }, 120_000);
});
