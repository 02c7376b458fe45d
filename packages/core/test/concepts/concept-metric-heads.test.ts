/**
 * Measures by their heads (2026-12-05, ninth session): a German or Dutch compound of a volume, a grade, a need of funds
 * or a charge ("Einkaufsvolumen", "Zustandsnote", "Gesamtsolvabilitätsbedarf", "Kapitaallasten"), a short head after
 * a hyphen and a capital ("SCR-Quote"), and waiting and response times in the Romance languages ("tempos de espera")
 * are metrics, as the readers of the judged decks typed them. A need that is no amount stays what it was
 * ("Schutzbedarf"). Made-up names, no evaluation deck's text.
 */
import { describe, it } from 'vitest';
import { expectTypes } from './blocks.js';

describe('a measure', () => {
  it('is a metric by its head', () => {
    expectTypes(
      [
        'Transportvolumen',
        'Brückenzustandsnote',
        'Kapitalbedarf',
        'Rentelasten',
        'LCR-Quote',
        'tiempos de espera',
        'Tempi di risposta',
        "temps d'attente",
      ],
      'METRIC',
    );
  });
  it('leaves a need, a go-live and an electronic file alone', () => {
    expectTypes(
      ['Schutzbedarf', 'Handlungsbedarf', 'Go-Live', 'E-Akte', 'Tiempo real', 'Altlasten', 'Post-Grad'],
      'METRIC',
      true,
    );
  });
});
