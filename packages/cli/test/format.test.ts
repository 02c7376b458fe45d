import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { table, truncate } from '../src/format.js';

describe('terminal tables', () => {
  it('line up Chinese and Japanese names by display width', () => {
    const t = table(
      ['concept', 'type', 'decks'],
      [
        ['数据保护', 'ENTITY', 3],
        ['General Data Protection Regulation', 'STANDARD', 12],
        ['個人情報保護法', 'STANDARD', 1],
      ],
      ['l', 'l', 'r'],
    );
    const lines = t.split('\n');
    expect(lines).toHaveLength(5);
    // every column starts at the same terminal column on every row
    const typeCol = (l: string) => stringWidth(l.slice(0, l.search(/ENTITY|STANDARD|type/)));
    const cols = [lines[0], lines[2], lines[3], lines[4]].map(typeCol);
    expect(new Set(cols).size).toBe(1);
    const widths = lines.filter((_, i) => i !== 1).map((l) => stringWidth(l));
    expect(new Set(widths).size).toBe(1); // right-aligned last column: same total width
  });

  it('keeps a multi-line title on one row', () => {
    const t = table(
      ['#', 'title'],
      [
        [1, 'Quarterly\nresults\r\n2024'],
        [2, 'Plan'],
      ],
    );
    const lines = t.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('1  Quarterly results 2024');
  });

  it('cuts by display width, never in the middle of a wide character', () => {
    const s = truncate('日本語のタイトルです', 9);
    expect(stringWidth(s)).toBeLessThanOrEqual(9);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toBe('日本語の…');
  });
});

describe('osmose show marks names', () => {
  it('marks whole words only, longest first', async () => {
    const { markSurfaces } = await import('../src/commands/show.js');
    expect(markSurfaces('SQL, NoSQL, OS, and LDAP injection', ['OS'])).toBe(
      'SQL, NoSQL, «OS», and LDAP injection',
    );
    expect(
      markSurfaces('The General Data Protection Regulation (GDPR) applies', [
        'GDPR',
        'General Data Protection Regulation',
      ]),
    ).toBe('The «General Data Protection Regulation» («GDPR») applies');
  });
});
