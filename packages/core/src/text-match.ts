/** Text search without embeddings, shared by the stores (the same matches on SQLite and Neo4j). */

/**
 * The words of a text search, lower-cased: the stores match them in order with any one character between them, so
 * "cross site scripting" also finds "Cross-Site Scripting" and "cross_site".
 */
export function literalParts(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean);
}
