/**
 * Roles by their heads (2026-12-05, ninth session): an Italian, a Portuguese, a Spanish and a French office-holder head
 * first ("Responsabile Unico del Progetto", "Dirigente Settore …", "Pró-Reitora de …", "Decana", "ministre des …") and a
 * German carrier, contractor or officer by the compound's last part, inflected too ("Frachtführer", "Subunternehmer",
 * "…beauftragten") are roles, as the readers of the judged decks typed them. Made-up names, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block, expectTypes } from './blocks.js';

describe('an office-holder or a kind of actor', () => {
  it('is a role in each language', () => {
    expectTypes(
      [
        'Responsabile del Procedimento',
        'Dirigente Servizi Sociali',
        'Pró-Reitor de Extensão',
        'Vicerrectora de Investigación',
        'Decano',
        'ministre de la Santé',
        'Ministra de Hacienda',
        'Lagerunternehmer',
        'Datenschutzbeauftragten',
        'Frachtführer',
      ],
      'ROLE',
    );
  });
  it('leaves the bodies they head alone', () => {
    expectTypes(
      ['Ministerio de Hacienda', 'Ministère de la Santé', 'Direzione Servizi Sociali'],
      'ORGANIZATION',
    );
  });
});

// (2026-12-06, tenth session: "Finance" and "Commercial" of "Director (Finance)", "Director (Commercial)" were listed,
// judged broken)
describe("an office's department in brackets after its title", () => {
  const names = (lines: string[]) => {
    const blocks = lines.map((l, i) => block(i + 1, l));
    return selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, 'en'), { lang: 'en' }), 6, {
      lang: 'en',
    }).map((c) => c.record.name);
  };
  const lines = [
    'Inputs from: Director (Finance), Chief Engineer (Projects), Project Office',
    'MD / Director (Finance) and Director (Commercial)',
    'The Director (Finance) has certified the accounts; Chief Engineer (Projects) signs the plan.',
    'Director (Commercial) reports on billing.',
  ];
  it('is no concept', () => {
    const got = names(lines);
    for (const n of ['Finance', 'Commercial', 'Projects']) expect(got).not.toContain(n);
  });
  it('stays one where the deck names it elsewhere', () => {
    const got = names([
      ...lines,
      'Commercial losses fell; Commercial is the largest team.',
      'Commercial targets rise.',
    ]);
    expect(got).toContain('Commercial');
  });
});
