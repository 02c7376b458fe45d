/** Default time-to-live per key namespace (the part of the key before the first ':'), in seconds. */
export const DAY = 86_400;

export const DEFAULT_TTLS: Readonly<Record<string, number>> = {
  emb: 7 * DAY,
  concept: 30 * DAY,
  llm: 30 * DAY,
  vision: 30 * DAY,
};

export const DEFAULT_TTL_SECONDS = 30 * DAY;

export function namespaceOf(key: string): string {
  const i = key.indexOf(':');
  return i > 0 ? key.slice(0, i) : '';
}

/** The TTL a key gets: the caller's explicit value, else its namespace's, else the default. */
export function ttlFor(key: string, ttls: Readonly<Record<string, number>>, explicit?: number): number {
  if (explicit !== undefined && explicit > 0) return Math.ceil(explicit);
  return ttls[namespaceOf(key)] ?? ttls['*'] ?? DEFAULT_TTL_SECONDS;
}
