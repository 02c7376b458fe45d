// Hash-based routing: #/ingest, #/concepts, #/concept/<id>, #/slide/<docId>/<index>, #/graph?concept=|document=, #/merges,
// #/decks.
import './style.css';
import { h } from './dom.js';
import { ingestView } from './views/ingest.js';
import { conceptsView } from './views/concepts.js';
import { conceptView } from './views/concept.js';
import { slideView } from './views/slide.js';
import { mergesView } from './views/merges.js';
import { decksView } from './views/decks.js';

/** A view renders into `root` and may return a cleanup function (closes streams, destroys the graph). */
export type View = (
  root: HTMLElement,
  params: URLSearchParams,
  parts: string[],
) => void | (() => void) | Promise<void | (() => void)>;

const routes: Record<string, View> = {
  ingest: ingestView,
  concepts: conceptsView,
  concept: conceptView,
  slide: slideView,
  // The graph view (cytoscape) is its own chunk: the first screen stays small.
  graph: async (root, params) => (await import('./views/graph.js')).graphView(root, params),
  merges: mergesView,
  decks: decksView,
};

let cleanup: (() => void) | void = undefined;
let seq = 0;

async function render(): Promise<void> {
  const my = ++seq;
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const name = parts[0] && routes[parts[0]] ? parts[0] : 'ingest';
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  const main = document.getElementById('main')!;
  main.replaceChildren();
  main.dataset.view = name;
  const nav = name === 'concept' || name === 'slide' ? 'concepts' : name;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.dataset.view === nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const root = h('div', { class: `view view-${name}` });
  main.append(root);
  try {
    const c = await routes[name](root, new URLSearchParams(query), parts.slice(1));
    if (my !== seq) {
      if (typeof c === 'function') c();
      return;
    }
    cleanup = c;
  } catch (e) {
    root.append(h('p', { class: 'error', role: 'alert' }, String((e as Error).message ?? e)));
  }
}

window.addEventListener('hashchange', () => {
  void render().then(() => {
    const main = document.getElementById('main');
    // Move focus to the new content for keyboard and screen-reader users (not on first load).
    if (main && document.activeElement === document.body) main.focus({ preventScroll: true });
  });
});
void render();
