/**
 * Acts cut from their numbers (2026-12-06, tenth session): the older EU directives' numbers ("Directive 2009/138/EC",
 * whose "/138/EC" the text's cleaning took for a path), Brazilian and Portuguese municipal and state laws, Italian
 * regional laws, a supervisor's circular by its issuer and number alone ("Circulaire FINMA 2010/3", "Resolução CMN
 * 4.945", "Circular BCB 3.978", where "circular" is also a Spanish verb), and a name with a version after a word with
 * accents ("Código Escuela 4.0"). A numbered criterion or axis of a plan is a label. Made-up sentences, no evaluation
 * deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { blankNoise } from '../../src/concepts/text-clean.js';
import { block } from './blocks.js';

const candidates = (lang: string, name: string) => {
  const lead =
    { en: 'Under', es: 'Según', pt: 'Segundo', fr: 'Selon', de: 'Nach', it: 'Secondo' }[lang] ?? '';
  const text = `${lead} ${name}, el informe es anual.\n${name} y su anexo técnico.`;
  const blocks = [block(1, text)];
  return [...extractCandidates(blocks, learnAcronyms(blocks, lang), { lang }).values()]
    .filter((c) => c.kind === 'pattern')
    .map((c) => [...c.surfaces.keys()][0]);
};

describe('an act by its number', () => {
  const cases: [string, string][] = [
    ['en', 'Directive 2009/138/EC'],
    ['de', 'Richtlinie 2009/138/EG'],
    ['es', 'Directiva 2014/24/UE'],
    ['it', 'Regolamento Delegato (UE) 2020/1818'],
    ['es', 'Directiva 91/271/CEE'],
    ['en', 'Commission Recommendation 2003/361/EC'],
    ['pt', 'Regulamento delegado (UE) 2021/2139'],
    ['de', 'EU-Empfehlung 2003/361/EG'],
    ['pt', 'Lei Municipal n.º 1.234/2020'],
    ['pt', 'Lei Estadual nº 20.922/2013'],
    ['pt', 'Decreto Municipal n.º 45/2021'],
    ['es', 'Ley Foral 10/2019'],
    ['it', 'Legge regionale n. 12/2020'],
    ['fr', 'Circulaire FINMA 2010/3'],
    ['pt', 'Resolução CMN 4.945'],
    ['es', 'Circular BCB 3.978'],
    ['pt', 'Instrução CVM 175'],
  ];
  it.each(cases)('is one name, a standard (%s: %s)', (lang, name) => {
    expect(candidates(lang, name)).toContain(name);
    expect(guessType(name)).toBe('STANDARD');
  });
  it('keeps a path a path and a figure a figure', () => {
    expect(blankNoise('see /docs/138/EC-guide for details')).not.toContain('/docs');
    expect(blankNoise('Directive 2009/138/EC applies')).toBe('Directive 2009/138/EC applies');
    // (only after an act's kind: a folder named after a year and a region is a path)
    expect(blankNoise('Stored under Finance Reports/2024/EU')).not.toContain('/2024');
    expect(guessType('Recommendation Engine 2.0')).not.toBe('STANDARD');
    expect(blankNoise('files in /srv/data/EC')).not.toContain('/srv');
    expect(candidates('pt', 'Resolução CMN 12%')).not.toContain('Resolução CMN 12');
    expect(candidates('es', 'Circular 3.978')).toEqual([]);
    // (an issuer's acronym and a small number or a year is no act, nor is the adjective: a manual's instruction, a
    // plan's year, the circular economy's goal)
    expect(candidates('es', 'Instrucción IT 3')).toEqual([]);
    expect(candidates('es', 'Circular ESG 2025')).toEqual([]);
    expect(candidates('es', 'Economía Circular ODS 123')).not.toContain('Circular ODS 123');
  });
});

describe('a name with a version', () => {
  it("keeps a product's name after a Romance word, whose accent ends no version's name", () => {
    expect(candidates('es', 'Migración SAP ECC 6.0')).toContain('SAP ECC 6.0');
    expect(candidates('es', 'Migración SAP ECC 6.0')).not.toContain('Migración SAP ECC 6.0');
  });
  it('but a numbered criterion, section or axis of a plan is a label', () => {
    const lines = [
      'Critère 2.3 : traçabilité des lots validée.',
      'Le Critère 2.3 reste ouvert pour la pharmacie.',
      'Volet C : investissements, Volet C bis : formation.',
      'Audit du Critère 2.3 en mars, Volet C en juin.',
    ];
    const blocks = lines.map((l, i) => block(i + 1, l));
    const names = selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, 'fr'), { lang: 'fr' }), 6, {
      lang: 'fr',
    }).map((c) => c.record.name);
    expect(names).not.toContain('Critère 2.3');
    expect(names).not.toContain('Volet C');
  });
});
