// Graph: the neighbourhood of a concept or a deck (cytoscape, canvas); node size by mentions, colour AND shape by
// type, click opens the concept. Layout runs in a worker; big graphs pan/zoom on a cached texture.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { api, type DocumentInfo, type GraphData } from '../api.js';
import { announce, errorBox, fill, fmtInt, fmtMs, h } from '../dom.js';
import { TYPE_STYLES, styleOf } from '../types.js';
import type { LayoutRequest, LayoutResponse } from '../layout-worker.js';

export interface GraphPerf {
  /** relations drawn (the strongest few per node on big graphs) */
  drawnEdges: number;
  /** zoom after the first fit (relations of big graphs show from LOD_ZOOM up) */
  zoom: number;
  nodes: number;
  edges: number;
  fetchMs: number;
  layoutMs: number;
  drawMs: number;
}
declare global {
  interface Window {
    __osmoseGraph?: { cy: Core; perf: GraphPerf };
  }
}

/** The k strongest relations of every node (an edge stays when it is among the top k of either end). */
function strongest<E extends { source: string; target: string; weight: number }>(edges: E[], k: number): E[] {
  const byNode = new Map<string, E[]>();
  for (const e of edges)
    for (const n of [e.source, e.target]) (byNode.get(n) ?? byNode.set(n, []).get(n)!).push(e);
  const keep = new Set<E>();
  for (const list of byNode.values())
    for (const e of list.sort((a, b) => b.weight - a.weight).slice(0, k)) keep.add(e);
  return edges.filter((e) => keep.has(e));
}

/** Below this zoom, big graphs hide their relations (level of detail). */
const LOD_ZOOM = 0.5;

const nodeSize = (mentions: number) => Math.round(14 + 7 * Math.sqrt(Math.max(0, mentions)));

function layout(req: LayoutRequest): Promise<LayoutResponse> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('../layout-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<LayoutResponse>) => {
      w.terminate();
      resolve(e.data);
    };
    w.onerror = (e) => {
      w.terminate();
      reject(new Error(`layout failed: ${e.message}`));
    };
    w.postMessage(req);
  });
}

export async function graphView(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  let cy: Core | null = null;
  let gone = false;
  const conceptQ = params.get('concept');
  const documentQ = params.get('document');
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? 1) || 1));
  // #/graph?top=N: the whole store's N most mentioned concepts and the relations between them
  const top = Math.min(5000, Math.max(0, Number(params.get('top') ?? 0) || 0));

  const conceptInput = h('input', {
    type: 'search',
    id: 'graph-concept',
    placeholder: 'concept name, alias or id',
    value: conceptQ ?? '',
  });
  const deckSelect = h('select', { id: 'graph-deck' }, h('option', { value: '' }, '— a deck —'));
  const depthSelect = h(
    'select',
    { id: 'graph-depth' },
    [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, String(d))),
  );
  const info = h('p', { class: 'count', 'aria-live': 'polite' }, 'Loading the graph…');
  const canvas = h('div', {
    class: 'graph-canvas',
    role: 'img',
    'aria-label': 'Concept graph (the list below holds the same nodes as links)',
  });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend: node colour and shape by type' });
  const nodeList = h('details', { class: 'node-list' });
  const zoom = (f: number) =>
    cy &&
    cy.zoom({
      level: cy.zoom() * f,
      renderedPosition: { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 },
    });

  root.append(
    h('h1', {}, 'Graph'),
    h(
      'form',
      {
        class: 'graph-form',
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const q = conceptInput.value.trim();
          if (deckSelect.value && !q)
            location.hash = `#/graph?document=${encodeURIComponent(deckSelect.value)}&depth=${depthSelect.value}`;
          else if (q) {
            try {
              const c = await api.concept(q);
              location.hash = `#/graph?concept=${encodeURIComponent(c.id)}&depth=${depthSelect.value}`;
            } catch (err) {
              info.replaceChildren(errorBox(err));
            }
          }
        },
      },
      h('label', { for: 'graph-concept' }, 'Concept'),
      conceptInput,
      h('label', { for: 'graph-deck' }, 'or deck'),
      deckSelect,
      h('label', { for: 'graph-depth' }, 'Depth'),
      depthSelect,
      h('button', { type: 'submit', class: 'button' }, 'Show'),
      h('a', { class: 'button', href: '#/graph?top=2000' }, 'Whole store (top 2,000)'),
    ),
    info,
    h(
      'div',
      { class: 'graph-wrap' },
      canvas,
      h(
        'div',
        { class: 'graph-tools', role: 'group', 'aria-label': 'Zoom' },
        h(
          'button',
          { type: 'button', class: 'button small', 'aria-label': 'Zoom in', onclick: () => zoom(1.4) },
          '+',
        ),
        h(
          'button',
          { type: 'button', class: 'button small', 'aria-label': 'Zoom out', onclick: () => zoom(1 / 1.4) },
          '−',
        ),
        h('button', { type: 'button', class: 'button small', onclick: () => cy?.fit(undefined, 20) }, 'Fit'),
      ),
    ),
    legend,
    nodeList,
  );
  deckSelect.addEventListener('change', () => {
    if (deckSelect.value) conceptInput.value = '';
  });

  void api.documents().then(
    (docs: DocumentInfo[]) => {
      for (const d of docs)
        deckSelect.append(h('option', { value: d.id, selected: d.id === documentQ }, d.name));
    },
    () => undefined,
  );

  // The subject: the concept or deck asked for, else the concept with the most mentions.
  let subject: { concept?: string; document?: string } | null = conceptQ
    ? { concept: conceptQ }
    : documentQ
      ? { document: documentQ }
      : top
        ? {}
        : null;
  if (!subject) {
    const top = await api.concepts().catch(() => []);
    if (!top.length) {
      info.textContent = 'No concepts yet: ingest a deck first.';
      return () => undefined;
    }
    const best = top.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    subject = { concept: best.id };
    conceptInput.value = best.name;
  }

  const t0 = performance.now();
  let data: GraphData;
  try {
    data = await api.graph(subject, depth, top || 2000);
  } catch (e) {
    info.replaceChildren(errorBox(e));
    return () => undefined;
  }
  const t1 = performance.now();
  if (gone) return () => undefined;
  if (!data.nodes.length) {
    info.textContent = 'Nothing to show: this concept or deck has no neighbours.';
    return () => undefined;
  }

  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const edges = data.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  // Big graphs: lay out and draw each node's strongest relations only (?edges=all draws every one). Thousands of
  // weak edges add nothing readable and cost most of each frame (and of hit-testing under the mouse).
  const drawn =
    edges.length > 3000 && params.get('edges') !== 'all'
      ? strongest(edges, data.nodes.length > 1000 ? 3 : 5)
      : edges;
  const sizes = data.nodes.map((n) => nodeSize(n.mentions));
  info.textContent = `Laying out ${fmtInt(data.nodes.length)} nodes…`;
  const lay = await layout({
    ids: data.nodes.map((n) => n.id),
    sizes,
    edges: drawn.map((e) => [index.get(e.source)!, index.get(e.target)!, e.weight]),
    pinned: subject.concept ? (index.get(subject.concept) ?? -1) : -1,
  });
  if (gone) return () => undefined;
  const t2 = performance.now();

  const big = data.nodes.length > 600;
  const maxW = Math.max(1e-9, ...drawn.map((e) => e.weight));
  // Label the ~80 biggest nodes and the subject at every zoom; the rest show their label once zoomed in.
  const byMentions = [...data.nodes].sort((a, b) => b.mentions - a.mentions);
  const labelled = new Set(byMentions.slice(0, data.nodes.length > 600 ? 60 : 40).map((n) => n.id));
  if (subject.concept) labelled.add(subject.concept);
  const elements: ElementDefinition[] = [
    ...data.nodes.map((n, i) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        name: n.name,
        type: n.type,
        mentions: n.mentions,
        size: sizes[i],
        color: styleOf(n.type).color,
        shape: styleOf(n.type).shape,
      },
      position: { x: lay.xy[2 * i], y: lay.xy[2 * i + 1] },
      classes: [
        labelled.has(n.id) ? 'labelled' : '',
        n.id === subject!.concept || n.id === subject!.document ? 'subject' : '',
      ]
        .join(' ')
        .trim(),
    })),
    ...drawn.map((e, i) => ({
      group: 'edges' as const,
      data: {
        id: `e${i}`,
        source: e.source,
        target: e.target,
        w: 0.5 + (2.5 * e.weight) / maxW,
        type: e.type,
      },
    })),
  ];
  canvas.dataset.nodes = String(data.nodes.length);
  const subjectNode = data.nodes.find((n) => n.id === subject!.concept);
  if (subjectNode) conceptInput.value = subjectNode.name;
  cy = cytoscape({
    container: canvas,
    elements,
    layout: { name: 'preset', fit: true, padding: 20 },
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    autoungrabify: big,
    // Large graphs: pan and zoom move a cached bitmap, edges drawn as straight haystacks.
    textureOnViewport: big,
    hideEdgesOnViewport: data.nodes.length > 1500,
    motionBlur: false,
    pixelRatio: big ? 1 : 'auto',
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)',
          height: 'data(size)',
          'background-color': 'data(color)',
          shape: 'data(shape)' as never,
          'border-width': 1,
          'border-color': '#ffffff',
          label: '',
          'font-size': 11,
          color: '#1d2330',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'min-zoomed-font-size': 9,
        },
      },
      {
        selector: 'node.labelled',
        style: {
          label: 'data(name)',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': '1px',
        },
      },
      {
        selector: 'node.subject',
        style: {
          'border-width': 4,
          'border-color': '#1d2330',
          'font-weight': 'bold',
          'font-size': 14,
          'z-index': 10,
        },
      },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000' } },
      { selector: 'node.hover', style: { label: 'data(name)', 'z-index': 20, 'font-size': 13 } },
      {
        selector: 'edge',
        style: {
          width: 'data(w)',
          'line-color': '#9aa3b2',
          opacity: big ? 0.35 : 0.6,
          'curve-style': 'haystack',
          'haystack-radius': 0,
        },
      },
      { selector: 'edge.lod', style: { display: 'none' } },
    ],
  });
  // Level of detail on big graphs (not with ?edges=all): zoomed out, relations are sub-pixel lines that cost most of each redraw;
  // they appear once zoomed in far enough to see them.
  if (big && params.get('edges') !== 'all') {
    let hidden: boolean | null = null;
    const lod = () => {
      const hide = cy!.zoom() < LOD_ZOOM;
      if (hide === hidden) return;
      hidden = hide;
      cy!.batch(() => (hide ? cy!.edges().addClass('lod') : cy!.edges().removeClass('lod')));
    };
    cy.on('zoom', lod);
    lod();
  }
  cy.on('tap', 'node', (e) => {
    const n = e.target;
    location.hash =
      n.data('type') === 'DOCUMENT'
        ? `#/graph?document=${encodeURIComponent(n.id())}`
        : `#/concept/${encodeURIComponent(n.id())}`;
  });
  cy.on('mouseover', 'node', (e) => {
    e.target.addClass('hover');
    canvas.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', (e) => {
    e.target.removeClass('hover');
    canvas.style.cursor = '';
  });
  await new Promise<void>((r) => cy!.one('render', () => r()));
  const t3 = performance.now();
  const perf: GraphPerf = {
    zoom: cy.zoom(),
    drawnEdges: drawn.length,
    nodes: data.nodes.length,
    edges: edges.length,
    fetchMs: t1 - t0,
    layoutMs: lay.ms,
    drawMs: t3 - t2,
  };
  window.__osmoseGraph = { cy, perf };
  canvas.dataset.ready = '1';
  info.textContent = `${fmtInt(data.nodes.length)} concepts, ${fmtInt(edges.length)} relations${drawn.length < edges.length ? ` (the ${fmtInt(drawn.length)} strongest drawn)` : ''} — layout ${fmtMs(lay.ms)}, first draw ${fmtMs(perf.drawMs)}. Click a node to open it; scroll to zoom (${big ? 'relations appear as you zoom in' : 'labels appear as you zoom in'}), drag to pan.`;
  announce(`Graph of ${data.nodes.length} concepts`);

  // Legend: colour + glyph (shape) + name, only the types present.
  const counts = new Map<string, number>();
  for (const n of data.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  legend.replaceChildren(
    ...[...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) =>
        h(
          'li',
          {},
          h(
            'span',
            { class: 'glyph', style: `color:${(TYPE_STYLES[t] ?? styleOf(t)).color}`, 'aria-hidden': 'true' },
            styleOf(t).glyph,
          ),
          ` ${t} (${fmtInt(n)})`,
        ),
      ),
  );
  // The same nodes as a keyboard-reachable list, biggest first.
  const shownList = byMentions.slice(0, 300);
  fill(
    nodeList,
    h('summary', {}, `All ${fmtInt(data.nodes.length)} nodes as a list`),
    h(
      'ol',
      {},
      shownList.map((n) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href:
                n.type === 'DOCUMENT'
                  ? `#/graph?document=${encodeURIComponent(n.id)}`
                  : `#/concept/${encodeURIComponent(n.id)}`,
            },
            n.name,
          ),
          h('span', { class: 'muted' }, ` ${n.type}, ${fmtInt(n.mentions)} mentions`),
        ),
      ),
    ),
    data.nodes.length > shownList.length
      ? h('p', { class: 'muted' }, `…and ${fmtInt(data.nodes.length - shownList.length)} smaller ones.`)
      : null,
  );

  return () => {
    gone = true;
    cy?.destroy();
    if (window.__osmoseGraph?.cy === cy) delete window.__osmoseGraph;
  };
}
