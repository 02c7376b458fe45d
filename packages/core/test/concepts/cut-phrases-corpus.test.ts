/**
 * Phrases that name by a verb ("called presentation layer"), ask ("Please input") or stop before their noun ("A4 –
 * Avoiding Insecure | Direct Object References") were listed as concepts of a real deck; they are not any more,
 * and the terms around them still are.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, osmoseRun } from '../helpers/cli.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

describe.skipIf(!HAS_CORPUS)('cut and clause phrases on a real deck', () => {
  it(
    'OWASP Top 10 2013: no "Avoiding Insecure", no "called presentation layer"; the terms stay',
    async () => {
      const store = join(mkdtempSync(join(tmpdir(), 'osmose-cut-phrases-')), 'store');
      const deck = corpusPath('OWASP__Top10/OWASP_Top-10_2013 - Presentation.pptx');
      const r = await osmoseRun(['ingest', deck, '--store', store, '--embedding-model', 'none', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const list = JSON.parse(
        (await osmoseRun(['concepts', '--store', store, '--json', '--limit', '2000'])).stdout,
      ).concepts as { name: string; aliases: string[] }[];
      const names = list.flatMap((c) => [c.name, ...c.aliases].map((n) => n.toLowerCase()));
      for (const bad of ['avoiding insecure', 'called presentation layer']) expect(names).not.toContain(bad);
      expect(names).toEqual(expect.arrayContaining(['direct object references', 'presentation layer']));
    },
    CLI_TIMEOUT_MS,
  );
});
