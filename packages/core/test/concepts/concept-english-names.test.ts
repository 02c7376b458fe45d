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
