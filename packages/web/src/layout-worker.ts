// Force-directed layout (d3-force, Barnes-Hut) off the main thread: the page stays responsive while 2,000 nodes settle.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export interface LayoutRequest {
  ids: string[];
  sizes: number[];
  edges: [number, number, number][];
  /** Index of the node to pin at the centre (the concept the neighbourhood is about), or -1. */
  pinned: number;
}
export interface LayoutResponse {
  xy: Float64Array;
  ms: number;
  ticks: number;
}

interface N extends SimulationNodeDatum {
  r: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const t0 = performance.now();
  const { ids, sizes, edges, pinned } = e.data;
  const n = ids.length;
  // Phyllotaxis start (what d3 does by default), biggest nodes nearest the centre.
  const nodes: N[] = sizes.map((s) => ({ r: s / 2 }));
  if (pinned >= 0) Object.assign(nodes[pinned], { fx: 0, fy: 0 });
  const maxW = Math.max(1, ...edges.map((x) => x[2]));
  const links: SimulationLinkDatum<N>[] = edges.map(([s, t]) => ({ source: s, target: t }));
  const degree = new Uint32Array(n);
  for (const [s, t] of edges) {
    degree[s]++;
    degree[t]++;
  }
  const sim = forceSimulation(nodes)
    .force(
      'charge',
      forceManyBody<N>()
        .strength((d) => -(n > 1000 ? 30 : 90) - (n > 1000 ? 2 : 8) * d.r)
        .theta(0.95)
        .distanceMax(2000),
    )
    .force(
      'link',
      forceLink<N, SimulationLinkDatum<N>>(links)
        .distance((l, i) => (l.source as N).r + (l.target as N).r + 30 + 60 * (1 - edges[i][2] / maxW))
        .strength(
          (l) => 1 / Math.min(degree[(l.source as N).index!], degree[(l.target as N).index!]) ** 0.5 / 2,
        ),
    )
    .force('collide', forceCollide<N>((d) => d.r + 6).iterations(1))
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = n > 1500 ? 160 : n > 500 ? 220 : 300;
  for (let i = 0; i < ticks; i++) sim.tick();
  const xy = new Float64Array(n * 2);
  nodes.forEach((d, i) => {
    xy[2 * i] = d.x ?? 0;
    xy[2 * i + 1] = d.y ?? 0;
  });
  (self as unknown as Worker).postMessage(
    { xy, ms: performance.now() - t0, ticks } satisfies LayoutResponse,
    [xy.buffer],
  );
};
