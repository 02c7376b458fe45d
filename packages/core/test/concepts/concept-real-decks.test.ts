/**
 * Classes found on the corpus's real decks in 2026-12-05's fourth session: a name with the Arabic article inside it
 * (a lecture's "Beit Al Hikma" came out as "Beit" and "Hikma"), and programming languages and data formats typed as
 * the ones already known ("PHP" and "HTML" were ENTITY beside "Java" a TOOL and "XML" a STANDARD). Made-up
 * sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import { block, records } from './blocks.js';

const names = (blocks: Parameters<typeof records>[0], lang: string, slides: number) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('a name with the Arabic article inside it', () => {
  const en = [
    block(1, 'Science in the Abbasid era', 'title'),
    block(2, 'The translators of Dar Al Ilm worked in Cairo, those of Beit Al Hikma in Baghdad.'),
    block(3, 'Scholars of Dar Al Ilm copied Ptolemy; the Qasr Al Hamra archive kept their letters.'),
    block(4, 'Dar Al Ilm lent books to Qasr Al Hamra and to Beit Al Hikma.'),
    block(5, 'A broadcast by Al Arabiya covered Dar Al Ilm and its catalogue.'),
  ];
  it('is one name across a capitalised "Al" ("Dar Al Ilm", "Qasr Al Hamra", "Beit Al Hikma")', () => {
    const found = names(en, 'en', 5);
    expect(found).toEqual(expect.arrayContaining(['Dar Al Ilm', 'Qasr Al Hamra', 'Beit Al Hikma']));
    for (const piece of ['Dar', 'Ilm', 'Qasr', 'Hamra', 'Beit', 'Hikma'])
      expect(found, piece).not.toContain(piece);
  });
  it('leads a name after a word ("by Al Arabiya")', () => {
    expect(names(en, 'en', 5)).toContain('Al Arabiya');
  });
  it('is no name\'s inside in a Romance deck, where "al" joins words ("Acceso al Portal", "Soporte Al Portal")', () => {
    const es = [
      block(1, 'Acceso al Portal del Empleado', 'title'),
      block(2, 'El Acceso al Portal del Empleado se hace con certificado digital.'),
      block(3, 'Soporte Al Portal del Empleado: incidencias en la mesa de ayuda.'),
      block(4, 'El Portal del Empleado publica las nóminas cada mes.'),
    ];
    const found = names(es, 'es', 4);
    expect(found).toContain('Portal del Empleado');
    expect(found.some((n) => /\bal Portal\b/i.test(n) && !/^Acceso/.test(n))).toBe(false);
  });
});

describe('programming languages and data formats', () => {
  it('are typed as the ones already known: languages are tools, formats standards', () => {
    for (const n of [
      'PHP',
      'Perl',
      'Kotlin',
      'TypeScript',
      'COBOL',
      'MATLAB',
      'PowerShell',
      'VBA',
      'PHP code',
    ])
      expect(guessType(n), n).toBe('TOOL');
    for (const n of ['HTML', 'HTML5', 'CSS', 'CSS3', 'CSV', 'Markdown', 'XHTML'])
      expect(guessType(n), n).toBe('STANDARD');
  });
  it('in a deck: "PHP" beside "Java", "HTML" beside "XML"', () => {
    const en = [
      block(1, 'Securing legacy web applications', 'title'),
      block(2, 'The shop runs PHP 7 on the front end and Java on the back end.'),
      block(3, 'PHP pages build HTML from templates; the feeds are XML.'),
      block(4, 'Escape HTML output in every PHP template; validate XML against its schema.'),
    ];
    const found = records(en, 'en', 4);
    const type = (n: string) => found.find((r) => r.name === n)?.type;
    expect(type('PHP')).toBe('TOOL');
    expect(type('HTML')).toBe('STANDARD');
  });
});
