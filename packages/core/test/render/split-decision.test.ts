import { describe, expect, it } from 'vitest';
import { FIRST_RANGE, shouldSplit } from '../../src/render/render-deck.js';

describe('streamed rendering: when a deck is converted in two ranges', () => {
  it('only a deck of more than three first ranges, with two free LibreOffice processes and two idle cores', () => {
    const big = 10 * FIRST_RANGE;
    expect(shouldSplit(big, 2, 6)).toBe(true);
    expect(shouldSplit(3 * FIRST_RANGE, 2, 6)).toBe(false); // small: one process is as quick
    expect(shouldSplit(big, 1, 6)).toBe(false); // another deck holds a process: the second range would queue
    expect(shouldSplit(big, 2, 1.5)).toBe(false); // a loaded machine: both processes load the whole deck
    expect(shouldSplit(0, 2, 6)).toBe(false); // slide count unknown
  });
});
