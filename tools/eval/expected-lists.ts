/** Hand-written expected concept lists (tools/eval/expected/*.yaml). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ConceptType } from '../../packages/core/src/model/graph.js';

export interface ExpectedConcept {
  name: string;
  type: ConceptType;
  aliases: string[];
  /** A concept any reader of the deck would list (must-recall counts only these). */
  must: boolean;
}

export interface ExpectedDeck {
  file: string;
  /** Path of the deck relative to the corpus folder. */
  deck: string;
  kind: string;
  /** `tuning`: rules may be tuned on it; `heldout`: only ever measured. */
  split: 'tuning' | 'heldout';
  concepts: ExpectedConcept[];
}

const TYPES = new Set([
  'ENTITY',
  'PRODUCT',
  'TOOL',
  'STANDARD',
  'PRACTICE',
  'ROLE',
  'ORGANIZATION',
  'PERSON',
  'PLACE',
  'METRIC',
]);

export function loadExpected(dir: string): ExpectedDeck[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const y = parse(readFileSync(join(dir, f), 'utf8')) as {
        deck: string;
        kind?: string;
        split?: string;
        concepts: Partial<ExpectedConcept>[];
      };
      if (y?.split !== 'tuning' && y?.split !== 'heldout')
        throw new Error(`${f}: needs "split: tuning" or "split: heldout"`);
      if (!y?.deck || !Array.isArray(y.concepts)) throw new Error(`${f}: needs "deck" and "concepts"`);
      const concepts = y.concepts.map((c, i) => {
        if (!c.name || !c.type || !TYPES.has(c.type))
          throw new Error(`${f}: concept ${i + 1} needs a name and a known type`);
        if (typeof c.must !== 'boolean') throw new Error(`${f}: concept ${i + 1} needs "must: true|false"`);
        return { name: String(c.name), type: c.type, aliases: (c.aliases ?? []).map(String), must: c.must };
      });
      return { file: f, deck: y.deck, kind: y.kind ?? '', split: y.split, concepts };
    });
}
