/**
 * Concept extraction on one very long line against the same text broken into lines (a transcript pasted into the
 * notes without a line break): the ratio, measured in one run, shows whether reading a line stays linear in its
 * length (it was quadratic before 2026-12-06's twelfth session: 7.9 s for 100,000 characters on one line).
 *
 *   npx tsx bench/concepts/long-lines.ts [--out bench/results]
 *
 * Writes <out>/long-lines.{json,md}. Each size is run three times, alternating the two shapes; the median is reported.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { extractCandidates, learnAcronyms } from '../../packages/core/src/concepts/candidates.js';
import { longText } from '../../packages/core/test/concepts/long-text.js';

function timeOnce(t: string): number {
  const blocks = [{ slideIndex: 1, slideId: 's1', shapeId: '2', layer: 'notes' as const, text: t }];
  const start = performance.now();
  extractCandidates(blocks, learnAcronyms(blocks, 'en'), { lang: 'en' });
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const outDir = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : 'bench/results';
const rows: { chars: number; oneLineMs: number; linesMs: number; ratio: number }[] = [];
for (const chars of [25_000, 100_000, 400_000]) {
  const one: number[] = [];
  const many: number[] = [];
  const a = longText(chars);
  const b = longText(chars, 12);
  for (let r = 0; r < 3; r++) {
    one.push(timeOnce(a));
    many.push(timeOnce(b));
  }
  const row = { chars, oneLineMs: Math.round(median(one)), linesMs: Math.round(median(many)) };
  rows.push({ ...row, ratio: Math.round((100 * row.oneLineMs) / Math.max(1, row.linesMs)) / 100 });
  console.log(`${chars} chars: one line ${row.oneLineMs} ms, in lines ${row.linesMs} ms`);
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`;
writeFileSync(join(outDir, 'long-lines.json'), JSON.stringify({ machine, rows }, null, 2) + '\n');
writeFileSync(
  join(outDir, 'long-lines.md'),
  [
    '# Concept extraction on one long line',
    '',
    `\`npx tsx bench/concepts/long-lines.ts\` on ${machine}, ${new Date().toISOString().slice(0, 10)}: one notes block of`,
    'the same words written on one line or broken every twelve words; median of three runs, alternated.',
    '',
    '| characters | one line | in lines | one line ÷ in lines |',
    '|---:|---:|---:|---:|',
    ...rows.map(
      (r) => `| ${r.chars.toLocaleString('en')} | ${r.oneLineMs} ms | ${r.linesMs} ms | ${r.ratio} |`,
    ),
    '',
  ].join('\n'),
);
