// Concept page: name, type, aliases, definition, every mention grouped by deck and slide (sentence highlighted,
// slide thumbnail), related concepts with weights, chart facts.
import { api, slideImageUrl, type ConceptDetail } from '../api.js';
import { errorBox, fill, fmtInt, h } from '../dom.js';
import { typeBadge } from '../types.js';

type Mention = ConceptDetail['mentionList'][number];

/** Where `needle` stands in `text` as a whole word, case-insensitively ("OS" is not the "oS" of "NoSQL"), or -1. */
export function wordIndex(text: string, needle: string): number {
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  const word = /[\p{L}\p{N}]/u;
  if (!n) return -1;
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
    const end = i + n.length;
    if (i > 0 && word.test(text[i - 1]) && word.test(n[0])) continue;
    if (end < text.length && word.test(text[end]) && word.test(n[n.length - 1])) continue;
    return i;
  }
  return -1;
}

/** The sentence with the surface form in a <mark> (found case-insensitively; start/end are block offsets). */
export function highlighted(m: Pick<Mention, 'sentence' | 'surface' | 'start' | 'end'>): HTMLElement {
  const s = m.sentence.replace(/\s+/g, ' ').trim();
  let i = wordIndex(s, m.surface);
  let len = m.surface.length;
  if (i < 0 && m.sentence.slice(m.start, m.end) === m.surface) {
    i = m.start;
    len = m.end - m.start;
    return h(
      'q',
      {},
      m.sentence.slice(0, i),
      h('mark', {}, m.sentence.slice(i, i + len)),
      m.sentence.slice(i + len),
    );
  }
  if (i < 0 || !m.surface) return h('q', {}, s);
  return h('q', {}, s.slice(0, i), h('mark', {}, s.slice(i, i + len)), s.slice(i + len));
}

export function slideHref(docId: string, slide: number, conceptId?: string): string {
  return `#/slide/${encodeURIComponent(docId)}/${slide}${conceptId ? `?concept=${encodeURIComponent(conceptId)}` : ''}`;
}

export async function conceptView(
  root: HTMLElement,
  _params: URLSearchParams,
  parts: string[],
): Promise<void> {
  const id = parts.join('/');
  root.append(h('p', { class: 'muted' }, 'Loading…'));
  let c: ConceptDetail;
  try {
    c = await api.concept(id);
  } catch (e) {
    root.replaceChildren(h('h1', {}, 'Concept'), errorBox(e));
    return;
  }
  document.title = `${c.name} · OSMOSE`;

  // deck → slide → mentions, decks in order of mention count, slides by index
  const decks = new Map<string, { name: string; slides: Map<number, Mention[]> }>();
  for (const m of c.mentionList) {
    const d = decks.get(m.docId) ?? { name: m.document, slides: new Map() };
    decks.set(m.docId, d);
    const s = d.slides.get(m.slide) ?? [];
    s.push(m);
    d.slides.set(m.slide, s);
  }
  const deckList = [...decks.entries()].sort((a, b) => count(b[1].slides) - count(a[1].slides));

  const maxW = Math.max(1e-9, ...c.related.map((r) => r.weight));
  fill(
    root,
    h(
      'nav',
      { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/concepts' }, 'Concepts'),
      ' › ',
      c.name,
    ),
    h(
      'header',
      { class: 'concept-head' },
      h('h1', { id: 'concept-name' }, c.name),
      typeBadge(c.type),
      h(
        'p',
        { class: 'muted counts' },
        `${fmtInt(c.documents)} deck(s) · ${fmtInt(c.slides)} slide(s) · ${fmtInt(c.mentions)} mention(s)`,
      ),
      h('a', { class: 'button', href: `#/graph?concept=${encodeURIComponent(c.id)}` }, 'Show in graph'),
    ),
    c.aliases.length
      ? h('p', { class: 'aliases' }, h('strong', {}, 'Also called: '), c.aliases.join(', '))
      : null,
    c.definition
      ? h('p', { class: 'definition' }, c.definition)
      : h('p', { class: 'muted' }, 'No definition.'),
    h(
      'div',
      { class: 'concept-cols' },
      h(
        'section',
        { class: 'mentions', 'aria-labelledby': 'mentions-title' },
        h('h2', { id: 'mentions-title' }, `Mentions (${fmtInt(c.mentionList.length)})`),
        deckList.map(([docId, d]) =>
          h(
            'section',
            { class: 'deck', 'data-doc-id': docId },
            h(
              'h3',
              {},
              h('span', { 'aria-hidden': 'true' }, '▤ '),
              d.name,
              h('span', { class: 'muted' }, ` — ${d.slides.size} slide(s)`),
            ),
            [...d.slides.entries()]
              .sort((a, b) => a[0] - b[0])
              .map(([slide, ms]) =>
                h(
                  'article',
                  { class: 'slide-mentions' },
                  h(
                    'a',
                    {
                      class: 'thumb',
                      href: slideHref(docId, slide, c.id),
                      'aria-label': `Open slide ${slide} of ${d.name}`,
                    },
                    thumb(slideImageUrl(docId, slide)),
                  ),
                  h(
                    'div',
                    {},
                    h(
                      'h4',
                      {},
                      h('a', { class: 'slide-link', href: slideHref(docId, slide, c.id) }, `Slide ${slide}`),
                      ms[0].slideTitle
                        ? h('span', { class: 'muted' }, ` · ${ms[0].slideTitle.replace(/\s+/g, ' ')}`)
                        : null,
                    ),
                    h(
                      'ul',
                      { class: 'sentences' },
                      ms.map((m) =>
                        h(
                          'li',
                          {},
                          highlighted(m),
                          h('span', { class: 'where' }, ` ${m.layer} · shape ${m.shapeId}`),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
          ),
        ),
      ),
      h(
        'aside',
        { class: 'side' },
        h(
          'section',
          { 'aria-labelledby': 'related-title' },
          h('h2', { id: 'related-title' }, 'Related concepts'),
          c.related.length
            ? h(
                'ol',
                { class: 'related' },
                c.related.map((r) =>
                  h(
                    'li',
                    {},
                    h('a', { href: `#/concept/${encodeURIComponent(r.id)}` }, r.name),
                    ' ',
                    typeBadge(r.type),
                    h(
                      'span',
                      { class: 'weight' },
                      h('span', {
                        class: 'wbar',
                        style: `width:${Math.round((r.weight / maxW) * 100)}%`,
                        'aria-hidden': 'true',
                      }),
                      h('span', {}, `weight ${round(r.weight)}`),
                    ),
                  ),
                ),
              )
            : h('p', { class: 'muted' }, 'None.'),
        ),
        c.chartFacts.length
          ? h(
              'section',
              { 'aria-labelledby': 'facts-title' },
              h('h2', { id: 'facts-title' }, 'Chart facts'),
              h(
                'table',
                { class: 'facts' },
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'col' }, 'Chart'),
                    h('th', { scope: 'col' }, 'Series'),
                    h('th', { scope: 'col' }, 'Category'),
                    h('th', { scope: 'col', class: 'num' }, 'Value'),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  c.chartFacts.map((f) =>
                    h(
                      'tr',
                      {},
                      h('td', {}, f.chart ?? '–'),
                      h('td', {}, f.series),
                      h('td', {}, f.category),
                      h('td', { class: 'num' }, f.value === null ? '–' : `${f.value}${f.unit ?? ''}`),
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
    ),
  );
}

const count = (slides: Map<number, Mention[]>) => [...slides.values()].reduce((a, m) => a + m.length, 0);
const round = (w: number) => (Number.isInteger(w) ? String(w) : w.toFixed(2));

/** A lazy slide thumbnail; when the picture cannot be had (no render, no stored copy) a labelled placeholder. */
function thumb(src: string): HTMLElement {
  const img = h('img', { src, alt: '', loading: 'lazy', width: 192, height: 108 });
  img.addEventListener('error', () => img.replaceWith(h('span', { class: 'no-thumb' }, 'no picture')));
  return img;
}
