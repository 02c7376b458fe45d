/** The sentence a mention is shown in (`osmose show`, the web app): not cut at "e.g.", a version number or a URL. */
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/concepts/link.js';

const around = (text: string, word: string) => {
  const i = text.indexOf(word);
  return sentenceAround(text, i, i + word.length);
};

describe('the sentence around a mention', () => {
  it('ends at ". ", "! ", "? " and line breaks', () => {
    expect(around('First one. The team agrees! Third?', 'team')).toBe('The team agrees!');
    expect(around('Is it safe? Yes it is.', 'Yes')).toBe('Yes it is.');
    expect(around('Line one\nLine two about XSS', 'XSS')).toBe('Line two about XSS');
  });

  it('does not end at abbreviations, numbers, names with dots or initials', () => {
    expect(around('Protect sensitive functions (e.g., eTrade) with MFA. Next.', 'functions')).toBe(
      'Protect sensitive functions (e.g., eTrade) with MFA.',
    );
    expect(around('Use a safe API, i.e. one that escapes. Next.', 'escapes')).toBe(
      'Use a safe API, i.e. one that escapes.',
    );
    expect(around('Version 2.0 ships in Q3 with 1.5% more. The team agrees.', 'ships')).toBe(
      'Version 2.0 ships in Q3 with 1.5% more.',
    );
    expect(around('See www.owasp.org/index.php for details. More.', 'details')).toBe(
      'See www.owasp.org/index.php for details.',
    );
    expect(around('Meet J. Smith today. Other.', 'Smith')).toBe('Meet J. Smith today.');
    expect(around('As shown in Fig. 3 the rate drops. Next.', 'rate')).toBe(
      'As shown in Fig. 3 the rate drops.',
    );
    expect(around('Vgl. z.B. die Richtlinie. Weiter.', 'Richtlinie')).toBe('Vgl. z.B. die Richtlinie.');
  });

  it('still ends where an abbreviation-like word closes a sentence', () => {
    expect(around('We said no. Then we left.', 'left')).toBe('Then we left.');
    expect(around('The call took 200 ms. Then it timed out.', 'timed')).toBe('Then it timed out.');
    expect(around('Logs, traces, metrics etc. Then the alerts.', 'alerts')).toBe('Then the alerts.');
  });
});

describe('mentions', () => {
  it('a name inside a URL, a path or code is no mention; the same name in prose is', async () => {
    const { findMentions } = await import('../../src/concepts/link.js');
    const blocks = [
      {
        slideIndex: 1,
        slideId: 's1',
        shapeId: '2',
        layer: 'body' as const,
        text:
          'Read the Cheat Sheet first.\nhttp://www.owasp.org/index.php/Authentication_Cheat_Sheet\n' +
          'String q = "SELECT sheet FROM t";\nSee C:\\docs\\Sheet\\a.txt',
      },
    ];
    const concept = {
      record: {
        id: 'c:sheet',
        name: 'Sheet',
        type: 'ENTITY' as const,
        aliases: [],
        definition: null,
        confidence: 1,
      },
      surfaces: ['Sheet'],
    };
    const ms = findMentions('doc:1', [concept], blocks);
    expect(ms.map((m) => m.start)).toEqual([blocks[0].text.indexOf('Sheet')]);
  });
});
