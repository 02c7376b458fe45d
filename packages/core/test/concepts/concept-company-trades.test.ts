/**
 * A company by its coined name and its trade (2026-12-05, ninth session): "Vitta Tecnologia", "Axelis Conseil",
 * "Lekdal Energie", "Fluxys Hydrogen", "Ashgrove Cyber Advisory" are companies, as "Kestrel Analytics" was; a word of
 * a language before the trade is no brand ("Nuevos Servicios", "Digital Advisory", "Green Hydrogen"). A German bank by
 * its place's adjective ("Rheintaler Kantonalbank"). Made-up names, no evaluation deck's text.
 */
import { describe, it } from 'vitest';
import { expectTypes } from './blocks.js';

describe('a coined name before a trade', () => {
  it('is an organisation in each language', () => {
    expectTypes(
      [
        'Quenta Tecnologia',
        'Borvex Conseil',
        'Zandrik Energie',
        'Talvora Hydrogen',
        'Brackenfold Cyber Advisory',
        'Marvesta Inmobiliaria',
        'Orvalho Atacado',
        'Lindauer Sparkasse',
        'Emmentaler Kantonalbank',
      ],
      'ORGANIZATION',
    );
  });
  it('is no organisation when the word before the trade is a word of a language', () => {
    expectTypes(
      [
        'Nuevos Servicios',
        'Grandes Sistemas',
        'Nouvelle Énergie',
        'Digital Advisory',
        'Smart Homes',
        'Green Hydrogen',
        'Mobile Technology',
        'Erneuerbare Energie',
        // (a technology, an acronym or an inflected adjective before the trade)
        'RFID Technology',
        'ESG Advisory',
        'PEM Hydrogen',
        'Thermische Energie',
        'Zentraler Datenbank',
        'Ihrer Krankenkasse',
      ],
      'ORGANIZATION',
      true,
    );
  });
});
