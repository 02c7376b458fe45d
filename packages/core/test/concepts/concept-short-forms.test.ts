/**
 * Expansions across elided articles, and the classes of 2026-12-05's session. Made-up sentences, no evaluation deck's
 * text.
 */
import { describe, expect, it } from 'vitest';
import { learnAcronyms } from '../../src/concepts/candidates.js';
import { block } from './blocks.js';

describe('an acronym whose expansion holds an elided article', () => {
  it('is expanded in French and Italian ("Plan de gestion d\'étiage (PGE)", "Agenzia dell\'Entrate Locali (AEL)")', () => {
    const acr = learnAcronyms(
      [
        block(1, "Le syndicat porte le Plan de gestion d'étiage (PGE) du bassin."),
        block(2, "Le Schéma d'aménagement et de gestion des eaux (SAGE) fixe les règles."),
        block(3, "Versamenti all'Agenzia dell'Entrate Locali (AEL) entro marzo."),
        block(4, 'Il Fondo per la Tutela del Suolo (FTS) finanzia le opere.'),
      ],
      'fr',
    );
    expect(acr.get('PGE')).toBe("Plan de gestion d'étiage");
    expect(acr.get('SAGE')).toBe("Schéma d'aménagement et de gestion des eaux");
    expect(acr.get('AEL')).toBe("Agenzia dell'Entrate Locali");
    expect(acr.get('FTS')).toBe('Fondo per la Tutela del Suolo');
  });
});
