/**
 * Measures the term/NER model against its spaCy teacher on held-out silver text (never trained on): entity F1
 * (PER, ORG, PRODUCT, STANDARD; exact span and label) and chunk F1 (TERM spans), per language, and the tagging
 * speed of the addon's classifyTokens against the teacher's timing from the same run (teacher-speed.py).
 *
 *   npx tsx tools/models/ner/measure.ts <silver.jsonl> <modelDir> <teacher-speed.json> [outDir]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../../packages/native-nlp/src/index.js';
import { alignSpans } from '../../../packages/core/src/nlp/term-spans.js';

interface Row {
  lang: string;
  text: string;
  split: string;
  spans: [number, number, string][];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  const [silver, modelDir, teacherFile, outDir = join(ROOT, 'bench', 'results')] = process.argv.slice(2);
  const rows = readFileSync(silver, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.split === 'heldout');
  const teacher = JSON.parse(readFileSync(teacherFile, 'utf8')) as Record<
    string,
    { texts: number; words: number; seconds: number }
  >;
  const model = await loadModel({ path: modelDir, task: 'token-classification', device: 'cpu' });
  const result: Record<string, unknown> = {};
  for (const lang of ['en', 'fr']) {
    const rs = rows.filter((r) => r.lang === lang);
    const texts = rs.map((r) => r.text);
    await model.classifyTokens(texts.slice(0, 50));
    const t0 = performance.now();
    const pred = await model.classifyTokens(texts);
    const seconds = (performance.now() - t0) / 1000;
    const f = { ent: { tp: 0, fp: 0, fn: 0 }, chunk: { tp: 0, fp: 0, fn: 0 } };
    rs.forEach((r, i) => {
      const p = alignSpans(r.text, pred[i]).map((s) => `${s.start}:${s.end}:${s.label}`);
      const g = r.spans.map(([a, b, l]) => `${a}:${b}:${l}`);
      for (const kind of ['ent', 'chunk'] as const) {
        const isK = (k: string) => (k.endsWith(':TERM') ? kind === 'chunk' : kind === 'ent');
        const ps = new Set(p.filter(isK));
        const gs = new Set(g.filter(isK));
        for (const x of ps) {
          if (gs.has(x)) f[kind].tp++;
          else f[kind].fp++;
        }
        for (const x of gs) if (!ps.has(x)) f[kind].fn++;
      }
    });
    const prf = (c: { tp: number; fp: number; fn: number }) => {
      const P = c.tp / Math.max(1, c.tp + c.fp);
      const R = c.tp / Math.max(1, c.tp + c.fn);
      return {
        precision: +P.toFixed(3),
        recall: +R.toFixed(3),
        f1: +((2 * P * R) / Math.max(1e-9, P + R)).toFixed(3),
        ...c,
      };
    };
    const t = teacher[lang];
    result[lang] = {
      texts: texts.length,
      entity: prf(f.ent),
      chunk: prf(f.chunk),
      addonSeconds: +seconds.toFixed(3),
      teacherSeconds: t?.seconds,
      speedup: t ? +(t.seconds / seconds).toFixed(1) : null,
      words: t?.words,
    };
  }
  model.dispose();
  mkdirSync(outDir, { recursive: true });
  const info = {
    generatedAt: new Date().toISOString(),
    command: 'sh tools/models/ner/measure.sh',
    model: modelDir,
    result,
  };
  writeFileSync(join(outDir, 'ner-model.json'), JSON.stringify(info, null, 2) + '\n');
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  const lines = [
    '# Term/NER model vs its spaCy teacher',
    '',
    `Generated ${info.generatedAt} by \`${info.command}\` (one run: teacher timing, then the addon).`,
    '',
    'Held-out silver text (10 % of the training text by hash, never trained on; the evaluation decks are not in the',
    'training text at all). Entity = PER, ORG, PRODUCT, STANDARD spans (exact span and label); chunk = TERM spans',
    '(noun-phrase chunks that are no entity). The reference is the teacher itself, so these figures say how much of',
    'spaCy the small model reproduces, not how right spaCy is.',
    '',
    '| language | texts | entity P | entity R | entity F1 | chunk P | chunk R | chunk F1 | addon (s) | spaCy (s) | addon speed-up |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(result).map(([l, r]) => {
      const x = r as {
        texts: number;
        entity: { precision: number; recall: number; f1: number };
        chunk: { precision: number; recall: number; f1: number };
        addonSeconds: number;
        teacherSeconds: number;
        speedup: number;
      };
      return `| ${l} | ${x.texts} | ${pct(x.entity.precision)} | ${pct(x.entity.recall)} | **${pct(x.entity.f1)}** | ${pct(x.chunk.precision)} | ${pct(x.chunk.recall)} | **${pct(x.chunk.f1)}** | ${x.addonSeconds} | ${x.teacherSeconds} | ${x.speedup}× |`;
    }),
    '',
  ];
  writeFileSync(join(outDir, 'ner-model.md'), lines.join('\n'));
  process.stdout.write(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
