// Decks: what the store holds, deck by deck, with its graph and a delete that asks once more before it acts.
import { api, type DocumentInfo } from '../api.js';
import { announce, errorBox, fmtInt, h, listTable } from '../dom.js';

export function decksView(root: HTMLElement): void {
  const { status, table, body } = listTable(
    'decks',
    'Decks in the store',
    ['Deck', 'Slides', 'Ingested', ''],
    'Loading decks…',
  );
  root.append(
    h('h1', {}, 'Decks'),
    h(
      'p',
      { class: 'muted' },
      'Every deck in the store. Deleting one removes its slides, mentions, relations, chart facts and vectors, and the concepts no other deck mentions; it can be ingested again.',
    ),
    status,
    table,
  );

  async function remove(d: DocumentInfo, cell: HTMLElement): Promise<void> {
    cell.replaceChildren(h('span', { class: 'muted' }, 'Deleting…'));
    try {
      await api.deleteDocument(d.id);
      announce(`${d.name} deleted from the store`);
      await load();
    } catch (err) {
      cell.replaceChildren(errorBox(err));
    }
  }

  /** The delete button, then "Delete <deck>?" with Delete and Keep: nothing is removed on a single click. */
  function actions(d: DocumentInfo): HTMLElement {
    const cell = h('td', { class: 'actions' });
    const ask = () =>
      cell.replaceChildren(
        h('span', {}, `Delete ${d.name}? `),
        h(
          'button',
          {
            type: 'button',
            class: 'button small danger confirm-delete',
            onclick: () => void remove(d, cell),
          },
          'Delete',
        ),
        ' ',
        h('button', { type: 'button', class: 'button small keep', onclick: () => idle() }, 'Keep'),
      );
    const idle = () =>
      cell.replaceChildren(
        h('a', { class: 'button small', href: `#/graph?document=${encodeURIComponent(d.id)}` }, 'Graph'),
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'button small delete',
            'aria-label': `Delete ${d.name}`,
            onclick: ask,
          },
          'Delete…',
        ),
      );
    idle();
    return cell;
  }

  async function load(): Promise<void> {
    let list: DocumentInfo[];
    try {
      list = await api.documents();
    } catch (e) {
      status.replaceChildren(errorBox(e));
      return;
    }
    status.textContent = list.length ? `${fmtInt(list.length)} deck(s)` : 'No decks yet: ingest one first.';
    table.hidden = list.length === 0;
    body.replaceChildren(
      ...list.map((d) =>
        h(
          'tr',
          { 'data-doc-id': d.id },
          h('td', {}, d.name),
          h('td', { class: 'num' }, d.slides === null ? '–' : fmtInt(d.slides)),
          h(
            'td',
            {},
            d.ingestedAt
              ? h('time', { datetime: d.ingestedAt }, new Date(d.ingestedAt).toLocaleString())
              : '–',
          ),
          actions(d),
        ),
      ),
    );
    root.dataset.loaded = '1';
  }
  void load();
}
