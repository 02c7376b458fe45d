/**
 * Ranking, boundary and variant rules of concept selection, each on made-up sentences (no evaluation deck's text).
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, glosses, verbWords } from '../../src/concepts/candidates.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { selectConcepts } from '../../src/concepts/select.js';

const block = (slideIndex: number, text: string, layer: LinkBlock['layer'] = 'body'): LinkBlock => ({
  slideIndex,
  slideId: `s${slideIndex}`,
  shapeId: '2',
  layer,
  text,
});
const records = (blocks: LinkBlock[], lang = 'en', slides = 6) =>
  selectConcepts(extractCandidates(blocks, undefined, { lang }), slides, { lang }).map((c) => c.record);
const allForms = (recs: { name: string; aliases: string[] }[]) => recs.flatMap((r) => [r.name, ...r.aliases]);

describe('variants of one name become one concept', () => {
  it('a clipped word and an acronym of the full name join it ("Nat Grid", "National Grid", "NGX")', () => {
    const recs = records([
      block(1, 'The National Grid connects plants. National Grid rules apply.'),
      block(2, 'Nat Grid members sign the Nat Grid charter.'),
      block(3, 'NGX is governed by the board. NGX members vote.'),
      block(4, 'National Grid audits and Nat Grid audits.'),
    ]);
    const grid = recs.filter((r) => /grid/i.test(r.name));
    expect(grid).toHaveLength(1);
    expect(grid[0].name).toBe('National Grid');
  });

  it('a long name with a version keeps all its words ("Open Cloud Storage Interface 3.1")', () => {
    const recs = records([
      block(1, 'Open Cloud Storage Interface 3.1', 'title'),
      block(2, 'The Open Cloud Storage Interface (OCSI) defines buckets.'),
      block(3, 'OCSI 3.1 adds quotas. OCSI clients use it.'),
    ]);
    const forms = allForms(recs);
    expect(forms).toContain('Open Cloud Storage Interface 3.1');
    expect(forms).not.toContain('Cloud Storage Interface 3.1');
    expect(recs.filter((r) => /storage interface|ocsi/i.test([r.name, ...r.aliases].join(' ')))).toHaveLength(
      1,
    );
  });

  it('an acronym written once in lower case (a channel name) stays an acronym', () => {
    const recs = records([
      block(1, 'The KRV catalogue lists parts. KRV entries are reviewed.'),
      block(2, 'Join the krv channel. KRV updates weekly.'),
      block(3, 'KRV governance and KRV scope.'),
    ]);
    expect(recs.map((r) => r.name)).toContain('KRV');
  });

  it('a title glossed with an acronym whose initials differ is that acronym ("… (QRX)")', () => {
    const blocks = [
      block(1, 'Attaque par rejeu de jetons', 'title'),
      block(1, '(QRX)', 'title'),
      block(2, 'A4 – Attaque par rejeu de jetons (QRX)'),
      block(3, 'Le QRX est fréquent. Une attaque QRX vole la session.'),
      block(4, 'Prévenir le QRX.'),
    ];
    expect(glosses(blocks, () => false).get('attaque par rejeu de jeton')).toBe('QRX');
    const recs = records(blocks, 'fr');
    const hit = recs.filter((r) => allForms([r]).some((f) => /QRX|rejeu/.test(f)));
    expect(hit).toHaveLength(1);
    expect(allForms(hit)).toEqual(expect.arrayContaining(['Attaque par rejeu de jetons', 'QRX']));
  });

  it('an acronym with a generic head noun is the acronym ("ZBQ flaws", "failles ZBQ", "ZBQ entry")', () => {
    const recs = records([
      block(1, 'ZBQ flaws are frequent. ZBQ flaws again.'),
      block(2, 'The ZBQ entry lists them. ZBQ entry 12.'),
      block(3, 'ZBQ is a weakness class. ZBQ matters.'),
    ]);
    const z = recs.filter((r) => allForms([r]).some((f) => /ZBQ/.test(f)));
    expect(z).toHaveLength(1);
    expect(z[0].name).toBe('ZBQ');
  });
});

describe('what is no concept', () => {
  it('a phrase ending in a word the text uses as a verb is a clause fragment', () => {
    expect([...verbWords(['We reshelve the books. Librarians reshelve often.'], 'en')]).toContain('reshelve');
    expect([...verbWords(['The review of the code. We review the code.'], 'en')]).not.toContain('review');
    expect([...verbWords(['Nous testons. Le testing the app.'], 'en')]).not.toContain('testing');
    expect([...verbWords(['L’opérateur valide la demande. Cela valide le jeton.'], 'fr')]).toContain(
      'valide',
    );
    const recs = records([
      block(1, 'Librarians Reshelve Books', 'body'),
      block(2, 'Librarians reshelve daily. Librarians reshelve the returns.'),
      block(3, 'We reshelve the atlas. Librarians reshelve maps.'),
      block(4, 'Catalogue Search helps librarians. Catalogue Search again.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).not.toContain('librarians reshelve');
    expect(names).toContain('catalogue search');
  });

  it('adverbs and compound adjectives end no term; evaluations of the deck are no terms', () => {
    const recs = records([
      block(1, 'Ticket archive online. Ticket archive online again.'),
      block(2, 'Token-based checks and token-based flows. Major update of the charter. Major update again.'),
      block(3, 'Token-based login. Ticket archive online and Major update.'),
      block(4, 'Quota Ledger records usage. Quota Ledger again.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const bad of ['ticket archive online', 'token-based', 'major update'])
      expect(names).not.toContain(bad);
    expect(names).toContain('quota ledger');
  });

  it('German: a word mostly written in lower case is no noun, a participle is no concept', () => {
    const recs = records(
      [
        block(1, 'Die Geräte werden automatisierte geprüft. Das ist automatisierte Prüfung.'),
        block(2, 'automatisierte Verfahren und Kühlschrankverwaltung. Kühlschrankverwaltung spart.'),
        block(3, 'Weitreichend: Kühlschrankverwaltung ist weitreichend. Weitreichend wichtig.'),
        block(4, 'Automatisierte Abläufe, automatisierte Tests.'),
      ],
      'de',
    );
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).not.toContain('automatisierte');
    expect(names).not.toContain('weitreichend');
    expect(names).toContain('kühlschrankverwaltung');
  });

  it('everyday acronyms (ID, URL) are no concepts of a deck', () => {
    const recs = records([
      block(1, 'Each ID maps to a URL. The ID and the URL of the QZ registry.'),
      block(2, 'ID, URL, ID, URL. QZ registry entries.'),
      block(3, 'ID URL QZ registry.'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).not.toContain('ID');
    expect(names).not.toContain('URL');
  });
});
