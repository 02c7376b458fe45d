/**
 * Assessments and reviews by their acronyms (2026-12-05, ninth session): a privacy impact assessment in English, French
 * and German ("DPIA", "PIA", "AIPD", "DSFA"), a bank's and an insurer's own risk assessments ("ICAAP", "ORSA"), the
 * engineering analyses ("FMEA", "HAZOP", "FEED") and "O&M" are practices, as the readers of the judged decks typed them.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';

describe('an assessment named by its acronym', () => {
  it('is a practice', () => {
    for (const n of [
      'DPIA',
      'PIA',
      'AIPD',
      'EIPD',
      'DSFA',
      'ICAAP',
      'ILAAP',
      'ORSA',
      'FMEA',
      'HAZOP',
      'FEED',
      'O&M',
    ])
      expect(guessType(n, { acronym: true }), n).toBe('PRACTICE');
  });
  it('leaves the acronyms around them alone', () => {
    // ("LCA" is Switzerland's insurance contract law as often as a life cycle assessment, "EIA" the US energy agency)
    for (const n of ['PIAF', 'DPI', 'FEEDS', 'ORS', 'LCA', 'EIA'])
      expect(guessType(n, { acronym: true }), n).not.toBe('PRACTICE');
  });
});
