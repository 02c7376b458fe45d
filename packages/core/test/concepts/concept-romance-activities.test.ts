/**
 * Romance activities named by an action noun of another form than -tion, -ción, -ção, -zione (2026-12-05, ninth
 * session): "lecture automatique", "virements instantanés", "partage d'énergie", "audiência pública", "visita de
 * pares", "esercizio parallelo", "prove a nave" are practices, as the readers of the judged decks typed them; public
 * transport is a thing, a unit's name in Title Case no activity, an English name of the same form none. Made-up names,
 * no evaluation deck's text.
 */
import { describe, it } from 'vitest';
import { expectTypes } from './blocks.js';

describe('a Romance action noun before an adjective or what it acts on', () => {
  it('names a practice', () => {
    expectTypes(
      [
        'lecture optique',
        'virements groupés',
        "partage d'expérience",
        'audiencia pública',
        'visitas domiciliarias',
        'esercizio provvisorio',
        'prove di carico',
        'Contrôle automatisé',
        'reembolso de gastos',
        'rimborsi chilometrici',
        'transport scolaire',
      ],
      'PRACTICE',
    );
  });
  it('leaves public transport, a unit and an English name alone', () => {
    expectTypes(
      [
        'transporte público',
        'trasporto pubblico',
        'Controles Internos',
        'transport management system',
        'transport aérien',
        'esercizio commerciale',
        'audiencia objetivo',
        'lecture seule',
      ],
      'PRACTICE',
      true,
    );
  });
});
