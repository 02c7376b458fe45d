/** Which words of a mention's sentence the web app marks (no browser needed: the search itself). */
import { describe, expect, it } from 'vitest';
import { wordIndex } from '../src/views/concept.js';

describe('the highlighted mention', () => {
  it('is the first whole-word occurrence, case-insensitively', () => {
    const s = 'Injection flaws, such as SQL, NoSQL, OS, and LDAP injection';
    expect(wordIndex(s, 'OS')).toBe(s.indexOf(', OS') + 2);
    expect(wordIndex(s, 'injection')).toBe(0);
    expect(wordIndex(s, 'Cross-Site')).toBe(-1);
    expect(wordIndex('C++ and C#', 'C++')).toBe(0);
  });
});
