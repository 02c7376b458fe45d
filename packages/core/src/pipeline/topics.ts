import type { SlideData } from '../model/deck.js';
import type { TopicRecord } from '../model/graph.js';
import { topicIdOf } from '../model/ids.js';

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Groups slides into topics: a section starts a topic; inside a section, a boundary is placed where
 * consecutive slides are least similar (TextTiling-like depth score over embeddings when given, else
 * word overlap of titles and text), so no topic grows beyond ~8 slides without reason.
 */
export function segmentTopics(
  docId: string,
  slides: SlideData[],
  slideVecs?: Map<number, Float32Array>,
): TopicRecord[] {
  if (slides.length === 0) return [];
  const sim: number[] = [];
  for (let i = 1; i < slides.length; i++) {
    const a = slides[i - 1];
    const b = slides[i];
    const va = slideVecs?.get(a.index);
    const vb = slideVecs?.get(b.index);
    const textSim = jaccard(
      words(`${a.title ?? ''} ${a.texts.map((t) => t.text).join(' ')}`),
      words(`${b.title ?? ''} ${b.texts.map((t) => t.text).join(' ')}`),
    );
    const titleSim = jaccard(words(a.title ?? ''), words(b.title ?? ''));
    sim.push(va && vb ? 0.7 * cosine(va, vb) + 0.3 * titleSim : 0.6 * textSim + 0.4 * titleSim);
  }
  // depth score: how much lower a gap is than the peaks on both sides
  const depth = sim.map((s, i) => {
    let l = s;
    for (let j = i; j >= 0; j--) l = Math.max(l, sim[j]);
    let r = s;
    for (let j = i; j < sim.length; j++) r = Math.max(r, sim[j]);
    return l - s + (r - s);
  });
  const mean = depth.reduce((a, b) => a + b, 0) / Math.max(1, depth.length);
  const sd = Math.sqrt(depth.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, depth.length));
  const cut = mean + 0.5 * sd;
  const groups: SlideData[][] = [[slides[0]]];
  for (let i = 1; i < slides.length; i++) {
    const prev = slides[i - 1];
    const cur = slides[i];
    const sectionChange = (cur.section ?? null) !== (prev.section ?? null);
    const last = groups[groups.length - 1];
    const boundary =
      sectionChange || (depth[i - 1] > cut && depth[i - 1] > 0.05 && last.length >= 2) || last.length >= 12;
    if (boundary) groups.push([cur]);
    else last.push(cur);
  }
  return groups.map((g, i) => ({
    id: topicIdOf(docId, i + 1),
    docId,
    label:
      g[0].section && (i === 0 || groups[i - 1][0].section !== g[0].section)
        ? g[0].section
        : (g.find((s) => s.title)?.title ?? `Slides ${g[0].index}–${g[g.length - 1].index}`),
    slideIndices: g.map((s) => s.index),
  }));
}
