/**
 * Roles by their heads (2026-12-05, ninth session): an Italian, a Portuguese, a Spanish and a French office-holder head
 * first ("Responsabile Unico del Progetto", "Dirigente Settore …", "Pró-Reitora de …", "Decana", "ministre des …") and a
 * German carrier, contractor or officer by the compound's last part, inflected too ("Frachtführer", "Subunternehmer",
 * "…beauftragten") are roles, as the readers of the judged decks typed them. Made-up names, no evaluation deck's text.
 */
import { describe, it } from 'vitest';
import { expectTypes } from './blocks.js';

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
