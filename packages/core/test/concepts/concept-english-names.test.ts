/**
 * An English name in another language's deck led by a word the English stop list holds (2026-12-06, tenth session):
 * "Fondos Next Generation EU" listed "Generation EU" (judged broken). Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block } from './blocks.js';

const names = (lang: string, lines: string[]) => {
  const blocks = lines.map((l, i) => block(i + 1, l));
  return selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, lang), { lang }), 8, { lang }).map(
    (c) => c.record.name,
  );
};

describe('an English name led by an English stop word in another language', () => {
  it('is whole', () => {
    const got = names('es', [
      'Los fondos Next Generation EU financian las cámaras de la zona.',
      'Justificación de los fondos Next Generation EU antes de junio.',
      'Auditoría de Next Generation EU y del FEDER en 2026.',
    ]);
    expect(got).toContain('Next Generation EU');
    expect(got).not.toContain('Generation EU');
    expect(guessType('Next Generation EU')).toBe('PRACTICE');
  });
  it('but two English words are loanwords, and an article or a word of the language leads nothing', () => {
    const de = names('de', [
      'Drei Use Cases für die Schadenbearbeitung.',
      'Die Use Cases werden im Pilot getestet.',
      'Bewertung der Use Cases im März.',
    ]);
    expect(de).not.toContain('Use Cases');
    const it_ = names('it', [
      'Le piattaforme Over The Top crescono.',
      'Regole per le piattaforme Over The Top in Italia.',
      'Le Over The Top pagano la tassa.',
    ]);
    expect(it_).not.toContain('The Top');
  });
});

/**
 * English names across "on", "and the", "with", and the pieces of titles (2026-12-06, eleventh session): a real
 * conference deck listed "Georgetown University Center" for "… Center on Education and the Workforce", "Excellence" and
 * "Equity" for "Excellence with Equity", "Economic Storm" of a quoted report title, and "Connect" and "Belong" of a
 * line in Title Case (all judged broken). Made-up sentences.
 */
describe('an English name across its small words', () => {
  it('an organisation named with "on", or with its field past "and" or "and the"', () => {
    const got = names('en', [
      'The Council on Rural Affairs and the Institute on Water and the Environment signed the charter.',
      'Funding from the Department of Housing and Urban Renewal arrives in May.',
      'The Institute on Water and the Environment audits the Council on Rural Affairs.',
      'The Department of Housing and Urban Renewal reports to the Office of Budget and Planning.',
      'The Office of Budget and Planning approved it.',
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        'Council on Rural Affairs',
        'Institute on Water and the Environment',
        'Department of Housing and Urban Renewal',
        'Office of Budget and Planning',
      ]),
    );
    expect(got).not.toContain('Urban Renewal');
    expect(got).not.toContain('Environment');
    expect(guessType('Institute on Water and the Environment')).toBe('ORGANIZATION');
    expect(guessType('Harbour Valley Center on Ageing')).toBe('ORGANIZATION');
  });
  it('but two bodies or a place after "and" are no field, and "for" joins only after a body’s head', () => {
    const got = names('en', [
      'The Ministry of Health and Ministry of Transport met twice.',
      'The Ministry of Health and Ministry of Transport agreed.',
      'Staff of the University of Leeds and Sheffield teams met.',
      'Staff of the University of Leeds and Sheffield teams agreed.',
      'Methods for Peer Review of Lesson Plans were tried.',
      'We keep Methods for Peer Review of Lesson Plans simple.',
    ]);
    expect(got).not.toContain('Ministry of Health and Ministry');
    expect(got).not.toContain('University of Leeds and Sheffield');
    expect(got).toContain('Peer Review of Lesson Plans');
    expect(got).not.toContain('Methods for Peer Review');
  });
  it('a name joined by "with", written twice or more; not a heading’s action', () => {
    const got = names('en', [
      'Toward Growth with Purpose in every district.',
      'How we measure Growth with Purpose.',
      'Working with Suppliers is hard.',
      'Working with Suppliers needs a plan.',
    ]);
    expect(got).toContain('Growth with Purpose');
    expect(got).not.toContain('Purpose');
    expect(got).not.toContain('Working with Suppliers');
  });
  it('no piece of a quoted title, but the whole short quote and a quoted name with its acronym', () => {
    const got = names('en', [
      'Source: Lane, 2019. “The Long Road: Rebuilding the Rural Economy.” Harbour Press.',
      'Source: Lane, 2019. “The Long Road: Rebuilding the Rural Economy.” Harbour Press.',
      'A district-wide “Circle of Trust” and its “Circle of Trust” charter.',
      'Use the "Northwind Secure Coding Library (NSCL)" for output encoding.',
      'The Northwind Secure Coding Library ships encoders; NSCL is free.',
    ]);
    expect(got).not.toContain('Long Road');
    expect(got).not.toContain('Rural Economy');
    expect(got).toContain('Circle of Trust');
    expect(got).toContain('Northwind Secure Coding Library');
  });
  it('no verb’s base form of a line in Title Case, but a framework named in a sentence', () => {
    const got = names('en', [
      'Spaces to Gather and Belong and Grow',
      'Spaces to Gather and Belong',
      'The portal is built with React.',
      'React renders the intake forms.',
      'Our team moved from Angular to React last year.',
    ]);
    expect(got).not.toContain('Gather');
    expect(got).not.toContain('Belong');
    expect(got).toContain('React');
  });
});
