import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (e === 'node_modules' || e === 'dist' || e === 'build') continue;
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|mjs|js)$/.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The package a bare import names ('@scope/name/sub' → '@scope/name'), runtime imports only. */
function runtimeImports(text: string): string[] {
  const out = new Set<string>();
  const specs = [
    ...text.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*export\s+(?!type\b)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\)\(\s*['"]([^'"]+)['"]\s*\)/g), // createRequire(import.meta.url)('x')
  ].map((m) => m[1]);
  for (const s of specs) {
    if (s.startsWith('.') || s.startsWith('/') || BUILTIN.has(s) || BUILTIN.has(s.split('/')[0])) continue;
    out.add(s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
  }
  return [...out];
}

const PACKAGES = readdirSync(join(ROOT, 'packages')).filter((p) => {
  try {
    return statSync(join(ROOT, 'packages', p, 'src')).isDirectory();
  } catch {
    return false;
  }
});

describe('dependencies are declared where they are used', () => {
  it.each(PACKAGES)(
    'packages/%s: every package its src imports at run time is in its dependencies',
    (pkg) => {
      const manifest = JSON.parse(
        readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8'),
      ) as Record<string, Record<string, string>>;
      const declared = new Set(
        Object.keys({
          ...manifest.dependencies,
          ...manifest.optionalDependencies,
          ...manifest.peerDependencies,
        }),
      );
      const missing: string[] = [];
      for (const f of files(join(ROOT, 'packages', pkg, 'src')))
        for (const dep of runtimeImports(readFileSync(f, 'utf8')))
          if (!declared.has(dep)) missing.push(`${dep} (${relative(ROOT, f)})`);
      expect(missing).toEqual([]);
    },
  );

  it.each(PACKAGES)('packages/%s: every runtime dependency is imported somewhere in src', (pkg) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const used = new Set(
      files(join(ROOT, 'packages', pkg, 'src')).flatMap((f) => runtimeImports(readFileSync(f, 'utf8'))),
    );
    // a native addon's build-time header package and a loader found by path are used without an import
    const indirect = new Set(['node-addon-api', 'sqlite-vec']);
    const unused = Object.keys(manifest.dependencies ?? {}).filter((d) => !used.has(d) && !indirect.has(d));
    expect(unused).toEqual([]);
  });

  it('the checker reads imports of every form and skips type-only ones', () => {
    expect(
      runtimeImports(
        "import a from 'x';\nimport type { B } from 'y';\nexport { c } from '@s/z/sub';\nconst d = await import('w');\nimport 'node:fs';",
      ).sort(),
    ).toEqual(['@s/z', 'w', 'x']);
  });
});
