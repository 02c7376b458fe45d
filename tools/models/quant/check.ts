/**
 * Checks a quantised embedding model against the fp32 one it was made from, on corpus text:
 *  - batch invariance: every text embedded alone and inside a mixed batch (shuffled, other lengths around it)
 *    must give bit-identical vectors (the dynamic int8 export fails this; static scales must pass);
 *  - agreement with fp32 (cosine, worst and mean) on 1,000 corpus texts;
 *  - retrieval quality (each slide title → its body paragraph among N, MRR and recall@1, as docs/models.md);
 *  - speed on the nlp stage's text mix, models interleaved round by round (best of 3).
 * Writes JSON to stdout's last line.  npx tsx tools/models/quant/check.ts [quant] [fp32] [--pairs 300]
 */
import { cpus, homedir } from 'node:os';
import { join } from 'node:path';
import { loadModel, type NlpModel } from '@osmose/native-nlp';
import { mixWorkload, titleBodyPairs } from '../../../packages/native-nlp/bench/workloads.js';

const cache = process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose');
const pos = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const qName = pos[0] ?? 'all-minilm-l6-v2-int8';
const fName = pos[1] ?? 'all-minilm-l6-v2';
const pi = process.argv.indexOf('--pairs');
const nPairs = pi > 0 ? Number(process.argv[pi + 1]) : 300;
const folder = (n: string): string => (n.includes('/') ? n : join(cache, 'models', n));

const load = (n: string): Promise<NlpModel> =>
  loadModel({ path: folder(n), task: 'embedding', device: 'cpu', threads: cpus().length, log: () => {} });

/** Embeds each text alone, then all of them in one shuffled batch; counts rows that differ in any bit. */
export async function batchInvariance(
  m: NlpModel,
  texts: string[],
): Promise<{ rows: number; differ: number; worstCos: number }> {
  const dim = m.dim;
  const alone: Float32Array[] = [];
  for (const t of texts) alone.push((await m.embed([t])).data.slice(0, dim));
  const order = texts.map((_, i) => i).sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009));
  const r = await m.embed(order.map((i) => texts[i]));
  let differ = 0;
  let worstCos = 1;
  order.forEach((i, row) => {
    const v = r.data.subarray(row * dim, (row + 1) * dim);
    let same = true;
    let c = 0;
    for (let k = 0; k < dim; k++) {
      if (v[k] !== alone[i][k]) same = false;
      c += v[k] * alone[i][k];
    }
    if (!same) differ++;
    worstCos = Math.min(worstCos, c);
  });
  return { rows: texts.length, differ, worstCos };
}

async function quality(m: NlpModel, pairs: { title: string; body: string }[]) {
  const t = await m.embed(pairs.map((p) => p.title));
  const b = await m.embed(pairs.map((p) => p.body));
  const d = t.dim;
  let mrr = 0;
  let r1 = 0;
  for (let i = 0; i < pairs.length; i++) {
    const q = t.data.subarray(i * d, (i + 1) * d);
    const sims = pairs.map((_, j) => {
      let s = 0;
      for (let k = 0; k < d; k++) s += q[k] * b.data[j * d + k];
      return s;
    });
    const rank = 1 + sims.filter((s) => s > sims[i]).length;
    mrr += 1 / rank;
    if (rank === 1) r1++;
  }
  return { mrr: mrr / pairs.length, recallAt1: r1 / pairs.length };
}

async function main(): Promise<void> {
  const q = await load(qName);
  const f = await load(fName);
  const texts = mixWorkload(1000);
  const inv = await batchInvariance(q, texts.slice(0, 300));
  const invF = await batchInvariance(f, texts.slice(0, 300));
  const [eq, ef] = [await q.embed(texts), await f.embed(texts)];
  let worst = 1;
  let sum = 0;
  for (let i = 0; i < texts.length; i++) {
    let c = 0;
    for (let k = 0; k < q.dim; k++) c += eq.data[i * q.dim + k] * ef.data[i * q.dim + k];
    worst = Math.min(worst, c);
    sum += c;
  }
  const pairs = titleBodyPairs(nPairs);
  const qualQ = await quality(q, pairs);
  const qualF = await quality(f, pairs);
  const speed = mixWorkload(512);
  const best = [Infinity, Infinity];
  for (let round = 0; round < 3; round++)
    for (const [i, m] of [q, f].entries()) {
      const t0 = performance.now();
      await m.embed(speed);
      best[i] = Math.min(best[i], performance.now() - t0);
    }
  const out = {
    quant: qName,
    fp32: fName,
    batchInvariance: { quant: inv, fp32: invF },
    cosineVsFp32: { texts: texts.length, worst, mean: sum / texts.length },
    retrieval: { pairs: pairs.length, quant: qualQ, fp32: qualF },
    speed: {
      texts: speed.length,
      quantItemsPerS: speed.length / (best[0] / 1000),
      fp32ItemsPerS: speed.length / (best[1] / 1000),
      ratio: best[1] / best[0],
    },
  };
  q.dispose();
  f.dispose();
  console.log(JSON.stringify(out));
}

const isMain = process.argv[1]?.endsWith('check.ts');
if (isMain)
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
