// A tiny element builder: no framework, no innerHTML with data (everything from the API goes in as text).
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : String(c));
  }
}

/** Says something to screen readers (the polite live region). */
export function announce(text: string): void {
  const el = document.getElementById('announce');
  if (!el) return;
  el.textContent = '';
  requestAnimationFrame(() => (el.textContent = text));
}

export const fmtInt = (n: number): string => n.toLocaleString('en-US');
export const fmtMs = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
export const fmtUsd = (n: number): string => `$${n.toFixed(n < 0.1 ? 4 : 2)}`;

export function errorBox(e: unknown): HTMLElement {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message : String(e);
  return h('p', { class: 'error', role: 'alert' }, code ? h('code', {}, code) : null, ' ', msg);
}

/** replaceChildren that skips null/false children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * A status line and a table with a caption for screen readers and column headers (an empty header is an
 * "Actions" column): the rows go in `body`.
 */
export function listTable(
  cls: string,
  caption: string,
  headers: string[],
  loading: string,
): { status: HTMLParagraphElement; table: HTMLTableElement; body: HTMLTableSectionElement } {
  const status = h('p', { class: 'count', 'aria-live': 'polite' }, loading);
  const body = h('tbody', {});
  const table = h(
    'table',
    { class: cls },
    h('caption', { class: 'sr-only' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...headers.map((t) => h('th', { scope: 'col' }, t ? t : h('span', { class: 'sr-only' }, 'Actions'))),
      ),
    ),
    body,
  );
  return { status, table, body };
}
