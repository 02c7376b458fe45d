/**
 * Districts by their proper names (2026-12-05, ninth session): "JTG District", "Wyvernshire County", "Kōwhai Plains",
 * a town's historic centre ("Casco Histórico", "centro storico") and a Dutch or German district by its compass point
 * ("Hoogveld-Noord", "Merwededijk-West") are places, as the readers of the judged decks typed them; an English word's
 * region is none ("Sales Region"), nor is a district's council. Made-up names, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import { expectTypes } from './blocks.js';

describe('a district by its proper name', () => {
  it('is a place', () => {
    expectTypes(
      [
        'Mopani District',
        'Tarrowby County',
        'Waiata Plains',
        'Casco Antiguo',
        'Centro Histórico',
        'Altstadt',
        'Veldhoven-Zuid',
        'Lindenau-Ost',
      ],
      'PLACE',
    );
  });
  it('leaves regions of words and district bodies alone', () => {
    expect(guessType('Sales Region')).not.toBe('PLACE');
    expect(guessType('Health District')).not.toBe('PLACE');
    // (nor a cloud's or a product's region)
    expect(guessType('AWS Region')).not.toBe('PLACE');
    expect(guessType('Kubernetes Region')).not.toBe('PLACE');
    expect(guessType('Mopani District Council')).toBe('ORGANIZATION');
  });
});
