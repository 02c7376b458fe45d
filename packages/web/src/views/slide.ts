// One slide: its rendered picture, and (coming from a concept) that concept's mentions on it, highlighted.
import { api, slideImageUrl, type ConceptDetail, type DocumentInfo } from '../api.js';
import { append, h } from '../dom.js';
import { typeBadge } from '../types.js';
import { highlighted, slideHref } from './concept.js';

export async function slideView(root: HTMLElement, params: URLSearchParams, parts: string[]): Promise<void> {
  const docId = parts[0] ?? '';
  const index = Number(parts[1] ?? 1);
  const conceptId = params.get('concept') ?? undefined;
  const [docs, concept] = await Promise.all([
    api.documents().catch(() => [] as DocumentInfo[]),
    conceptId ? api.concept(conceptId).catch(() => null) : Promise.resolve(null as ConceptDetail | null),
  ]);
  const doc = docs.find((d) => d.id === docId);
  const deckName = doc?.name ?? concept?.mentionList.find((m) => m.docId === docId)?.document ?? docId;
  const here = concept?.mentionList.filter((m) => m.docId === docId && m.slide === index) ?? [];
  const title = here[0]?.slideTitle?.replace(/\s+/g, ' ') ?? null;
  const status = h('p', { class: 'muted img-status', 'aria-live': 'polite' }, 'Rendering the slide…');
  const img = h('img', {
    class: 'slide-img',
    src: slideImageUrl(docId, index),
    alt: `Slide ${index} of ${deckName}${title ? `: ${title}` : ''}`,
  });
  img.addEventListener('load', () => {
    status.textContent = '';
    root.dataset.imageLoaded = '1';
  });
  img.addEventListener(
    'error',
    () =>
      (status.textContent =
        'The slide picture is not available (rendering failed or LibreOffice is missing).'),
  );
  const last = doc?.slides ?? null;

  append(root, [
    h(
      'nav',
      { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      concept
        ? [h('a', { href: `#/concept/${encodeURIComponent(concept.id)}` }, concept.name), ' › ']
        : [h('a', { href: '#/concepts' }, 'Concepts'), ' › '],
      `${deckName} · slide ${index}`,
    ),
    h('h1', {}, `Slide ${index}`, title ? h('span', { class: 'muted' }, ` · ${title}`) : null),
    h(
      'p',
      { class: 'deck-name' },
      h('span', { 'aria-hidden': 'true' }, '▤ '),
      deckName,
      ' ',
      h('a', { href: `#/graph?document=${encodeURIComponent(docId)}` }, 'deck graph'),
    ),
    h(
      'div',
      { class: 'slide-nav' },
      index > 1
        ? h(
            'a',
            { class: 'button small', href: slideHref(docId, index - 1, conceptId), rel: 'prev' },
            '← Previous slide',
          )
        : null,
      last === null || index < last
        ? h(
            'a',
            { class: 'button small', href: slideHref(docId, index + 1, conceptId), rel: 'next' },
            'Next slide →',
          )
        : null,
    ),
    h(
      'div',
      { class: 'slide-cols' },
      h('figure', { class: 'slide-figure' }, img, status),
      concept
        ? h(
            'section',
            { class: 'slide-concept', 'aria-labelledby': 'on-slide' },
            h('h2', { id: 'on-slide' }, concept.name, ' ', typeBadge(concept.type), ' on this slide'),
            here.length
              ? h(
                  'ul',
                  { class: 'sentences' },
                  here.map((m) =>
                    h(
                      'li',
                      {},
                      highlighted(m),
                      h('span', { class: 'where' }, ` ${m.layer} · shape ${m.shapeId}`),
                    ),
                  ),
                )
              : h('p', { class: 'muted' }, 'Not mentioned on this slide.'),
          )
        : null,
    ),
  ]);
}
