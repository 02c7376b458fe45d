// Concepts: the whole store's concepts in one virtualised, sortable, filterable table, plus semantic search.
import { api, type ConceptSummary, type SearchResult } from '../api.js';
import { announce, errorBox, fmtInt, h } from '../dom.js';
import { styleOf, typeBadge } from '../types.js';

type SortKey = 'name' | 'type' | 'documents' | 'slides' | 'mentions';
const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Concept', numeric: false },
  { key: 'type', label: 'Type', numeric: false },
  { key: 'documents', label: 'Decks', numeric: true },
  { key: 'slides', label: 'Slides', numeric: true },
  { key: 'mentions', label: 'Mentions', numeric: true },
];
const ROW_H = 34;
const OVERSCAN = 8;

/** Timings of the last render, read by the UI performance check (bench/results/ui-perf.md). */
export interface ConceptsPerf {
  rows: number;
  fetchMs: number;
  renderMs: number;
}
declare global {
  interface Window {
    __osmoseConceptsPerf?: ConceptsPerf;
  }
}

export function conceptsView(root: HTMLElement, params: URLSearchParams): () => void {
  const ctrl = new AbortController();
  let all: ConceptSummary[] = [];
  let shown: ConceptSummary[] = [];
  let sortKey: SortKey = (params.get('sort') as SortKey) || 'mentions';
  let sortDir = sortKey === 'name' || sortKey === 'type' ? 1 : -1;
  const activeTypes = new Set<string>();
  let text = params.get('q') ?? '';

  const filterInput = h('input', {
    type: 'search',
    id: 'concept-filter',
    placeholder: 'name or alias',
    value: text,
    autocomplete: 'off',
  });
  const searchInput = h('input', {
    type: 'search',
    id: 'semantic-q',
    placeholder: 'e.g. protecting personal data',
    autocomplete: 'off',
  });
  const typeBox = h('fieldset', { class: 'type-filters' }, h('legend', {}, 'Types'));
  const count = h('p', { class: 'count', 'aria-live': 'polite' }, 'Loading concepts…');
  const results = h('section', {
    class: 'search-results',
    'aria-label': 'Semantic search results',
    hidden: true,
  });
  const headRow = h('div', { class: 'vrow vhead', role: 'row', 'aria-rowindex': 1 });
  const body = h('div', { class: 'vbody', role: 'rowgroup' });
  const spacer = h('div', { class: 'vspacer' });
  const scroller = h('div', { class: 'vscroll', tabindex: '-1' }, spacer, body);
  const table = h(
    'div',
    { class: 'vtable', role: 'table', 'aria-label': 'Concepts', 'aria-rowcount': 1 },
    h('div', { role: 'rowgroup' }, headRow),
    scroller,
  );

  root.append(
    h('h1', {}, 'Concepts'),
    h(
      'form',
      {
        class: 'search-form',
        role: 'search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void semantic(searchInput.value.trim());
        },
      },
      h('label', { for: 'semantic-q' }, 'Semantic search'),
      searchInput,
      h('button', { type: 'submit', class: 'button' }, 'Search'),
    ),
    results,
    h('div', { class: 'filters' }, h('label', { for: 'concept-filter' }, 'Filter'), filterInput, typeBox),
    count,
    table,
  );

  // --- header (sort buttons with aria-sort)
  function paintHead(): void {
    headRow.replaceChildren(
      ...COLUMNS.map((c) =>
        h(
          'div',
          {
            role: 'columnheader',
            class: `cell c-${c.key}${c.numeric ? ' num' : ''}`,
            'aria-sort': c.key === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none',
          },
          h(
            'button',
            {
              type: 'button',
              class: 'sort',
              'data-sort': c.key,
              onclick: () => {
                if (sortKey === c.key) sortDir = -sortDir;
                else {
                  sortKey = c.key;
                  sortDir = c.numeric ? -1 : 1;
                }
                apply();
                announce(`Sorted by ${c.label}, ${sortDir > 0 ? 'ascending' : 'descending'}`);
              },
            },
            c.label,
            h(
              'span',
              { 'aria-hidden': 'true', class: 'arrow' },
              c.key === sortKey ? (sortDir > 0 ? ' ▲' : ' ▼') : '',
            ),
          ),
        ),
      ),
    );
  }

  // --- virtual rows: only the visible window (+ overscan) is in the DOM
  let lastStart = -1;
  let lastEnd = -1;
  function paintRows(force = false): void {
    const top = scroller.scrollTop;
    const height = scroller.clientHeight || 600;
    const start = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
    const end = Math.min(shown.length, Math.ceil((top + height) / ROW_H) + OVERSCAN);
    if (!force && start === lastStart && end === lastEnd) return;
    lastStart = start;
    lastEnd = end;
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.conceptId;
    const frag = document.createDocumentFragment();
    for (let i = start; i < end; i++) {
      const c = shown[i];
      frag.append(
        h(
          'div',
          {
            class: 'vrow',
            role: 'row',
            'aria-rowindex': i + 2,
            style: `transform:translateY(${i * ROW_H}px)`,
            'data-index': i,
          },
          h(
            'div',
            { role: 'cell', class: 'cell c-name' },
            h(
              'a',
              {
                href: `#/concept/${encodeURIComponent(c.id)}`,
                'data-concept-id': c.id,
                title: c.aliases.length ? `aliases: ${c.aliases.join(', ')}` : c.name,
              },
              c.name,
            ),
          ),
          h('div', { role: 'cell', class: 'cell c-type' }, typeBadge(c.type)),
          h('div', { role: 'cell', class: 'cell c-documents num' }, fmtInt(c.documents)),
          h('div', { role: 'cell', class: 'cell c-slides num' }, fmtInt(c.slides)),
          h('div', { role: 'cell', class: 'cell c-mentions num' }, fmtInt(c.mentions)),
        ),
      );
    }
    body.replaceChildren(frag);
    if (focusedId)
      body
        .querySelector<HTMLElement>(`[data-concept-id="${CSS.escape(focusedId)}"]`)
        ?.focus({ preventScroll: true });
  }
  scroller.addEventListener('scroll', () => paintRows(), { passive: true });
  const onResize = () => paintRows(true);
  window.addEventListener('resize', onResize);

  // Arrow keys move between rows (the table keeps only the visible rows in the DOM, so Tab alone would stop).
  body.addEventListener('keydown', (e) => {
    const a = e.target as HTMLElement;
    const row = a.closest<HTMLElement>('.vrow');
    if (!row) return;
    const i = Number(row.dataset.index);
    const step =
      e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowUp'
          ? -1
          : e.key === 'PageDown'
            ? 15
            : e.key === 'PageUp'
              ? -15
              : e.key === 'Home' && e.ctrlKey
                ? -Infinity
                : e.key === 'End' && e.ctrlKey
                  ? Infinity
                  : 0;
    if (!step) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(shown.length - 1, i + step));
    const y = next * ROW_H;
    if (y < scroller.scrollTop) scroller.scrollTop = y;
    else if (y + ROW_H > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = y + ROW_H - scroller.clientHeight;
    paintRows(true);
    body.querySelector<HTMLElement>(`.vrow[data-index="${next}"] a`)?.focus({ preventScroll: true });
  });

  function apply(): void {
    const q = text.toLowerCase();
    shown = all.filter(
      (c) =>
        (activeTypes.size === 0 || activeTypes.has(c.type)) &&
        (!q || c.name.toLowerCase().includes(q) || c.aliases.some((a) => a.toLowerCase().includes(q))),
    );
    const k = sortKey;
    const dir = sortDir;
    shown.sort((a, b) => {
      const x = a[k];
      const y = b[k];
      const r = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return r !== 0 ? r * dir : b.mentions - a.mentions || a.name.localeCompare(b.name);
    });
    spacer.style.height = `${shown.length * ROW_H}px`;
    table.setAttribute('aria-rowcount', String(shown.length + 1));
    count.textContent = `${fmtInt(shown.length)} of ${fmtInt(all.length)} concepts`;
    paintHead();
    paintRows(true);
  }

  function paintTypes(): void {
    const byType = new Map<string, number>();
    for (const c of all) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
    const boxes = [...byType.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => {
        const id = `type-${t}`;
        const cb = h('input', { type: 'checkbox', id, value: t, checked: activeTypes.has(t) });
        cb.addEventListener('change', () => {
          if (cb.checked) activeTypes.add(t);
          else activeTypes.delete(t);
          apply();
        });
        return h(
          'label',
          { for: id, class: 'chip', style: `--type-color:${styleOf(t).color}` },
          cb,
          h('span', { 'aria-hidden': 'true', class: 'glyph' }, styleOf(t).glyph),
          ` ${t} `,
          h('span', { class: 'muted' }, `(${fmtInt(n)})`),
        );
      });
    typeBox.replaceChildren(h('legend', {}, 'Types'), ...boxes);
  }

  let debounce: ReturnType<typeof setTimeout> | undefined;
  filterInput.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      text = filterInput.value.trim();
      scroller.scrollTop = 0;
      apply();
    }, 80);
  });

  async function semantic(q: string): Promise<void> {
    results.hidden = !q;
    if (!q) return;
    results.replaceChildren(h('p', { class: 'muted' }, `Searching "${q}"…`));
    try {
      const r: SearchResult = await api.search(q);
      const score = (hit: SearchResult['concepts'][number]) => {
        const s = hit.score;
        if (r.method !== 'vector') return `${s} match${s === 1 ? '' : 'es'}`;
        // exact answers first: the concept the text names, the slides that contain it
        if (hit.match === 'name') return 'named';
        if (hit.match === 'text') return s > 0 ? `contains the text · ${s.toFixed(3)}` : 'contains the text';
        return s.toFixed(3);
      };
      results.replaceChildren(
        h(
          'h2',
          {},
          `Search "${r.query}"`,
          h(
            'span',
            { class: 'muted' },
            ` — ${r.method === 'vector' ? `embeddings (${r.model})` : 'text match'}`,
          ),
        ),
        h(
          'div',
          { class: 'search-cols' },
          h(
            'div',
            {},
            h('h3', {}, 'Concepts'),
            r.concepts.length
              ? h(
                  'ol',
                  {},
                  r.concepts.map((c) =>
                    h(
                      'li',
                      {},
                      h('a', { href: `#/concept/${encodeURIComponent(c.id)}` }, c.label),
                      ' ',
                      typeBadge(c.detail),
                      h('span', { class: 'muted' }, ` ${score(c)}`),
                    ),
                  ),
                )
              : h('p', { class: 'muted' }, 'No concept.'),
          ),
          h(
            'div',
            {},
            h('h3', {}, 'Slides'),
            r.slides.length
              ? h(
                  'ol',
                  {},
                  r.slides.map((s) => {
                    const m = /^(.*):s?(\d+)$/.exec(s.id);
                    const href = m ? `#/slide/${encodeURIComponent(m[1])}/${m[2]}` : null;
                    return h(
                      'li',
                      {},
                      href ? h('a', { href }, s.label) : s.label,
                      h('span', { class: 'muted' }, ` ${score(s)}`),
                      h('div', { class: 'detail' }, s.detail),
                    );
                  }),
                )
              : h('p', { class: 'muted' }, 'No slide.'),
          ),
        ),
      );
      announce(`${r.concepts.length} concepts and ${r.slides.length} slides found`);
    } catch (e) {
      results.replaceChildren(errorBox(e));
    }
  }

  const t0 = performance.now();
  void api.concepts(ctrl.signal).then(
    (list) => {
      // "after data arrives": from here to the first painted frame is what the 1 s budget covers.
      const t1 = performance.now();
      all = list;
      paintTypes();
      apply();
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.__osmoseConceptsPerf = {
            rows: all.length,
            fetchMs: t1 - t0,
            renderMs: performance.now() - t1,
          };
          table.dataset.ready = '1';
        }, 0),
      );
      if (all.length === 0) count.textContent = 'No concepts yet: ingest a deck first.';
    },
    (e) => {
      if (!ctrl.signal.aborted) count.replaceWith(errorBox(e));
    },
  );
  if (params.get('search')) {
    searchInput.value = params.get('search')!;
    void semantic(searchInput.value);
  }

  return () => {
    ctrl.abort();
    clearTimeout(debounce);
    window.removeEventListener('resize', onResize);
  };
}
