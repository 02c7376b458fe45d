/**
 * `osmose search` goes through the ports: on Neo4j + Qdrant it answers like the embedded store on the
 * same decks, by meaning (embeddings) and by text (no embedding model).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addonBuilt } from '@osmose/native-nlp';
import { sharedNeo4jUrl, sharedQdrant } from '../../../../tools/servers/shared.js';
import { osmose, osmoseRun } from '../helpers/cli.js';
import { DECK_A, DECK_B, makeDeck } from '../resolve/make-decks.js';

const qdrant = await sharedQdrant('search on Neo4j + Qdrant');
const neo4j = await sharedNeo4jUrl();

interface Search {
  method: string;
  concepts: { id: string; label: string; score: number }[];
  slides: { id: string; label: string; score: number }[];
}

describe.skipIf(!qdrant.url)('search on Neo4j + Qdrant', () => {
  let dir: string;
  const servers = () => ['--store', join(dir, 'servers'), '--graph', neo4j.url, '--vectors', qdrant.url!];
  const embedded = () => ['--store', join(dir, 'embedded')];
  const search = (q: string, where: string[], extra: string[] = []): Search => {
    const r = osmose(['search', q, '--limit', '5', '--json', ...where, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Search;
  };
  const top = (s: Search) => ({
    method: s.method,
    concepts: s.concepts.map((h) => h.label),
    slides: s.slides.map((h) => h.label),
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-search-servers-'));
    await makeDeck(join(dir, 'a.pptx'), DECK_A);
    await makeDeck(join(dir, 'b.pptx'), DECK_B);
    for (const where of [servers(), embedded()]) {
      const r = await osmoseRun([
        'ingest',
        join(dir, 'a.pptx'),
        join(dir, 'b.pptx'),
        '--concurrency',
        '1',
        '--json',
        ...where,
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 600_000);

  afterAll(async () => {
    await qdrant.stop();
    await neo4j.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!addonBuilt())('by meaning: the same top concepts and slides as the embedded store', () => {
    for (const q of ['personal data protection', 'cloud security']) {
      const onServers = search(q, servers());
      expect(onServers.method).toBe('vector');
      expect(onServers.concepts.length).toBeGreaterThan(0);
      expect(top(onServers)).toEqual(top(search(q, embedded())));
    }
  });

  it('by text (no embedding model): the same hits as the embedded store', () => {
    for (const q of ['GDPR', 'data']) {
      const onServers = search(q, servers(), ['--embedding-model', 'none']);
      expect(onServers.method).toBe('text');
      expect(onServers.concepts.length + onServers.slides.length).toBeGreaterThan(0);
      expect(top(onServers)).toEqual(top(search(q, embedded(), ['--embedding-model', 'none'])));
    }
  });
});
