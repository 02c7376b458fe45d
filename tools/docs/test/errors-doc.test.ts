import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../error-catalog.js';

describe('docs/errors.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'errors.md'), 'utf8');
  const all = ERROR_CATALOG.flatMap((g) => Object.keys(g.codes));

  it('lists every error code of every package', () => {
    const missing = all.filter((c) => !doc.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it('lists no code that no longer exists, and codes are unique and well-formed', () => {
    const documented = [...doc.matchAll(/`(OSM_[A-Z0-9_]+)`/g)].map((m) => m[1]);
    expect(documented.filter((c) => !all.includes(c))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    for (const c of all) expect(c).toMatch(/^OSM_[A-Z0-9_]+$/);
  });
});
