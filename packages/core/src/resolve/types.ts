import type { ConceptType } from '../model/graph.js';

/** Types that are only a fallback guess: they agree with any specific type. */
const GENERIC = new Set<ConceptType>(['ENTITY', 'CONCEPT']);

/**
 * Whether two concepts may be merged: the same type, or one of them only generically typed.
 * A ROLE is never merged with a PRACTICE, a PERSON never with an ORGANIZATION, and so on.
 */
export function compatibleTypes(a: ConceptType, b: ConceptType): boolean {
  return a === b || GENERIC.has(a) || GENERIC.has(b);
}

/** The type the merged concept keeps: the specific one when only one side is specific. */
export function mergedType(kept: ConceptType, merged: ConceptType): ConceptType {
  return GENERIC.has(kept) && !GENERIC.has(merged) ? merged : kept;
}
