import type { ConceptRecord, ConceptType } from '../model/graph.js';
import { isAcronym, isVersionOf } from './normalise.js';

/** What a store already holds for a concept. */
export interface StoredConceptFields {
  name: string;
  type: string;
  aliases: string[];
  definition: string | null;
  confidence: number;
}

/** Case-insensitive union, first spelling kept, sorted. */
export function mergeAliases(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const x of [...a, ...b]) if (!seen.has(x.toLowerCase())) seen.set(x.toLowerCase(), x);
  return [...seen.values()].sort((x, y) => x.localeCompare(y));
}

/**
 * The one upsert rule every graph store applies when a document brings a concept that may already
 * exist (shared across decks): the first name stays, except that a spelled-out name replaces a bare
 * acronym and a bare name replaces one release of it ("ASVS 4.0" of the first deck, "ASVS" of the next); aliases are merged (never the name itself, in any case); a generic type never overrides a
 * specific one; the first definition stays; the best confidence wins.
 */
export function upsertConcept(
  prev: StoredConceptFields | undefined,
  c: ConceptRecord,
): Omit<ConceptRecord, 'id'> {
  const name =
    prev && !(isAcronym(prev.name) && !isAcronym(c.name)) && !isVersionOf(prev.name, c.name)
      ? prev.name
      : c.name;
  const aliases = mergeAliases(prev?.aliases ?? [], [
    ...c.aliases,
    ...(name !== c.name ? [c.name] : []),
    ...(prev && prev.name !== name ? [prev.name] : []),
  ]).filter((a) => a.toLowerCase() !== name.toLowerCase());
  const type = (
    prev && (c.type === 'CONCEPT' || (c.type === 'ENTITY' && prev.type !== 'CONCEPT')) ? prev.type : c.type
  ) as ConceptType;
  return {
    name,
    type,
    aliases,
    definition: prev?.definition ?? c.definition ?? null,
    confidence: Math.max(c.confidence, prev?.confidence ?? 0),
  };
}
