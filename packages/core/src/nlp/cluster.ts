/**
 * Near-duplicate phrase clustering: average-link agglomerative clustering on cosine similarity,
 * merging while the two closest clusters are at least `threshold` similar. The canonical name of a
 * cluster is its most central phrase (highest mean similarity to the other members; ties: the more
 * frequent, then the shorter, then alphabetical).
 */
import { dot } from './vector-math.js';

export interface PhraseCluster {
  canonical: string;
  members: string[];
  /** Mean pairwise similarity inside the cluster (1 for singletons). */
  cohesion: number;
}

export function clusterPhrases(
  phrases: string[],
  vecs: Float32Array[] | Map<string, Float32Array>,
  threshold: number,
  weights?: Map<string, number>,
): PhraseCluster[] {
  if (threshold < -1 || threshold > 1) throw new RangeError('threshold must be a cosine in [-1, 1]');
  const list = [...new Set(phrases)];
  const vec = (i: number): Float32Array => {
    const v = vecs instanceof Map ? vecs.get(list[i]) : vecs[phrases.indexOf(list[i])];
    if (!v) throw new Error(`no vector for phrase ${JSON.stringify(list[i])}`);
    return v;
  };
  const n = list.length;
  const V = Array.from({ length: n }, (_, i) => vec(i));
  const sim: Float64Array[] = V.map((a) => Float64Array.from(V, (b) => dot(a, b)));
  // cluster state: members and the sum of similarities between clusters (for average link)
  let clusters: number[][] = list.map((_, i) => [i]);
  let link: Float64Array[] = sim.map((row) => Float64Array.from(row));
  for (;;) {
    let bi = -1,
      bj = -1,
      best = -Infinity;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const avg = link[i][j] / (clusters[i].length * clusters[j].length);
        if (avg > best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    const merged = [...clusters[bi], ...clusters[bj]];
    const row = new Float64Array(clusters.length);
    for (let k = 0; k < clusters.length; k++) row[k] = link[bi][k] + link[bj][k];
    const keep = clusters.map((_, k) => k).filter((k) => k !== bi && k !== bj);
    const nextClusters = [...keep.map((k) => clusters[k]), merged];
    const nextLink = nextClusters.map(() => new Float64Array(nextClusters.length));
    keep.forEach((a, ia) => keep.forEach((b, ib) => (nextLink[ia][ib] = link[a][b])));
    const last = nextClusters.length - 1;
    keep.forEach((a, ia) => {
      nextLink[ia][last] = row[a];
      nextLink[last][ia] = row[a];
    });
    clusters = nextClusters;
    link = nextLink;
  }
  return clusters
    .map((members) => {
      const central = members.map((i) => {
        let s = 0;
        for (const j of members) if (j !== i) s += sim[i][j];
        return { i, mean: members.length > 1 ? s / (members.length - 1) : 1 };
      });
      central.sort(
        (a, b) =>
          b.mean - a.mean ||
          (weights?.get(list[b.i]) ?? 0) - (weights?.get(list[a.i]) ?? 0) ||
          list[a.i].length - list[b.i].length ||
          (list[a.i] < list[b.i] ? -1 : 1),
      );
      const cohesion = central.reduce((s, c) => s + c.mean, 0) / central.length;
      return { canonical: list[central[0].i], members: central.map((c) => list[c.i]), cohesion };
    })
    .sort((a, b) => b.members.length - a.members.length || (a.canonical < b.canonical ? -1 : 1));
}
