import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

async function lint(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [r] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return r.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('package import rules (docs/architecture.md) are enforced by lint', () => {
  it('refuses the imports the design forbids', async () => {
    expect(
      await lint(
        'packages/vision/src/x.ts',
        "import { createEngine } from '@osmose/core';\nexport const x = createEngine;\n",
      ),
    ).toHaveLength(1);
    expect(
      await lint(
        'packages/native-nlp/src/x.ts',
        "import { textSummary } from '@osmose/vision';\nexport const x = textSummary;\n",
      ),
    ).toHaveLength(1);
    expect(
      await lint('packages/core/src/x.ts', "import { main } from '@osmose/cli';\nexport const x = main;\n"),
    ).toHaveLength(1);
    expect(
      await lint(
        'packages/server/src/x.ts',
        "import { x as y } from '@osmose/vision';\nexport const x = y;\n",
      ),
    ).toHaveLength(1);
    expect(
      await lint(
        'packages/web/src/x.ts',
        "import { createEngine } from '@osmose/core';\nexport const x = createEngine;\n",
      ),
    ).toHaveLength(1);
  }, 120_000);

  it('allows the imports the design allows', async () => {
    expect(
      await lint(
        'packages/core/src/x.ts',
        "import { textSummary } from '@osmose/vision';\nexport const x = textSummary;\n",
      ),
    ).toEqual([]);
    expect(
      await lint(
        'packages/cli/src/x.ts',
        "import { createEngine } from '@osmose/core';\nexport const x = createEngine;\n",
      ),
    ).toEqual([]);
    expect(
      await lint(
        'packages/web/src/x.ts',
        "import type { ConceptSummary } from '@osmose/core';\nexport type X = ConceptSummary;\n",
      ),
    ).toEqual([]);
  }, 120_000);
});
