/**
 * The BERT normaliser's Unicode tables: filling whole blocks of unassigned, private-use or caseless letter code
 * points at once gives exactly the tables of the code point by code point computation, for every flag pair.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_CJK, CLASS_CONTROL, unicodeTables } from '../src/internal/unicode-tables.js';

const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

describe('unicodeTables', { timeout: 120_000 }, () => {
  for (const [lowercase, stripAccents] of [
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ] as const) {
    it(`whole blocks = every code point (lowercase ${lowercase}, strip accents ${stripAccents})`, () => {
      const fast = unicodeTables(lowercase, stripAccents);
      const reference = unicodeTables(lowercase, stripAccents, false);
      expect(same(fast.classes, reference.classes)).toBe(true);
      expect(same(fast.mapKeys, reference.mapKeys)).toBe(true);
      expect(same(fast.mapOffsets, reference.mapOffsets)).toBe(true);
      expect(same(fast.mapValues, reference.mapValues)).toBe(true);
      // what the blocks hold: a private-use code point is a control, an ideograph CJK, Hangul still decomposes
      expect(fast.classes[0xf0000]).toBe(CLASS_CONTROL);
      expect(fast.classes[0x4e2d]).toBe(CLASS_CJK);
      expect(fast.mapKeys.includes(0xac00)).toBe(stripAccents);
      // cached: the same object again
      expect(unicodeTables(lowercase, stripAccents)).toBe(fast);
    });
  }
});
