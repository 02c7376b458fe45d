import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DOC = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (e === 'node_modules' || e === 'dist' || e === 'test') continue;
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mjs)$/.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const PACKAGE_SOURCES = readdirSync(join(ROOT, 'packages'))
  .map((p) => join(ROOT, 'packages', p, 'src'))
  .filter((p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(sources);

/** Environment variables a source file reads: process.env.X, env.X, env?.X, env['X']. */
function variablesRead(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\benv\??\.([A-Z][A-Z0-9_]{2,})\b/g)) names.add(m[1]);
  for (const m of text.matchAll(/\benv\??\.?\[\s*['"]([A-Z][A-Z0-9_]{2,})['"]\s*\]/g)) names.add(m[1]);
  return [...names];
}

describe('configuration in one place', () => {
  it('every environment variable read by the product is documented in docs/configuration.md', () => {
    const missing: string[] = [];
    for (const f of PACKAGE_SOURCES) {
      for (const v of variablesRead(readFileSync(f, 'utf8'))) {
        if (!DOC.includes(`\`${v}`)) missing.push(`${v} (${relative(ROOT, f)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('in core, the CLI and the server only config.ts reads process.env (children may inherit it)', () => {
    const offenders: string[] = [];
    for (const f of PACKAGE_SOURCES) {
      const rel = relative(ROOT, f);
      if (!/^packages\/(core|cli|server)\//.test(rel) || rel.endsWith('/config.ts')) continue;
      const text = readFileSync(f, 'utf8');
      for (const [i, line] of text.split('\n').entries()) {
        if (!line.includes('process.env')) continue;
        // passing the environment on to a child process is inheritance, not configuration
        if (
          /\.\.\.process\.env\b|env:\s*process\.env\b|\?\?\s*process\.env\b/.test(line) &&
          !/process\.env\.[A-Z]/.test(line)
        )
          continue;
        if (/^\s*(\/\/|\*)/.test(line)) continue;
        offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the checker sees reads in each form', () => {
    expect(variablesRead('a = process.env.OSMOSE_X; b = env?.QDRANT_Y; c = env["HF_Z"]').sort()).toEqual([
      'HF_Z',
      'OSMOSE_X',
      'QDRANT_Y',
    ]);
  });
});
