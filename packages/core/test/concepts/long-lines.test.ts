/**
 * A block of one very long line (a transcript pasted into the notes without a line break) is read in time linear in
 * its length: the tests of what stands before an occurrence on its line read a bounded window, not the whole line
 * before it at each word (which made a 100,000-character line take 8 s and a 400,000-character one minutes). The
 * test has no timing threshold: it fails by its timeout only, set far above what the linear reading takes under load.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { block } from './blocks.js';
import { longText } from './long-text.js';

describe('a block of one very long line', () => {
  it('is read whole, in time linear in its length (400,000 characters)', { timeout: 90_000 }, () => {
    const text = longText(400_000);
    expect(text.includes('\n')).toBe(false);
    const blocks = [block(1, text, 'notes')];
    const cands = extractCandidates(blocks, learnAcronyms(blocks, 'en'), { lang: 'en' });
    const northwind = cands.get('northwind analytics');
    expect(northwind).toBeDefined();
    // every occurrence counted, to the line's end
    expect(northwind!.count).toBe(text.split('Northwind Analytics').length - 1);
    // the cue words before a name read within the window: "partners: Accenture"
    expect(cands.get('accenture')?.orgCue ?? 0).toBeGreaterThan(0);
  });
});
