/**
 * Text search without embeddings (and the literal part of `osmose search` with them): the words of the query in
 * order, any one character between them (so "cross site scripting" finds "Cross-Site Scripting"), case-insensitive,
 * the same matches on the embedded store and on Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import type { DocumentGraph } from '../../src/model/graph.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { makeGraph } from '../adapters/fixtures.js';

const TEXTS = [
  'The 2013-A3 risk: Cross-Site Scripting (XSS) in the portal.',
  'cross site scripting, again, in lower case',
  'Cross_Site_Scripting as a file name',
  'CrossSite Scripting without a separator',
  'Données personnelles: Règlement général (RGPD) [v2.0]',
];

function decks(): DocumentGraph[] {
  return [0, 1].map((d) => {
    const g = makeGraph({
      path: `/decks/t${d}.pptx`,
      content: `t${d}`,
      slides: 4,
      blocksPerSlide: 2,
      concepts: d ? ['Cross-Site Scripting', 'RGPD'] : ['XSS Filter'],
      mentions: 4,
      relations: 1,
      chartSlides: [],
    });
    g.textBlocks.forEach((b, i) => {
      if (i % 2 === 0) b.text = TEXTS[(i / 2 + d * 2) % TEXTS.length];
    });
    return g;
  });
}

const QUERIES = [
  'cross site scripting',
  'Cross-Site',
  'XSS',
  'scripting (xss',
  'rgpd) [v2',
  'Règlement Général',
  '100%',
];

let embedded: EmbeddedStore;
beforeAll(async () => {
  embedded = openEmbeddedStore(':memory:');
  for (const g of decks()) await embedded.graph.writeDocument(g);
});
afterAll(() => embedded?.close());

describe('text search', () => {
  it('embedded store: words in order with any one character between them, case-insensitive', async () => {
    const slidesWith = async (q: string) => (await embedded.graph.textSearch(q, 50)).slides.length;
    // "Cross-Site Scripting", "cross site scripting" and "Cross_Site_Scripting"; not "CrossSite Scripting"
    const blocks = embedded.db.prepare('SELECT slide_id AS s, text FROM text_blocks').all() as {
      s: string;
      text: string;
    }[];
    const expected = new Set(blocks.filter((b) => /cross.site.scripting/i.test(b.text)).map((b) => b.s)).size;
    expect(expected).toBeGreaterThan(1);
    expect(await slidesWith('cross site scripting')).toBe(expected);
    expect(await slidesWith('Cross-Site   Scripting')).toBe(expected);
    expect(await slidesWith('100%')).toBe(0); // a LIKE wildcard in the query is a plain character
    // accented capitals as written ("Données", "Règlement Général": LIKE folds ASCII only, so the query goes as typed)
    expect(await slidesWith('Données personnelles')).toBeGreaterThan(0);
    expect(await slidesWith('Règlement Général')).toBeGreaterThan(0);
    // separators only: no words, nothing found (not every slide)
    for (const q of ['---', '___', '   '])
      expect(await embedded.graph.textSearch(q, 50)).toEqual({ concepts: [], slides: [] });
    const concepts = (await embedded.graph.textSearch('cross site scripting', 10)).concepts.map((c) => c.id);
    expect(concepts).toHaveLength(1);
  });

  it('Neo4j: the same matches', async () => {
    const server = await sharedNeo4jUrl();
    const neo = new Neo4jGraphStore({ url: server.url });
    try {
      await neo.init();
      await neo.clearAll();
      for (const g of decks()) await neo.writeDocument(g);
      for (const q of QUERIES) {
        const sort = (r: { id: string; score: number }[]) => [...r].sort((a, b) => (a.id < b.id ? -1 : 1));
        const a = await embedded.graph.textSearch(q, 50);
        const b = await neo.textSearch(q, 50);
        expect(sort(b.slides), q).toEqual(sort(a.slides));
        expect(sort(b.concepts), q).toEqual(sort(a.concepts));
      }
      await neo.clearAll();
    } finally {
      await neo.close();
      await server.stop();
    }
  }, 600_000);
});
