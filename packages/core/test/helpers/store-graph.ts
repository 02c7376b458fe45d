import { expect } from 'vitest';
import { osmoseRun } from './cli.js';

/** The graph of a store (`osmose export --format json`), without timestamps, in a stable order. */
export async function storeGraph(store: string, env: NodeJS.ProcessEnv): Promise<Record<string, string[]>> {
  const r = await osmoseRun(['export', '--format', 'json', '--store', store], env);
  expect(r.code, r.stderr).toBe(0);
  const dump = JSON.parse(r.stdout) as Record<string, Record<string, unknown>[]>;
  const out: Record<string, string[]> = {};
  for (const [k, rows] of Object.entries(dump)) {
    if (!Array.isArray(rows)) continue;
    out[k] = rows
      .map((row) => {
        const { ingestedAt: _i, createdAt: _c, ...rest } = row;
        if (Array.isArray(rest.aliases)) rest.aliases = [...(rest.aliases as string[])].sort();
        return JSON.stringify(rest, Object.keys(rest).sort());
      })
      .sort();
  }
  return out;
}
