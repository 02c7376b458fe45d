/** Text search without embeddings, shared by the stores (the same matches on SQLite and Neo4j). */

/**
 * The words of a text search (as typed: SQLite's LIKE folds ASCII letters only, so "Énergie" must reach it as typed;
 * Neo4j lower-cases both sides): the stores match them in order with any one character between them, so
 * "cross site scripting" also finds "Cross-Site Scripting" and "cross_site". No words (a query of separators only):
 * nothing to look for.
 */
export function literalParts(query: string): string[] {
  return query.split(/[\s\-_]+/).filter(Boolean);
}
