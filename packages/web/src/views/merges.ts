// Merges: the cross-deck entity-resolution log with the reason for each merge; "Undo" splits the pair again.
import { api, type MergeView } from '../api.js';
import { announce, errorBox, fmtInt, h, listTable } from '../dom.js';

/** Why two names became one concept, in words. */
export function reason(m: MergeView): string {
  switch (m.method) {
    case 'normalised':
      return `same name once normalised (case, plural, punctuation)`;
    case 'acronym':
      return `one is the acronym of the other`;
    case 'embedding':
      return `embedding similarity ${m.score.toFixed(3)}`;
    case 'llm':
      return `judged the same by the LLM (score ${m.score.toFixed(2)})`;
    default:
      return `${m.method} (score ${m.score})`;
  }
}

export function mergesView(root: HTMLElement): void {
  const { status, table, body } = listTable(
    'merges',
    'Entity-resolution merges, newest first',
    ['Kept', 'Merged name', 'Reason', 'Mentions', 'Deck', 'When', ''],
    'Loading merges…',
  );
  root.append(
    h('h1', {}, 'Merges'),
    h(
      'p',
      { class: 'muted' },
      'When decks name the same thing differently, OSMOSE merges them into one concept. Undo a wrong merge: both concepts come back with their own mentions, and the pair is never merged again automatically.',
    ),
    status,
    table,
  );

  let deckNames = new Map<string, string>();
  async function load(): Promise<void> {
    let list: MergeView[];
    try {
      [list, deckNames] = await Promise.all([
        api.merges(),
        deckNames.size
          ? deckNames
          : api.documents().then(
              (d) => new Map(d.map((x) => [x.id, x.name])),
              () => deckNames,
            ),
      ]);
    } catch (e) {
      status.replaceChildren(errorBox(e));
      return;
    }
    const active = list.filter((m) => !m.undoneAt).length;
    status.textContent = list.length
      ? `${fmtInt(active)} active merge(s)${list.length > active ? `, ${list.length - active} undone` : ''}`
      : 'No merges yet.';
    table.hidden = list.length === 0;
    body.replaceChildren(
      ...list.map((m) =>
        h(
          'tr',
          { 'data-merge-id': m.id, 'data-undone': m.undoneAt ? '1' : '' },
          h('td', {}, h('a', { href: `#/concept/${encodeURIComponent(m.keptId)}` }, m.keptName)),
          h(
            'td',
            {},
            m.undoneAt
              ? h('a', { href: `#/concept/${encodeURIComponent(m.mergedId)}` }, m.mergedName)
              : m.mergedName,
          ),
          h('td', {}, h('span', { class: `method method-${m.method}` }, m.method), ' ', reason(m)),
          h('td', { class: 'num' }, fmtInt(m.mentions)),
          h(
            'td',
            { title: m.docId },
            deckNames.get(m.docId) ?? h('span', { class: 'mono' }, m.docId.slice(0, 12)),
          ),
          h('td', {}, h('time', { datetime: m.createdAt }, new Date(m.createdAt).toLocaleString())),
          h(
            'td',
            {},
            m.undoneAt
              ? h(
                  'span',
                  { class: 'status status-cancelled' },
                  h('span', { 'aria-hidden': 'true' }, '⊘ '),
                  'undone',
                )
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'button small undo',
                    'aria-label': `Undo merge of ${m.mergedName} into ${m.keptName}`,
                    onclick: async (e: Event) => {
                      const b = e.currentTarget as HTMLButtonElement;
                      b.disabled = true;
                      b.textContent = 'Undoing…';
                      try {
                        await api.undoMerge(m.id);
                        announce(`Merge undone: ${m.mergedName} is its own concept again`);
                        await load();
                      } catch (err) {
                        b.disabled = false;
                        b.textContent = 'Undo';
                        b.after(errorBox(err));
                      }
                    },
                  },
                  'Undo',
                ),
          ),
        ),
      ),
    );
  }
  void load();
}
