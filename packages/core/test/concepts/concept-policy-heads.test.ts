/**
 * Policies, guidelines, contracts and frameworks of rules by their heads (2026-12-05, ninth session): "Charging
 * policy", "Infrastructure Guidelines", "Política de Segurança Cibernética", "alliantie-overeenkomst",
 * "beoordelingskader" are standards, as the readers of the judged decks typed them; a body named after a policy is
 * none ("Institute for Higher Education Policy"), nor is a tool or an activity of one ("Policy Engine", "Policy
 * Management"). Made-up names, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import { expectTypes } from './blocks.js';

describe('a policy, guidelines, a contract or a framework of rules', () => {
  it('is a standard in each language', () => {
    expectTypes(
      [
        'Visitor Parking Policy',
        'Remote working policy',
        'Procurement Guidelines',
        'Política de Dados Abertos',
        'Politique de Gestion des Risques',
        'Directrices de Contratación Pública',
        'samenwerkingsovereenkomst',
        'Energieconvenant',
        'toetsingskader',
        'Kooperationsvertrag',
      ],
      'STANDARD',
    );
  });
  it('leaves a body, a tool and an activity of a policy alone', () => {
    expect(guessType('Institute for Fiscal Policy')).toBe('ORGANIZATION');
    expect(guessType('Policy Engine')).not.toBe('STANDARD');
    expect(guessType('Policy Management')).toBe('PRACTICE');
    expect(guessType('Policy')).not.toBe('STANDARD');
    // (a kind of policy that is no document, and a cadre of people)
    expectTypes(
      ['Group Policy', 'Monetary Policy', 'Insurance Policy', 'Política Monetaria', 'Führungskader'],
      'STANDARD',
      true,
    );
  });
});
