import { describe, expect, it } from 'vitest';
import { semanticSelect } from '../../src/nlp/semantic-select.js';
import type { SelectedConcept } from '../../src/concepts/select.js';

const unit = (...xs: number[]) => {
  const v = Float32Array.from(xs);
  const n = Math.hypot(...xs);
  return v.map((x) => x / n);
};
const concept = (
  name: string,
  confidence = 0.5,
  aliases: string[] = [],
  type: 'ENTITY' | 'ROLE' = 'ENTITY',
): SelectedConcept => ({
  record: { id: `c:${name}`, name, type, aliases, definition: null, confidence },
  surfaces: [name, ...aliases],
});

describe('semanticSelect (KeyBERT + MMR + near-duplicate clustering)', () => {
  const doc = [unit(1, 0, 0, 0)];
  const vectors = new Map<string, Float32Array>([
    ['data platform', unit(1, 0.1, 0, 0)],
    ['Data Platforms', unit(1, 0.12, 0, 0)], // near-duplicate of the first
    ['lunch menu', unit(0, 0, 1, 0)], // irrelevant to the document
    ['data governance', unit(0.8, 0.6, 0, 0)],
    ['ISO 27001', unit(0, 0, 0, 1)], // irrelevant by vector, but precise: always kept
    ['ISO 27002', unit(0, 0, 0.05, 1)], // near-duplicate by vector, different number: never merged
  ]);
  const pool = () => [...vectors.keys()].map((n) => concept(n, n === 'data platform' ? 0.9 : 0.5));

  it('merges near-duplicates into the most central phrase, keeps precise finds, drops the irrelevant', () => {
    const r = semanticSelect(pool(), vectors, doc, { limit: 4 });
    const names = r.selected.map((c) => c.record.name);
    expect(names).toContain('ISO 27001');
    expect(names).toContain('ISO 27002');
    expect(names).toContain('data governance');
    expect(names).not.toContain('lunch menu');
    expect(r.clustered).toBe(1);
    const platform = r.selected.find((c) => /data platform/i.test(c.record.name))!;
    expect(platform.record.aliases.length).toBe(1);
    expect(platform.surfaces).toEqual(expect.arrayContaining(['data platform', 'Data Platforms']));
  });

  it('never clusters across incompatible types', () => {
    const p = pool();
    p[0].record.type = 'PRODUCT' as never;
    p[1].record.type = 'ROLE';
    const r = semanticSelect(p, vectors, doc, { limit: 6 });
    expect(r.clustered).toBe(0);
  });

  it('keeps a concept that a whole slide title names, however far its vector is from the document', () => {
    const p = pool();
    const lunch = p.find((c) => c.record.name === 'lunch menu')!;
    lunch.titled = true;
    const r = semanticSelect(p, vectors, doc, { limit: 4 });
    expect(r.selected.map((c) => c.record.name)).toContain('lunch menu');
  });

  it('without slide vectors it keeps the lexical order', () => {
    const r = semanticSelect(pool(), vectors, [], { limit: 2 });
    expect(r.selected.map((c) => c.record.name)).toEqual(['data platform', 'Data Platforms']);
  });
});
