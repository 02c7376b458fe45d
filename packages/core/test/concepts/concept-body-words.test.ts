/**
 * Bodies by one word or by a unit's head (2026-12-05, ninth session): a plenary, a dean's or a rector's office, an
 * executive committee ("Pleno", "Decanato", "Rectorado", "Comex"), a Dutch province's executive ("Gedeputeerde
 * Staten"), a Romance agency or unit head first ("Organismo provincial de …", "Unidade de Internamento de …", "Unité de
 * soins intensifs") are organisations, as the readers of the judged decks typed them; Chile's unit of account is none
 * ("Unidad de Fomento"). Made-up names, no evaluation deck's text.
 */
import { describe, it } from 'vitest';
import { expectTypes } from './blocks.js';

describe('a body by one word or a unit head first', () => {
  it('is an organisation', () => {
    expectTypes(
      [
        'Pleno',
        'Decanato',
        'Rectorado',
        'Reitoria',
        'COMEX',
        'Codir',
        'Provinciale Staten',
        'Organismo Autónomo de Recaudación',
        'Organisme de formation agréé',
        'Unidade de Cuidados Continuados',
        'Unidad de Cuidados Intensivos',
        'Unité de soins palliatifs',
      ],
      'ORGANIZATION',
    );
  });
  it('leaves units of account, of measure, of teaching and a computer alone, and a modified organism', () => {
    expectTypes(
      [
        'Unidad de Fomento',
        'Unidad de medida',
        'Unidad de Valor Adquisitivo',
        'Unidade Curricular',
        'Unidad Didáctica',
        'Unité centrale',
        'Organismo Genéticamente Modificado',
      ],
      'ORGANIZATION',
      true,
    );
  });
});

// (2026-12-06, tenth session: "Medizinischer Dienst", spelled out in a one-line glossary, was typed a person, then
// nothing)
describe('a German body by an inflected adjective and its kind', () => {
  it('is an organisation', () => {
    expectTypes(
      [
        'Medizinischer Dienst',
        'Sozialpsychiatrischer Dienst',
        'Gemeinsamer Bundesausschuss',
        'Wissenschaftlicher Beirat',
        'Kassenärztliche Vereinigung',
        'Statistisches Landesamt',
        'Berliner Senat',
      ],
      'ORGANIZATION',
    );
  });
  it('leaves other adjectives and nouns alone, a grade, a legal form and a person', () => {
    expectTypes(
      [
        'Kritische Infrastruktur',
        'Interne Revision',
        'Zentrale Stelle',
        'Höherer Dienst',
        'Eingetragener Verein',
        'Zuständige Behörde',
        'Heike Kammer',
      ],
      'ORGANIZATION',
      true,
    );
  });
});
