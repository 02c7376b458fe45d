/**
 * A thing named by its state now or planned (2026-12-05, ninth session): "sistema attuale", "Modelo proposto",
 * "situación actual", "proposed levels", "Current estate" word a slide and name no concept (the readers dropped them as
 * generic or as a heading). Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block } from './blocks.js';

const names = (lang: string, lines: string[]) => {
  const blocks = lines.map((l, i) => block(i + 1, l));
  return selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, lang), { lang }), 8, { lang }).map(
    (c) => c.record.name.toLowerCase(),
  );
};

describe('a thing named by its state now or planned', () => {
  const cases: [string, string, string[]][] = [
    [
      'it',
      'processo attuale',
      [
        'Il processo attuale richiede tre passaggi manuali.',
        'Limiti del processo attuale: tempi e errori.',
        'Il processo attuale costa 40 k€ all’anno.',
      ],
    ],
    [
      'pt',
      'fluxo proposto',
      [
        'O fluxo proposto reduz a espera em 30 minutos.',
        'Custos do fluxo proposto e do fluxo atual.',
        'O fluxo proposto entra em vigor em março.',
      ],
    ],
    [
      'en',
      'proposed tariffs',
      [
        'The proposed tariffs rise by 4 % a year.',
        'Board approval of the proposed tariffs is due in May.',
        'Customers respond to the proposed tariffs in June.',
      ],
    ],
  ];
  it.each(cases)('is no concept (%s: %s)', (lang, name, lines) => {
    expect(names(lang, lines)).not.toContain(name);
  });
});

describe('a quantity or an account named with "current" or "actual"', () => {
  it('stays a concept', () => {
    const lines = [
      'Current Ratio at 1.4 against a covenant of 1.2.',
      'Current Ratio by quarter: 1.3, 1.4, 1.4.',
      'The Current Ratio improved after the refinancing.',
    ];
    expect(names('en', lines)).toContain('current ratio');
  });
});
