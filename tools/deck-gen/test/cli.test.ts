import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { benchDeckSpec } from '../bench-deck.js';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'osmose-deckgen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/deck-gen/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('deck-gen CLI', { timeout: 180_000 }, () => {
  it('writes the same sample deck bytes on every run', () => {
    cli('sample', join(dir, 'a.pptx'));
    cli('sample', join(dir, 'b.pptx'));
    const a = readFileSync(join(dir, 'a.pptx'));
    expect(a.equals(readFileSync(join(dir, 'b.pptx')))).toBe(true);
    const slides = Object.keys(unzipSync(a)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(33);
  });

  it('writes a bench deck of the requested size', () => {
    expect(cli('bench', '12', join(dir, 'bench.pptx'), '--seed', '3')).toContain('12 slides');
    const files = unzipSync(readFileSync(join(dir, 'bench.pptx')));
    expect(Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(12);
    expect(Object.keys(files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(
      benchDeckSpec(12, { seed: 3 }).slides.filter((s) => s.objects.some((o) => o.kind === 'chart')).length,
    );
  });

  it('rejects bad arguments with exit code 2', () => {
    expect(() => cli('bench', 'zero', join(dir, 'x.pptx'))).toThrow(expect.objectContaining({ status: 2 }));
    expect(() => cli('nope')).toThrow(expect.objectContaining({ status: 2 }));
  });
});
