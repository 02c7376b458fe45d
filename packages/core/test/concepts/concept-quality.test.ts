/**
 * Ranking, boundary and variant rules of concept selection, each on made-up sentences (no evaluation deck's text).
 */
import { describe, expect, it } from 'vitest';
import {
  extractCandidates,
  glosses,
  shoutedWord,
  titlePhrase,
  verbWords,
} from '../../src/concepts/candidates.js';
import { isClause } from '../../src/concepts/clause-words.js';
import { detectLanguage } from '../../src/concepts/language.js';
import { conceptKey } from '../../src/concepts/normalise.js';
import { guessType } from '../../src/concepts/classify.js';
import { leadNounPhrases } from '../../src/concepts/noun-phrase.js';
import { STOPWORDS } from '../../src/concepts/stopwords.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { personNames } from '../../src/concepts/persons.js';
import { isPlaceName } from '../../src/concepts/places.js';
import { germanNominative, nominative } from '../../src/concepts/select.js';
import { block, records } from './blocks.js';

const allForms = (recs: { name: string; aliases: string[] }[]) => recs.flatMap((r) => [r.name, ...r.aliases]);

describe('variants of one name become one concept', () => {
  it('a word split by a line hyphen is no alias of its own when the whole word names the concept', () => {
    const recs = records([
      block(1, 'XML External Entities (XXE) are parsed. XML External Entities are dangerous.'),
      block(2, 'Attackers abuse XML Exter-nal Entities in uploads.'),
      block(3, 'XML External Entities again: disable DTDs.'),
      block(4, 'The Parser Gateway blocks XML External Entities.'),
    ]);
    const xxe = recs.find((r) => /external entities/i.test(r.name))!;
    expect(xxe).toBeDefined();
    expect(xxe.aliases.filter((a) => /exter-nal/i.test(a))).toEqual([]);
    // a hyphen that is part of the name stays ("e-mail" is no split of "email" here: only one form is written)
    const mail = records([
      block(1, 'The E-Mail Gateway filters spam. The E-Mail Gateway logs.'),
      block(2, 'E-Mail Gateway rules. E-Mail Gateway again.'),
    ]).find((r) => /gateway/i.test(r.name))!;
    expect(mail.name).toBe('E-Mail Gateway');
  });

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
      block(5, 'Current Landscape', 'title'),
      block(5, 'The current landscape of Quota Ledger tools. Current Landscape again.'),
      block(6, 'Top reasons we win: Quota Ledger. Top reasons we lose: price.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const bad of [
      'ticket archive online',
      'token-based',
      'major update',
      'current landscape',
      'top reasons',
    ])
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

describe('variants of one name, continued', () => {
  it('a verb-final phrase joins its gerund phrase ("batch reshelve" → "Batch Reshelving")', () => {
    const recs = records([
      block(1, 'Batch Reshelving', 'title'),
      block(1, 'Batch reshelving saves time. They reshelve the atlas.'),
      block(2, 'Teams batch reshelve daily. Batch Reshelving wins.'),
      block(3, 'Volunteers batch reshelve, we reshelve the maps.'),
    ]);
    const hit = recs.filter((r) => allForms([r]).some((f) => /reshelv/i.test(f)));
    expect(hit).toHaveLength(1);
    expect(hit[0].name).toBe('Batch Reshelving');
  });

  it('a compound without the deck subject word is that compound ("vertical plot" = "vertical plot gardening")', () => {
    const blocks = [
      block(1, 'Gardening in Cities', 'title'),
      block(2, 'Why Gardening Works', 'title'),
      block(3, 'Gardening Tools', 'title'),
      block(4, 'Gardening Costs', 'title'),
      block(2, 'Vertical plot gardening uses walls. Gardening helps.'),
      block(3, 'A vertical plot needs light. Gardening again.'),
      block(4, 'The vertical plot is cheap. Vertical plot gardening grows.'),
      block(5, 'Gardening and the vertical plot. Gardening.'),
    ];
    const recs = records(blocks, 'en', 6);
    const hit = recs.filter((r) => allForms([r]).some((f) => /vertical plot/i.test(f)));
    expect(hit).toHaveLength(1);
    expect(hit[0].name.toLowerCase()).toBe('vertical plot gardening');
  });

  it("a common noun of the deck's title that a third of its slides write is its subject, in any language", () => {
    const fr = records(
      [
        block(1, 'Politique de mouillage partagé 2031', 'title'),
        block(2, 'Le mouillage partagé reste fondé sur le volontariat.'),
        block(3, 'Trois jours de mouillage par semaine pour les équipes.'),
        block(4, 'Les pilotes souhaitent maintenir le mouillage ouvert.'),
        block(5, 'Calendrier du mouillage.'),
      ],
      'fr',
      8,
    );
    expect(fr.map((r) => r.name.toLowerCase())).toContain('mouillage');
    // (not what the title says the document is: "Typical Presentation")
    const en = records(
      [
        block(1, 'Typical Harbour Presentation', 'title'),
        block(2, 'This presentation shows berths.'),
        block(3, 'The presentation covers cranes.'),
        block(4, 'A short presentation of tugs.'),
        block(5, 'Harbour tugs and berths.'),
      ],
      'en',
      8,
    );
    expect(en.map((r) => r.name.toLowerCase())).not.toContain('presentation');
  });

  it('a dictionary word the news lexicon never saw, in lower case on two slides, is a field term', () => {
    const recs = records([
      block(1, 'Harbour Biology', 'title'),
      block(2, 'Light reactions happen in the thylakoid. A scalable website for the harbour.'),
      block(3, 'The thylakoid stacks form grana. The website is scalable.'),
      block(4, 'Harbour algae and the website.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).toContain('thylakoid');
    expect(names).not.toContain('website');
    expect(names).not.toContain('scalable');
  });

  it('capitalised words joined by "de" are one name in Romance languages, even written once', () => {
    const es = records(
      [
        block(1, 'Plan de puertos 2031', 'title'),
        block(2, 'Garantizar el cumplimiento del Esquema Nacional de Amarres en cada muelle.'),
        block(3, 'Los muelles dependen de la Dirección de Sistemas de Puertos.'),
        block(4, 'Resistencia al cambio en los muelles.'),
      ],
      'es',
      6,
    );
    const names = es.map((r) => r.name);
    expect(names).toContain('Esquema Nacional de Amarres');
    expect(names).toContain('Dirección de Sistemas de Puertos');
    expect(names).not.toContain('Amarres');
  });

  it('German: a long compound written once mid-sentence is a term of a short deck, named in the nominative', () => {
    const recs = records(
      [
        block(1, 'Einführung eines Hafenleitsystems', 'title'),
        block(2, 'Ausgangslage'),
        block(2, 'Verzögerung bei der Liegeplatzdokumentenlenkung wegen fehlender Ressourcen.'),
        block(3, 'Vorbereitung des Hafenzertifizierungsaudits im Herbst.'),
        block(4, 'Die Kaimauer wird geprüft.'),
      ],
      'de',
      6,
    );
    const names = recs.map((r) => r.name);
    expect(names).toContain('Liegeplatzdokumentenlenkung');
    expect(names).toContain('Hafenzertifizierungsaudit');
    expect(names).not.toContain('Ausgangslage');
    expect(names).not.toContain('Vorbereitung');
    expect(germanNominative('Qualitätsmanagementsystems')).toBe('Qualitätsmanagementsystem');
    expect(germanNominative('Geschäftsprozess')).toBe('Geschäftsprozess');
    expect(germanNominative('Projektstatus')).toBe('Projektstatus');
  });

  it('a Romance noun, its adjective and "de" phrase written twice are one term ("unidades básicas de saúde")', () => {
    const recs = records(
      [
        block(1, 'Programa de portos', 'title'),
        block(2, 'Rastreamento nos terminais básicos de carga do porto.'),
        block(3, 'Ampliar o programa para todos os terminais básicos de carga.'),
        block(4, 'Capacitar agentes portuários de segurança.'),
        block(5, 'Acompanhamento por agentes portuários de segurança.'),
      ],
      'pt',
      6,
    );
    const forms = allForms(recs).map((f) => f.toLowerCase());
    expect(forms).toContain('terminais básicos de carga');
    expect(forms).toContain('agentes portuários de segurança');
    expect(forms).not.toContain('básicos de carga');
  });

  it('a plural is no ellipsis of a compound whose modifier is singular ("vertical plots" ≠ "vertical plot gardening")', () => {
    const blocks = [
      block(1, 'Gardening in Cities', 'title'),
      block(2, 'Why Gardening Works', 'title'),
      block(3, 'Gardening Tools', 'title'),
      block(4, 'Gardening Costs', 'title'),
      block(2, 'Vertical plot gardening uses walls. Gardening helps. Vertical plots hold herbs.'),
      block(3, 'Vertical plots need light. Gardening again.'),
      block(4, 'Vertical plots are cheap. Vertical plot gardening grows.'),
      block(5, 'Gardening and vertical plots. Vertical plot gardening.'),
    ];
    const recs = records(blocks, 'en', 6);
    const gardening = recs.find((r) => /^vertical plot gardening$/i.test(r.name));
    expect(gardening).toBeDefined();
    expect(allForms([gardening!]).map((f) => f.toLowerCase())).not.toContain('vertical plots');
    expect(recs.some((r) => /^vertical plots?$/i.test(r.name))).toBe(true);
  });

  it('a phrase that heads other compounds is a thing of its own ("vertical plot" of "vertical plot frames")', () => {
    const blocks = [
      block(1, 'Gardening in Cities', 'title'),
      block(2, 'Why Gardening Works', 'title'),
      block(3, 'Gardening Tools', 'title'),
      block(4, 'Gardening Costs', 'title'),
      block(2, 'Vertical plot gardening uses walls. Gardening helps. A vertical plot holds herbs.'),
      block(3, 'Vertical plot frames need light. Gardening again. Each vertical plot is small.'),
      block(4, 'Vertical plot frames are cheap. Vertical plot gardening grows.'),
      block(5, 'Gardening and the vertical plot. Vertical plot frames.'),
    ];
    const recs = records(blocks, 'en', 6);
    const gardening = recs.find((r) => /^vertical plot gardening$/i.test(r.name));
    expect(gardening).toBeDefined();
    expect(allForms([gardening!]).map((f) => f.toLowerCase())).not.toContain('vertical plot');
  });

  it('the same content words up to their endings are one name (French word order and derivation)', () => {
    const recs = records(
      [
        block(1, 'Contrôles de qualité logicielle', 'title'),
        block(2, 'Contrôles Qualité des Logiciels', 'title'),
        block(3, 'Les contrôles de qualité logicielle sont utiles. Contrôles Qualité des Logiciels encore.'),
      ],
      'fr',
    );
    const one = recs.find((r) => allForms([r]).includes('Contrôles de qualité logicielle'));
    expect(one && allForms([one])).toContain('Contrôles Qualité des Logiciels');
  });

  it('a compound with a clipped modifier is the same compound ("Infraempfänger" / "Infrarotempfänger")', () => {
    const recs = records(
      [
        block(1, 'Der Infrarotempfänger misst Wärme. Jeder Infrarotempfänger braucht Strom.'),
        block(2, 'Ein Infraempfänger im Flur. Der Infrarotempfänger im Keller.'),
        block(3, 'Infraempfänger und Infrarotempfänger. Wasserleitung und Wasserstoffleitung.'),
        block(
          4,
          'Die Wasserleitung ist alt. Die Wasserstoffleitung ist neu. Wasserleitung, Wasserstoffleitung.',
        ),
      ],
      'de',
    );
    const sensor = recs.filter((r) => allForms([r]).some((f) => /empfänger/i.test(f)));
    expect(sensor).toHaveLength(1);
    expect(allForms(sensor)).toEqual(expect.arrayContaining(['Infrarotempfänger', 'Infraempfänger']));
    // five letters apart: another thing
    expect(recs.filter((r) => allForms([r]).some((f) => /leitung/i.test(f))).length).not.toBe(1);
  });

  it('a title "<concept> Process" is a slide about the concept', () => {
    const recs = records([
      block(1, 'Tree Grafting Process', 'title'),
      block(2, 'Tree Grafting joins two plants. Tree Grafting is old.'),
      block(3, 'Tree Grafting needs tape.'),
    ]);
    const hit = recs.filter((r) => allForms([r]).some((f) => /grafting/i.test(f)));
    expect(hit).toHaveLength(1);
    expect(hit[0].name).toBe('Tree Grafting');
  });

  it('French negation stays inside a term ("jetons non signés")', () => {
    const recs = records(
      [
        block(1, 'Les jetons non signés sont refusés.'),
        block(2, 'Refuser les jetons non signés toujours.'),
        block(3, 'Des jetons non signés circulent.'),
      ],
      'fr',
    );
    expect(allForms(recs).map((f) => f.toLowerCase())).toContain('jetons non signés');
  });
});

describe('what is no concept, continued', () => {
  it('German: a title with an attachment said once describes its slide; repeated, it is a term', () => {
    const recs = records(
      [
        block(1, 'Lagerhaltung im Handel', 'title'),
        block(5, 'Verkauf von Altgeräten', 'title'),
        block(5, 'Händler nehmen Altgeräte zurück.'),
        block(2, 'Fehler in der Lagerhaltung', 'title'),
        block(3, 'Fehler in der Lagerhaltung kosten Geld.'),
        block(4, 'Fehler in der Lagerhaltung vermeiden.'),
      ],
      'de',
    );
    const names = recs.map((r) => r.name);
    expect(names).not.toContain('Verkauf von Altgeräten');
    expect(names).toContain('Fehler in der Lagerhaltung');
  });

  it('numbered generic words, colours of shapes, predicates, shortcuts and units are no concepts', () => {
    const recs = records([
      block(1, 'Level 3 and Level 4 apply. Option B is out.'),
      block(2, 'Level 3 again, Level 4 again. Option B again.'),
      block(3, 'Draw a blue circle, then a blue circle. Is the Server Vulnerable? Server Vulnerable again.'),
      block(4, 'Ctrl+click the blue circle. Ctrl+click twice. It uses 40 MJ and 12 MJ. Ledger Sync works.'),
      block(5, 'Ledger Sync runs. Server Vulnerable. MJ MJ.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const bad of [
      'level 3',
      'level 4',
      'option b',
      'blue circle',
      'server vulnerable',
      'ctrl+click',
      'mj',
    ])
      expect(names).not.toContain(bad);
    expect(names).toContain('ledger sync');
  });

  it('mouse gestures, attribution labels and closing quotes make no concepts; ".NET" keeps its dot', () => {
    const recs = records([
      block(1, 'Right-clicking the ‘Gear’ shape opens Frobnitz Studio. Picture credit: Ann Lee'),
      block(
        2,
        'Keep right-clicking the ‘Gear’ shape. Picture credit: Bo Chan. Frobnitz Studio runs on .NET today.',
      ),
      block(3, 'Double-click opens Frobnitz Studio. Picture credit again. The .NET runtime and .NET again.'),
      block(4, 'Right-clicking again, double-click again. The ‘Gear’ shape, the Gear shape.'),
    ]);
    const names = recs.map((r) => r.name);
    for (const bad of [
      'right-clicking',
      'Right-clicking',
      'Double-click',
      'Picture credit',
      'Gear’ shape',
      'NET',
    ])
      expect(names).not.toContain(bad);
    expect(names).toContain('Frobnitz Studio');
    expect(names).toContain('.NET');
  });

  it('a long pronounceable word in capitals is a shouted word, not an acronym', () => {
    for (const w of ['MOYENNE', 'PRESENTED', 'LOADING', 'WIDESPREAD']) expect(shoutedWord(w), w).toBe(true);
    for (const w of ['NASDAQ', 'FPKIPA', 'UNESCO', 'OWASP', 'ISO']) expect(shoutedWord(w), w).toBe(false);
  });

  it('a lower-case form inside markup does not make an acronym a word', () => {
    const recs = records([
      block(1, 'QZX attacks parse entities. QZX is old.'),
      block(2, '<!ENTITY qzx SYSTEM "file:///x" >\n<foo>&qzx;</foo>\n<!ENTITY qzx SYSTEM "y">'),
      block(3, 'Prevent QZX. QZX again.'),
    ]);
    expect(recs.map((r) => r.name)).toContain('QZX');
  });
});

describe('instructions are no concepts', () => {
  it('a phrase led by an action verb is a goal, not a term; the noun phrase it acts on stays', () => {
    const recs = records([
      block(1, 'Onboarding Plan', 'title'),
      block(1, 'Engage mentors early\nEmbrace flexible scheduling\nImprove retention rates'),
      block(
        2,
        'Engage mentors early. Embrace flexible scheduling. Improve retention rates by tracking retention rates.',
      ),
      block(3, 'Retention rates rose. Flexible scheduling helps. Mentor Network members meet.'),
      block(4, 'The Mentor Network and the Onboarding Plan. Improve retention rates.'),
      block(
        5,
        'Stronger mentor engagement helps. Greater Harbour Authority members join the Greater Harbour Authority.',
      ),
      block(6, 'Stronger mentor engagement again.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const bad of [
      'engage mentors',
      'engage mentors early',
      'embrace flexible scheduling',
      'improve retention rates',
    ])
      expect(names).not.toContain(bad);
    expect(names).toContain('retention rates');
    expect(names).not.toContain('stronger mentor engagement');
    expect(names).toContain('greater harbour authority');
    expect(names).toContain('flexible scheduling');
    expect(names).toContain('mentor network');
  });

  it('words that are as often nouns still start terms ("Access Control", "Code Review", "Test Plan")', () => {
    const recs = records([
      block(1, 'Access Control and Code Review', 'title'),
      block(2, 'Access Control fails. Code Review finds it. Each Test Plan names a Test Plan owner.'),
      block(3, 'Access Control again; Code Review again; one Test Plan more.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const good of ['access control', 'code review', 'test plan']) expect(names).toContain(good);
  });
});

describe('other languages: clauses, fillers and headings are no concepts', () => {
  const names = (blocks: LinkBlock[], lang: string) => records(blocks, lang).map((r) => r.name.toLowerCase());

  it('Russian: finite verbs, infinitives, imperatives, predicative adjectives and possessives', () => {
    const n = names(
      [
        block(1, 'Введение', 'title'),
        block(1, 'Злоумышленник изменяет настройки шлюза. Хотим поблагодарить участников.'),
        block(
          2,
          'Злоумышленник изменяет настройки шлюза. Хотим поблагодарить участников. Управление ключами шифрования.',
        ),
        block(
          3,
          'Используйте сканер портов. Используйте сканер портов. Это делает сервер уязвимым; сервер уязвимым.',
        ),
        block(4, 'Управление ключами шифрования и журнал событий. Из-за ошибок конфигурации ваших серверов.'),
        block(5, 'Журнал событий. Из-за ошибок конфигурации ваших серверов. Введение', 'body'),
      ],
      'ru',
    );
    for (const bad of [
      'злоумышленник изменяет',
      'хотим поблагодарить',
      'используйте сканер портов',
      'сервер уязвимым',
      'из-за ошибок конфигурации',
      'ваших серверов',
      'введение',
    ])
      expect(n).not.toContain(bad);
    expect(n).toContain('управление ключами шифрования');
    expect(n).toContain('журнал событий');
  });

  it('Russian: the case and number forms of a term are one concept ("журнал событий", "журнала событий"…)', () => {
    const recs = records(
      [
        block(1, 'Журнал событий хранит записи. Журнал событий защищён.'),
        block(2, 'Проверка журнала событий. Без журнала событий нельзя.'),
        block(3, 'В журнале событий видно всё. Журналы событий архивируются.'),
        block(4, 'Резервное копирование важно. Резервного копирования нет. Резервному копированию время.'),
      ],
      'ru',
    );
    const forms = recs.filter((r) => /журнал/i.test(r.name));
    expect(forms).toHaveLength(1);
    expect([forms[0].name, ...forms[0].aliases].map((x) => x.toLowerCase())).toEqual(
      expect.arrayContaining(['журнал событий', 'журнала событий']),
    );
    expect(recs.filter((r) => /резерв/i.test(r.name))).toHaveLength(1);
  });

  it('Turkish: infinitives, present continuous, -mektedir, necessitative, aorist passive and postpositions', () => {
    const n = names(
      [
        block(1, 'Giriş', 'title'),
        block(
          1,
          'Saldırgan oturumu ele geçirmek ister. Uygulama izin vermektedir. Parola Yönetimi önemlidir.',
        ),
        block(2, 'Saldırgan oturumu ele geçirmek ister. Uygulama izin vermektedir. Parola Yönetimi sonra.'),
        block(3, 'Veriler şifrelenmelidir. Veriler şifrelenmelidir. Sızıntı Önlenir. Sızıntı Önlenir.'),
        block(4, 'Riskler hakkında bilgi ve Olay Günlüğü. Riskler hakkında bilgi. Olay Günlüğü tutulur.'),
        block(5, 'Giriş ve Parola Yönetimi ve Olay Günlüğü.'),
      ],
      'tr',
    );
    for (const bad of [
      'ele geçirmek',
      'izin vermektedir',
      'veriler şifrelenmelidir',
      'sızıntı önlenir',
      'riskler hakkında',
      'giriş',
    ])
      expect(n).not.toContain(bad);
    expect(n).toContain('parola yönetimi');
    expect(n).toContain('olay günlüğü');
    // a name's case suffixes after an apostrophe are no part of it
    const recs = records(
      [
        block(1, "Kuzey Kalkanı'nın kuralları."),
        block(2, "Kuzey Kalkanı'nda yeni kurallar."),
        block(3, 'Kuzey Kalkanı güncel.'),
      ],
      'tr',
    );
    const kalkan = recs.filter((r) => /kalkan/i.test(r.name));
    expect(kalkan.map((r) => r.name)).toEqual(['Kuzey Kalkanı']);
    expect(allForms(kalkan).filter((f) => /['’]/.test(f))).toEqual([]);
  });

  it('Spanish: gerunds, "de forma …" and acknowledgements; a number grouped in thousands is no version', () => {
    const n = names(
      [
        block(1, 'Agradecimientos', 'title'),
        block(2, 'Gestión de Claves', 'title'),
        block(
          1,
          'Detectable utilizando medios manuales. Gestión de Claves segura. Lista Top 10.000 de claves.',
        ),
        block(
          2,
          'Detectable utilizando medios manuales. Gestión de Claves de forma segura. Top 10 de riesgos.',
        ),
        block(3, 'El Top 10 resume riesgos. La lista Top 10.000 de claves débiles. Top 10 otra vez.'),
        block(4, 'Agradecimientos a todos. Gestión de Claves.'),
      ],
      'es',
    );
    for (const bad of [
      'utilizando medios manuales',
      'medios manuales utilizando',
      'forma segura',
      'agradecimientos',
    ])
      expect(n).not.toContain(bad);
    expect(n).toContain('gestión de claves');
    const top = records(
      [
        block(1, 'El Top 10 resume riesgos. La lista Top 10.000 de claves débiles. Top 10 otra vez.'),
        block(2, 'Top 10 y Top 10.000 de nuevo. Top 10.'),
      ],
      'es',
    ).find((r) => r.name === 'Top 10.000' || r.aliases.includes('Top 10.000'));
    expect(top?.aliases ?? []).not.toContain('Top 10');
    expect(top?.name).not.toBe('Top 10');
  });

  it('generated alt text and dates are no concepts', () => {
    const n = names(
      [
        block(1, 'A picture containing bottle\nDescription automatically generated', 'alt'),
        block(2, 'A picture containing bottle', 'alt'),
        block(2, 'Meeting on March 17. The Harbour Ledger opens March 17, 2011.'),
        block(3, 'A picture containing bottle, drink', 'alt'),
        block(3, 'Harbour Ledger on March 17 again; 17 March too.'),
      ],
      'en',
    );
    for (const bad of ['picture containing bottle', 'march 17', 'march 17, 2011', 'bottle'])
      expect(n).not.toContain(bad);
    expect(n).toContain('harbour ledger');
  });

  it('a negated auxiliary ("Don’t", "can’t") is a function word, never a concept or part of one', () => {
    const n = names(
      [
        block(1, 'Don’t Panic', 'title'),
        block(1, 'Don’t trust input. Don’t log secrets. Can’t Stop Now.'),
        block(2, 'Don’t trust input. Can’t Stop Now. Input Validation matters.'),
        block(3, 'Don’t. Input Validation again.'),
      ],
      'en',
    );
    expect(n.filter((x) => /n['’]t\b/.test(x))).toEqual([]);
    expect(n).toContain('input validation');
  });

  it('Spanish and French: a word the document uses as a verb makes a clause wherever it stands', () => {
    const es = names(
      [
        block(1, 'La aplicación utiliza datos externos. Se utiliza siempre. Que utiliza la red.'),
        block(2, 'La aplicación utiliza datos externos. El Registro Central de Claves guarda todo.'),
        block(3, 'Aplicación utiliza datos externos otra vez. El Registro Central de Claves.'),
      ],
      'es',
    );
    for (const bad of [
      'aplicación utiliza datos',
      'utiliza datos',
      'aplicación utiliza',
      'utiliza datos externos',
    ])
      expect(es).not.toContain(bad);
    expect(es).toContain('datos externos');
    const fr = names(
      [
        block(1, 'Le serveur chiffre les données sensibles. Il chiffre tout. Le Pare-feu Central filtre.'),
        block(2, 'Serveur chiffre données sensibles encore. Le Pare-feu Central et les données sensibles.'),
        block(3, 'Serveur chiffre données sensibles. Pare-feu Central.'),
      ],
      'fr',
    );
    for (const bad of ['serveur chiffre données sensibles', 'chiffre données sensibles', 'serveur chiffre'])
      expect(fr).not.toContain(bad);
    expect(fr).toContain('données sensibles');
  });

  it('French: fragments around "non" and an elided conjunction are no concepts; "références directes non sécurisées" is', () => {
    const n = names(
      [
        block(1, 'Références directes non sécurisées', 'title'),
        block(
          1,
          'Les pages non protégées. Lorsqu’une application expose des références directes non sécurisées.',
        ),
        block(
          2,
          'Lorsqu’une application échoue, les pages non protégées fuient. Références directes non sécurisées.',
        ),
        block(3, 'Lorsqu’une application, pages non protégées, références directes non sécurisées.'),
      ],
      'fr',
    );
    for (const bad of ['lorsqu’une application', 'pages non', 'non protégées']) expect(n).not.toContain(bad);
    expect(n).toContain('références directes non sécurisées');
  });

  it('Chinese: a numbered section heading names its topic without its number, and is no product', () => {
    const recs = records(
      [
        block(1, '第一章 绪论', 'title'),
        block(2, '1.2.1 数据压缩方法', 'title'),
        block(2, '数据压缩方法有很多种。'),
        block(3, '1.2.2 哈夫曼编码', 'title'),
        block(3, '哈夫曼编码是一种数据压缩方法。'),
        block(4, '1.3 小结', 'title'),
      ],
      'zh',
    );
    const byName = new Map(recs.map((r) => [r.name, r]));
    for (const bad of ['第一章 绪论', '绪论', '小结', '1.3 小结', '1.2.1 数据压缩方法'])
      expect(byName.has(bad), bad).toBe(false);
    expect(byName.get('数据压缩方法')?.type).not.toBe('PRODUCT');
    expect(byName.has('哈夫曼编码')).toBe(true);
  });

  it('Korean and Japanese: "can" phrases, predicates and glued particles are no concepts', () => {
    const ko = names(
      [
        block(1, '접근 통제', 'title'),
        block(1, '공격자는 데이터를 수정할 수 있습니다. 접근 통제 정책을 확인하는 방법.'),
        block(2, '공격자는 데이터를 수정할 수 있습니다. 접근 통제 정책을 확인하는 방법. 보안 로그 분석.'),
        block(3, '보안 로그 분석 도구를 사용하십시오. 보안 로그 분석.'),
      ],
      'ko',
    );
    for (const bad of ['수 있습니다', '수정할 수 있습니다', '접근 통제 정책을', '확인하는 방법'])
      expect(ko).not.toContain(bad);
    expect(ko).toContain('접근 통제');
    const ja = names(
      [
        block(1, 'Top 10は重要です。Top 10は毎年更新されます。'),
        block(2, 'Top 10は重要です。OWASP Top 10 を読む。'),
        block(3, 'OWASP Top 10 の一覧。'),
      ],
      'ja',
    );
    expect(ja).not.toContain('top 10は');
  });

  it('type keywords are code ("unsigned int", "class T"); a dotted section number starts no phrase in the body', () => {
    const en = names(
      [
        block(1, 'Use unsigned int for counters and long double for sums. A class T template.'),
        block(4, 'A class InputIterator with a bool operator. Draw a class diagram.'),
        block(5, 'class InputIterator, bool operator.'),
        block(6, 'The class diagram shows it. One class diagram more.'),
        block(2, 'unsigned int again, long double again, class T again, int SIZE constant.'),
        block(3, 'int SIZE and unsigned int.'),
        block(4, 'Static analysis finds bugs. Static analysis again.'),
        block(5, 'The static analysis report.'),
      ],
      'en',
    );
    for (const bad of [
      'unsigned int',
      'long double',
      'class t',
      'int size',
      'class inputiterator',
      'bool operator',
    ])
      expect(en).not.toContain(bad);
    expect(en).toContain('class diagram');
    expect(en).toContain('static analysis');
    const zh = records(
      [
        block(1, '2.2.5 运算符与表达式\n运算符与表达式的优先级'),
        block(2, '2.2.5 运算符与表达式\n运算符与表达式举例'),
        block(3, '运算符与表达式'),
      ],
      'zh',
    ).map((r) => r.name);
    expect(zh.filter((n) => /^\d/.test(n))).toEqual([]);
    // an example's, a figure's or a table's label is no part of its title; identifiers and hex addresses are no concepts
    const zh2 = records(
      [
        block(1, '例9-10 队列类模板', 'title'),
        block(1, '学号 C5392394 提交。地址 incl 0x80495f8 出错。'),
        block(2, '例9-11 队列类模板的应用', 'title'),
        block(2, '学号 C5392394 再次提交。incl 0x80495f8 再次。'),
        block(3, '队列类模板'),
      ],
      'zh',
    ).map((r) => r.name);
    expect(zh2.filter((n) => /^例|C5392394|0x/.test(n))).toEqual([]);
    expect(zh2).toContain('队列类模板');
  });

  it('"Lorem ipsum" placeholder text yields no concepts; the real lines of the same box still do', () => {
    const n = names(
      [
        block(
          1,
          'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed accumsan vitae nunc.\nThe Harbour Ledger tracks ships.',
        ),
        block(
          2,
          'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed accumsan vitae nunc.\nThe Harbour Ledger again.',
        ),
        block(3, 'Sed accumsan vitae, lorem ipsum dolor. Harbour Ledger.'),
      ],
      'en',
    );
    for (const bad of [
      'lorem ipsum dolor',
      'consectetur adipiscing elit',
      'sed accumsan vitae',
      'lorem ipsum',
    ])
      expect(n).not.toContain(bad);
    expect(n).toContain('harbour ledger');
  });

  it('chart placeholder labels in any language, capitalised function words and test identifiers are no concepts', () => {
    const ru = names(
      [
        block(1, 'Категория 1\tКатегория 2\tРяд 1\tРяд 2'),
        block(2, 'Категория 1, Категория 2, Ряд 1, Ряд 2. Журнал событий.'),
        block(3, 'Категория 1 и Ряд 2. Журнал событий.'),
      ],
      'ru',
    );
    for (const bad of ['категория 1', 'категория 2', 'ряд 1', 'ряд 2']) expect(ru).not.toContain(bad);
    const de = names(
      [
        block(1, 'SIE entscheiden. JA zur Energiewende. SIE und JA.'),
        block(2, 'SIE fragen, JA sagen. Die Energiewende kommt.'),
        block(3, 'SIE, JA, SIE. Energiewende Energiewende.'),
      ],
      'de',
    );
    for (const bad of ['sie', 'ja']) expect(de).not.toContain(bad);
    const en = names(
      [
        block(1, 'Slide2Header', 'title'),
        block(2, 'Slide2Header and Slide3Header. The Harbour Ledger.'),
        block(3, 'Slide2Header again. Harbour Ledger.'),
      ],
      'en',
    );
    expect(en).not.toContain('slide2header');
    const chart = names(
      [
        block(1, 'Series 1\tSeries 2\tY-Value 1', 'table'),
        block(2, 'Series 1 and Series 2 rise. Zoom Shape 3 and Zoom Shape 4 move. TEXT TEXT.'),
        block(3, 'Series 1, Series 2, Zoom Shape 3, Zoom Shape 4. TEXT.'),
        block(4, 'Y-Value 1 and X-Values rise with Y-Value 1. The Harbour Ledger.'),
        block(5, 'Y-Value 1 again; Y-Value 1 and X-Values.'),
      ],
      'en',
    );
    for (const bad of ['series 1', 'series 2', 'zoom shape 3', 'zoom shape 4', 'text'])
      expect(chart).not.toContain(bad);
    // a chart template's axis series is no subject either
    expect(chart.filter((n) => /^[xy][ -]?values?\b/.test(n))).toEqual([]);
  });

  it('"Named Entity Recognition" is a term; "called presentation layer" is not', () => {
    const n = names(
      [
        block(1, 'Named Entity Recognition (NER) finds people. Named Pipes carry the traffic.'),
        block(
          2,
          'Named Entity Recognition models and Named Pipes again. This is called presentation layer control.',
        ),
        block(
          3,
          'We tune Named Entity Recognition. The so-called presentation layer control is called presentation layer.',
        ),
      ],
      'en',
    );
    expect(n).toContain('named entity recognition');
    expect(n).not.toContain('called presentation layer');
  });

  it('escapes and format specifiers are no acronyms: no "HH" from "%HH", no "2F" from "%2F"', () => {
    const n = names(
      [
        block(1, 'Encode each byte as %HH (for example %2F and %20). The Parser Gateway decodes %HH.'),
        block(2, 'Printf uses %s and %d; HTML uses &#x2F; and \\x2F escapes. The Parser Gateway again.'),
        block(3, 'The Parser Gateway normalises %HH input. HH is not a name here.'),
      ],
      'en',
    );
    expect(n).toContain('parser gateway');
    for (const bad of ['hh', '2f', 'x2f']) expect(n).not.toContain(bad);
  });

  it('XML markup on a slide is code: no "ENTITY", no "xxe SYSTEM"', () => {
    const n = names(
      [
        block(1, 'Attackers upload XML with entities. The Parser Gateway reads it.'),
        block(
          2,
          '<?xml version="1.0"?>\n<!DOCTYPE foo [\n<!ELEMENT foo ANY>\n<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<foo>&xxe;</foo>',
        ),
        block(3, '<!ENTITY xxe SYSTEM "https://192.0.2.1/private">]>\nThe Parser Gateway again.'),
        block(4, '<!ENTITY xxe SYSTEM "file:///dev/random">]>'),
      ],
      'en',
    );
    for (const bad of ['entity', 'entity xxe system', 'xxe system', 'doctype foo'])
      expect(n).not.toContain(bad);
    expect(n).toContain('parser gateway');
  });
});

describe('labelled list items', () => {
  it('an item of a labelled list in the body names a topic ("B7:2031-Stale Cache Poisoning")', () => {
    const recs = records([
      block(1, 'Contents', 'title'),
      block(1, 'B7:2031-Stale Cache Poisoning\nB8:2031-Open Relay Abuse'),
      block(2, 'Stale Cache Poisoning happens when old entries stay.'),
      block(3, 'See B7:2031-Stale Cache Poisoning.'),
    ]);
    const forms = allForms(recs);
    expect(forms).toEqual(expect.arrayContaining(['Stale Cache Poisoning', 'Open Relay Abuse']));
  });
});

describe('line headings', () => {
  it('a body line that heads what follows, with its article dropped, names a topic ("The Harbour Trust:")', () => {
    const recs = records([
      block(1, 'Funding partners', 'title'),
      block(
        1,
        'The Harbour Trust for Rivers:\nfunds 40 projects a year.\nThe Quay Council:\nsets the rules.',
      ),
      block(2, 'Budgets grew.'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Harbour Trust for Rivers', 'Quay Council']));
  });
});

describe('acknowledgements', () => {
  it('people thanked on the title slide are no concepts (nor pieces of their names); the speakers are', () => {
    const recs = records([
      block(1, 'Orchard Mapping', 'title'),
      block(1, 'Maria Olsen\n    Lakeside University\n\nTomas Brandt\n    Hill Institute'),
      block(1, 'Thanks to Ada Quill, Ben Farrow, Cleo Marsh, Dov Peretz and Eli Stone for comments.'),
      block(2, 'Orchard Mapping counts trees. Maria Olsen built the survey.'),
      block(3, 'Orchard Mapping again. Tomas Brandt ran it.'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Maria Olsen', 'Tomas Brandt']));
    for (const n of ['Ada Quill', 'Ben Farrow', 'Cleo Marsh', 'Quill', 'Farrow'])
      expect(names).not.toContain(n);
  });
});

describe('German nouns around "von" are no person', () => {
  it('"Verkauf von Altgeräten" is a phrase, "Ludwig von Mises" a name', () => {
    expect(
      personNames('Der Verkauf von Altgeräten und die Lagerung von Chemikalien, sagt Ludwig von Mises.'),
    ).toEqual(['Ludwig von Mises']);
  });
});

describe('names set in apposition to a generic head', () => {
  it('"the Glow Brush feature", "the Auto trim and Auto fade options" name the product\'s parts', () => {
    const recs = records([
      block(1, 'Next, try the Glow Brush feature. The glow brush paints light.'),
      block(2, 'Open the Glow Brush panel. Then use the Auto trim and Auto fade options.'),
      block(3, 'Click the split to grid button. Press the search button.'),
      block(4, 'Auto trim cuts silence. Auto fade softens.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const n of ['glow brush', 'auto trim', 'auto fade', 'split to grid']) expect(names).toContain(n);
    for (const n of ['search', 'glow brush panel', 'glow brush feature']) expect(names).not.toContain(n);
    expect(recs.filter((r) => /glow brush/i.test(allForms([r]).join(' ')))).toHaveLength(1);
  });
});

describe('heads that name instances of a kind', () => {
  it('"heap spraying flaws" is "Heap Spraying" (a titled name); "security vulnerability" is no "security"', () => {
    const recs = records([
      block(1, 'Heap Spraying', 'title'),
      block(1, 'Heap spraying flaws are common. Heap spraying flaws again. Heap Spraying fills memory.'),
      block(2, 'Heap Spraying', 'title'),
      block(2, 'Heap spraying needs scripts. Heap spraying flaws again and heap spraying.'),
      block(
        3,
        'A security vulnerability was found. Security vulnerability two. Security matters. Security first.',
      ),
      block(4, 'Security vulnerability three. Security. Security again.'),
    ]);
    const heap = recs.filter((r) => /heap spraying/i.test(allForms([r]).join(' ')));
    expect(heap).toHaveLength(1);
    expect(allForms(heap).map((f) => f.toLowerCase())).toContain('heap spraying flaws');
    const sec = recs.find((r) => r.name.toLowerCase() === 'security');
    expect(sec === undefined || !allForms([sec]).some((f) => /vulnerabilit/i.test(f))).toBe(true);
  });

  it('an organisation in front of an acronym ending in S joins the acronym\'s concept ("NIST QRSS")', () => {
    const recs = records([
      block(1, 'The Quantum Risk Scoring System (QRSS) rates risks.'),
      block(2, 'Use NIST QRSS for audits. NIST QRSS is free.'),
      block(3, 'QRSS scores. NIST QRSS again. QRSS again.'),
    ]);
    const q = recs.filter((r) => allForms([r]).some((f) => /QRSS/.test(f)));
    expect(q).toHaveLength(1);
    expect(allForms(q)).toContain('NIST QRSS');
  });
});

describe('generic words, adjectives and identifiers', () => {
  it('superlative + generic noun, a lone compound adjective and an identifier are no concepts', () => {
    const recs = records([
      block(1, 'Highest Level reached. Highest Level again. Low-income, rural. Low-income and Low-income.'),
      block(
        2,
        'Run 3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e now. Run 3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e again.',
      ),
      block(3, 'Highest Level. Low-income. Orchard Mapping works. Orchard Mapping again.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    for (const bad of ['highest level', 'low-income', '3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e'])
      expect(names).not.toContain(bad);
    expect(names).toContain('orchard mapping');
  });

  it('generic words with diacritics are found by the folded key ("Änderungen", "Übersicht")', () => {
    const recs = records(
      [
        block(1, 'Änderungen', 'title'),
        block(2, 'Änderungen', 'title'),
        block(3, 'Übersicht', 'title'),
        block(4, 'Übersicht', 'title'),
        block(5, 'Änderungen und Übersicht. Änderungen. Übersicht. Kühlschrankverwaltung.'),
      ],
      'de',
    );
    const names = recs.map((r) => r.name);
    expect(names).not.toContain('Änderungen');
    expect(names).not.toContain('Übersicht');
  });
});

describe('titles wrapped over lines, infinitives, translation labels', () => {
  it('a name a layout wrapped over title lines is one concept when the deck writes it on one line elsewhere', () => {
    const recs = records([
      block(1, 'Q1:2024-Unverified Ledger Replication\nQ2:2024-Using Harbours with Known Tides'),
      block(2, 'Q1:2024-\nUnverified\nLedger Replication', 'title'),
      block(2, 'Unverified ledger replication lets a ledger drift.'),
      block(3, 'Using Harbours\nwith Known Tides', 'title'),
      block(3, 'Ships using harbours with known tides save fuel.'),
      block(4, 'Ledger Replication in general. Ledger Replication again.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).toContain('unverified ledger replication');
    expect(names).toContain('using harbours with known tides');
    // two title lines the deck never writes together stay apart
    // (nor when another slide repeats the same two lines: they are still two lines there)
    const apart = records([
      block(1, 'Harbour Charts\nTide Tables', 'title'),
      block(2, 'Harbour Charts help. Tide Tables help.'),
      block(3, 'Harbour Charts again. Tide Tables again.'),
      block(4, 'Harbour Charts\nTide Tables', 'title'),
      block(5, 'Harbour Charts\nTide Tables'),
    ]).map((r) => r.name.toLowerCase());
    expect(apart).not.toContain('harbour charts tide tables');
  });

  it('a verb and its object after "to" are no concept; a noun phrase after "to" stays', () => {
    const recs = records([
      block(1, 'A grid to test parsing:', 'title'),
      block(2, 'A chart to test parsing:', 'title'),
      block(3, 'Clinics should be able to identify and track patients. Nurses want to track patients.'),
      block(4, 'Nurses need access to source code reviews. Source code reviews matter.'),
      block(5, 'We want to track patients better. Source code reviews again.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).not.toContain('test parsing');
    expect(names).not.toContain('track patients');
    expect(names).toContain('source code reviews');
  });

  it('the label of a translation ("deutschen Version", "German version", "version française") is no concept', () => {
    const de = records(
      [
        block(1, 'Deutsche Version 1.0', 'title'),
        block(2, 'Die deutschen Version wurde von Freiwilligen erstellt. Die deutschen Version ist frei.'),
        block(3, 'Hafenlogistik und Hafenlogistik in der deutschen Version.'),
      ],
      'de',
    ).map((r) => r.name.toLowerCase());
    expect(de.some((n) => /version/.test(n))).toBe(false);
    const en = records([
      block(1, 'German Version', 'title'),
      block(
        2,
        'The German version of the Tide Ledger. The German version again. Version 1.2 of the Tide Ledger.',
      ),
      block(3, 'Tide Ledger in the German version, Version 1.2.'),
    ]).map((r) => r.name.toLowerCase());
    expect(en).not.toContain('german version');
    expect(en).not.toContain('version 1.2');
    expect(en).toContain('tide ledger');
  });

  it('French: "leur" before a verb is a pronoun, so "l’OWASP leur recommande" still marks a verb', () => {
    expect(
      verbWords(['L’Agence leur recommande de tester. L’Agence recommande la revue.'], 'fr').has(
        'recommande',
      ),
    ).toBe(true);
    const recs = records(
      [
        block(1, 'L’Agence Nautique recommande la revue du code. L’ANR leur recommande de tester.'),
        block(2, 'Agence Nautique recommande également la lecture. Agence Nautique recommande un plan.'),
        block(3, 'L’Agence Nautique publie la Charte Portuaire. La Charte Portuaire est libre.'),
      ],
      'fr',
    ).map((r) => r.name.toLowerCase());
    expect(recs.some((n) => /recommande/.test(n))).toBe(false);
  });

  it('German: "Mögliche …" (possible) is no part of a term', () => {
    const recs = records(
      [
        block(1, 'Hafenbetrieb', 'title'),
        block(2, 'Mögliche Hafenstörungen\nSchiffe warten.'),
        block(3, 'Mögliche Hafenstörungen\nKräne stehen.'),
        block(4, 'Mögliche Hafenstörungen\nZölle fehlen.'),
      ],
      'de',
    ).map((r) => r.name.toLowerCase());
    expect(recs).not.toContain('mögliche hafenstörungen');
  });

  it('a subject and the third person of an action verb is a clause ("Financial Need Contributes")', () => {
    const recs = records([
      block(1, 'Harbour Pressure Contributes', 'title'),
      block(2, 'Harbour Pressure Contributes to delays. Harbour Pressure Contributes again.'),
      block(3, 'Harbour Pressure rises. Harbour Pressure again. Dock Crews matter; Dock Crews rest.'),
      block(4, 'Dock Crews again. Harbour Gains grew. Harbour Gains again.'),
      block(5, 'Harbour Gains doubled.'),
    ]).map((r) => r.name.toLowerCase());
    // a plural noun of the same form stays
    expect(recs).toContain('harbour gains');
    expect(recs).not.toContain('harbour pressure contributes');
    expect(recs).not.toContain('contributes');
    expect(recs).toContain('harbour pressure');
    expect(recs).toContain('dock crews');
  });

  it('"next steps" headings and French adverbs in capitals are no concepts', () => {
    const de = records(
      [
        block(1, 'Hafenbetrieb', 'title'),
        block(2, 'Nächste Schritte für\nHafenmeister', 'title'),
        block(3, 'Nächste Schritte für Hafenmeister\nNächste Schritte für Lotsen'),
        block(4, 'Nächste Schritte für\nLotsen', 'title'),
      ],
      'de',
    ).map((r) => r.name.toLowerCase());
    expect(de.some((n) => n.startsWith('nächste'))).toBe(false);
    const fr = records(
      [
        block(1, 'Registre des marées', 'title'),
        block(2, 'Voir CI-DESSOUS le registre. Le tableau CI-DESSOUS montre le Registre des marées.'),
        block(3, 'CI-DESSOUS encore. Registre des marées encore.'),
      ],
      'fr',
    ).map((r) => r.name.toLowerCase());
    expect(fr).not.toContain('ci-dessous');
    // (nor a lesson's parts: "Case study", "Learning objectives", "Check your understanding", "Key points")
    const en = records([
      block(1, 'Harbour Safety Module', 'title'),
      block(2, 'Learning objectives', 'title'),
      block(2, 'Learning objectives: mooring lines and tug signals.'),
      block(3, 'Case study', 'title'),
      block(3, 'Case study: a mooring line failure. Case study again.'),
      block(4, 'Key points', 'title'),
      block(4, 'Key points for mooring lines.'),
    ]).map((r) => r.name.toLowerCase());
    for (const heading of ['learning objectives', 'case study', 'key points'])
      expect(en).not.toContain(heading);
    expect(en).toContain('mooring lines');
  });

  it('entries of a catalogue cited by number ("CVE-2021-0042") cite the catalogue: it ranks as a concept the deck leans on', () => {
    const recs = records(
      [
        block(1, 'Every harbour fault is listed in Common Vulnerabilities and Exposures (CVE) first.'),
        block(2, 'Harbour Ledger notes. Harbour Ledger rows. Harbour Ledger totals.'),
        block(3, 'See CVE-2021-0042 and CVE-2022-0107.'),
        block(4, 'See CVE-2023-1180.'),
        block(5, 'See CVE-2021-0042 again.'),
        block(6, 'See CVE-2024-0311.'),
      ],
      'en',
      6,
    ).map((r) => r.name.toLowerCase());
    const cve = recs.indexOf('common vulnerabilities and exposures');
    expect(cve).toBeGreaterThanOrEqual(0);
    expect(cve).toBeLessThan(recs.indexOf('harbour ledger'));
  });

  it('a tab ends a phrase: table cells and columns never join into one concept', () => {
    const recs = records([
      block(1, 'Harbour Roster', 'title'),
      block(2, 'First Name\tLast Name\tBerth\nTady\tmeshesha\tNorth Quay\nShlono\tLewi\tSouth Quay', 'table'),
      block(3, 'Tide Risk\tModerate Impact\nNorth Quay and South Quay.', 'table'),
      block(4, 'Tide Risk\tModerate Impact\nNorth Quay again. South Quay again.', 'table'),
      block(5, 'Tide Risk\tModerate Impact', 'table'),
    ]);
    const forms = allForms(recs);
    expect(forms.some((f) => f.includes('\t'))).toBe(false);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).toContain('north quay');
    expect(names).toContain('south quay');
    expect(names).toContain('tide risk');
  });

  it('slide words are no names: "And More" on a title slide, "Page1", "Title", "Table" are no concepts', () => {
    expect(personNames('And More\n\nAda Quayle', { titleSlide: true })).toEqual(['Ada Quayle']);
    const recs = records([
      block(1, 'Title', 'title'),
      block(1, 'And More'),
      block(2, 'Title', 'title'),
      block(2, 'Page1 shows the Berth Planner. Page2 too.'),
      block(3, 'Table', 'title'),
      block(3, 'Page1 and Page2 again; the Berth Planner.'),
      block(4, 'Table', 'title'),
    ]).map((r) => r.name.toLowerCase());
    for (const bad of ['and more', 'page1', 'page2', 'title', 'table']) expect(recs).not.toContain(bad);
    expect(recs).toContain('berth planner');
  });

  it('function words of another script count as such (Arabic lines in a French deck), and Hebrew prefix letters', () => {
    const fr = records(
      [
        block(1, 'Registre des marées', 'title'),
        block(2, 'إذا كنت في مؤسسة جامعية\nLe Registre des marées aide.'),
        block(3, 'إذا كنت في مؤسسة جامعية\nLe Registre des marées encore.'),
        block(4, 'في مؤسسة جامعية'),
      ],
      'fr',
    ).map((r) => r.name);
    for (const bad of ['إذا كنت', 'في مؤسسة', 'في مؤسسة جامعية']) expect(fr).not.toContain(bad);
    expect(fr).toContain('مؤسسة جامعية');
    const he = records(
      [
        block(1, 'נמל הדגים', 'title'),
        block(2, 'ריכוז המלח בכל הבריכות ובין נפח המים'),
        block(3, 'ריכוז המלח בכל הבריכות ובין נפח המים'),
        block(4, 'ריכוז המלח ב-OWASP'),
        block(5, 'שאלה 1: ריכוז המלח'),
        block(6, 'פירוק המלח ע"י האנזים. פירוק המלח ע"י האנזים.'),
      ],
      'he',
    ).map((r) => r.name);
    // an abbreviation keeps its gershayim ("ע"י" is "by"), a question label is no concept
    expect(he.some((n) => /^י /.test(n))).toBe(false);
    expect(he.some((n) => n.startsWith('שאלה'))).toBe(false);
    expect(he.some((n) => /^(?:בכל|ובין)|(?:בכל|ובין)$/.test(n))).toBe(false);
    expect(he.some((n) => n.startsWith('ב-'))).toBe(false);
    expect(he).toContain('ריכוז המלח');
  });

  it('Indonesian active verbs (meN-), German inflected adjectives, Chinese/Japanese headings ending in a generic word', () => {
    const id = records(
      [
        block(1, 'Hormon Tumbuhan', 'title'),
        block(2, 'auksin mempercepat pematangan buah dan menghambat pemanjangan batang'),
        block(3, 'auksin mempercepat pematangan buah; pematangan buah diamati'),
        block(4, 'menghambat pemanjangan batang lagi'),
      ],
      'id',
    ).map((r) => r.name);
    for (const bad of ['mempercepat pematangan buah', 'menghambat pemanjangan batang'])
      expect(id).not.toContain(bad);
    expect(id).toContain('pematangan buah');
    const de = records(
      [
        block(1, 'Hafenbetrieb', 'title'),
        block(2, 'Unzureichendes\nHafenmanagement', 'title'),
        block(3, 'Unzureichendes Hafenmanagement führt zu Staus. Unzureichendes Personal.'),
        block(4, 'Unzureichendes Hafenmanagement und Hafenmanagement.'),
      ],
      'de',
    ).map((r) => r.name);
    expect(de).not.toContain('Unzureichendes');
    const zh = records(
      [
        block(1, '港口调度简介', 'title'),
        block(2, '港口调度简介', 'title'),
        block(3, '港口调度', 'title'),
        block(4, '港口调度', 'title'),
      ],
      'zh',
    ).map((r) => r.name);
    expect(zh).not.toContain('港口调度简介');
    expect(zh).toContain('港口调度');
  });

  it('year-prefixed list labels, a title that holds every occurrence of its fragments, patterns without their trailing punctuation', () => {
    const recs = records([
      block(1, 'Quay Risks', 'title'),
      block(2, '2023-B7 – Missing Berth Level Tide Control', 'title'),
      block(2, 'Missing Berth Level Tide Control lets ships drift.'),
      block(3, 'B7: Missing Berth Level Tide Control\nB8: Weak Anchors'),
      block(4, 'Missing Berth Level Tide Control again, see HARB 800-\n53 and HARB 610.'),
      block(5, 'Missing Berth Level Tide Control, NIST 800- and the Quay Guide 6.5.'),
      block(6, 'Quay Guide 6.5. once more.'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).toContain('Missing Berth Level Tide Control');
    for (const bad of ['Berth Level Tide', 'Level Tide Control', 'Missing Berth Level'])
      expect(names).not.toContain(bad);
    expect(allForms(recs).some((f) => /[-.:]$/.test(f))).toBe(false);
  });

  it('user-interface instructions ("Click Paste") and phrases around "towards" are no concepts', () => {
    const recs = records([
      block(1, 'Sync Ribbon Guide', 'title'),
      block(2, 'Click Sync Ribbon\nClick Paste\nThe Sync Ribbon copies fills.'),
      block(3, 'Click Sync Ribbon again. Crews act towards harbours; crews act towards harbours.'),
      block(4, 'Sync Ribbon works.'),
    ]).map((r) => r.name.toLowerCase());
    for (const bad of ['click sync ribbon', 'click paste', 'act towards']) expect(recs).not.toContain(bad);
    expect(recs).toContain('sync ribbon');
  });

  it('an adjective alone is no concept, shouted or not ("POWERFUL", "Scalable")', () => {
    expect(shoutedWord('POWERFUL')).toBe(true);
    expect(shoutedWord('NIST')).toBe(false);
    const recs = records([
      block(1, 'Tide Planner', 'title'),
      block(2, 'POWERFUL', 'title'),
      block(2, 'The Tide Planner is POWERFUL. Scalable, yes: Scalable.'),
      block(3, 'POWERFUL', 'title'),
      block(3, 'Scalable again; the Tide Planner again.'),
      block(4, 'POWERFUL and Scalable.'),
    ]).map((r) => r.name.toLowerCase());
    expect(recs).not.toContain('powerful');
    expect(recs).not.toContain('scalable');
    const kept = records([
      block(1, 'Cloud Patterns', 'title'),
      block(2, 'Serverless', 'title'),
      block(
        2,
        'We run Serverless functions; Serverless scales. An Observable emits, every Observable completes.',
      ),
      block(3, 'Serverless', 'title'),
      block(3, 'Serverless again; the Observable again.'),
    ]).map((r) => r.name.toLowerCase());
    expect(kept).toContain('serverless');
    expect(kept).toContain('observable');
    expect(recs).toContain('tide planner');
  });

  it('Russian: a phrase is named by its head in the nominative when the ending says which it is', () => {
    expect(nominative('безопасности приложений')).toBe('безопасность приложений');
    // -ения / -ии only where the document writes the nominative itself
    const doc = new Set(['обеспечение', 'управление', 'конфигурация']);
    const seen = (w: string) => doc.has(w);
    expect(nominative('обеспечения безопасности', seen)).toBe('обеспечение безопасности');
    expect(nominative('управлению конфигурацией', seen)).toBe('управление конфигурацией');
    expect(nominative('конфигурации сервера', seen)).toBe('конфигурация сервера');
    expect(nominative('тестирования безопасности', seen)).toBe('тестирования безопасности');
    expect(nominative('Компания Газпром', (w) => w === 'компания')).toBe('Компания Газпром');
    expect(nominative('сценарии использования', (w) => w === 'сценарии')).toBe('сценарии использования');
    expect(nominative('Управление доступом')).toBe('Управление доступом');
    expect(nominative('данные')).toBe('данные');
    // a feminine head in another case, when the deck writes its nominative
    expect(nominative('базу данных', (w) => w === 'база')).toBe('база данных');
    expect(nominative('стороне сервера', (w) => w === 'сторона')).toBe('сторона сервера');
    expect(nominative('базу данных')).toBe('базу данных');
    const recs = records(
      [
        block(1, 'Причалы', 'title'),
        block(2, 'Для надёжности причалов нужна надёжность причалов и надёжности причалов.'),
        block(3, 'Отчёт о надёжности причалов.'),
      ],
      'ru',
    ).map((r) => r.name);
    expect(recs).toContain('надёжность причалов');
    expect(recs).not.toContain('надёжности причалов');
  });

  it('Spanish: an infinitive leads a clause ("obtener acceso")', () => {
    const es = records(
      [
        block(1, 'Registro de mareas', 'title'),
        block(
          2,
          'Los atacantes pueden obtener acceso y enviar datos. Para obtener acceso al Registro de mareas.',
        ),
        block(
          3,
          'obtener acceso de nuevo; enviar datos de nuevo. El Registro de mareas funciona. Lugar seguro, lugar seguro.',
        ),
      ],
      'es',
    ).map((r) => r.name.toLowerCase());
    for (const bad of ['obtener acceso', 'enviar datos']) expect(es).not.toContain(bad);
    expect(es).toContain('registro de mareas');
  });

  it('Korean: a particle glued to a Latin name ends the phrase ("API의", "Top 10이")', () => {
    const ko = records(
      [
        block(1, '항만 관리', 'title'),
        block(2, 'Harbour API의 보안 정책\nHarbour API이 중요합니다'),
        block(3, 'Harbour API의 보안 정책'),
        block(4, '보안 정책 보안 정책'),
      ],
      'ko',
    ).map((r) => r.name);
    expect(ko.some((n) => /API[의이]/.test(n))).toBe(false);
    expect(ko).toContain('보안 정책');
  });

  it('"Landscape", "Trends" alone are headings, not concepts', () => {
    const recs = records([
      block(1, 'Harbour Landscape', 'title'),
      block(2, 'Landscape', 'title'),
      block(2, 'The Landscape of Harbour Pilots. Trends and Outlook.'),
      block(3, 'Outlook', 'title'),
      block(3, 'Harbour Pilots again. Landscape again. Trends again.'),
      block(4, 'Trends', 'title'),
    ]).map((r) => r.name.toLowerCase());
    for (const bad of ['landscape', 'trends']) expect(recs).not.toContain(bad);
    expect(recs).toContain('harbour pilots');
  });

  it('"Avoiding X" and "X Illustrated" titles are slides about X; numbered series label list items', () => {
    const recs = records(
      [
        block(1, 'Harbour Risks', 'title'),
        block(2, 'Tide Gate Failure', 'title'),
        block(2, 'Tide Gate Failure floods the quay.'),
        block(3, 'Tide Gate Failure Illustrated', 'title'),
        block(4, 'Avoiding Tide Gate Failure', 'title'),
        block(4, 'Inspect the gates.'),
        block(5, 'Berth Rule 1', 'title'),
        block(6, 'Berth Rule 2', 'title'),
        block(7, 'Berth Rule 3', 'title'),
        block(8, 'Berth Rule 4', 'title'),
        block(
          8,
          'Continuing Education for pilots; Continuing Education again. Improving berth safety, improving berth safety.',
        ),
      ],
      'en',
      8,
    ).map((r) => r.name);
    expect(recs).toContain('Tide Gate Failure');
    expect(recs).toContain('Continuing Education');
    expect(recs.map((n) => n.toLowerCase())).not.toContain('improving berth safety');
    for (const bad of [
      'Tide Gate Failure Illustrated',
      'Avoiding Tide Gate Failure',
      'Illustrated',
      'Berth Rule 1',
      'Berth Rule 3',
    ])
      expect(recs).not.toContain(bad);
  });

  it('verbs first or last make clauses ("Requires Secure Software", "teams require"); a broken word joins its whole', () => {
    const recs = records([
      block(1, 'Harbour Checks', 'title'),
      block(2, 'Requires Secure Harbour Software\nCovers crane sensors'),
      block(3, 'Requires Secure Harbour Software\nHarbour teams require crane sensors.'),
      block(
        4,
        'Requires Secure Harbour Software\nXML Exter-nal Entities matter. Harbour teams require audits.',
      ),
      block(5, 'XML External Entities again. XML Exter-nal Entities. A harbour fee increase.'),
      block(6, 'XML External Entities here. The harbour fee increase hurts; a harbour fee increase again.'),
    ]).map((r) => r.name);
    expect(recs).toContain('harbour fee increase');
    for (const bad of ['Requires Secure Harbour Software', 'Harbour teams require', 'XML Exter-nal Entities'])
      expect(recs).not.toContain(bad);
    expect(recs).toContain('XML External Entities');
    expect(recs).toContain('Secure Harbour Software');
  });

  it('a described drawing object ("Nested Shape", "Original Shapes") is no topic; a named one stays', () => {
    const recs = records([
      block(1, 'A Nested Shape parsing', 'title'),
      block(2, 'Nested Shape\nThis is a nested shape with the Harbour Ledger.'),
      block(
        3,
        'Original Shapes\nOriginal Shapes keep the Harbour Ledger. Zoom Shape works; Zoom Shape again.',
      ),
      block(4, 'Zoom Shape in the Harbour Ledger.'),
    ]).map((r) => r.name.toLowerCase());
    for (const bad of ['nested shape', 'original shapes']) expect(recs).not.toContain(bad);
    expect(recs).toContain('zoom shape');
    expect(recs).toContain('harbour ledger');
  });

  it('Chinese: task titles, sentences with a modal verb and aligned columns are no concepts; terms stay', () => {
    const recs = records(
      [
        block(1, '港口调度', 'title'),
        block(2, '利用栈反向输出单词', 'title'),
        block(3, '利用栈反向输出单词', 'title'),
        block(4, '值只能为 true\n值只能为 true'),
        block(5, '2009-1-1        Total\n2009-1-1        Total'),
        block(6, '计算机语言', 'title'),
        block(6, '计算机语言'),
        block(7, '港口调度'),
      ],
      'zh',
      7,
    ).map((r) => r.name);
    for (const bad of ['利用栈反向输出单词', '值只能为 true', '2009-1-1        Total'])
      expect(recs).not.toContain(bad);
    expect(recs).toContain('计算机语言');
    expect(recs).toContain('港口调度');
  });

  it('a C++ declaration "const string" is code', () => {
    const recs = records([
      block(1, 'Harbour Code', 'title'),
      block(2, 'Parameters\nconst string\nauto'),
      block(3, 'Parameters\nconst string\nHarbour Code again.'),
    ]).map((r) => r.name.toLowerCase());
    expect(recs).not.toContain('const string');
  });

  it('Korean, Turkish, Persian and Hebrew fragments: a particle or case ending last, half a compound, modals', () => {
    const ko = records(
      [
        block(1, '항만 관리', 'title'),
        block(2, '서버 측면의 보안 정책\n불충분한 로깅과 모니터링'),
        block(3, '서버 측면의 보안 정책\n불충분한 로깅과 모니터링\n가장 중요한 항만 관리'),
        block(4, '보안 정책 가장 중요한'),
      ],
      'ko',
    ).map((r) => r.name);
    for (const bad of ['서버 측면의', '불충분한 로깅과', '가장 중요한']) expect(ko).not.toContain(bad);
    const tr = records(
      [
        block(1, 'Liman Yönetimi', 'title'),
        block(2, 'liman güvenliği alanında çalışır. İlk 10 projesinin hedefi.'),
        block(3, 'liman güvenliği alanında yeni. İlk 10 projesinin sonu.'),
        block(4, 'Liman Yönetimi ve liman güvenliği.'),
      ],
      'tr',
    ).map((r) => r.name);
    for (const bad of ['liman güvenliği alanında', 'İlk 10 projesinin']) expect(tr).not.toContain(bad);
    const fa = records(
      [
        block(1, 'مدیریت بندر', 'title'),
        block(2, 'چرخه توسعه نرم افزار امن بندر\nروش رتبه بندی ریسک بندر'),
        block(3, 'چرخه توسعه نرم افزار امن بندر\nروش رتبه بندی ریسک بندر'),
        block(4, 'مدیریت بندر'),
      ],
      'fa',
    ).map((r) => r.name);
    for (const bad of ['بندی ریسک بندر', 'افزار امن بندر']) expect(fa).not.toContain(bad);
    expect(fa).toContain('رتبه بندی ریسک');
    const he = records(
      [
        block(1, 'נמל הדגים', 'title'),
        block(2, 'תוקפים עשויים'),
        block(3, 'תוקפים עשויים'),
        block(4, 'מתקפות מסוג\nנמל הדגים'),
        block(5, 'מתקפות מסוג'),
      ],
      'he',
    ).map((r) => r.name);
    for (const bad of ['תוקפים עשויים', 'מתקפות מסוג']) expect(he).not.toContain(bad);
  });

  it('headings about something ("Acerca de …", "Note à propos des …", "Table of Contents") are no concepts', () => {
    const es = records(
      [
        block(1, 'Registro de mareas', 'title'),
        block(2, 'Detalles acerca de los factores de riesgo', 'title'),
        block(3, 'Detalles acerca de los factores de riesgo', 'title'),
        block(4, 'Tabla de Contenidos', 'title'),
        block(5, 'Tabla de Contenidos', 'title'),
      ],
      'es',
    ).map((r) => r.name.toLowerCase());
    for (const bad of ['detalles acerca de los factores de riesgo', 'tabla de contenidos'])
      expect(es).not.toContain(bad);
    const fr = records(
      [
        block(1, 'Registre des marées', 'title'),
        block(2, 'Note à propos des Risques', 'title'),
        block(3, 'Note à propos des Risques', 'title'),
        block(4, 'L’application contient des données. L’application contient le Registre des marées.'),
        block(5, 'Cette application contient tout.'),
      ],
      'fr',
    ).map((r) => r.name.toLowerCase());
    for (const bad of ['note à propos des risques', 'application contient']) expect(fr).not.toContain(bad);
    const en = records([
      block(1, 'Harbour Guide', 'title'),
      block(2, 'Questions and Answers', 'title'),
      block(3, 'Questions and Answers', 'title'),
      block(4, 'Data Types of the Harbour Guide. Data Types again.'),
      block(5, 'Data Types once more.'),
    ]).map((r) => r.name.toLowerCase());
    expect(en).not.toContain('questions and answers');
    expect(en).toContain('data types');
  });

  it('Russian phrases led by an oblique case, a generic word broken by a hyphen, hyphenated names with a version', () => {
    const ru = records(
      [
        block(1, 'Причалы', 'title'),
        block(2, 'Угрозы связаны с известными уязвимостями причалов. Доступ менеджерам приложений.'),
        block(
          3,
          'Снова известными уязвимостями. Снова менеджерам приложений. Известные уязвимости причалов.',
        ),
        block(4, 'Известные уязвимости причалов.'),
      ],
      'ru',
    ).map((r) => r.name.toLowerCase());
    for (const bad of ['известными уязвимостями', 'менеджерам приложений']) expect(ru).not.toContain(bad);
    expect(ru).toContain('известные уязвимости причалов');
    const de = records(
      [
        block(1, 'Hafenbetrieb', 'title'),
        block(2, 'Viele Unter-nehmen im Hafenbetrieb. Unter-nehmen zahlen.'),
        block(3, 'Unter-nehmen und Unternehmen im Hafenbetrieb.'),
      ],
      'de',
    ).map((r) => r.name);
    expect(de).not.toContain('Unter-nehmen');
    const en = records([
      block(1, 'Licence', 'title'),
      block(2, 'Released under the Creative Commons Attribution-ShareAlike 4.0 licence.'),
      block(3, 'See Creative Commons Attribution-ShareAlike 4.0 again.'),
    ]).map((r) => r.name);
    expect(en).not.toContain('ShareAlike 4.0');
    expect(en.some((n) => n.includes('Attribution-ShareAlike 4.0'))).toBe(true);
  });

  it('real terms shaped like the junk above stay concepts (a guard against over-broad rules)', () => {
    const deck = (lang: string, title: string, terms: string[]) =>
      records([block(1, title, 'title'), ...[2, 3, 4].map((i) => block(i, terms.join('\n')))], lang).map(
        (r) => r.name,
      );
    const en = deck('en', 'Harbour Review', [
      'Statistical Analyses',
      'Performing Arts',
      'Paid Clicks',
      'Inside Sales',
      'a guide to change management',
    ]);
    for (const good of [
      'Statistical Analyses',
      'Performing Arts',
      'Paid Clicks',
      'Inside Sales',
      'change management',
    ])
      expect(en).toContain(good);
    const titled = records([
      block(1, 'Level of Detail', 'title'),
      block(2, 'Level of Detail', 'title'),
      block(3, 'Questions and Answers', 'title'),
    ]).map((r) => r.name);
    expect(titled).toContain('Level of Detail');
    expect(personNames('Larry Page, Thomas More, George Best')).toEqual([
      'Larry Page',
      'Thomas More',
      'George Best',
    ]);
    expect(deck('he', 'נמל הדגים', ['בעלי מניות', 'ועד מנהל'])).toEqual(
      expect.arrayContaining(['בעלי מניות', 'ועד מנהל']),
    );
    expect(deck('tr', 'Liman Yönetimi', ['Yeni Zelanda limanları', 'Yeni Zelanda'])).toContain(
      'Yeni Zelanda',
    );
    expect(deck('es', 'Registro de mareas', ['router inalámbrico', 'hacker ético'])).toEqual(
      expect.arrayContaining(['router inalámbrico', 'hacker ético']),
    );
    expect(deck('ko', '항만 관리', ['고객 문의', '온라인 강의'])).toEqual(
      expect.arrayContaining(['고객 문의', '온라인 강의']),
    );
    const zh = records(
      [1, 2, 3, 4].flatMap((i) => [block(i, '统计分析', 'title'), block(i, '使用权资产', 'title')]),
      'zh',
    ).map((r) => r.name);
    expect(zh).toEqual(expect.arrayContaining(['统计分析', '使用权资产']));
    expect(deck('fr', 'Registre des marées', ['Ports du Moyen-Orient', 'Moyen-Orient'])).toContain(
      'Moyen-Orient',
    );
    expect(deck('fa', 'مدیریت بندر', ['قدرت نرم', 'کاهش آسیب'])).toEqual(
      expect.arrayContaining(['قدرت نرم', 'کاهش آسیب']),
    );
  });

  it('unit checks of single rules: list labels, pattern ends, Hebrew abbreviations, columns, clause words', () => {
    const stop = (w: string) => STOPWORDS.has(w);
    expect(titlePhrase('2013-A7 – Missing Berth Level Tide Control', 'en', stop)).toBe(
      'Missing Berth Level Tide Control',
    );
    expect(titlePhrase('A9:2017-Using Harbours with Known Tides', 'en', stop)).toBe(
      'Using Harbours with Known Tides',
    );
    // a plan's or a course's numbering is a label too ("Phase 2: Devices", "Week 3 – Tides", "Fase II: Muelles")
    expect(titlePhrase('Phase 2: Berth Devices', 'en', stop)).toBe('Berth Devices');
    expect(titlePhrase('Week 3 – Tide Tables', 'en', stop)).toBe('Tide Tables');
    expect(titlePhrase('Fase II: Muelles', 'es', stop)).toBe('Muelles');
    expect(titlePhrase('Этап 2: Причалы', 'ru', stop)).toBe('Причалы');
    expect(titlePhrase('المرحلة 3 التسجيل', 'ar', stop)).toBe('التسجيل');
    const surfaces = (text: string, lang = 'en') =>
      [...extractCandidates([block(1, text)], undefined, { lang }).values()].flatMap((c) => [
        ...c.surfaces.keys(),
      ]);
    expect(surfaces('See NIST 800-\n53 and the Quay Guide 6.5.').some((f) => /[-.:]$/.test(f))).toBe(false);
    expect(surfaces('פירוק המלח ע"י האנזים', 'he').some((f) => /^י /.test(f))).toBe(false);
    expect(surfaces('ריכוז המלח ב-OWASP', 'he').some((f) => f.startsWith('ב-'))).toBe(false);
    expect(
      surfaces('2009-1-1        Total\nHarbour Ledger').some((f) => /Total/.test(f) && /\d/.test(f)),
    ).toBe(false);
    expect(isClause(['值只能为', 'true'], 'zh')).toBe(true);
    expect(isClause(['统计分析'], 'zh')).toBe(false);
    expect(isClause(['서버', '측면의'], 'ko')).toBe(true);
    expect(isClause(['자유', '민주주의'], 'ko')).toBe(false);
    expect(isClause(['application', 'contient'], 'fr')).toBe(true);
    expect(isClause(['Moyen-Orient'], 'fr')).toBe(false);
    expect(isClause(['obtener', 'acceso'], 'es')).toBe(true);
    expect(isClause(['router', 'inalámbrico'], 'es')).toBe(false);
    expect(isClause(['mempercepat', 'pematangan'], 'id')).toBe(true);
    expect(isClause(['program', 'mentoring'], 'id')).toBe(false);
  });

  it('a Title Case name joined by "of" (or "for" after an organisation head) is whole, and its pieces glue to nothing', () => {
    const recs = records([
      block(
        1,
        'The Registry of Tidal Gauges lists every buoy. Our Council for Harbour Safety meets monthly.',
      ),
      block(
        2,
        'Each Registry of Tidal Gauges entry is signed. The Council for Harbour Safety publishes rules.',
      ),
      block(3, 'The Registry of Tidal Gauges grows fast. Ask the Council for Harbour Safety first.'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).toContain('Registry of Tidal Gauges');
    expect(names).toContain('Council for Harbour Safety');
    expect(recs.find((r) => r.name === 'Council for Harbour Safety')?.type).toBe('ORGANIZATION');
    // no fragment of either name, and no name glued to the verb after it
    for (const bad of [
      'Registry',
      'Tidal Gauges',
      'Gauges lists',
      'Gauges grows fast',
      'Council',
      'Harbour Safety',
    ])
      expect(names).not.toContain(bad);
  });

  it('"of"/"for" do not join what is no name: a generic word before it, "for" after a non-organisation, two names', () => {
    const surfaces = (text: string) =>
      [...extractCandidates([block(1, text)], undefined, { lang: 'en' }).values()].flatMap((c) => [
        ...c.surfaces.keys(),
      ]);
    expect(surfaces('An Overview of Tide Modelling helps.')).not.toContain('Overview of Tide Modelling');
    expect(surfaces('We need a Quay Ledger for Harbour Masters now.')).not.toContain(
      'Quay Ledger for Harbour Masters',
    );
    // a longer run of capitalised words on either side is two names, not one
    const two = surfaces('The Berth Rules of Federal Tide Board Authority apply.');
    expect(two.some((f) => / of /.test(f))).toBe(false);
    // an English name in a language with no "of" of its own is read the same (2026-12-05: "ihres Supplier Code of
    // Conduct"); Dutch, whose "of" is "or", is left as it is
    expect([
      ...extractCandidates([block(1, 'La Registry of Tidal Gauges.')], undefined, { lang: 'fr' }).keys(),
    ]).toContain('registry of tidal gauge');
    expect(
      [
        ...extractCandidates([block(1, 'De Registry of Tidal Gauges.')], undefined, { lang: 'nl' }).values(),
      ].some((c) => c.key.includes(' of ')),
    ).toBe(false);
  });

  it('a four-word capitalised name before a lower-case verb is a candidate; Title Case "Key" starts a name', () => {
    const recs = records([
      block(1, 'Our Bayview Harbour Operations Centre signs off. The Key Tide Indicator rises.'),
      block(2, 'The Bayview Harbour Operations Centre approves. Each Key Tide Indicator has a target.'),
      block(3, 'Bayview Harbour Operations Centre reports quarterly. Key Tide Indicator values are logged.'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).toContain('Bayview Harbour Operations Centre');
    expect(names).toContain('Key Tide Indicator');
    expect(names).not.toContain('Bayview Harbour Operations');
    expect(names).not.toContain('Tide Indicator');
    // nor is a shorter capitalised name glued to the lower-case verb after it
    const glued = records([
      block(1, 'The Harbour Tide Index rose 5%. Berth Queue Length matters.'),
      block(2, 'The Harbour Tide Index rose 3%. Berth Queue Length matters.'),
      block(3, 'The Harbour Tide Index rose again. Berth Queue Length matters.'),
    ]).map((r) => r.name);
    expect(glued).toContain('Harbour Tide Index');
    expect(glued).toContain('Berth Queue Length');
    expect(glued.some((n) => /\b(?:rose|fell|matters|grew)$/.test(n))).toBe(false);
    // in lower case "key" evaluates ("key findings"): still a stop word there
    const lower = [
      ...extractCandidates([block(1, 'The key findings are clear.')], undefined, { lang: 'en' }).keys(),
    ];
    expect(lower.some((k) => k.startsWith('key'))).toBe(false);
  });

  it('English: a phrase ending in an adverb of place or a reporting verb is no term; verb-like first words stay', () => {
    const recs = records([
      block(1, 'Use quay access rules everywhere. Crews must patch the berth servers.'),
      block(2, 'Quay access rules apply. Patch management is weekly.'),
      block(3, 'Quay access rules are reviewed with patch management.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).toContain('quay access rules');
    expect(names.some((n) => n.endsWith(' everywhere'))).toBe(false);
    // a word the deck also uses as a verb still starts a term ("must patch the servers" / "patch management")
    expect(names).toContain('patch management');
    // reporting verbs end a phrase ("Research suggests …", "Evidence indicates …")
    const told = records([
      block(1, 'Tide research suggests calmer winters.'),
      block(2, 'Tide research suggests milder storms.'),
    ]).map((r) => r.name.toLowerCase());
    expect(told.some((n) => n.includes('suggests'))).toBe(false);
  });

  it('a heading word of the stop list ends a Title Case name in running text ("… Object References")', () => {
    const recs = records([
      block(1, 'Insecure Tide Gauge References expose berths.'),
      block(2, 'Insecure Tide Gauge References are common.'),
      block(3, 'The third risk: Insecure Tide Gauge References.'),
      block(4, 'References', 'title'),
    ]);
    const names = recs.map((r) => r.name);
    expect(names).toContain('Insecure Tide Gauge References');
    expect(names).not.toContain('Insecure Tide Gauge');
    expect(names).not.toContain('References');
  });

  it('English: a plural noun before a last word makes a clause only in two words ("programmers refactor")', () => {
    const names = records([
      block(1, 'Harbour analytics platform upgrades are due. Harbour analytics platform owners agree.'),
      block(2, 'The harbour analytics platform is shared.'),
    ]).map((r) => r.name.toLowerCase());
    expect(names).toContain('harbour analytics platform');
  });

  it("people: a citation's authors before the year, and a name whose words make a contact address", () => {
    expect(
      personNames(
        'Source:  Ilka Moravec, Tomas Breydel and Lin Ostrova, 2014. “Tides of Change.” Harbour Press.',
      ),
    ).toEqual(['Ilka Moravec', 'Tomas Breydel', 'Lin Ostrova']);
    expect(
      personNames('Authors: Ilka Moravec & Tomas Breydel (2019). “Berth Queues.” Harbour Press.'),
    ).toEqual(['Ilka Moravec', 'Tomas Breydel']);
    expect(
      personNames(
        'Ilka Moravec\nSenior Consultant\nIlka.Moravec@harbour.example\n\nTomas Breydel\ntomas_breydel@harbour.example',
      ),
    ).toEqual(['Ilka Moravec', 'Tomas Breydel']);
    // through the pipeline's candidates too (which blank addresses as noise before they look for names)
    const contact = records([
      block(1, 'Tide review', 'title'),
      block(5, 'Ilka Moravec\nSenior Consultant\nIlka.Moravec@harbour.example'),
      block(6, 'Questions to Ilka Moravec, please.'),
    ]);
    expect(contact.find((r) => r.name === 'Ilka Moravec')?.type).toBe('PERSON');
    // not a person: a citation of one work or organisation, a shared mailbox named like its department
    expect(personNames('Source: Tide Gauge Handbook, 2019.')).toEqual([]);
    expect(personNames('Contact: berth.office@harbour.example, Berth Office')).toEqual([]);
    // two names with no quoted title after the year cite organisations as often as people
    expect(personNames('Source: Harbour Research and Quay Research, 2019.')).toEqual([]);
    // a name-shaped phrase inside a sentence is no contact block
    expect(personNames('We like Tide Native tools.\ntide.native@harbour.example')).toEqual([]);
  });
});

describe('clauses by the English lexicon, and things named like people', () => {
  it('a verb that is nothing else inside, first or last makes a clause; nouns and names stay', () => {
    const lines = [
      'The courier sends parcels to the depot.',
      'Each manifest must contain sufficient detail.',
      'Locate parcel',
      'Scanners locate the parcel.',
      'Parcel sent to the depot.',
      'Encrypted manifests protect the depot.',
      'Put all indent markers on the ruler.',
      'Hop Forwards Policy applies.',
      'The depot posts on Yammer. Yammer board for the depot.',
      'Depot commits are logged.',
      'Enforcing proper',
      'A comprehensive educational plan. Comprehensive educational goals.',
      'The depot is carbon neutral.',
      'Email security: SPF for the depot.',
      'Berth switches expensive',
      'Harbour charges totaling 40 euros',
      'The depot reports days sales outstanding.',
    ];
    const recs = records(
      [block(1, 'Harbour Gate Hardening', 'title'), ...[2, 3, 4].map((i) => block(i, lines.join('\n')))],
      'en',
      4,
    );
    const forms = allForms(recs).map((f) => f.toLowerCase());
    for (const clause of [
      'courier sends parcels',
      'contain sufficient detail',
      'locate parcel',
      'parcel sent',
      'enforcing proper',
      'comprehensive educational',
      'berth switches expensive',
      'harbour charges totaling',
    ])
      expect(forms).not.toContain(clause);
    expect(forms).toContain('sufficient detail');
    // a past form first is an adjective, a word after a quantifier a noun, a Title Case name a name, a word the deck
    // capitalises mid-sentence a product, a verb's third person last may be a plural noun, an adjective after a noun
    // ends a term, and a verb's form the deck never uses as a verb starts one
    for (const term of [
      'carbon neutral',
      'email security',
      'encrypted manifests',
      'indent markers',
      'hop forwards policy',
      'yammer board',
      'depot commits',
      'days sales outstanding',
    ])
      expect(forms).toContain(term);
  });

  it('a name followed by a job is a person ("Ilka Moravec, CISO"); common words before a job are a unit', () => {
    expect(personNames('Prepared for the Board\nIlka Moravec, CISO\nMarch 2024')).toEqual(['Ilka Moravec']);
    expect(personNames('Tomas Breydel – Senior Architect, Harbour Labs')).toEqual(['Tomas Breydel']);
    expect(personNames('Lin Ostrova, Head of Berth Research')).toEqual(['Lin Ostrova']);
    expect(personNames('Service Desk, Manager approval is needed')).toEqual([]);
    expect(personNames('Liman Ekipleri için Bir Sonraki Adım, CIO ve CISO', { lang: 'tr' })).toEqual([]);
  });

  it('groups of people and German "X von Y" nouns are no person; a given name before "von" is', () => {
    expect(
      personNames('Harbour pilots: Pacific Islander, Native American, African American, Asian American'),
    ).toEqual([]);
    expect(personNames('Beim Einsatz von Werkzeugen und dem Verkauf von Neuware', { lang: 'de' })).toEqual(
      [],
    );
    expect(personNames('Eine Rede von Richard von Weizsäcker', { lang: 'de' })).toEqual([
      'Richard von Weizsäcker',
    ]);
    expect(personNames('Andrew van der Stock leads the berth project')).toEqual(['Andrew van der Stock']);
  });

  it('a given name and a surname with nothing around them make a PERSON; a list of business functions no people', () => {
    const recs = records([
      block(1, 'Berth Queue Review', 'title'),
      block(2, 'Ana Ruiz and Tom Berg presented the berth queue review.'),
      block(3, 'Questions for Ana Ruiz or Tom Berg after the berth queue review.'),
      block(4, 'Grant Writing and the April Update: Grant Writing starts in the April Update.'),
    ]);
    expect(recs.find((r) => r.name === 'Ana Ruiz')?.type).toBe('PERSON');
    expect(recs.find((r) => r.name === 'Tom Berg')?.type).toBe('PERSON');
    for (const thing of ['Grant Writing', 'April Update'])
      expect(recs.find((r) => r.name === thing)?.type ?? 'absent').not.toBe('PERSON');
    expect(
      personNames('Branch Automation, Sales Force Automation, Maintenance Support, Traders Workstation'),
    ).toEqual([]);
    expect(personNames('Bill Gates, Test Note, Grace Hopper and Ada Lovelace')).toEqual([
      'Bill Gates',
      'Grace Hopper',
      'Ada Lovelace',
    ]);
  });

  it('review cases: surnames that are adjectives, jobs after given names, nobility, places and "that"', () => {
    expect(personNames('Tom Hardy, Anna Little, Simon Strong, Jane Small')).toEqual([
      'Tom Hardy',
      'Anna Little',
      'Simon Strong',
      'Jane Small',
    ]);
    expect(personNames('Mark Brown, CFO')).toEqual(['Mark Brown']);
    expect(personNames('Business Continuity – Manager')).toEqual([]);
    expect(personNames('Wernher von Braun und Friedrich von Schiller', { lang: 'de' })).toEqual([
      'Wernher von Braun',
      'Friedrich von Schiller',
    ]);
    // a place or a method named like a person is no PERSON
    const lines = [
      'Monte Carlo simulation of the tides.',
      'We opened berths in Costa Rica.',
      'Ana Ruiz and Tom Berg presented.',
      'Costa Rica grows. Monte Carlo runs daily.',
    ];
    const recs = records(
      [block(1, 'Harbour Review', 'title'), ...[2, 3, 4].map((i) => block(i, lines.join('\n')))],
      'en',
      4,
    );
    expect(recs.find((r) => r.name === 'Ana Ruiz')?.type).toBe('PERSON');
    for (const thing of ['Monte Carlo', 'Costa Rica'])
      expect(recs.find((r) => r.name === thing)?.type ?? 'absent').not.toBe('PERSON');
    // "that" before a name is a conjunction
    const sponsor = records([
      block(1, 'Berth Sponsors', 'title'),
      block(1, 'Ana Ruiz, Mark Brown, Lin Ostrova, Ilka Moravec'),
      block(2, 'Note that Mark Brown is the new sponsor.'),
      block(3, 'Mark Brown signs the berth plan.'),
    ]);
    expect(sponsor.find((r) => r.name === 'Mark Brown')?.type).toBe('PERSON');
  });

  it('report headings ("Highlights", "Outlook") are no concepts', () => {
    const recs = records([
      block(1, 'Berth Review', 'title'),
      block(2, 'Highlights', 'title'),
      block(2, 'Berth throughput grew. Berth throughput is up.'),
      block(3, 'Outlook', 'title'),
      block(3, 'Berth throughput will grow. Highlights of the year follow.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).not.toContain('highlights');
    expect(names).not.toContain('outlook');
    // the product of that name, written as a name in running text, stays
    const product = records([
      block(1, 'Mail Setup', 'title'),
      block(2, 'Install the berth add-in for Outlook first. Then open Outlook.'),
      block(3, 'The berth add-in runs in Outlook and in the web client of Outlook.'),
    ]);
    expect(product.map((r) => r.name)).toContain('Outlook');
  });

  it('reporting periods are no concepts ("FY26", "Outlook FY26", "Q3 2024", "1st Qtr")', () => {
    const recs = records([
      block(1, 'Berth Review FY25', 'title'),
      block(2, 'Outlook FY26', 'title'),
      block(2, 'Berth throughput in FY26 grows. FY26 targets follow. Q3 2024 and Q3 2024 again.'),
      block(3, 'Berth throughput in FY26 and FY26.'),
      block(4, 'Berth throughput', 'title'),
      block(4, '1st Qtr\n2nd Qtr\n1st Qtr\n2nd Qtr'),
      block(5, '1st Qtr\n2nd Qtr'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names).toContain('berth throughput');
    for (const period of ['fy26', 'outlook fy26', 'q3 2024', '1st qtr', '2nd qtr'])
      expect(names).not.toContain(period);
  });

  it('a launch title is about its product; months and "Timeline" alone are no concepts', () => {
    const recs = records([
      block(1, 'Launching Berth Sync 2.0', 'title'),
      block(2, 'Berth Sync 2.0 brings live queues. Berth Sync 2.0 ships in March.'),
      block(3, 'Timeline', 'title'),
      block(3, 'Beta in February, general availability in March. Berth Sync 2.0 pricing follows in March.'),
      block(4, 'Berth Sync 2.0 rollout ends in February.'),
    ]);
    const names = recs.map((r) => r.name.toLowerCase());
    expect(names.some((n) => n.startsWith('berth sync'))).toBe(true);
    for (const junk of ['launching berth sync 2.0', 'march', 'february', 'timeline'])
      expect(names).not.toContain(junk);
  });

  it('Romance terms joined by a preposition are whole; their English cognate form is the same concept', () => {
    const fr = records(
      [
        block(1, 'Plan de quai 2026', 'title'),
        block(2, 'Contexte', 'title'),
        block(2, 'Le comité de pilotage valide le plan. La revue de code précède la mise en production.'),
        block(3, 'Gouvernance du quai', 'title'),
        block(
          3,
          'Un comité de pilotage par mois. La revue de code est obligatoire avant la mise en production.',
        ),
        block(4, 'Contrôle d’accès', 'title'),
        block(4, 'Le contrôle d’accès protège les quais. Voir le guide Access Control des quais.'),
        block(5, 'Les failles d’injection et les failles d’injection connues.\nInjection', 'body'),
        block(5, 'Injection', 'title'),
        block(6, 'Prochaines étapes', 'title'),
        block(6, 'Le contrôle d’accès et Access Control Cheat Sheet.'),
      ],
      'fr',
      6,
    );
    const forms = (name: string) =>
      fr.filter((r) => [r.name, ...r.aliases].some((a) => a.toLowerCase() === name.toLowerCase()));
    expect(forms('comité de pilotage')).toHaveLength(1);
    expect(forms('mise en production')).toHaveLength(1);
    expect(forms('revue de code')[0]?.type).toBe('PRACTICE');
    // "contrôle d’accès" and "Access Control": one concept, named in English, the deck's form its alias
    const access = forms('contrôle d’accès');
    expect(access).toHaveLength(1);
    expect(access[0].name).toBe('Access Control');
    // "failles d’injection" are Injection's
    expect(fr.filter((r) => /injection/i.test([r.name, ...r.aliases].join(' ')))).toHaveLength(1);
    for (const heading of ['contexte', 'prochaines étapes']) expect(forms(heading)).toHaveLength(0);
    // not joined: a capitalised name after the preposition, a verb, a word said once
    const es = records(
      [
        block(1, 'Gestión de riesgos', 'title'),
        block(2, 'La gestión de riesgos y la gestión de riesgos operativos.'),
        block(3, 'Gestión de sesiones y Session Management según la guía.'),
        block(4, 'La gestión de sesiones protege las cuentas.'),
      ],
      'es',
      4,
    );
    expect(es.filter((r) => /gesti[oó]n de riesgos/i.test(r.name))).toHaveLength(1);
    // one word of two in common is no translation
    expect(
      es.some(
        (r) =>
          [r.name, ...r.aliases].includes('Session Management') && r.aliases.includes('gestión de sesiones'),
      ),
    ).toBe(false);
  });

  it('review cases of the Romance and heading rules: variants, quantities, set phrases, names with a year', () => {
    const lines = (ls: string[]) => [2, 3, 4].map((i) => block(i, ls.join('\n')));
    const fr = records(
      [
        block(1, 'Quai 2026', 'title'),
        ...lines([
          'La communication interne et la communication externe du quai.',
          'Le nombre de participants augmente. La mise en place du quai. De notre point de vue, le quai.',
          'Permettre de réduire les délais. Le comité de pilotage se réunit.',
          'Formation des prix du quai.',
        ]),
      ],
      'fr',
      4,
    );
    const forms = (name: string) =>
      fr.filter((r) => [r.name, ...r.aliases].some((a) => a.toLowerCase() === name.toLowerCase()));
    // the same order is a variant of one language, not a translation
    expect(forms('communication interne')).toHaveLength(1);
    expect(forms('communication interne')[0].aliases.map((a) => a.toLowerCase())).not.toContain(
      'communication externe',
    );
    for (const junk of ['nombre de participants', 'mise en place', 'point de vue', 'permettre de réduire'])
      expect(forms(junk)).toHaveLength(0);
    expect(forms('comité de pilotage')).toHaveLength(1);
    expect(forms('formation des prix')[0]?.type ?? 'absent').not.toBe('PRACTICE');
    // "fallas de mercado" are no "mercado"
    const es = records(
      [
        block(1, 'Mercado', 'title'),
        ...lines(['Las fallas de mercado y el mercado.', 'Fallas de mercado en el mercado local.']),
      ],
      'es',
      4,
    );
    expect(
      es.some((r) => r.name.toLowerCase() === 'mercado' && r.aliases.some((a) => /fallas/i.test(a))),
    ).toBe(false);
    // English: an -ing name capitalised mid-sentence, a name with a year, a product at line starts
    const en = records([
      block(1, 'Berth Platform', 'title'),
      ...lines([
        'The Streaming API 2.0 pushes berth events. Call the Streaming API 2.0 first.',
        'Project 2025 is the berth plan. See Project 2025 for berths.',
        'Outlook: manage your berth mail\nOutlook calendar for berths',
      ]),
      block(5, 'API keys and the API console.'),
    ]);
    const names = en.map((r) => r.name);
    expect(names).toContain('Streaming API 2.0');
    expect(names).toContain('Project 2025');
    expect(names.some((n) => /^Outlook/.test(n))).toBe(true);
  });

  it('Spanish "a" joins terms; a unit\'s name with "de" is no person; French -ier infinitives join nothing', () => {
    const es = records(
      [
        block(1, 'Plan de puertos 2025', 'title'),
        block(1, 'Dirección de Tecnología\nLucía Gómez, CISO'),
        block(2, 'Reducir el tiempo de respuesta a incidentes. Contratar a los analistas.'),
        block(3, 'Respuesta a incidentes', 'title'),
        block(3, 'El plan de respuesta a incidentes se prueba. Respuesta a incidentes cada año.'),
      ],
      'es',
      3,
    );
    expect(es.some((r) => r.name.toLowerCase() === 'respuesta a incidentes')).toBe(true);
    expect(es.find((r) => r.name === 'Dirección de Tecnología')?.type ?? 'absent').not.toBe('PERSON');
    expect(personNames('Juan de la Cruz, María de los Ángeles, José da Silva')).toHaveLength(3);
    const fr = records(
      [
        block(1, 'Quai', 'title'),
        ...[2, 3].map((i) =>
          block(i, 'Des failles difficiles à identifier. Le quai est difficiles à identifier.'),
        ),
      ],
      'fr',
      3,
    );
    expect(fr.some((r) => r.name.toLowerCase() === 'difficiles à identifier')).toBe(false);
  });

  it('a name written after an article is a thing, not a person ("Using the Harbour Tide Reader, she …")', () => {
    const recs = records([
      block(1, 'Harbour Tide Reader'),
      block(1, 'Ilka Moravec\nBerth Team\nMay 2011'),
      block(2, 'Using the Harbour Tide Reader, she joins the berth crew.'),
      block(3, 'Harbour Tide Reader parts: a sensor and a pad.'),
    ]);
    const reader = recs.find((r) => r.name === 'Harbour Tide Reader');
    expect(reader).toBeDefined();
    expect(reader?.type).not.toBe('PERSON');
    // (a speaker named after "the" with a noun after the name is no thing: "the Ilka Moravec talk")
    const talk = records([
      block(1, 'Berth Queues'),
      block(1, 'Ilka Moravec\nBerth Team'),
      block(2, 'Slides of the Ilka Moravec talk follow.'),
      block(3, 'Ilka Moravec answers questions.'),
    ]);
    expect(talk.find((r) => r.name === 'Ilka Moravec')?.type).toBe('PERSON');
  });
});

describe('short decks of lists: terms written once', () => {
  // a made-up eight-slide operations review: most terms are written once, at the head of a bullet
  const deck = (): LinkBlock[] => [
    block(1, 'Harbour Logistics Review', 'title'),
    block(1, 'Operations Board – May 2031\nPrepared by Wenke Albers'),
    block(2, 'Summary', 'title'),
    block(
      2,
      'Dwell times improved by 9% year over year\nBerth utilisation fell from 81% to 77%\nCrane downtime is stable',
    ),
    block(3, 'Carriers', 'title'),
    block(
      3,
      'On-time arrival: 88% (target 92%)\nDemurrage charges: 0.6%\nCarrier Q missed two calls due to fog',
    ),
    block(4, 'Yard', 'title'),
    block(
      4,
      'Reefer capacity was raised for peak season\nEmpty containers worth $2M sit idle\nGate automation speeds up truck handling',
    ),
    block(5, 'Risks', 'title'),
    block(
      5,
      'Labour shortages affect night shifts\nFuel surcharges increase handling costs\nA new contract with Brakvoll Freight is pending',
    ),
    block(6, 'Actions', 'title'),
    block(
      6,
      'Reduce empty container stock by 30%\nNegotiate long-term berth windows with carriers\nTurn on predictive maintenance for cranes',
    ),
    block(7, 'Metrics', 'title'),
    block(7, 'Truck turnaround time\nQuay crane productivity'),
    block(8, 'Budget', 'title'),
    block(8, 'Gate cameras: $90k\nYard sensors: $40k'),
  ];
  const recs = () => records(deck(), 'en', 8);

  it('the noun phrase a bullet leads with is a concept even when written once', () => {
    const names = recs().map((r) => r.name.toLowerCase());
    for (const t of [
      'dwell times',
      'berth utilisation',
      'crane downtime',
      'on-time arrival',
      'demurrage charges',
      'reefer capacity',
      'empty containers',
      'gate automation',
      'labour shortages',
      'fuel surcharges',
      'empty container stock',
      'long-term berth windows',
      'predictive maintenance',
      'truck turnaround time',
      'quay crane productivity',
      'gate cameras',
      'yard sensors',
    ])
      expect(names).toContain(t);
  });

  it('its verb, its instruction and its numbers stay out ("… improved", "Reduce …", "… speeds up")', () => {
    const names = recs().map((r) => r.name.toLowerCase());
    for (const n of names) {
      expect(n).not.toMatch(
        /\b(?:improved|fell|raised|speeds|affect|increase|reduce|negotiate|turn on|missed|is)\b/,
      );
      expect(n).not.toMatch(/\d/);
    }
  });

  it('a section heading is no concept ("Risks", "Actions", "Metrics", "Budget")', () => {
    const names = recs().map((r) => r.name.toLowerCase());
    for (const h of ['risks', 'actions', 'metrics', 'budget', 'summary']) expect(names).not.toContain(h);
  });

  it('a name written once after a preposition is kept; the unit on the title slide is no person', () => {
    const r = recs();
    expect(r.map((x) => x.name)).toContain('Brakvoll Freight');
    expect(r.find((x) => x.name === 'Operations Board')?.type ?? 'ENTITY').not.toBe('PERSON');
    expect(r.find((x) => x.name === 'Wenke Albers')?.type).toBe('PERSON');
    // (a variant's label is no concept: "Carrier Q")
    expect(r.map((x) => x.name)).not.toContain('Carrier Q');
  });

  it('terms written once rank after every term written more often', () => {
    const blocks = [
      ...deck(),
      block(2, 'Crane downtime and berth windows: crane downtime again'),
      block(3, 'crane downtime'),
    ];
    const r = records(blocks, 'en', 8);
    const at = (n: string) => r.findIndex((x) => x.name.toLowerCase() === n);
    expect(at('crane downtime')).toBeGreaterThanOrEqual(0);
    expect(at('crane downtime')).toBeLessThan(at('reefer capacity'));
  });

  it('a long deck rich in repeated terms gets no terms written once', () => {
    const blocks: LinkBlock[] = [];
    const terms = Array.from(
      { length: 40 },
      (_, i) => `Zorblat Module ${String.fromCharCode(65 + (i % 26))}${i}x`,
    );
    for (let s = 1; s <= 40; s++) {
      blocks.push(block(s, `${terms[s - 1]} and ${terms[s % 40]} work together`));
      blocks.push(block(s, `Windward gauge readings stayed flat on slide ${s}`));
    }
    blocks.push(block(41, 'Quixotic lantern arrays need repair'));
    const r = records(blocks, 'en', 41);
    expect(r.map((x) => x.name.toLowerCase())).not.toContain('quixotic lantern arrays');
  });
});

describe('leading noun phrases of bullet lines', () => {
  it('cuts at the verb, the number, the colon and the preposition', () => {
    const np = (t: string) => leadNounPhrases(t)[0];
    expect(np('Dwell times improved by 9%')).toBe('Dwell times');
    expect(np('Demurrage charges: 0.6%')).toBe('Demurrage charges');
    expect(np('Fuel surcharges increase handling costs')).toBe('Fuel surcharges');
    expect(np('Labour shortage affects night shifts')).toBe('Labour shortage');
    expect(np('Reefer capacity was raised')).toBe('Reefer capacity');
    expect(np('Gate automation speeds up truck handling')).toBe('Gate automation');
    expect(np('Hire an onboarding coordinator')).toBe('onboarding coordinator');
    expect(np('Turn on predictive maintenance')).toBe('predictive maintenance');
    expect(np('Spam emails are the main vector')).toBe('Spam emails');
    expect(np('90-day retention')).toBe('90-day retention');
    // (a statistic, not an instruction: "mean" is a verb first in the lexicon's news text)
    expect(np('Mean absolute error of 41 hours')).toBe('Mean absolute error');
  });

  it('gives nothing for a clause, an action or an evaluation', () => {
    const np = (t: string) => leadNounPhrases(t)[0];
    expect(np('Uses calming colors')).toBeNull();
    expect(np('Joined the board in 2015')).toBeNull();
    expect(np('Displays lights in a fan-like manner')).toBeNull();
    expect(np('Extracting metadata from files')).toBeNull();
    expect(np('Longer timeouts')).toBeNull();
    expect(np('Harbour scores.')).toBeNull();
    expect(np('New')).toBeNull();
  });

  it('reads a list of instructions as one and skips a line broken mid-phrase', () => {
    expect(leadNounPhrases('Extend the pilot to two wards\nTrain nurses on the method')[1]).toBeNull();
    expect(leadNounPhrases('Four Developers on the Same Open\nSource Project')[1]).toBeNull();
    // (a verb the lexicon tags only in its present form, VBP, is an instruction's verb too: "fund" is NN|VBP)
    expect(
      leadNounPhrases(
        'Approve two berth planners\nFund crane operator training\nAlign pilot schedules\nPrioritise gate sensors',
      )[1],
    ).toBe('crane operator training');
  });
});

describe('people, organisations and tools by their words', () => {
  it('a by-line and a job after a field name a person', () => {
    expect(personNames('Prepared by Wenke Albers')).toContain('Wenke Albers');
    expect(personNames('Laura Chen, HR Business Partner')).toContain('Laura Chen');
    expect(personNames('Ivan Petrov, Chief Medical Officer')).toContain('Ivan Petrov');
    expect(personNames('Prepared by People Operations')).toEqual([]);
  });

  it('a unit written with common words on the title slide is no person ("People Operations")', () => {
    expect(personNames('People Operations\nQuality Office', { titleSlide: true })).toEqual([]);
  });

  it('a place is no person ("North America"), a university by its place is an organisation', () => {
    const r = records([
      block(1, 'Sales in North America grew. North America leads.'),
      block(2, 'North America and Europe.'),
      block(3, 'Researchers at Georgia Tech and Portland State. Georgia Tech, Portland State.'),
    ]);
    expect(r.find((x) => x.name === 'North America')?.type).not.toBe('PERSON');
    expect(r.find((x) => x.name === 'Georgia Tech')?.type).toBe('ORGANIZATION');
    expect(guessType('Solid State')).toBe('ENTITY');
    expect(guessType('password manager')).toBe('TOOL');
    expect(guessType('project manager')).toBe('ROLE');
    // "administration", "board", "group" end an organisation's name only when it is written as a name
    expect(guessType('Food and Drug Administration')).toBe('ORGANIZATION');
    expect(guessType('Harbour Advisory Board')).toBe('ORGANIZATION');
    expect(guessType('Thales Group')).toBe('ORGANIZATION');
    expect(guessType('rapid administration')).not.toBe('ORGANIZATION');
    expect(guessType('control group')).not.toBe('ORGANIZATION');
    expect(guessType('message board')).not.toBe('ORGANIZATION');
  });

  it('a reporting period before a title is no part of it ("Q3 2025 Business Review")', () => {
    const r = records([
      block(1, 'Q3 2031 Harbour Review', 'title'),
      block(2, 'The Harbour Review covers berths.'),
      block(3, 'Harbour Review, part two.'),
    ]);
    expect(allForms(r)).not.toContain('2031 Harbour Review');
  });
});

describe('short decks of lists: what the line says, continued', () => {
  const np = (t: string) => leadNounPhrases(t)[0];

  it('reads a past or a gerund before a noun as its modifier, and a label as no instruction', () => {
    expect(np('Deferred revenue: $3M')).toBe('Deferred revenue');
    expect(np('Operating expenses')).toBe('Operating expenses');
    expect(np('Search ads: 20%')).toBe('Search ads');
    expect(leadNounPhrases('Churn below 6%\nSearch ads: 20%\nReturn rate under 5%')).toEqual([
      null,
      'Search ads',
      'Return rate',
    ]);
    // (a list of instructions: "Review", "Move" are verbs there; the label stays)
    expect(
      leadNounPhrases(
        'Move staging to the new cluster\nReview price-marking errors\nTrack churn with the vendor\nSearch ads: 20%\nGross margin',
      ),
    ).toEqual([null, 'price-marking errors', null, 'Search ads', 'Gross margin']);
  });

  it('keeps a Title Case name, capitals with digits and a plural before a place whole', () => {
    expect(np('Riverbend Unified School District awarded a grant')).toBe('Riverbend Unified School District');
    expect(np('IP54 water resistance')).toBe('IP54 water resistance');
    expect(np('After-school reading clubs in 14 schools')).toBe('After-school reading clubs');
    expect(np('Support tickets up 12%')).toBe('Support tickets');
    expect(np('Text box1 here')).toBeNull();
  });

  it('a line after one that ends in a word, not an article or preposition, starts afresh', () => {
    expect(leadNounPhrases('Costs are down\nFreight surcharge model')[1]).toBe('Freight surcharge model');
  });

  it('a one-word title names its slide\'s topic, unless it is a section heading ("Implementation", "FAQ")', () => {
    const r = records(
      [
        block(1, 'Implementation', 'title'),
        block(1, 'Three waves for the Zentrel suite.'),
        block(2, 'Glorbination', 'title'),
        block(2, 'Models that fit the noise.'),
        block(3, 'Collisions', 'title'),
        block(3, 'Two keys share one bucket.'),
        block(4, 'FAQ', 'title'),
        block(4, 'Ask the team.'),
      ],
      'en',
      4,
    );
    const names = r.map((x) => x.name);
    expect(names).not.toContain('Implementation');
    expect(names).not.toContain('FAQ');
    expect(names).toEqual(expect.arrayContaining(['Glorbination', 'Collisions']));
  });

  it('names written once: CamelCase products and shops in a list are kept, authors cited are not', () => {
    const r = records(
      [
        block(1, 'Launch plan', 'title'),
        block(1, 'Tickets are tracked in FlowDesk\nSold at Harrowgate, Quillmart and Brimby'),
        block(2, 'Background', 'title'),
        block(2, 'According to Vortanen and Sleskow [2006]: refactoring is frequent'),
      ],
      'en',
      2,
    );
    const names = r.map((x) => x.name);
    expect(names).toContain('FlowDesk');
    expect(names).not.toContain('Vortanen');
    expect(names).not.toContain('Sleskow');
  });

  it('a company on the title slide is no person and is typed an organisation; a team line names people', () => {
    expect(personNames('Tallis Foods\nQuarterly review', { titleSlide: true })).toEqual([]);
    expect(guessType('Kestrel Analytics')).toBe('ORGANIZATION');
    expect(guessType('Marketing Analytics')).not.toBe('ORGANIZATION');
    expect(personNames('Product: Kenji Watanabe\nPlatform: Google Cloud')).toEqual(['Kenji Watanabe']);
  });

  it('a term written once with words in front of a kept term is that term ("Manual prior authorisation")', () => {
    const r = records(
      [
        block(1, 'Claims', 'title'),
        block(1, 'Prior authorisation delays care. Prior authorisation forms.'),
        block(2, 'Prior authorisation rules'),
        block(3, 'Manual prior authorisation takes days'),
      ],
      'en',
      3,
    );
    expect(r.map((x) => x.name.toLowerCase())).not.toContain('manual prior authorisation');
  });
});

describe('short decks in French and Spanish: terms a line leads with', () => {
  it('a term joined by its preposition at a line start is whole even when written once', () => {
    const r = records(
      [
        block(1, 'Plan de transformation', 'title'),
        block(1, 'Présenté par Claire Dubois'),
        block(2, 'Le système de facturation actuel date de 2009\nLes coûts de maintenance augmentent'),
        block(3, 'Comité de pilotage mensuel\nConduite du changement : 40 k€\nLicences SaaS : 120 k€'),
        block(4, 'Risques', 'title'),
        block(4, 'Qualité des données historiques'),
      ],
      'fr',
      4,
    );
    const names = r.map((x) => x.name.toLowerCase());
    for (const t of [
      'système de facturation',
      'coûts de maintenance',
      'comité de pilotage',
      'conduite du changement',
      'licences saas',
      // (with its adjective of relation: a term whole)
      'qualité des données historiques',
    ])
      expect(names).toContain(t);
    expect(names).not.toContain('risques');
    expect(r.find((x) => x.name === 'Claire Dubois')?.type).toBe('PERSON');
  });

  it('a quantity is no term ("La mayoría de los ataques")', () => {
    const r = records(
      [
        block(1, 'Situación', 'title'),
        block(1, 'La mayoría de los ataques empiezan con un correo\nGestión de vulnerabilidades semanal'),
      ],
      'es',
      2,
    );
    const names = r.map((x) => x.name.toLowerCase());
    expect(names).toContain('gestión de vulnerabilidades');
    expect(names.some((n) => n.startsWith('mayoría'))).toBe(false);
  });
});

describe('short decks of lists: people, stages and counts', () => {
  it('a company by its trade on the title slide is no person; a job before a name or a credential after it names one', () => {
    expect(personNames('Crestline Distribution\nProposal', { titleSlide: true })).toEqual([]);
    expect(personNames('Ana Brown\nProposal', { titleSlide: true })).toEqual(['Ana Brown']);
    expect(personNames('Lead auditor: Fiona McBride, CISA')).toContain('Fiona McBride');
    expect(personNames('CIO Raj Patel accepts all findings')).toContain('Raj Patel');
  });

  it('a one-verb title heads a stage ("Define", "Analyze"); a count and its unit lead no phrase', () => {
    const r = records(
      [
        block(1, 'Define', 'title'),
        block(1, 'Scope the defect of the valve line.'),
        block(2, 'Analyze', 'title'),
        block(2, 'Fishbone of the seal failures.'),
      ],
      'en',
      2,
    );
    const names = r.map((x) => x.name);
    expect(names).not.toContain('Define');
    expect(names).not.toContain('Analyze');
    expect(leadNounPhrases('36 ft clear height and 48 dock doors')[0]).toBe('clear height');
    expect(leadNounPhrases('911 dispatch center consolidation')[0]).toBe('dispatch center consolidation');
  });
});

describe('short decks of lists: products launched, French pairs', () => {
  it('a launch title is about its product, written once with its code ("Launching Pulsar X2")', () => {
    const r = records(
      [
        block(1, 'Launching Pulsar X2', 'title'),
        block(1, 'Product Marketing'),
        block(2, 'Key features', 'title'),
        block(2, '32-hour battery life\nIP54 water resistance'),
      ],
      'en',
      2,
    );
    const pulsar = r.find((x) => /pulsar/i.test(x.name));
    expect(pulsar?.name).toBe('Pulsar X2');
    expect(r.map((x) => x.name)).toContain('IP54 water resistance');
  });

  it('a French noun and its adjective lead a line before a function word ("Formation continue des vendeurs")', () => {
    const r = records(
      [
        block(1, 'Bilan', 'title'),
        block(1, 'Vente consultative pour les grands comptes\nFormation continue des vendeurs'),
        block(2, 'Leviers', 'title'),
        block(2, 'Taux de conversion stable'),
      ],
      'fr',
      2,
    );
    const names = r.map((x) => x.name.toLowerCase());
    for (const t of ['vente consultative', 'formation continue', 'taux de conversion'])
      expect(names).toContain(t);
    expect(names).not.toContain('leviers');
  });
});

describe('types from the head of a name', () => {
  it('an activity named by its head is a practice, whatever keyword sits in front of it', () => {
    expect(guessType('Floss Refactoring')).toBe('PRACTICE');
    expect(guessType('Identity Proofing')).toBe('PRACTICE');
    expect(guessType('Cross Certification')).toBe('PRACTICE');
    expect(guessType('Process Automation')).toBe('PRACTICE');
    expect(guessType('API Security')).toBe('PRACTICE');
    expect(guessType('Zugriffskontrolle')).toBe('PRACTICE');
    expect(guessType('Digitalisierung')).toBe('PRACTICE');
    // a thing or an event in -ing, a person's name, a weakness stay what they were
    expect(guessType('Office Building')).toBe('ENTITY');
    expect(guessType('Kickoff Meeting')).toBe('ENTITY');
    expect(guessType('Lee Browning')).toBe('ENTITY');
    expect(guessType('Insecure Deserialization')).toBe('ENTITY');
  });

  it('a keyword that is not the head does not type the name ("Ad platform privacy changes")', () => {
    expect(guessType('Ad platform privacy changes')).toBe('ENTITY');
    expect(guessType('Data Platform')).toBe('TOOL');
    expect(guessType('Revamped architecture section')).toBe('ENTITY');
  });

  it('federations, authorities and public bodies are organisations; quantities by their head are metrics', () => {
    expect(guessType('E-Authentication Federation')).toBe('ORGANIZATION');
    expect(guessType('Federal PKI Policy Authority')).toBe('ORGANIZATION');
    expect(guessType('DoD')).toBe('ORGANIZATION');
    expect(guessType('Password Entropy')).toBe('METRIC');
    expect(guessType('Customer retention')).toBe('METRIC');
    expect(guessType('Stromverbrauch')).toBe('METRIC');
    expect(guessType('Sicherheitstester')).toBe('ROLE');
  });

  it('published methods, guides, enumerations and protocols are standards', () => {
    expect(guessType('OWASP Testing Guide')).toBe('STANDARD');
    expect(guessType('OWASP Risk-Rating-Methode')).toBe('STANDARD');
    expect(guessType('Common Weakness Enumeration')).toBe('STANDARD');
    expect(guessType('SAML 2.0')).toBe('STANDARD');
    expect(guessType('Creative Commons Attribution ShareAlike 3.0')).toBe('STANDARD');
    // a method of one's own is a practice
    expect(guessType('Development Methodology')).toBe('PRACTICE');
  });

  it('a person is still told from a name-shaped activity in a deck', () => {
    const r = records([
      block(1, 'Kim Harding and Lee Browning presented the roadmap.'),
      block(2, 'Kim Harding owns the budget. Lee Browning owns hiring.'),
      block(3, 'Floss Refactoring in practice. Floss Refactoring again.'),
    ]);
    expect(r.find((x) => x.name === 'Kim Harding')?.type).toBe('PERSON');
    expect(r.find((x) => x.name === 'Floss Refactoring')?.type).toBe('PRACTICE');
  });
});

describe('short decks of lists: things done', () => {
  it('a list of things done names their objects ("Opened the Rotterdam hub" → "Rotterdam hub")', () => {
    const r = records(
      [
        block(1, 'Key highlights', 'title'),
        block(
          1,
          'Opened the Rotterdam hub\nLaunched route optimisation with Optimo\nReduced empty miles by 12%',
        ),
        block(2, 'Balance sheet', 'title'),
        block(2, 'Deferred revenue: $2.1M\nAccrued expenses: $0.8M'),
        block(3, 'Q&A', 'title'),
        block(3, 'Thank you'),
      ],
      'en',
      3,
    );
    const names = r.map((x) => x.name);
    for (const t of [
      'Rotterdam hub',
      'route optimisation',
      'empty miles',
      'Deferred revenue',
      'Accrued expenses',
    ])
      expect(names).toContain(t);
    expect(names).not.toContain('Reduced empty miles');
    expect(names).not.toContain('Q&A');
  });
});

describe('short decks in French and Spanish: headings and instructions', () => {
  it('a heading with its evaluation, a plan before its year, a roadmap and a quarter are no terms', () => {
    const fr = records(
      [
        block(1, 'Bilan commercial T3', 'title'),
        block(2, 'Situation actuelle', 'title'),
        block(2, 'Le panier moyen baisse à 42 €\nLe taux de conversion reste stable'),
        block(3, 'Objectifs 2026', 'title'),
        block(3, 'Augmenter le panier moyen de 10 %\nDéployer le programme de fidélité'),
      ],
      'fr',
      3,
    ).map((x) => x.name.toLowerCase());
    expect(fr).toContain('bilan commercial');
    for (const t of ['panier moyen', 'programme de fidélité', 'taux de conversion']) expect(fr).toContain(t);
    for (const t of ['situation actuelle', 'objectifs 2026', 'bilan commercial t3'])
      expect(fr).not.toContain(t);
    const es = records(
      [
        block(1, 'Situación actual', 'title'),
        block(1, 'Sistemas heredados sin soporte'),
        block(2, 'Hoja de ruta', 'title'),
        block(2, 'Automatizar la facturación electrónica\nMigrar el ERP a SAP S/4HANA'),
      ],
      'es',
      2,
    ).map((x) => x.name.toLowerCase());
    expect(es).toContain('facturación electrónica');
    for (const t of ['situación actual', 'hoja de ruta']) expect(es).not.toContain(t);
  });
});

describe('words that are names of built-in properties', () => {
  it('a deck about code that writes "Constructor" or "toString" is read like any other', () => {
    const r = records(
      [
        block(1, 'Constructor', 'title'),
        block(1, 'The Constructor runs first. A Constructor calls toString and valueOf.'),
        block(2, 'Constructor chaining', 'title'),
        block(2, 'Constructor chaining calls hasOwnProperty.'),
      ],
      'en',
      2,
    );
    expect(r.map((x) => x.name)).toContain('Constructor chaining');
  });
});

describe('short decks of lists: headings out, names in', () => {
  const deck = [
    block(1, 'Q3 FY2024 Sales Review', 'title'),
    block(1, 'Presented by Priya Raghunathan, VP Sales'),
    block(2, 'Bookings by Region', 'title'),
    block(2, 'DACH | $9.1M\nIndia | $3.2M'),
    block(3, 'Top Deals Closed', 'title'),
    block(3, 'Telstra – $1.1M, displaced Salesforce\nDeutsche Bahn – $950K pilot'),
    block(4, 'Risks and Mitigations', 'title'),
    block(4, 'Terraform for infrastructure as code\nDatadog for metrics and APM'),
    block(5, 'Pipeline Health', 'title'),
    block(5, 'Mean time to detect (MTTD): 27 minutes\nCompetitors: Salesforce, HubSpot, Zoho'),
    block(6, 'Lessons Learned', 'title'),
    block(6, 'Case studies: Pizka [2004]\nColA | ColB | ColC'),
    block(7, 'Regulatory', 'title'),
    block(7, 'What Went Well\nWhat Went Wrong'),
  ];

  it('a title that only heads its slide is no concept (two topics, a breakdown, a ranking, a state, the document)', () => {
    const names = records(deck, 'en', 7).map((x) => x.name);
    for (const h of [
      'Sales Review',
      'Bookings by Region',
      'Top Deals Closed',
      'Risks and Mitigations',
      'Pipeline Health',
      'Lessons Learned',
      'Regulatory',
      'Went',
    ])
      expect(names).not.toContain(h);
  });

  it('one-word names written once are kept: leading a line or mid-sentence; not a cited author or a column label', () => {
    const r = records(deck, 'en', 7);
    const names = r.map((x) => x.name);
    for (const n of ['Terraform', 'Datadog', 'Salesforce', 'Zoho', 'Telstra']) expect(names).toContain(n);
    for (const n of ['Pizka', 'ColA', 'ColB']) expect(names).not.toContain(n);
    // (a sentence-case expansion with a small word in it: "Mean time to detect (MTTD)")
    const mttd = r.find((x) => x.name === 'MTTD' || x.aliases.includes('MTTD'));
    expect(mttd?.aliases.concat(mttd.name)).toContain('Mean time to detect');
  });

  it('an acronym of a name the deck writes out is that name ("PSU" of "Portland State")', () => {
    const names = records(
      [
        block(1, 'Researchers at Portland State and Georgia Tech. Portland State, Georgia Tech.'),
        block(2, 'Students used PSU computers.'),
      ],
      'en',
      6,
    ).map((x) => x.name);
    expect(names).toContain('Portland State');
    expect(names).not.toContain('PSU');
  });
});

describe('people by the part they play, names of many countries', () => {
  it('a part before a colon or a dash names a person whatever the given name ("Campaign lead: Mai Anh Pham")', () => {
    expect(personNames('Chief Product Officer: Sunita Venkataraman')).toEqual(['Sunita Venkataraman']);
    expect(personNames('Semantic layer GA (lead: Kwame Mensah)')).toEqual(['Kwame Mensah']);
    expect(personNames('Disable SMBv1 fleet-wide – owner: Wang Lei – due Nov 30')).toEqual(['Wang Lei']);
    expect(personNames('Top performer: Chen Wei (ANZ) at 163%')).toEqual(['Chen Wei']);
    expect(personNames('Site | PI | Enrolled\nSeoul Hospital | Dr. Park Ji-hoon | 17')).toEqual([
      'Park Ji-hoon',
    ]);
    // (a unit, a product or a company after the part is none)
    expect(personNames('Owner: Quality Office')).toEqual([]);
    expect(personNames('Product owner: Google Cloud')).toEqual([]);
    expect(personNames('Lead: Crestline Distribution')).toEqual([]);
  });

  it("a team's list names everyone once two of its lines, or one of three, are people", () => {
    expect(personNames('Platform: Liu Yang\nDesign: Hannah Becker\nGrowth: Arjun Mehta').sort()).toEqual(
      ['Arjun Mehta', 'Hannah Becker', 'Liu Yang'].sort(),
    );
    expect(personNames('Platform: Google Cloud\nStatus: Green Light\nRegion: Sierra Leone')).toEqual([]);
    // (a country or a capital is no person, even in a team's list)
    expect(personNames('Region: Sierra Leone\nDesign: Hannah Becker\nHub: Kuala Lumpur')).toEqual([
      'Hannah Becker',
    ]);
  });

  it("vendors' products, companies by their trade, ratings in capitals, a cut honorific", () => {
    expect(guessType('Microsoft Teams')).toBe('PRODUCT');
    expect(guessType('Murata Manufacturing')).toBe('ORGANIZATION');
    expect(guessType('Tata Consultancy Services')).toBe('ORGANIZATION');
    expect(guessType('Reverse Logistics')).not.toBe('ORGANIZATION');
    const names = records(
      [
        block(1, 'Supplier | Risk\nFoxconn | HIGH\nMurata | MEDIUM\nNichicon | HIGH'),
        block(2, 'Risk levels: HIGH, MEDIUM. CEO Dr. Ngozi Okonjo leads. CEO Dr. Ngozi Okonjo.'),
      ],
      'en',
      2,
    ).map((x) => x.name);
    for (const n of ['HIGH', 'MEDIUM', 'CEO Dr']) expect(names).not.toContain(n);
  });
});

describe('one-word names written once: words of a dictionary are words', () => {
  it('a dictionary word leading a line is the word; a tool by name, a framework mid-sentence stay', () => {
    const names = records(
      [
        block(1, 'Footer settings\nSuperscript for footnotes\nBottom-Left placement\nAaaaa'),
        block(2, 'Terraform for infrastructure as code\nFrameworks such as React and Angular'),
        block(3, 'Frameworks: React, Angular. We chose React.'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['Footer', 'Superscript', 'Bottom-Left', 'Aaaaa']) expect(names).not.toContain(n);
    for (const n of ['Terraform', 'React']) expect(names).toContain(n);
    const fr = records([block(1, 'Le meilleur moyen de réussir\nLe panier moyen baisse')], 'fr', 1).map((x) =>
      x.name.toLowerCase(),
    );
    expect(fr).not.toContain('meilleur moyen');
  });
});

describe('French and Spanish decks: stages, teams, terms whole', () => {
  it('stages named by an infinitive, a team heading and a time after a heading are no concepts', () => {
    const names = records(
      [
        block(1, 'Definir', 'title'),
        block(1, 'Costo de mala calidad (COPQ): 1,2 M USD al año\nDefectos: 8.400 PPM'),
        block(2, 'Medir', 'title'),
        block(2, 'Plan de control semanal'),
        block(3, 'Equipo', 'title'),
        block(3, 'Black Belt: Mariana Gutiérrez\nMantenimiento: Andrés Villalobos'),
        block(4, 'Resultados a 12 meses', 'title'),
        block(4, 'Tasa de devoluciones: 2 %'),
      ],
      'es',
      4,
    );
    const names_ = names.map((x) => x.name);
    for (const n of ['Definir', 'Medir', 'Equipo', 'USD', 'PPM', 'Resultados a 12 meses'])
      expect(names_).not.toContain(n);
    for (const n of ['Costo de mala calidad', 'Mariana Gutiérrez', 'Andrés Villalobos'])
      expect(names_).toContain(n);
    expect(names.find((x) => x.name === 'Mariana Gutiérrez')?.type).toBe('PERSON');
    expect(names.find((x) => x.name === 'Costo de mala calidad')?.type).toBe('METRIC');
  });

  it("a French team's list names its people; a term keeps its adjective of relation, not a state", () => {
    expect(
      personNames(
        'Pr Mohamed Benali, chirurgien orthopédiste\nHélène Rousseau, cadre supérieure de santé\nKossi Mensah, ingénieur qualité',
        { lang: 'fr' },
      ).sort(),
    ).toEqual(['Hélène Rousseau', 'Kossi Mensah', 'Mohamed Benali']);
    expect(personNames('Pilotage : Dr Claire Lefèvre, présidente de la CME', { lang: 'fr' })).toContain(
      'Claire Lefèvre',
    );
    const names = records(
      [
        block(1, 'Signalement des événements indésirables dans Ennov\nTaux de conversion stable'),
        block(2, "Taux d'infection : 2,8 %"),
      ],
      'fr',
      2,
    );
    const n = names.map((x) => x.name.toLowerCase());
    expect(n).toContain('signalement des événements indésirables');
    expect(n).toContain('taux de conversion');
    expect(names.find((x) => x.name === "Taux d'infection")?.type).toBe('METRIC');
    expect(guessType('Jefe de almacén')).toBe('ROLE');
  });
});

describe('German short decks: compounds a line leads with, a team', () => {
  it('a long compound leading a line is kept once; an adjective before a noun leads nothing; the team is named', () => {
    const r = records(
      [
        block(1, 'Ziele', 'title'),
        block(1, 'Ausschussquote von 3,5 % auf 1,8 % senken\nGeringe Motorleistung der Altgeräte'),
        block(2, 'Projektteam', 'title'),
        block(2, 'Projektleitung: Anja Schulz\nBetriebsrat: Klaus Becker'),
        block(3, 'Pilotprojekte', 'title'),
        block(3, 'Linie 3: Zustandsüberwachung der Spindeln\nZusammenarbeit mit dem BSI'),
      ],
      'de',
      3,
    );
    const names = r.map((x) => x.name);
    for (const n of ['Ausschussquote', 'Zustandsüberwachung', 'Anja Schulz', 'Klaus Becker', 'BSI'])
      expect(names).toContain(n);
    for (const n of ['Projektteam', 'Zusammenarbeit', 'Geringe Motorleistung'])
      expect(names).not.toContain(n);
    expect(r.find((x) => x.name === 'Anja Schulz')?.type).toBe('PERSON');
  });
});

describe('measures by their acronym or their head', () => {
  it('business, risk and operations measures are metrics; an ambiguous acronym is not', () => {
    for (const m of [
      'Gini',
      'AUROC',
      'SAIDI',
      'OEE',
      'CTR',
      'Population stability index',
      'Average lead time',
    ])
      expect(guessType(m), m).toBe('METRIC');
    expect(guessType('OS')).not.toBe('METRIC');
  });
});

describe('short decks: titles its text never uses', () => {
  it('a title of dictionary words written nowhere else heads its slide; a name, a topic word and a job before a name are read', () => {
    const r = records(
      [
        block(1, 'Cost Model', 'title'),
        block(1, 'Projected run cost: $9.8M a year\nSavings Plans cover 70% of compute'),
        block(2, 'Regional Rollout', 'title'),
        block(2, 'Pocketly ships to Spain first'),
        block(3, 'Adoption', 'title'),
        block(3, 'adoption grew 12% in Poland'),
        block(4, 'Collisions', 'title'),
        block(4, 'Two keys share one bucket. Procurement Director Piotr Zielinski signed.'),
        block(5, 'ONCO-217 Trial', 'title'),
        block(5, 'Enrolment at 148 patients'),
      ],
      'en',
      5,
    );
    const names = r.map((x) => x.name);
    for (const n of ['Cost Model', 'Regional Rollout', 'Adoption']) expect(names).not.toContain(n);
    for (const n of ['Collisions', 'ONCO-217 Trial', 'Piotr Zielinski']) expect(names).toContain(n);
    expect(names).not.toContain('Director Piotr Zielinski');
  });
});

describe('companies by the part the deck says they play', () => {
  it('partners, competitors and churned customers after a colon or "with" are organisations; a team lead is not', () => {
    const r = records(
      [
        block(
          1,
          'Most frequent competitors: Pipedrive, Zoho\nLaunch partner program with Accenture and Infosys',
        ),
        block(2, 'Three logos churned: Freshmart, Kwik Retail\nCustomer Success led by Nguyen Thi Lan'),
        block(3, 'Nguyen Thi Lan joined in May.'),
      ],
      'en',
      3,
    );
    const type = (n: string) => r.find((x) => x.name === n)?.type;
    for (const n of ['Zoho', 'Accenture', 'Infosys']) expect(type(n), n).toBe('ORGANIZATION');
    expect(type('Nguyen Thi Lan')).not.toBe('ORGANIZATION');
  });
});

describe('names that broke or merged by accident', () => {
  it('a two-letter acronym is not joined to a phrase only because of its initials ("OS" is no "OWASP Security")', () => {
    const recs = records([
      block(1, 'Injection flaws, such as SQL, OS, and LDAP injection, occur often.'),
      block(2, 'Patch the OS, middleware and libraries.'),
      block(3, 'OWASP Security Headers Project\nThe OWASP Security Knowledge Framework helps.'),
      block(4, 'OWASP Security Headers Project again.\nUpdate the OS.'),
    ]);
    for (const r of recs) if (r.name !== 'OS') expect(r.aliases, r.name).not.toContain('OS');
    // (three letters still name the one phrase that has them: "Federal PKI" ← "FPKI")
    const fpki = records([
      block(1, 'The Federal PKI bridges agencies.'),
      block(2, 'Federal PKI policy. FPKI members cross-certify.'),
      block(3, 'FPKI levels map to Federal PKI assurance.'),
    ]).find((r) => r.name === 'Federal PKI');
    expect(fpki?.aliases).toContain('FPKI');
  });

  it('a Persian word written with a zero-width non-joiner stays whole; its verbs are no concepts', () => {
    const fa = records(
      [
        block(1, 'قابلیت بهره‌برداری', 'title'),
        block(2, 'قابلیت بهره‌برداری: ۳\nمهاجم می‌تواند داده را تغییر دهد'),
        block(3, 'قابلیت بهره‌برداری: ۲\nمهاجم می‌تواند سرور را کنترل کند'),
        block(4, 'نرم‌افزار آسیب‌پذیر و قابلیت بهره‌برداری'),
      ],
      'fa',
    ).map((r) => r.name);
    expect(fa).toContain('قابلیت بهره‌برداری');
    expect(fa).not.toContain('قابلیت بهره');
    expect(fa.some((n) => n.includes('می‌تواند'))).toBe(false);
  });
});

describe('names as one line', () => {
  it('a name written with two spaces or over a line break is shown with single spaces', () => {
    const recs = records([
      block(1, 'Euclid, the Greek  mathematician, wrote Elements.'),
      block(2, 'Around 300BC, the Greek  mathematician Euclid wrote a set of books.'),
      block(3, 'Greek Mathematician'),
    ]);
    const greek = recs.find((r) => /greek/i.test(r.name));
    expect(greek, recs.map((r) => r.name).join(', ')).toBeDefined();
    for (const f of [greek!.name, ...greek!.aliases]) expect(f).not.toMatch(/\s{2}|\n/);
  });
});

describe('articles and conjunctions written as prefixes', () => {
  it('Hebrew: "המשתנה התלוי", "משתנה תלוי" and "שהמשתנה התלוי" are one concept; Arabic "الأمن السيبراني" and "أمن سيبراني" too', () => {
    const he = records(
      [
        block(1, 'המשתנה התלוי', 'title'),
        block(2, 'מדידת המשתנה התלוי בניסוי\nמשתנה תלוי הוא מה שנמדד'),
        block(3, 'ראינו שהמשתנה התלוי עולה\nהמשתנה התלוי יורד'),
        block(4, 'גרף של משתנה תלוי'),
        block(5, 'נראה שהמשתנה התלוי קבוע'),
        block(6, 'ברור שהמשתנה התלוי משתנה'),
      ],
      'he',
    );
    const forms = he.filter((r) => /משתנה תלוי|המשתנה התלוי/.test(r.name));
    expect(forms.map((r) => r.name)).toHaveLength(1);
    expect(he.map((r) => r.name).some((n) => n.startsWith('שה'))).toBe(false);
    const ar = records(
      [
        block(1, 'الأمن السيبراني', 'title'),
        block(2, 'الأمن السيبراني مهم\nأمن سيبراني للشركات'),
        block(3, 'خطة الأمن السيبراني'),
        block(4, 'أمن سيبراني'),
      ],
      'ar',
    );
    expect(ar.filter((r) => /أمن سيبراني|الأمن السيبراني/.test(r.name))).toHaveLength(1);
  });
});

describe('Korean case particles', () => {
  it('a particle written on a noun is cut when the deck writes the noun alone ("취약점이" → "취약점"); "정도" stays', () => {
    const ko = records(
      [
        block(1, '알려진 취약점', 'title'),
        block(2, '알려진 취약점이 있는 구성요소\n확산 정도: 보통'),
        block(3, '알려진 취약점이 많다\n확산 정도: 높음'),
        block(4, '알려진 취약점을 찾는다\n보안 대책'),
        block(5, '보안 대책을 세운다'),
        block(6, '인젝션', 'title'),
        block(6, '인젝션이 발생한다. 인젝션을 막는다. 인젝션으로 데이터가 샌다.'),
      ],
      'ko',
    );
    // (a short noun written with its particles is the noun: "인젝션이", "인젝션을" count for "인젝션")
    expect(ko.map((r) => r.name)).toContain('인젝션');
    expect(allForms(ko).some((n) => /취약점[이을]$/.test(n))).toBe(false);
    expect(ko.map((r) => r.name)).toEqual(
      expect.arrayContaining(['알려진 취약점', '보안 대책', '확산 정도']),
    );
  });
});

describe('Chinese and Japanese headings that name nothing', () => {
  it('a question, an example label or an instruction is no concept; the topic heading is', () => {
    const zh = records(
      [
        block(1, '函数模板', 'title'),
        block(2, '为什么有的函数返回引用', 'title'),
        block(2, '函数模板的重载'),
        block(3, '例print函数调用顺序', 'title'),
        block(3, '函数模板的重载'),
        block(4, '对比下面的程序', 'title'),
        block(4, '函数模板'),
        block(5, '折半查找示例', 'title'),
        block(5, '函数模板'),
        block(6, '关联容器概念图', 'title'),
        block(6, '函数模板的重载'),
      ],
      'zh',
    ).map((r) => r.name);
    for (const bad of [
      '为什么有的函数返回引用',
      '例print函数调用顺序',
      '对比下面的程序',
      '折半查找示例',
      '关联容器概念图',
    ])
      expect(zh).not.toContain(bad);
    expect(zh).toContain('函数模板');
  });

  it('Japanese headings with voiced kana: "…のための次のステップ", "…してください"', () => {
    const ja = records(
      [
        block(1, 'インジェクション', 'title'),
        block(2, '開発者のための次のステップ', 'title'),
        block(2, 'インジェクションを防ぐ'),
        block(3, '組織のための次のステップ', 'title'),
        block(3, 'インジェクションの例'),
        block(4, 'ログを確認してください', 'title'),
        block(4, 'インジェクション対策'),
      ],
      'ja',
    ).map((r) => r.name);
    for (const bad of ['開発者のための次のステップ', '組織のための次のステップ', 'ログを確認してください'])
      expect(ja).not.toContain(bad);
    expect(ja).toContain('インジェクション');
  });
});

describe('a conjunction that opens a sentence', () => {
  it('"Since Rosemary is deaf" names Rosemary, not "Since Rosemary"', () => {
    const recs = records([
      block(1, 'Music Sound Interpreter', 'title'),
      block(
        2,
        'Since Rosemary is deaf, she feels the speakers.\nThough Bridgewell ships it, Rosemary tunes it.',
      ),
      block(3, 'Rosemary and the Music Sound Interpreter at Bridgewell.'),
      block(4, 'Since Bridgewell builds it, Rosemary tests it.'),
    ]);
    expect(allForms(recs).some((f) => /^(?:since|though) /i.test(f))).toBe(false);
    const surfaces = [
      ...extractCandidates(
        [block(1, 'Since Rosemary is deaf, she feels the speakers.\nThough Bridgewell ships it, it works.')],
        undefined,
        { lang: 'en' },
      ).values(),
    ].flatMap((c) => [...c.surfaces.keys()]);
    expect(
      surfaces.some((f) => /^(?:since|though) /i.test(f)),
      surfaces.join(', '),
    ).toBe(false);
  });
});

describe('an empty modifier before a generic noun', () => {
  it('"Additional instructions", "Special Cases", "Average time" name nothing; "General Data Protection Regulation", "Special Forces" do', () => {
    const recs = records([
      block(1, 'Harbour Gate Hardening', 'title'),
      block(2, 'Additional instructions\nSpecial Cases\nAverage time per berth'),
      block(
        3,
        'Additional instructions\nSpecial Cases\nThe General Data Protection Regulation applies to Special Forces.',
      ),
      block(
        4,
        'Additional instructions\nAverage time per berth\nSpecial Forces train at the General Data Protection Regulation desk.',
      ),
    ]).map((r) => r.name.toLowerCase());
    for (const bad of ['additional instructions', 'special cases', 'average time'])
      expect(recs).not.toContain(bad);
    expect(recs).toEqual(expect.arrayContaining(['general data protection regulation', 'special forces']));
  });
});

describe('fragments of a longer name', () => {
  it('a number before an article is no verb: "OWASP Top 10" stays whole in Spanish', () => {
    expect([...verbWords(['En el OWASP Top 10 la inyección es el primer riesgo.'], 'es')]).not.toContain(
      '10',
    );
    const recs = records(
      [
        block(1, 'Bienvenido al OWASP Top 10 2010!', 'title'),
        block(2, 'Esta versión del OWASP Top 10 marca el octavo año del proyecto.'),
        block(3, 'En el OWASP Top 10 la inyección es el primer riesgo.'),
        block(4, 'El OWASP Top 10 fue lanzado en 2003. El OWASP Top 10 se enfoca en riesgos.'),
      ],
      'es',
    );
    expect(recs.map((r) => r.name)).toContain('OWASP Top 10');
    expect(allForms(recs)).not.toContain('OWASP Top');
  });

  it('an organisation-prefixed start of a longer name does not rename the bare phrase', () => {
    const recs = records([
      block(1, 'Application security is a people problem. We improve application security.'),
      block(2, 'Use the OWASP Application Security Verification Standard (ASVS) as a standard.'),
      block(
        3,
        'The OWASP Application Security Verification Standard lists requirements for application security.',
      ),
      block(4, 'Application security tools: the OWASP Application Security Verification Standard helps.'),
      block(5, 'Read the OWASP Application Security Guide for CISOs on application security.'),
      block(6, 'OWASP is an open community. Application security matters to OWASP.'),
    ]);
    const forms = allForms(recs);
    expect(forms).not.toContain('OWASP Application Security');
    expect(forms).not.toContain('OWASP Application');
    expect(recs.find((r) => /^application security$/i.test(r.name))).toBeDefined();
  });
});

describe('Persian plurals', () => {
  it('a plural whose ezafe lost its noun is named by the plural', () => {
    const recs = records(
      [
        block(1, 'این نقص دسترسی به داده‌های سیستم را به مهاجم می‌دهد.'),
        block(2, 'ما داده‌های آنها را باهم تجمیع کردیم.'),
        block(3, 'داده‌های نامعتبر به مفسر ارسال شوند.'),
        block(4, 'با استفاده از داده‌های کمی و بررسی کیفی.'),
        block(5, 'داده‌های متداول در ترکیب با اجماع.'),
      ],
      'fa',
    );
    const data = recs.find((r) => r.name.startsWith('داده'));
    expect(data?.name).toBe('داده‌ها');
    expect(data?.aliases).toContain('داده‌های');
  });
});

describe('Turkish questions', () => {
  it('the words of a question heading are no name', () => {
    const recs = records(
      [
        block(1, 'Uygulamam Açıklık İçeriyor Mu?'),
        block(2, 'Uygulamam Açıklık İçeriyor Mu?\nGüvenlik yapılandırması eksik olabilir.'),
        block(3, 'Uygulamam Açıklık İçeriyor Mu?\nGüvenlik yapılandırması gözden geçirilmeli.'),
        block(4, 'Zafiyetli miyim?\nGüvenlik yapılandırması önemlidir.'),
      ],
      'tr',
    );
    const forms = allForms(recs).join(' | ');
    expect(forms).not.toMatch(/Uygulamam|İçeriyor|Zafiyetli/);
    expect(forms).toMatch(/Güvenlik yapılandırması/i);
  });
});

describe('Dutch and the Scandinavian languages: terms are compounds', () => {
  it('tells Swedish, Danish, Norwegian and Dutch apart', () => {
    const code = (t: string) => detectLanguage([t]).code;
    expect(
      code('Kommunen äger 212 byggnader och målet är att minska energianvändningen med 30 procent till 2030'),
    ).toBe('sv');
    expect(
      code('Kommunen ejer 212 bygninger, og målet er at reducere energiforbruget med 30 procent efter 2030'),
    ).toBe('da');
    expect(
      code('Kommunen eier 212 bygninger, og målet er å redusere energibruken med 30 prosent etter 2030'),
    ).toBe('no');
    expect(code('Klanten weten niet in welke fase hun aanvraag zit en het duurt te lang')).toBe('nl');
  });

  it('keeps long compounds written once or twice, not headings, participles or passives', () => {
    const nl = records(
      [
        block(1, 'Klantreis digitale hypotheekaanvraag', 'title'),
        block(2, 'Knelpunten in de klantreis', 'title'),
        block(2, 'Inkomensgegevens moeten handmatig worden ingevoerd\nTaxatierapport komt per e-mail binnen'),
        block(3, 'Oplossingen', 'title'),
        block(
          3,
          'Taxatierapport automatisch inlezen via het taxatieplatform\nVideobellen met een hypotheekadviseur',
        ),
        block(4, 'Resultaten pilot', 'title'),
        block(4, 'Klanttevredenheid 8,1 tegen 7,2\nToezicht op geautomatiseerd advies'),
        block(5, 'Vervolgstappen', 'title'),
        block(5, 'Meten van de klanttevredenheid per fase'),
        block(6, "Risico's en compliance", 'title'),
        block(6, 'Zorgplicht: advies moet passend blijven'),
      ],
      'nl',
      6,
    ).map((r) => r.name.toLowerCase());
    for (const t of ['taxatierapport', 'klanttevredenheid', 'hypotheekadviseur', 'taxatieplatform'])
      expect(nl).toContain(t);
    for (const t of [
      "risico's en compliance",
      'oplossingen',
      'vervolgstappen',
      'resultaten pilot',
      'knelpunten in de klantreis',
      'geautomatiseerd',
    ])
      expect(nl).not.toContain(t);
    const sv = records(
      [
        block(1, 'Energieffektivisering i kommunens fastigheter', 'title'),
        block(2, 'Genomförda åtgärder', 'title'),
        block(
          2,
          'Bergvärmepumpar installerade i tolv skolor\nVentilationssystemen har behovsstyrts i alla idrottshallar',
        ),
        block(3, 'Energiuppföljning', 'title'),
        block(3, 'Timvärden samlas i ett gemensamt energiuppföljningssystem'),
        block(4, 'Nästa steg', 'title'),
        block(4, 'Utbildning av driftteknikerna i energioptimering'),
      ],
      'sv',
      4,
    ).map((r) => r.name.toLowerCase());
    for (const t of ['bergvärmepumpar', 'energiuppföljningssystem', 'energioptimering'])
      expect(sv).toContain(t);
    for (const t of ['nästa steg', 'genomförda åtgärder', 'behovsstyrts']) expect(sv).not.toContain(t);
  });
});

describe('a name, then its verb', () => {
  const keys = (text: string) => [...extractCandidates([block(1, text)], undefined, { lang: 'en' }).keys()];
  it('splits a line led by a name or by a noun after "each" at the verb, not a compound of plural nouns', () => {
    const k = keys(
      [
        'PostgreSQL stays on managed database instances',
        'Prometheus scrapes service metrics and alerts',
        'Redis runs as a managed cache',
        'Each wave ends with a load test',
        'Twelve services run on hand-managed virtual machines',
        'Kubernetes clusters in two regions',
        'Docker images from the registry',
        'Kafka topics per domain',
      ].join('\n'),
    );
    for (const gone of [
      'postgresql stays',
      'prometheus scrapes',
      'scrapes service',
      'redis runs',
      'wave ends',
      'twelve services',
    ])
      expect(k).not.toContain(conceptKey(gone));
    for (const kept of [
      'postgresql',
      'prometheus',
      'service metrics',
      'kubernetes clusters',
      'docker images',
      'kafka topics',
    ])
      expect(k).toContain(conceptKey(kept));
  });

  it('a noun subject too when the verb goes on with a preposition or a figure; a compound plural stays whole', () => {
    const k = keys(
      [
        'Gross margin stays above 75% at current costs',
        'Net revenue retention rises from 108% to 118%',
        'Transmission works through several channels',
        'Qualified pipeline covers 3.1x of the target',
        'API calls to the payment service',
        'Test runs on every commit',
        'Customer visits 3,400',
        'Cut lead times by 20%',
        'Approve phased migration starting with the pricing context',
        'Oxidative phosphorylation yields about 34 ATP',
        'Load balancing across zones',
        'Decision making in small teams',
      ].join('\n'),
    );
    for (const gone of [
      'gross margin stays',
      'revenue retention rises',
      'transmission works',
      'pipeline covers',
      'phased migration starting',
      'phosphorylation yields',
    ])
      expect(k).not.toContain(conceptKey(gone));
    for (const kept of [
      'gross margin',
      'net revenue retention',
      'api calls',
      'test runs',
      'customer visits',
      'lead times',
      'load balancing',
      'phased migration',
      'decision making',
    ])
      expect(k).toContain(conceptKey(kept));
  });

  it('the name leads its line as a noun phrase', () => {
    expect(leadNounPhrases('PostgreSQL stays on managed instances\nDocker images from the registry')).toEqual(
      ['PostgreSQL', 'Docker images'],
    );
  });
});

describe('head-first headings and names (Italian, French, Spanish)', () => {
  it('drops a generic head before its complement, an evaluated generic head and an instruction; keeps a name with "Nuovo"', () => {
    const it_ = records(
      [
        block(1, 'Piano di digitalizzazione della rete', 'title'),
        block(2, 'Obiettivi del piano', 'title'),
        block(2, 'Installare 180.000 contatori intelligenti\nRidurre le perdite idriche'),
        block(3, 'Rischi principali', 'title'),
        block(3, 'Ritardi nella fornitura dei contatori intelligenti'),
        block(4, 'Prossimi passi', 'title'),
        block(4, 'Avvio del progetto pilota nel distretto di Borgo Nuovo'),
      ],
      'it',
      4,
    ).map((r) => r.name.toLowerCase());
    for (const t of ['obiettivi del piano', 'rischi principali', 'installare 180.000', 'piano', 'borgo'])
      expect(it_).not.toContain(t);
    expect(it_).toContain('borgo nuovo');
    expect(it_).toContain('contatori intelligenti');
  });
});

describe('words that point back, evaluate or say a role', () => {
  it('"the old clauses", "Expected impact" and "Competitors Notion" are no concepts; the names after the role are', () => {
    const r = records(
      [
        block(1, 'Transfers', 'title'),
        block(1, 'Two processors in India still rely on the old clauses'),
        block(2, 'Expected impact', 'title'),
        block(2, 'Replace the old clauses with Indian processors\nChurn risk concentrated in small teams'),
        block(3, 'Market', 'title'),
        block(3, 'Competitors Coda and Airtable moved to hybrid models last year'),
      ],
      'en',
      3,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['old clauses', 'expected impact', 'competitors coda']) expect(r).not.toContain(t);
    const k = [
      ...extractCandidates([block(3, 'Competitors Coda and Airtable moved to hybrid models')], undefined, {
        lang: 'en',
      }).keys(),
    ];
    expect(k).toContain('coda');
    expect(k).not.toContain('competitors coda');
  });
});

describe('a subtitle after a separator, and more headings', () => {
  it('a word after "|" is a line part\'s first word, no name; Norwegian and French headings and meetings are none', () => {
    const fr = records(
      [
        block(1, 'Migration du SI vers le cloud', 'title'),
        block(1, 'DSI | Comité d’architecture'),
        block(2, 'Points d’attention', 'title'),
        block(2, 'Licences Oracle à renégocier\nMaîtrise des coûts avec une démarche FinOps'),
      ],
      'fr',
      2,
    ).map((r) => r.name.toLowerCase());
    expect(fr).not.toContain('comité');
    expect(fr).not.toContain('points d’attention');
    expect(fr).toContain('finops');
    const no = records(
      [
        block(1, 'Elektrifisering av bussparken', 'title'),
        block(1, 'Kollektivtrafikkselskapet | Styremøte'),
        block(2, 'Valgt løsning', 'title'),
        block(2, 'Batterielektriske busser på bybussrutene\nHurtiglading på endeholdeplassene'),
        block(3, 'Økonomi', 'title'),
        block(3, 'Lavere driftskostnader gir tilbakebetalingstid på ni år\nEnergistyringssystem i depotet'),
        block(4, 'Neste steg', 'title'),
        block(4, 'Byggestart for depotet i august med et nytt styringsmøte hver uke'),
      ],
      'no',
      4,
    ).map((r) => r.name.toLowerCase());
    for (const t of ['styremøte', 'valgt løsning', 'økonomi', 'neste steg']) expect(no).not.toContain(t);
    for (const t of ['endeholdeplassene', 'tilbakebetalingstid', 'energistyringssystem'])
      expect(no).toContain(t);
  });
});

describe("an instruction cut at its adjective, a talk's sections", () => {
  it('"Reject unknown" (of "Reject unknown configuration keys"), "Prior work" and "Experiments" are no concepts', () => {
    const r = records(
      [
        block(1, 'Action items', 'title'),
        block(
          1,
          'Reject unknown configuration keys at startup\nConfig validation does not reject unknown keys',
        ),
        block(2, 'Prior work', 'title'),
        block(2, 'Longformer combines sliding-window attention with global tokens'),
        block(3, 'Experiments', 'title'),
        block(3, 'Longformer and BigBird on GovReport and PubMed'),
      ],
      'en',
      3,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['reject unknown', 'prior work', 'experiments']) expect(r).not.toContain(t);
    expect(r).toContain('longformer');
  });
});

describe("a title slide's occasion, and a plural subject's verb", () => {
  it('"Lab Meeting", "Campaign Debrief" are no concepts; the group after "|" is; "Feature flags control which…" is cut', () => {
    const r = records(
      [
        block(1, 'CRISPR Screens for Drug Resistance', 'title'),
        block(1, 'Lab Meeting | Translational Oncology Group\nMarketing | Campaign Debrief'),
        block(2, 'Rollout', 'title'),
        block(
          2,
          'Feature flags control which customers use the new checkout\nFeature flags are removed after launch',
        ),
      ],
      'en',
      2,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['lab meeting', 'campaign debrief', 'feature flags control']) expect(r).not.toContain(t);
    expect(r).toContain('translational oncology group');
    expect(r).toContain('feature flags');
  });
});

describe('Polish and Indonesian short decks', () => {
  it("Polish is no Portuguese; a line's leading words are its term, not its verb or a heading", () => {
    expect(
      detectLanguage(['Dane o zapasach są aktualizowane raz w tygodniu, a planowanie odbywa się w arkuszach'])
        .code,
    ).toBe('pl');
    const pl = records(
      [
        block(1, 'Wdrożenie systemu ERP', 'title'),
        block(2, 'Cele projektu', 'title'),
        block(
          2,
          'Planowanie produkcji odbywa się w arkuszach\nBrak integracji między magazynem a księgowością',
        ),
        block(3, 'Zakres wdrożenia', 'title'),
        block(3, 'Gospodarka magazynowa z obsługą kodów kreskowych\nAnaliza przedwdrożeniowa do końca marca'),
      ],
      'pl',
      3,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['gospodarka magazynowa', 'analiza przedwdrożeniowa', 'planowanie produkcji'])
      expect(pl).toContain(t);
    for (const t of ['cele projektu', 'zakres wdrożenia', 'planowanie produkcji odbywa', 'brak integracji'])
      expect(pl).not.toContain(t);
    const id = records(
      [
        block(1, 'Transformasi Digital Layanan Puskesmas', 'title'),
        block(2, 'Hasil uji coba', 'title'),
        block(
          2,
          'Pendaftaran online melalui aplikasi seluler\nRekam medis elektronik terintegrasi untuk seluruh puskesmas',
        ),
        block(3, 'Tantangan', 'title'),
        block(3, 'Koneksi internet tidak stabil di wilayah pinggiran'),
      ],
      'id',
      3,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['pendaftaran online', 'koneksi internet']) expect(id).toContain(t);
    for (const t of ['hasil uji coba', 'tantangan']) expect(id).not.toContain(t);
  });
});

describe('German plurals of Latin nouns', () => {
  it('"Vertriebszyklen" is "Vertriebszyklus", named in the singular when both are written as often', () => {
    const r = records(
      [
        block(1, 'Vertriebsstrategie 2027', 'title'),
        block(2, 'Lange Vertriebszyklen binden das Key Account Management'),
        block(3, 'Der Vertriebszyklus soll unter sechs Monaten liegen'),
      ],
      'de',
      3,
    );
    const z = r.filter((x) => /^vertriebszykl/i.test(x.name));
    expect(z.map((x) => x.name)).toEqual(['Vertriebszyklus']);
  });
});

describe('Czech, Slovak, Romanian, Hungarian and Finnish decks', () => {
  it('are detected by their function words and letters, not read as Portuguese, French or English', () => {
    // (short lists of labels: few function words, and Portuguese-looking "o", "do", "na")
    expect(
      detectLanguage(['Snížení nákladů o 15 % do roku 2028', 'Měření spotřeby vody na všech místech']).code,
    ).toBe('cs');
    expect(
      detectLanguage([
        'Zníženie nákladov na údržbu',
        'Školenie pre všetkých zamestnancov',
        'Plán na ďalší rok',
      ]).code,
    ).toBe('sk');
    expect(
      detectLanguage(['Creșterea vânzărilor în regiunea de nord', 'Cursuri pentru echipa de vânzări']).code,
    ).toBe('ro');
    expect(
      detectLanguage(['A gyártási költségek csökkentése', 'Új beszállítók és partnerek kiválasztása']).code,
    ).toBe('hu');
    expect(
      detectLanguage(['Myynnin kasvu ja uudet markkinat', 'Tuotannon tehokkuus on parantunut']).code,
    ).toBe('fi');
    // (and a Portuguese list stays Portuguese)
    expect(
      detectLanguage(['Redução de custos na operação do armazém', 'Aumento da produtividade em 20 %']).code,
    ).toBe('pt');
  });

  it("their headings are no concepts; a line's leading words are, up to a case of place, an adverb or a number", () => {
    const cs = records(
      [
        block(1, 'Modernizace skladu 2027', 'title'),
        block(2, 'Cíle', 'title'),
        block(2, 'Skladový systém s čtečkami čárových kódů\nInventura dvakrát ročně'),
        block(3, 'Další kroky', 'title'),
        block(3, 'Výběr dodavatele skladového systému'),
        block(4, 'Rizika', 'title'),
        block(4, 'Kapacita interního IT týmu'),
      ],
      'cs',
      4,
    ).map((x) => x.name.toLowerCase());
    expect(cs).toContain('skladový systém');
    // (a next step's action, a phrase cut at an acronym, headings)
    for (const t of ['cíle', 'další kroky', 'rizika', 'výběr dodavatele', 'kapacita interního'])
      expect(cs).not.toContain(t);
    const hu = records(
      [
        block(1, 'Ügyfélszolgálati fejlesztés', 'title'),
        block(2, 'Célok', 'title'),
        block(2, 'A hívásvárakozási idő 6 perc\nAz ügyfélportál fejlesztése 2027-ben'),
        block(3, 'Kockázatok', 'title'),
        block(3, 'A hívásvárakozási időben nincs javulás\nHibajegykezelő rendszer a csúcsidőszakban'),
      ],
      'hu',
      3,
    ).map((x) => x.name.toLowerCase());
    expect(hu).toContain('hívásvárakozási idő');
    expect(hu).toContain('hibajegykezelő rendszer');
    for (const t of [
      'célok',
      'kockázatok',
      'hibajegykezelő rendszer a csúcsidőszakban',
      'hívásvárakozási időben',
    ])
      expect(hu).not.toContain(t);
    const fi = records(
      [
        block(1, 'Varastonhallinnan uudistus', 'title'),
        block(2, 'Tavoitteet', 'title'),
        block(2, 'Varastonhallintajärjestelmän käyttöönotto keväällä\nVarastosaldot reaaliaikaisesti'),
        block(3, 'Aikataulu', 'title'),
        block(3, 'Uusi varastonhallintajärjestelmä tuotannossa syksyllä'),
      ],
      'fi',
      3,
    ).map((x) => x.name.toLowerCase());
    // (the genitive at a line's start and the nominative written later are one concept, named in the nominative)
    expect(fi).toContain('varastonhallintajärjestelmä');
    expect(fi).not.toContain('varastonhallintajärjestelmän');
    for (const t of ['tavoitteet', 'aikataulu', 'varastosaldot reaaliaikaisesti'])
      expect(fi).not.toContain(t);
  });

  it('fold case endings: a Hungarian place case into the word, Czech forms into one, Romanian articles', () => {
    const hu = records(
      [
        block(1, 'Raktári fejlesztés', 'title'),
        block(2, 'A készletnyilvántartás hibás'),
        block(3, 'Nincs pontos adat a készletnyilvántartásban'),
      ],
      'hu',
      3,
    );
    const stock = hu.filter((r) => /^készletnyilvántartás\S*$/i.test(r.name));
    expect(allForms(stock).sort()).toEqual(['készletnyilvántartás', 'készletnyilvántartásban']);
    const ro = records(
      [
        block(1, 'Planul de mobilitate urbană', 'title'),
        block(2, 'Reducerea emisiilor de carbon din transport'),
        block(3, 'Emisiile de carbon scad cu 10 % pe an'),
        block(4, 'Autobuze electrice pe liniile principale\nProiectul este finanțat de Fondul pentru Mediu'),
      ],
      'ro',
      4,
    );
    const names = ro.map((x) => x.name.toLowerCase());
    expect(ro.filter((r) => /carbon/i.test(r.name)).map((r) => r.name)).toEqual(['Emisiile de carbon']);
    expect(names).toContain('autobuze electrice');
    expect(names).toContain('fondul pentru mediu');
    expect(names).not.toContain('reducerea emisiilor');
    const cs = records(
      [
        block(1, 'Servis a reklamace', 'title'),
        block(2, 'Počet reklamací roste\nEvidence reklamací v tabulkách'),
        block(3, 'Každá reklamace má číslo\nReklamace se řeší do 30 dní'),
      ],
      'cs',
      3,
    );
    expect(cs.filter((r) => /^reklamac\S*$/i.test(r.name))).toHaveLength(1);
  });
});

describe('Bulgarian and Greek decks', () => {
  it('Bulgarian is no Russian; both lose their headings and keep the terms their lines lead with', () => {
    expect(detectLanguage(['Въвеждане на система за управление на складовите наличности']).code).toBe('bg');
    expect(detectLanguage(['Внедрение системы управления складскими запасами, это важно']).code).toBe('ru');
    const bg = records(
      [
        block(1, 'Модернизация на склада', 'title'),
        block(2, 'Цели', 'title'),
        block(2, 'Складова система с баркод скенери\nПо-бързо обслужване на клиентите'),
        block(3, 'Следващи стъпки', 'title'),
        block(3, 'Избор на доставчик на складовата система'),
      ],
      'bg',
      3,
    ).map((x) => x.name.toLowerCase());
    expect(bg).toContain('складова система');
    for (const t of ['цели', 'следващи стъпки', 'избор']) expect(bg).not.toContain(t);
    const el = records(
      [
        block(1, 'Εκσυγχρονισμός της αποθήκης', 'title'),
        block(2, 'Στόχοι', 'title'),
        block(2, 'Η αποθήκη χρειάζεται νέο σύστημα\nΣύστημα διαχείρισης αποθήκης με σαρωτές'),
        block(3, 'Επόμενα βήματα', 'title'),
        block(3, 'Επιλογή προμηθευτή έως τον Μάρτιο'),
        block(4, 'Κίνδυνοι', 'title'),
        block(4, 'Πλήρης λειτουργία έως το τέλος του έτους'),
      ],
      'el',
      4,
    ).map((x) => x.name.toLowerCase());
    expect(el).toContain('σύστημα διαχείρισης αποθήκης');
    // (headings, a next step, and "full operation", led by an adjective of degree)
    for (const t of ['στόχοι', 'κίνδυνοι', 'επόμενα βήματα', 'επιλογή προμηθευτή', 'πλήρης λειτουργία'])
      expect(el).not.toContain(t);
  });
});

describe('Vietnamese decks', () => {
  it('are detected by their letters, not read as English; their headings of two syllables go', () => {
    expect(detectLanguage(['Nâng cấp hệ thống kho hàng', 'Đào tạo nhân viên kho']).code).toBe('vi');
    const vi = records(
      [
        block(1, 'Nâng cấp kho hàng', 'title'),
        block(2, 'Mục tiêu', 'title'),
        block(2, 'Giảm thời gian kiểm kê kho hàng'),
        block(3, 'Giải pháp', 'title'),
        block(3, 'Máy quét mã vạch cho kho hàng'),
        block(4, 'Các bước tiếp theo', 'title'),
        block(4, 'Phê duyệt ngân sách'),
      ],
      'vi',
      4,
    ).map((x) => x.name.toLowerCase());
    expect(vi).toContain('kho hàng');
    for (const t of ['mục tiêu', 'giải pháp', 'các bước tiếp theo']) expect(vi).not.toContain(t);
  });
});

describe('Hindi decks', () => {
  it('are detected; a word keeps its vowel signs; headings go, the terms lines lead with stay', () => {
    expect(detectLanguage(['बिक्री टीम के लिए नया प्रशिक्षण कार्यक्रम']).code).toBe('hi');
    const hi = records(
      [
        block(1, 'गोदाम का आधुनिकीकरण', 'title'),
        block(2, 'उद्देश्य', 'title'),
        block(2, 'गोदाम प्रबंधन प्रणाली का चयन\nबारकोड स्कैनर और मोबाइल ऐप'),
        block(3, 'जोखिम', 'title'),
        block(3, 'कर्मचारियों का प्रशिक्षण\nइन्वेंटरी डेटा की गुणवत्ता'),
        block(4, 'अगले कदम', 'title'),
        block(4, 'विक्रेता चयन समिति की बैठक'),
      ],
      'hi',
      4,
    ).map((x) => x.name);
    expect(hi).toContain('गोदाम प्रबंधन प्रणाली');
    expect(hi).toContain('इन्वेंटरी डेटा');
    // (headings, and a next step's line)
    for (const t of ['उद्देश्य', 'जोखिम', 'अगले कदम', 'विक्रेता चयन समिति']) expect(hi).not.toContain(t);
    // (no name is a word cut at its vowel signs)
    for (const n of hi) expect(n).not.toMatch(/(?:^|\s)\p{M}/u);
  });
});

describe("a deck's title that names an action", () => {
  it('"Migrating Event Sourcing to Contoso Cloud" is about "Event Sourcing"; "Marketing Strategy for Acme" stays', () => {
    const r = records(
      [
        block(1, 'Migrating Event Sourcing to Contoso Cloud', 'title'),
        block(1, 'Platform Team | Architecture Board'),
        block(2, 'Current state', 'title'),
        block(2, 'Event stores run on two legacy clusters\nContoso Cloud offers managed storage'),
        block(3, 'Plan', 'title'),
        block(3, 'Replay tests before each cutover\nContoso Cloud regions in Europe'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(r).toContain('Event Sourcing');
    expect(r).not.toContain('Migrating Event Sourcing to Contoso Cloud');
    const m = records(
      [
        block(1, 'Marketing Strategy for Acme Retail', 'title'),
        block(2, 'Channels', 'title'),
        block(2, 'Acme Retail stores and the web shop\nMarketing Strategy reviewed each quarter'),
      ],
      'en',
      2,
    ).map((x) => x.name);
    expect(m.some((n) => /^Marketing Strategy/.test(n))).toBe(true);
  });
});

describe('numbers spelled out inside names', () => {
  it('"Six Sigma" is whole; "Twelve services" and "Top Ten" still count or rank', () => {
    const r = records(
      [
        block(1, 'Plant Improvement 2027', 'title'),
        block(2, 'Lean Six Sigma training for shift leads\nTwelve services moved to the new line'),
        block(3, 'Six Sigma projects on the paint shop\nThe Top Ten Defects list is reviewed weekly'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(r).toContain('Six Sigma');
    expect(r).not.toContain('Sigma');
    expect(r.some((n) => /twelve|^Ten /i.test(n))).toBe(false);
  });
});

describe('short decks in other languages: slide titles of common words head their slides', () => {
  it('"Kurssin sisältö", "Echipa de proiect", "Κανάλια επικοινωνίας" go; the deck title and names stay', () => {
    const ro = records(
      [
        block(1, 'Programul de calitate', 'title'),
        block(2, 'Echipa de proiect', 'title'),
        block(2, 'Directorul de calitate coordonează\nIngineri de proces din fabrica de la Pitești'),
        block(3, 'Metode utilizate', 'title'),
        block(3, 'Diagrama Ishikawa pentru defecte\nControl statistic al proceselor cu Minitab'),
      ],
      'ro',
      3,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['echipa de proiect', 'metode utilizate']) expect(ro).not.toContain(t);
    expect(ro).toContain('programul de calitate');
    const el = records(
      [
        block(1, 'Λανσάρισμα του Αύρα Energy', 'title'),
        block(2, 'Κανάλια επικοινωνίας', 'title'),
        block(2, 'Διαφήμιση στο Instagram και στο TikTok\nΔειγματοδιανομή σε πανεπιστήμια'),
        block(3, 'Στόχοι λανσαρίσματος', 'title'),
        block(3, 'Μερίδιο αγοράς 5 % σε ένα χρόνο'),
      ],
      'el',
      3,
    ).map((x) => x.name.toLowerCase());
    for (const t of ['κανάλια επικοινωνίας', 'στόχοι λανσαρίσματος']) expect(el).not.toContain(t);
    expect(el).toContain('instagram');
  });
});

describe('Slavic instructions, Hindi keys', () => {
  it('a Slovak, Polish or Czech infinitive leads an instruction, not a term', () => {
    const sk = records(
      [
        block(1, 'Adaptácia nových zamestnancov', 'title'),
        block(2, 'Ciele', 'title'),
        block(2, 'Znížiť fluktuáciu nováčikov\nSkrátiť zaškolenie nováčikov na tri týždne'),
        block(3, 'Nástroje', 'title'),
        block(3, 'Mobilná aplikácia pre nováčikov\nMobilná aplikácia s kalendárom'),
      ],
      'sk',
      3,
    ).map((x) => x.name.toLowerCase());
    expect(sk).toContain('mobilná aplikácia');
    expect(sk.some((n) => /^(?:znížiť|skrátiť)/.test(n))).toBe(false);
  });

  it('a Hindi key keeps its vowel signs: two words that differ by them stay two concepts', () => {
    expect(conceptKey('किसान')).not.toBe(conceptKey('कसान'));
    expect(conceptKey('किसान')).toBe('किसान');
    // (Latin accents still fold)
    expect(conceptKey('Sécurité')).toBe('securite');
  });
});

describe('acronyms of mixed case or with an umlaut', () => {
  it('"KfW", "IoT", "TÜV" are acronyms, even written once; a long German word shouted is none', () => {
    const de = records(
      [
        block(1, 'Energiemanagement im Werk', 'title'),
        block(2, 'Finanzierung', 'title'),
        block(2, 'Fördermittel der KfW nutzen\nPhotovoltaikanlage auf dem Dach'),
        block(3, 'Prüfung', 'title'),
        block(3, 'Jährliches Audit durch den TÜV\nDIE PRÄGNANZ DER BOTSCHAFT'),
      ],
      'de',
      3,
    ).map((x) => x.name);
    expect(de).toContain('KfW');
    expect(de).toContain('TÜV');
    expect(de).not.toContain('KfW nutzen');
    expect(de).not.toContain('PRÄGNANZ');
    const en = records(
      [
        block(1, 'Smart Factory Programme', 'title'),
        block(2, 'IoT sensors on every press line'),
        block(3, 'IoT gateways send data to the historian'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(en.some((n) => /^IoT\b/.test(n))).toBe(true);
  });
});

describe('names that broke at a small word or a dash', () => {
  it('"Los Angeles", "Eva de Vries", "Kelvin–Planck statement", "the Second Law" stay whole', () => {
    const en = records(
      [
        block(1, 'Entropy and the Second Law', 'title'),
        block(2, 'Statements of the Second Law', 'title'),
        block(
          2,
          'Kelvin–Planck statement: no engine converts heat entirely into work\nOffice hours Monday–Friday',
        ),
        block(3, 'Contacts', 'title'),
        block(
          3,
          'HR Business Partner Eva de Vries for policy questions\nBillboards in Los Angeles and Miami',
        ),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['Second Law', 'Kelvin–Planck statement', 'Eva de Vries', 'Los Angeles'])
      expect(en).toContain(n);
    for (const n of ['Angeles', 'Vries', 'Kelvin', 'Planck', 'Second', 'Monday–Friday'])
      expect(en).not.toContain(n);
  });

  it('a line of a next-steps slide leads with its verb: "Launch Nimbus", "Complete enrollment" are no terms', () => {
    const en = records(
      [
        block(1, 'Nimbus Analytics Launch Plan', 'title'),
        block(2, 'Pricing', 'title'),
        block(2, 'Nimbus bundles include three seats\nNimbus seats are priced per month'),
        block(3, 'Next Steps', 'title'),
        block(
          3,
          'Launch Nimbus bundle pricing in January\nComplete enrollment by August\nBook travel for the kickoff',
        ),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(en).toContain('Nimbus');
    for (const n of ['Launch Nimbus', 'Complete enrollment', 'Book travel']) expect(en).not.toContain(n);
  });
});

describe('what a line glues to a name', () => {
  it('a code name is a term; a unit, a date, an adverb, a role or a verb around a name is no part of it', () => {
    const en = records(
      [
        block(1, 'ABX-201 Phase II Update', 'title'),
        block(2, 'Design', 'title'),
        block(
          2,
          'Randomized trial of ABX-201 in ulcerative colitis\nLiver enzymes rose in the 150 mg arm\nExposure increases proportionally between 50 mg and 150 mg',
        ),
        block(3, 'Launch', 'title'),
        block(
          3,
          'Currently drink LaCroix or sugary sodas\nAgency BrightHive manages contracts and briefs\nSampling tour April to May\nHeat flows spontaneously from the warm tank',
        ),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['ABX-201', 'LaCroix', 'BrightHive']) expect(en).toContain(n);
    for (const n of [
      'mg arm',
      'Exposure increases',
      'Currently drink LaCroix',
      'Agency BrightHive',
      'Sampling tour April',
      'Heat flows',
    ])
      expect(en).not.toContain(n);
  });
});

describe('an agenda repeats the titles', () => {
  it("its lines are no use of the slides' headings; a title's head before a colon heads its slides too", () => {
    const en = records(
      [
        block(1, 'Q3 Sales Review', 'title'),
        block(2, 'Agenda', 'title'),
        block(
          2,
          'Product performance\nTop customers and pipeline\nDrift detection\nRegional highlights\nNext steps',
        ),
        block(3, 'Product Performance', 'title'),
        block(3, 'Helix CRM revenue grew 14%\nNimbus Analytics added 40 customers'),
        block(4, 'Top Customers', 'title'),
        block(4, 'Deutsche Bahn renewed for three years\nAllianz expanded to 900 seats'),
        block(5, 'Pipeline', 'title'),
        block(5, 'Pipeline coverage is 3.1x for Q4\nPipeline in DACH doubled'),
        block(6, 'Regional Highlights: EMEA', 'title'),
        block(6, 'Vodafone signed a Helix CRM pilot'),
        block(7, 'Regional Highlights: North America', 'title'),
        block(7, 'West Coast bookings up 20%'),
        block(8, 'Drift Detection', 'title'),
        block(
          8,
          'Drift detection compares weekly scores\nPopulation Stability Index over 0.2 raises an alert',
        ),
        block(9, 'Next Steps', 'title'),
        block(9, 'Close Deutsche Bahn renewal'),
      ],
      'en',
      9,
    ).map((x) => x.name);
    // (a title that names a thing its slide uses stays, listed on the agenda or not; written only as the title and on
    // the agenda it heads its slide, see "headings echoed on the agenda")
    for (const n of ['Helix CRM', 'Deutsche Bahn']) expect(en).toContain(n);
    expect(en.map((n) => n.toLowerCase())).toContain('drift detection');
    for (const n of ['Product Performance', 'Regional Highlights', 'Highlights']) expect(en).not.toContain(n);
  });
});

describe('phrases a line leads with, written once', () => {
  it('an empty or timing first word leaves no term ("Final approval", "Heavy users"); a name or a term stays', () => {
    const en = records(
      [
        block(1, 'FreshWave Launch', 'title'),
        block(2, 'Audience', 'title'),
        block(2, 'Heavy users of TikTok and Instagram\nPaid media on Hulu and Roku'),
        block(3, 'Approvals', 'title'),
        block(
          3,
          'Final approval of the budget in May\nInitial focus on the West Coast\nMonthly close in five days',
        ),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['Paid media', 'Monthly close', 'TikTok']) expect(en).toContain(n);
    for (const n of ['Heavy users', 'Final approval', 'Initial focus']) expect(en).not.toContain(n);
  });
});

describe('labels, officers, time zones, greetings', () => {
  it('"Phase 1", "CEO", "UTC", "Welcome to …" are no terms; "dbt Core 1.7" keeps its lower-case name; "Kafka moves" is a clause', () => {
    const en = records(
      [
        block(1, 'Welcome to Northwind Logistics', 'title'),
        block(1, 'Seed Round Pitch\nMarch 2025'),
        block(2, 'Migration Phases', 'title'),
        block(
          2,
          'Phase 1: move ingestion to Confluent Cloud\nPhase 2: rewrite Oozie jobs\nKafka moves to Confluent Cloud with MirrorMaker\nTransformations in dbt Core 1.7 with tests',
        ),
        block(3, 'Team and Timeline', 'title'),
        block(
          3,
          'Amara Okafor, CEO: former lead at Wise\nJonas Weber, CTO: built the data platform\nSept 17 02:14 UTC: first request\nPhase 1 complete by May\nPhase 2 runs in Q3',
        ),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['dbt Core 1.7', 'Amara Okafor', 'Confluent Cloud']) expect(en).toContain(n);
    for (const n of [
      'Phase 1',
      'Phase 2',
      'CEO',
      'CTO',
      'UTC',
      'Welcome to Northwind Logistics',
      'Core 1.7',
      'Kafka moves',
      'Seed Round Pitch',
    ])
      expect(en).not.toContain(n);
  });
});

describe('Romance subjects and their verbs', () => {
  it('"Los médicos pierden 2 horas" leads with a clause, not a term; "Centro de datos" stays', () => {
    const es = records(
      [
        block(1, 'Transformación digital de los hospitales', 'title'),
        block(2, 'Situación actual', 'title'),
        block(
          2,
          'Los médicos pierden 2 horas al día\nLas enfermeras usan tres sistemas\nCentro de datos en Madrid',
        ),
        block(3, 'Propuesta', 'title'),
        block(3, 'Centro de datos con réplica en Sevilla\nHistoria clínica electrónica única'),
      ],
      'es',
      3,
    ).map((x) => x.name.toLowerCase());
    expect(es).toContain('centro de datos');
    for (const n of ['médicos pierden', 'enfermeras usan']) expect(es).not.toContain(n);
  });
});

describe("a name and its model's number", () => {
  it('"AMD RX 6000" is whole; a year after a name is none of it ("John Playfair 1795")', () => {
    const en = records(
      [
        block(1, 'Frostbound Post-Launch Review', 'title'),
        block(2, 'Stability', 'title'),
        block(2, 'Crash on load for AMD RX 6000 cards fixed in patch 1.0.3\nSave corruption bug fixed'),
        block(3, 'History', 'title'),
        block(3, 'The first line chart was drawn by John Playfair 1795 in London'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(en).toContain('AMD RX 6000');
    expect(en).not.toContain('AMD RX');
    expect(en.some((n) => /1795/.test(n))).toBe(false);
  });
});

describe('French terms of two complements, lawyers', () => {
  it('"Système de gestion des risques" is whole; "Maître" is no part of a name', () => {
    const fr = records(
      [
        block(1, "Le règlement européen sur l'intelligence artificielle", 'title'),
        block(1, 'Présenté par Maître Claire Dubois, associée'),
        block(2, 'Obligations des fournisseurs', 'title'),
        block(
          2,
          "Système de gestion des risques tout au long du cycle de vie\nAutorité de surveillance du marché en France : désignation en cours\nRésumé des données d'entraînement publié",
        ),
      ],
      'fr',
      2,
    ).map((x) => x.name);
    for (const n of ['Système de gestion des risques', 'Autorité de surveillance du marché', 'Claire Dubois'])
      expect(fr).toContain(n);
    for (const n of ['Système de gestion', 'Autorité de surveillance', 'Maître Claire Dubois'])
      expect(fr).not.toContain(n);
  });
});

describe('fields of a form, shares after a name, section words', () => {
  it('"Field lead: Chikondi Banda" is a field; "Gini 73%" keeps no number; "Schedule", "Finances" head slides', () => {
    const en = records(
      [
        block(1, 'Clean Water Programme Annual Report', 'title'),
        block(2, 'Team', 'title'),
        block(
          2,
          'Field lead: Chikondi Banda\nSensor partner: Grundfos\nPrimary endpoint: wells working after 12 months',
        ),
        block(3, 'Model Validation', 'title'),
        block(3, 'Challenger Gini 73%, two points above the champion\nChampion Gini 71% on the 2024 sample'),
        block(4, 'Schedule', 'title'),
        block(4, 'Drilling in Malawi from June\nHandover to district councils in December'),
        block(5, 'Finances', 'title'),
        block(5, 'Grants from UNICEF cover 60% of costs\nCo-funding from district councils'),
      ],
      'en',
      5,
    ).map((x) => x.name);
    for (const n of ['Chikondi Banda', 'Grundfos']) expect(en).toContain(n);
    for (const n of ['Field lead', 'Sensor partner', 'Schedule', 'Finances']) expect(en).not.toContain(n);
    expect(en.some((n) => /Gini \d/.test(n))).toBe(false);
  });
});

describe('a role in lower case before a name', () => {
  it('"MRO partner Lufthansa Technik" names Lufthansa Technik', () => {
    const en = records(
      [
        block(1, 'Fleet Renewal 2026', 'title'),
        block(2, 'Maintenance', 'title'),
        block(2, 'MRO partner Lufthansa Technik takes on engine shop visits\nHeavy checks stay in Dublin'),
        block(3, 'Engines', 'title'),
        block(3, 'A ten-year contract from Airbus'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(en).toContain('Lufthansa Technik');
    expect(en.some((n) => /partner/.test(n))).toBe(false);
  });
});

describe('a Romance name led by its article', () => {
  it('"la newsletter quotidienne Le Réveil" names "Le Réveil"; an English "A" leads nothing', () => {
    const fr = records(
      [
        block(1, "Stratégie d'abonnements numériques", 'title'),
        block(2, 'Lecteurs', 'title'),
        block(
          2,
          'Un abonné sur trois lit la newsletter quotidienne Le Réveil\nOffre groupée avec le podcast',
        ),
      ],
      'fr',
      2,
    ).map((x) => x.name);
    expect(fr).toContain('Le Réveil');
    expect(fr.some((n) => /quotidienne Le/.test(n))).toBe(false);
  });
});

describe('a model led by its number, two acronyms expanded together, a company as a field’s value', () => {
  const blocks = [
    block(1, 'Fleet and Carbon Plan 2027', 'title'),
    block(2, 'Fleet', 'title'),
    block(
      2,
      'Boeing 737 MAX 8 deliveries start in March\nOur 737 MAX 8 pilots train in Montreal\nFree tier crews get 500 AI credits',
    ),
    block(3, 'Carbon', 'title'),
    block(
      3,
      'The EU Emissions Trading System (EU ETS) covers flights within Europe\nEU ETS allowances cost 85 EUR',
    ),
    block(4, 'Partners', 'title'),
    block(4, 'Corporate sponsor: Cabot Shipping Ltd\nField partner: Northern Rail Services'),
    block(5, 'Next Steps', 'title'),
    block(5, 'Order two more 737 MAX 8 aircraft\nBuy EU ETS allowances forward'),
  ];
  it('"737 MAX 8" is whole, "EU ETS" one concept with its expansion, "Cabot Shipping Ltd" a name', () => {
    const recs = records(blocks, 'en', 5);
    const names = recs.map((r) => r.name);
    expect(names).toContain('737 MAX 8');
    for (const n of ['MAX', 'MAX 8', 'EU', 'ETS', 'Shipping Ltd', 'Corporate sponsor', 'Field partner'])
      expect(names).not.toContain(n);
    const ets = recs.find((r) => allForms([r]).includes('EU ETS'));
    expect(ets && allForms([ets])).toContain('EU Emissions Trading System');
    expect(names).toContain('Cabot Shipping Ltd');
  });
  it('a count before an acronym leads no name ("500 AI credits")', () => {
    const cands = extractCandidates(blocks, undefined, { lang: 'en' });
    expect(cands.get('ai')?.kind).toBe('acronym');
    expect([...cands.keys()].some((k) => /^500 /.test(k))).toBe(false);
    expect(cands.get('737 max 8')?.count).toBeGreaterThanOrEqual(2);
  });
});

describe('pieces of names, places led by a stop word', () => {
  it('"Civic" of "Harmon Civic Center" and "Civic Plaza" is a piece; a brand leading its products stays', () => {
    const blocks = [
      block(1, 'Capital Plan 2026', 'title'),
      block(1, 'Public hearing – Harmon Civic Center, Room 2B'),
      block(2, 'Stations', 'title'),
      block(
        2,
        'Stops at Union Station, Civic Plaza and Lakeview Medical\nFares reviewed at the Advisory Board Meeting',
      ),
      block(3, 'Cloud', 'title'),
      block(3, 'Logs go to Azure Monitor\nJobs run as Azure Functions\nClick Paste to sync the format'),
      block(4, 'Governance', 'title'),
      block(4, 'Minutes of the MRS Fall Meeting\nSchedules from Azure Monitor alerts'),
    ];
    const en = records(blocks, 'en', 4).map((x) => x.name);
    for (const n of ['Civic', 'Meeting']) expect(en).not.toContain(n);
    for (const n of ['Harmon Civic Center', 'MRS Fall Meeting']) expect(en).toContain(n);
    // (the brand, and a button a line's verb names, are no inner pieces)
    const cands = extractCandidates(blocks, undefined, { lang: 'en' });
    expect(cands.get('civic')?.innerName).toBe(true);
    expect(cands.get('azure')?.innerName).toBeUndefined();
    expect(cands.get('paste')?.innerName).toBeUndefined();
  });
  it('"New York", "New Zealand", "São Paulo" are whole; "New Features" is no place', () => {
    const en = records(
      [
        block(1, 'Expansion Plan', 'title'),
        block(2, 'Offices', 'title'),
        block(2, 'Offices in New York and London open in March\nNew Features ship weekly'),
        block(3, 'Fleet', 'title'),
        block(3, 'Buses arrive in New Zealand in June'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['New York', 'New Zealand']) expect(en).toContain(n);
    for (const n of ['York', 'Zealand', 'New Features']) expect(en).not.toContain(n);
    const pt = records(
      [
        block(1, 'Plano de expansão', 'title'),
        block(1, 'São Paulo, 24 de abril de 2025'),
        block(2, 'Cidades', 'title'),
        block(2, 'Fase 2: interior de São Paulo e Paraná\nTime de tecnologia em Recife e São Paulo'),
      ],
      'pt',
      2,
    ).map((x) => x.name);
    expect(pt).toContain('São Paulo');
    expect(pt).not.toContain('Paulo');
  });
});

describe('labels, ratings and numbered places are no terms', () => {
  it('"Owner:", "rating: Amber", "Building 40", "Merged 3 cells", a timeline', () => {
    const en = records(
      [
        block(1, 'Tech Transfer Update', 'title'),
        block(2, 'Sites', 'title'),
        block(
          2,
          'Receiving unit at Cork – Building 40\nTraining in Building 38\nOwner: Luca Ferraro\nrating: Amber',
        ),
        block(3, 'Model Risk', 'title'),
        block(3, 'Validated by Model Risk Management\nrating: Amber\nOwner: Ruth Kaplan\nshare the timeline'),
        block(4, 'Actions', 'title'),
        block(4, 'Complete OQ (Owner: E. Murphy)\nFiles in Building 40\nrating: Amber\nthe timeline slips'),
        block(5, 'Tables', 'title'),
        block(5, 'A1 -> Merged 3 cells\nB2 -> Merged 2 cells\nMerged 2 cells again\nthe timeline holds'),
        block(6, 'Risks', 'title'),
        block(6, 'C3 -> Merged 3 cells\nOwner: Priya Raman\nBuilding 38 closes'),
      ],
      'en',
      6,
    ).map((x) => x.name);
    for (const n of ['Owner', 'Amber', 'Building', 'Merged', 'Merged 2', 'Merged 3', 'timeline'])
      expect(en).not.toContain(n);
    expect(en).toContain('Luca Ferraro');
  });
});

describe('Romance decks: English words inside names, an adjective before its noun, headings', () => {
  it('"Standard" of two certifications, "materiali a minor impatto", "Ordre du jour", "Riscos"', () => {
    const it_ = records(
      [
        block(1, 'Report di Sostenibilità 2024', 'title'),
        block(2, 'Materiali', 'title'),
        block(
          2,
          'Pilastro 1: materiali a minor impatto entro il 2030\nCashmere certificato Good Cashmere Standard',
        ),
        block(3, 'Filiera', 'title'),
        block(
          3,
          'Lanificio partner a Biella: filati Responsible Wool Standard\nQuota di materiali a minor impatto',
        ),
        block(4, 'Obiettivi', 'title'),
        block(
          4,
          'Raggiungere il 70 % di materiali a minor impatto\nFornitori certificati Good Cashmere Standard',
        ),
      ],
      'it',
      4,
    ).map((x) => x.name);
    for (const n of ['Standard', 'materiali a minor', 'Materiali a minor']) expect(it_).not.toContain(n);
    expect(it_.some((n) => /Cashmere Standard$/.test(n))).toBe(true);
    const fr = records(
      [
        block(1, 'Schéma directeur du système d’information', 'title'),
        block(2, 'Ordre du jour', 'title'),
        block(2, 'Contexte national\nDossier patient informatisé\nCybersécurité'),
        block(3, 'Dossier patient informatisé', 'title'),
        block(3, 'Le dossier patient informatisé est commun aux établissements'),
      ],
      'fr',
      3,
    ).map((x) => x.name);
    expect(fr).not.toContain('Ordre du jour');
    const pt = records(
      [
        block(1, 'Plano de expansão', 'title'),
        block(2, 'Riscos', 'title'),
        block(2, 'Inadimplência de PMEs acima do previsto\nResponsável: Rafael Menezes'),
        block(3, 'Riscos', 'title'),
        block(3, 'Concorrência do Mercado Pago\nResponsável: Juliana Tavares'),
      ],
      'pt',
      3,
    ).map((x) => x.name);
    for (const n of ['Riscos', 'Responsável']) expect(pt).not.toContain(n);
  });
});

describe('dates are no names, nor versions; a hyphenated code is whole', () => {
  it('"Juni 2025", "Vorstandssitzung 04.03.2025", "Started Oct 2024"; "WK-BZ 500/800"', () => {
    const de = records(
      [
        block(1, 'Service-Strategie 2025', 'title'),
        block(2, 'Baureihen', 'title'),
        block(2, 'WK-BZ 500/800 | Bearbeitungszentren | 3.850\nWK-BZ 500/800 mit Retrofit ab Juni 2025'),
        block(3, 'Entscheidungen', 'title'),
        block(
          3,
          'Freigabe Investitionsbudget – Vorstandssitzung 04.03.2025\nGo-Live Ersatzteilshop – Juni 2025',
        ),
        block(4, 'Termine', 'title'),
        block(4, 'Kundentag – Vorstandssitzung 04.03.2025\nStart im Juni 2025'),
      ],
      'de',
      4,
    ).map((x) => x.name);
    for (const n of ['Juni 2025', 'Vorstandssitzung 04.03.2025', 'BZ 500/800']) expect(de).not.toContain(n);
    expect(de).toContain('WK-BZ 500/800');
    const cands = extractCandidates(
      [block(1, 'Jack Smith | Year 1 | Started Oct 2024\nLeila Moradi | Year 2 | Started Oct 2023')],
      undefined,
      { lang: 'en' },
    );
    expect([...cands.keys()].filter((k) => k.includes('oct'))).toEqual([]);
  });
});

describe('headings about figures, terms of years, numbered labels, degrees and titles', () => {
  it('"2024 in Numbers", "Plans for 2025", "Five-year", "Year 3", "Rev 18", "PhD", "VP", "Group" are no terms', () => {
    const en = records(
      [
        block(1, 'Functional Oxides Group: Annual Review', 'title'),
        block(2, '2024 in Numbers', 'title'),
        block(
          2,
          'Five-year plan approved\nAMP Rev 18 submitted to the CAA\nPhD student intake: 4\nVP Research visited the Group',
        ),
        block(3, 'Plans for 2025', 'title'),
        block(
          3,
          'Five-year budget renewed\nAMP Rev 18 approval due\nYear 3 students present at the Group retreat',
        ),
        block(4, 'Students', 'title'),
        block(
          4,
          'Year 3: two PhD students\nVP Research signs off\nFive-year grant from EPSRC\nGroup seminar weekly',
        ),
        block(5, 'Facilities', 'title'),
        block(
          5,
          'Deposition: Products PLD/MBE upgrade\nPCs run Windows 95/98\nTurbine: Siemens Gamesa SG 14-236 DD',
        ),
      ],
      'en',
      5,
    ).map((x) => x.name);
    for (const n of [
      '2024 in Numbers',
      'Plans for 2025',
      'Five-year',
      'Year 3',
      'Rev 18',
      'PhD',
      'VP',
      'Group',
    ])
      expect(en).not.toContain(n);
    expect(en).toContain('AMP Rev 18');
    const cands = extractCandidates(
      [
        block(
          1,
          'Deposition: Products PLD/MBE upgrade\nPCs run Windows 95/98\nTurbine: Siemens Gamesa SG 14-236 DD',
        ),
      ],
      undefined,
      { lang: 'en' },
    );
    expect([...cands.values()].filter((c) => c.kind === 'pattern').map((c) => c.key)).toEqual([
      'windows 95/98',
    ]);
    expect(cands.has('windows 95/98')).toBe(true);
    expect(cands.has('siemens gamesa sg 14 236 dd')).toBe(true);
  });
});

describe('amounts, units, closing lines, codes with a colon, names a number-word leads', () => {
  it('"USD 4.6", "Mbps", "CO2", "Documentación disponible" are no terms; "NXE:3600D", "5G Standalone" are whole', () => {
    const blocks = [
      block(1, 'Fleet Renewal', 'title'),
      block(2, 'Financing', 'title'),
      block(
        2,
        'Total list value USD 4.6 bn\nUSD 4.6 bn financed by Aergo Trading\nCO2 savings of 410,000 tonnes',
      ),
      block(3, 'Network', 'title'),
      block(
        3,
        'Median download 310 Mbps\nUpload 45 Mbps\n5G Standalone Rollout starts in Q3\nCO2 per seat falls',
      ),
      block(4, 'Fab', 'title'),
      block(
        4,
        'Second EUV scanner NXE:3600D arrives\nThe NXE:3600D runs at 160 wph\n5G Standalone Rollout ends',
      ),
      block(5, 'Devices', 'title'),
      block(5, 'Laptops move to Windows 11\nWindows 11 images ready\nKiosks stay on Windows 11'),
    ];
    const names = records(blocks, 'en', 5).map((x) => x.name);
    for (const n of ['USD 4.6', 'Mbps', 'CO2', 'Windows']) expect(names).not.toContain(n);
    const cands = extractCandidates(blocks, undefined, { lang: 'en' });
    for (const k of ['nxe 3600d', '5g standalone', '5g standalone rollout']) expect(cands.has(k)).toBe(true);
    expect(cands.has('usd 4.6')).toBe(false);
    const es = records(
      [
        block(1, 'Plan de sostenibilidad', 'title'),
        block(2, 'Riego', 'title'),
        block(2, 'Consumo de agua de riego en descenso\nSondas de humedad en 40 parcelas'),
        block(3, 'Gracias', 'title'),
        block(3, 'Documentación disponible en la intranet\nContacto: cooperativa@example.es'),
        block(4, 'Suelo', 'title'),
        block(4, 'Documentación disponible para socios\nCompostaje de restos de poda'),
      ],
      'es',
      4,
    ).map((x) => x.name);
    expect(es).not.toContain('Documentación disponible');
  });
});

describe('a verb before a wh-word; everyday acronyms and "model" alone', () => {
  it('"Label delay limits how fast…" gives "Label delay"; "AI", "ML", "Model" are no terms', () => {
    const cands = extractCandidates(
      [block(1, 'Label delay limits how fast we see drops\nThe audit shows which sites lag')],
      undefined,
      { lang: 'en' },
    );
    expect(cands.has('label delay')).toBe(true);
    expect(cands.has('label delay limit')).toBe(false);
    // (and a name's verb of motion before "under", "out", "away": "Benelux moves under the Central Europe director")
    const moved = extractCandidates(
      [block(1, 'Benelux moves under the Central Europe director')],
      undefined,
      {
        lang: 'en',
      },
    );
    expect([...moved.keys()].some((k) => k.startsWith('benelux '))).toBe(false);
    const en = records(
      [
        block(1, 'Fraud Model Refresh', 'title'),
        block(2, 'Model', 'title'),
        block(2, 'AI scores every payment\nML features from Flink\nThe model retrains weekly on Databricks'),
        block(3, 'Monitoring', 'title'),
        block(
          3,
          'AI alerts go to PagerDuty\nML drift checked daily\nModel owners review drift on Databricks',
        ),
        block(4, 'Rollout', 'title'),
        block(4, 'AI rollout in June\nML platform on Databricks\nmodel cards published'),
      ],
      'en',
      4,
    ).map((x) => x.name);
    for (const n of ['AI', 'ML', 'Model']) expect(en).not.toContain(n);
    expect(en).toContain('Databricks');
  });
});

describe('two topics joined in a heading of four or five words; an agenda in words of its own', () => {
  it('"Monetisation and Player Trust" heads its slide; "République Algérienne Démocratique et Populaire" is a name', () => {
    const en = records(
      [
        block(1, 'Live-Ops Roadmap 2025', 'title'),
        block(2, 'Agenda', 'title'),
        block(
          2,
          'Where we are: 2024 in numbers\nTech and tooling\nMonetisation and player trust\nTeam, timeline, Q&A',
        ),
        block(3, 'Tech and Tooling', 'title'),
        block(3, 'Unreal Engine 5.4 upgrade in March\nBuild farm moves to AWS'),
        block(4, 'Monetisation and Player Trust', 'title'),
        block(4, 'No loot boxes in Skyforge Tactics\nBattle pass price held at 9.99'),
        block(5, 'Vendor and Platform Update', 'title'),
        block(5, 'Featurespace ARIC renewed\nDatabricks migration done'),
      ],
      'en',
      5,
    ).map((x) => x.name);
    for (const n of ['Tech and Tooling', 'Monetisation and Player Trust', 'Vendor and Platform Update'])
      expect(en).not.toContain(n);
    const fr = records(
      [
        block(1, 'Coopération énergétique', 'title'),
        block(2, 'République Algérienne Démocratique et Populaire', 'title'),
        block(2, 'Le ministère de l’énergie pilote le programme\nLes centrales solaires du sud'),
      ],
      'fr',
      2,
    ).map((x) => x.name);
    expect(fr).toContain('République Algérienne Démocratique et Populaire');
  });
});

describe('Romance names joined by an elided "de", led by their article', () => {
  it('"Le Courrier de l\'Ouest", "Côte d\'Ivoire" are whole; a Title Case heading "Vecteurs d\'Attaque" is none', () => {
    const cands = extractCandidates(
      [
        block(1, "Le Courrier de l'Ouest – Direction numérique\nLes abonnés de Côte d'Ivoire progressent"),
        block(2, "Vecteurs d'Attaque\nLes Diplômes du Système Classique"),
      ],
      undefined,
      { lang: 'fr' },
    );
    for (const k of ['le courrier de l ouest', 'cote d ivoire']) expect(cands.get(k)?.romanceName).toBe(true);
    expect(cands.get('vecteurs d attaque')?.romanceName).toBeUndefined();
    expect(cands.get('les diplomes du systeme classique')?.romanceName).toBeUndefined();
  });
});

describe('German cases of a compound', () => {
  it('"des Mittelspannungsnetzes" counts as "Mittelspannungsnetz", "bei Hauptverbrauchern" as "Hauptverbraucher"', () => {
    const cands = extractCandidates(
      [
        block(
          1,
          'Digitaler Zwilling des Mittelspannungsnetzes\nAusbau des Mittelspannungsnetzes bis 2030\nLastspitzen bei Hauptverbrauchern\nDas Mittelspannungsnetz wächst',
        ),
      ],
      undefined,
      { lang: 'de' },
    );
    const netz = cands.get(conceptKey('Mittelspannungsnetz'));
    expect(netz?.count).toBe(3);
    expect([...netz!.surfaces.keys()]).toEqual(['Mittelspannungsnetz']);
    expect([...(cands.get(conceptKey('Hauptverbraucher'))?.surfaces.keys() ?? [])]).toEqual([
      'Hauptverbraucher',
    ]);
  });
});

describe('a short form of one longer name is that name', () => {
  it('"Microscopy Centre" is "Eastbrook Microscopy Centre"; "Henry IV" stays apart from "Gregory VII and Henry IV"', () => {
    const recs = records(
      [
        block(1, 'Annual Review 2024', 'title'),
        block(2, 'Partners', 'title'),
        block(
          2,
          'Beamtime at the Eastbrook Microscopy Centre in March\nSamples shipped to the Microscopy Centre',
        ),
        block(3, 'Facilities', 'title'),
        block(3, 'Microscopy Centre cleanroom booked\nNew furnace from the Eastbrook Microscopy Centre'),
        block(4, 'History', 'title'),
        block(4, 'Gregory VII and Henry IV quarrel\nHenry IV goes to Canossa\nHenry IV returns'),
      ],
      'en',
      4,
    );
    const centre = recs.filter((r) => /Microscopy/.test(r.name));
    expect(centre.map((r) => r.name)).toEqual(['Eastbrook Microscopy Centre']);
    expect(centre[0].aliases).toContain('Microscopy Centre');
    expect(recs.map((r) => r.name)).toContain('Henry IV');
  });
});

describe('a language named alone', () => {
  it('"Portuguese", "Turkish" of a localisation list are no concepts', () => {
    const en = records(
      [
        block(1, 'Live-Ops Roadmap', 'title'),
        block(2, 'Localisation', 'title'),
        block(2, 'Portuguese and Turkish voice-over by Keywords Studios\nPortuguese subtitles in May'),
        block(3, 'Markets', 'title'),
        block(3, 'Turkish store page live\nPortuguese community Discord opens\nTurkish influencer campaign'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['Portuguese', 'Turkish']) expect(en).not.toContain(n);
  });
});

describe('a Romance heading: a generic noun and its adjective', () => {
  it('"Risques identifiés", "Axes stratégiques", "Projet phare" head slides; "données sensibles" is a term', () => {
    const fr = records(
      [
        block(1, 'Schéma directeur numérique', 'title'),
        block(2, 'Risques identifiés', 'title'),
        block(2, 'Fuite de données sensibles\nRisques identifiés par la DSI\nProjet phare retardé'),
        block(3, 'Axes stratégiques', 'title'),
        block(
          3,
          'Protéger les données sensibles\nAxes stratégiques validés en comité\nProjet phare : entrepôt de données',
        ),
        block(4, 'Projet phare', 'title'),
        block(4, 'Chiffrement des données sensibles\nRisques identifiés en revue'),
      ],
      'fr',
      4,
    ).map((x) => x.name);
    for (const n of ['Risques identifiés', 'Axes stratégiques', 'Projet phare']) expect(fr).not.toContain(n);
    expect(fr).toContain('données sensibles');
  });
});

describe('a German heading: an adjective and a heading noun', () => {
  it('"Finanzielle Ziele 2028", "Wesentliche Risiken" head slides', () => {
    const de = records(
      [
        block(1, 'Service-Strategie 2025', 'title'),
        block(2, 'Finanzielle Ziele 2028', 'title'),
        block(2, 'Serviceumsatz 180 Mio. €\nFinanzielle Ziele 2028 vom Vorstand bestätigt'),
        block(3, 'Wesentliche Risiken', 'title'),
        block(3, 'Fachkräftemangel im Field Service\nWesentliche Risiken im Ersatzteilgeschäft'),
        block(4, 'Ersatzteilgeschäft', 'title'),
        block(4, 'Ersatzteilgeschäft wächst\nWesentliche Risiken bleiben'),
      ],
      'de',
      4,
    ).map((x) => x.name);
    for (const n of ['Finanzielle Ziele 2028', 'Finanzielle Ziele', 'Wesentliche Risiken'])
      expect(de).not.toContain(n);
  });
});

describe('bodies, roles, units, periods and headings of a programme deck', () => {
  it('"Steering Committee", "Programme Director", "FTE", "Phase 1/2", "Period 7", "Easter 2025", roadmaps are no terms', () => {
    const en = records(
      [
        block(1, 'Signalling Upgrade Programme', 'title'),
        block(2, 'Governance', 'title'),
        block(
          2,
          'Steering Committee meets monthly\nProgramme Director: Aisha Okafor\nChief Engineer signs off ETCS Level 2',
        ),
        block(3, 'Security Tooling Roadmap', 'title'),
        block(3, 'Wiz replaces Prisma Cloud\n4 FTE in the SOC\nCutover at Easter 2025\nPeriod 7 close'),
        block(4, 'Results by District', 'title'),
        block(
          4,
          'Phase 1/2 trial of VLX-2217 in Leeds\nSteering Committee approved Phase 1/2\nUS$ 2.4m grant from Wellcome',
        ),
        block(5, 'Delivery', 'title'),
        block(
          5,
          'Programme Director reviews Period 7\nETCS Level 2 on the Harrogate line\n4 FTE from Siemens Mobility',
        ),
        block(6, 'ETCS Levels Explained', 'title'),
        block(
          6,
          'ETCS Level 2 uses radio block centres\nWiz scans every account\nGuidewire ClaimCenter upgrade\nClaimCenter cutover',
        ),
      ],
      'en',
      6,
    ).map((x) => x.name);
    for (const n of [
      'Steering Committee',
      'Programme Director',
      'Chief Engineer',
      'FTE',
      'Phase 1/2',
      'Period 7',
      'Easter 2025',
      'Security Tooling Roadmap',
      'Results by District',
      'ETCS Levels Explained',
      'US',
    ])
      expect(en).not.toContain(n);
    expect(en).toContain('ETCS Level 2');
  });
});

describe('a name keeps its series letter, its report type, its numbered part', () => {
  it('"EDML Section A", "SOC 2 Type II", "E-Rate Category 2"; "Build A Better World" keeps no "Build A"', () => {
    const cands = extractCandidates(
      [
        block(
          1,
          'EDML Section A (York – Thirsk) | Installation 85%\nAchieve SOC 2 Type II report by June\nFunding from E-Rate Category 2 for switches\nBuild A Better World',
        ),
      ],
      undefined,
      { lang: 'en' },
    );
    for (const k of ['edml section a', 'soc 2 type ii', 'e rate category 2']) expect(cands.has(k)).toBe(true);
    expect(cands.has('build a')).toBe(false);
    const en = records(
      [
        block(1, 'Technology Plan', 'title'),
        block(2, 'Funding', 'title'),
        block(2, 'E-Rate Category 2 covers switches\nE-Rate Category 2 application filed'),
        block(3, 'Network', 'title'),
        block(3, 'Wi-Fi 6 from E-Rate Category 2 funds\nAruba access points'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(en).toContain('E-Rate Category 2');
    expect(en).not.toContain('E-Rate Category');
  });
});

describe("pieces of a role; a city after a mall's name", () => {
  it('"Chief Information Officer" leaves no "Chief Information"; "Monterrey" stays apart from "Galerías Monterrey"', () => {
    const en = records(
      [
        block(1, 'E-Filing Modernisation', 'title'),
        block(2, 'Governance', 'title'),
        block(
          2,
          'Chief Information Officer: Dana Ruiz\nThe Chief Information Officer chairs the design board',
        ),
        block(3, 'Vendors', 'title'),
        block(3, 'Tyler Technologies Odyssey\nChief Information Officer signs the contract\nManager reviews'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of [
      'Chief Information Officer',
      'Chief Information',
      'Information Officer',
      'Chief',
      'Manager',
    ])
      expect(en).not.toContain(n);
    const es = records(
      [
        block(1, 'Estrategia omnicanal', 'title'),
        block(2, 'Tiendas', 'title'),
        block(2, 'Piloto en Galerías Monterrey\nCEDIS en Monterrey y Guadalajara\nMonterrey abre en marzo'),
        block(3, 'Logística', 'title'),
        block(3, 'Entregas en Monterrey en 24 horas\nGalerías Monterrey con recogida en tienda'),
      ],
      'es',
      3,
    ).map((x) => x.name);
    expect(es).toContain('Monterrey');
  });
});

describe('headings echoed on the agenda with words of their own, and their pieces', () => {
  it('"Cell Formats", "Implementation Roadmap", "Partner Ecosystem" and "Ecosystem" of a 20-slide deck are no terms', () => {
    const deck = [
      block(1, 'Plant Debrecen-2 Ramp-Up Review', 'title'),
      block(1, 'Kestrel Energy Systems\nPresenter: Henrik Vallin, Clinical Lead'),
      block(2, 'Agenda', 'title'),
      block(
        2,
        'Cell formats and product portfolio\nImplementation roadmap by line\nPartner ecosystem\nRequested action and next steps',
      ),
      block(3, 'Cell Formats', 'title'),
      block(
        3,
        'Prismatic NMC 811 cells for Nordwagen\nLFP cells for BESS from 2026\nClinical Lead: Aiko Tanaka',
      ),
      block(4, 'Implementation Roadmap', 'title'),
      block(
        4,
        'Line 2 SOP in March 2026\nWuxi Lead Intelligent Equipment delivers the winders\nNMC 811 on Line 2',
      ),
      block(5, 'Partner Ecosystem', 'title'),
      block(
        5,
        'HydroLoop Recycling takes the scrap\nPosco Future M supplies cathode\nBESS pilot with Nordwagen',
      ),
      block(6, 'Requested Action', 'title'),
      block(6, 'Approve the LFP line\nHydroLoop Recycling contract\nPosco Future M volumes'),
    ];
    const en = records(deck, 'en', 20).map((x) => x.name);
    for (const n of [
      'Cell Formats',
      'Implementation Roadmap',
      'Partner Ecosystem',
      'Ecosystem',
      'Requested Action',
      'Clinical',
    ])
      expect(en).not.toContain(n);
    for (const n of ['HydroLoop Recycling', 'Posco Future M', 'BESS']) expect(en).toContain(n);
    // (the deck's own title and two topics joined are no such headings: their parts stay the deck's subjects)
    const bio = records(
      [
        block(1, 'Photosynthesis and Cellular Respiration', 'title'),
        block(2, 'Agenda', 'title'),
        block(2, 'Light reactions\nCellular respiration steps'),
        block(3, 'Light Reactions', 'title'),
        block(3, 'Chlorophyll absorbs light in the thylakoid membrane'),
        block(4, 'Cellular Respiration', 'title'),
        block(4, 'Glycolysis splits glucose in the cytoplasm\nThe Krebs cycle runs in mitochondria'),
      ],
      'en',
      20,
    ).map((x) => x.name.toLowerCase());
    expect(bio).toContain('cellular respiration');
  });
});

describe('roles written beside a person', () => {
  it('"SVP Commercial", "Agronomy Lead", "Gerenta de Proyectos" are roles; "Acme Robotics" after a name stays', () => {
    const en = records(
      [
        block(1, 'Revenue Strategy 2026', 'title'),
        block(
          1,
          'Presented by: Olivia Grant, SVP Commercial; Rafael Costa, VP Revenue Management; Aisha Bello, Agronomy Lead\nWith Jane Roe, Acme Robotics',
        ),
        block(2, 'Pricing', 'title'),
        block(
          2,
          'Revenue Management moves to IDeaS G3\nAcme Robotics builds the pickers\nRevenue Management owns pricing',
        ),
        block(3, 'Contacts', 'title'),
        block(3, 'Olivia Grant, SVP Commercial – olivia@example.com\nCommercial Director: Tom Kowalczyk'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of [
      'SVP Commercial',
      'VP Revenue Management',
      'Agronomy Lead',
      'Commercial Director',
      'Commercial',
    ])
      expect(en).not.toContain(n);
    for (const n of ['Acme Robotics', 'Revenue Management']) expect(en).toContain(n);
    const es = records(
      [
        block(1, 'Proyecto Los Quillayes', 'title'),
        block(
          1,
          'Expositores: Carolina Muñoz, Gerenta de Proyectos; Javier Montalbán, Director del Servicio de Relaciones Internacionales',
        ),
        block(2, 'Avance', 'title'),
        block(
          2,
          'La Gerenta de Proyectos presenta el avance de Fluor Chile\nMetso entrega los molinos\nConvenios con el Servicio de Relaciones Internacionales',
        ),
      ],
      'es',
      2,
    ).map((x) => x.name);
    expect(es).not.toContain('Gerenta de Proyectos');
    expect(es).toContain('Servicio de Relaciones Internacionales');
  });
});

describe("a company's first words are the company", () => {
  it('"Oberland" is "Oberland Capital Partners", no concept of its own; "Linz" stays apart', () => {
    const recs = records(
      [
        block(1, 'Project Kestrel: Integration Update', 'title'),
        block(2, 'Transaction', 'title'),
        block(2, 'Acquisition of 100% of Brandt Fluid Systems GmbH from Oberland Capital Partners'),
        block(3, 'Remedies', 'title'),
        block(3, "Divestment of Brandt's Linz pump business\nOberland provides transitional services"),
        block(4, 'People', 'title'),
        block(
          4,
          'Brandt employs 4,870 people\nOberland keeps the Kraków centre\nThe Linz plant closes in June',
        ),
        block(5, 'Systems', 'title'),
        block(5, 'Brandt signs the TSA with Oberland\nBrandt moves to SAP S/4HANA in Linz'),
      ],
      'en',
      5,
    );
    const names = recs.map((r) => r.name);
    for (const n of ['Brandt', 'Oberland']) expect(names).not.toContain(n);
    expect(names).toContain('Brandt Fluid Systems GmbH');
    expect(recs.find((r) => r.name === 'Oberland Capital Partners')?.aliases).toContain('Oberland');
    expect(names).toContain('Linz');
  });
});

describe("headings of a deck's common words, agenda items with commas, heads of titles before a dash", () => {
  it('"Permisos Ambientales", "Launch Plan" and "Yield Results" head slides; "Los Quillayes" and "RhizoGuard" stay', () => {
    const es = records(
      [
        block(1, 'Expansión Concentradora Los Quillayes', 'title'),
        block(2, 'Agenda', 'title'),
        block(
          2,
          'Permisos ambientales y comunidades\nAvance de obras en Los Quillayes\nAcuerdos solicitados',
        ),
        block(3, 'Permisos Ambientales', 'title'),
        block(3, 'Los permisos sectoriales siguen en trámite\nLa RCA ambiental fue aprobada por el SEA'),
        block(4, 'Los Quillayes', 'title'),
        block(4, 'El espesador de relaves de Los Quillayes está al 62 %\nMetso entrega los molinos'),
      ],
      'es',
      18,
    ).map((x) => x.name);
    expect(es).not.toContain('Permisos Ambientales');
    expect(es).toContain('Los Quillayes');
    const en = records(
      [
        block(1, 'RhizoGuard Field Trial Results', 'title'),
        block(2, 'Agenda', 'title'),
        block(
          2,
          'Trial network and methodology\nYield results – corn and soybean\nLaunch plan, pricing and distributor programme',
        ),
        block(3, 'Trial Network 2024–2025', 'title'),
        block(3, 'RhizoGuard tested on 212 sites in Iowa\nAgriTest Research LLC ran the small-plot trials'),
        block(4, 'Yield Results – Corn', 'title'),
        block(4, 'RhizoGuard added 6.1 bu/ac over the untreated check'),
        block(5, 'Yield Results – Soybean', 'title'),
        block(5, 'RhizoGuard added 2.4 bu/ac in Iowa'),
        block(6, 'Launch Plan', 'title'),
        block(6, 'RhizoGuard ships through AgriTest Research LLC in 2026'),
      ],
      'en',
      16,
    ).map((x) => x.name);
    for (const n of ['Launch Plan', 'Yield Results']) expect(en).not.toContain(n);
    expect(en).toContain('RhizoGuard');
  });
});

describe('a list of people and their roles between semicolons', () => {
  it('"Claudia Weiß, Leiterin Qualitätsmanagement; Markus Lindner, Werkleiter …": people, and no role as a person', () => {
    const line =
      'Referenten: Dr. Stefan Hofmann, Geschäftsführer Technik; Claudia Weiß, Leiterin Qualitätsmanagement; Markus Lindner, Werkleiter Werk Zwickau; Ayşe Demir, Key Account Managerin';
    const found = personNames(line, { titleSlide: true, raw: line, lang: 'de' });
    for (const n of ['Stefan Hofmann', 'Claudia Weiß', 'Markus Lindner']) expect(found).toContain(n);
    for (const n of ['Leiterin Qualitätsmanagement', 'Werkleiter Werk Zwickau', 'Key Account Managerin'])
      expect(found).not.toContain(n);
    const de = records(
      [
        block(1, 'Eskalation Bremssattelhalter', 'title'),
        block(1, line),
        block(2, 'Sofortmaßnahmen', 'title'),
        block(2, 'Sperrung im Ersatzteillager\nMagnetpulverprüfung an 100 % der Teile'),
      ],
      'de',
      2,
    ).map((x) => x.name);
    for (const n of ['Leiterin Qualitätsmanagement', 'Werkleiter Werk Zwickau', 'Key Account Managerin'])
      expect(de).not.toContain(n);
  });
});

describe('versions, standards and sections written once; a long text deck is no short deck', () => {
  it('"PCI DSS 4.0" once (no "DSS 4.0"), "IATF 16949", no "Occupancy 76.8" nor "Abschnitt 8.5.6"', () => {
    const cands = extractCandidates(
      [
        block(
          1,
          'PCI DSS 4.0 deadline for all properties\nOccupancy 76.8% (+1.2 pts)\nIATF 16949:2016 certificate received\nÄnderungsanzeige gemäß Abschnitt 8.5.6',
        ),
      ],
      undefined,
      { lang: 'en' },
    );
    expect(cands.get('pci dss 4.0')?.count).toBe(1);
    expect(cands.has('dss 4.0')).toBe(false);
    expect(cands.has('occupancy 76.8')).toBe(false);
    expect([...cands.keys()].some((k) => k.startsWith('iatf 16949'))).toBe(true);
    const de = records(
      [
        block(1, 'Eskalation Achsschenkel', 'title'),
        block(2, 'Normen', 'title'),
        block(2, 'Änderungsanzeige gemäß IATF 16949 Abschnitt 8.5.6\nAbschnitt 8.5.6 verlangt die Freigabe'),
      ],
      'de',
      2,
    ).map((x) => x.name);
    expect(de).not.toContain('Abschnitt 8.5.6');
  });

  it('a title of dictionary words heads its slide in a 20-slide deck of lists, not in one of full text', () => {
    const deck = (dense: boolean) => {
      const blocks = [block(1, 'Harbour Systems Review', 'title')];
      for (let i = 2; i <= 20; i++) {
        blocks.push(block(i, i === 6 ? 'Application Security Risks' : `Topic ${i}`, 'title'));
        const lines = dense
          ? Array.from(
              { length: 30 },
              (_, j) =>
                `The Kestrel${i}x${j} gateway feeds Osprey${i}y${j} ledgers across the Heron${i}z${j} grid`,
            )
          : [`The Kestrel${i} gateway feeds the Osprey${i} ledger`];
        blocks.push(block(i, lines.join('\n')));
      }
      return records(blocks, 'en', 20).map((x) => x.name);
    };
    expect(deck(false)).not.toContain('Application Security Risks');
    expect(deck(true)).toContain('Application Security Risks');
  });
});

describe("a Dutch name's particles", () => {
  it('"Anouk de Vries" is whole, no "Vries"; "Van Oord" leaves no "Oord"; German "Analyse der Daten" stays apart', () => {
    const nl = records(
      [
        block(1, 'Voortgang Dijkversterking Lek-Merwede', 'title'),
        block(1, 'Presentatie door: Anouk de Vries, programmamanager; Fatima El Amrani, projectcontroller'),
        block(2, 'Aanbesteding', 'title'),
        block(2, 'Boskalis en Van Oord bouwen de Merwededijk\nAnouk de Vries leidt de aanbesteding'),
        block(3, 'Contact', 'title'),
        block(3, 'Anouk de Vries – a.devries@waterschap.nl\nVan Oord levert in 2027'),
      ],
      'nl',
      3,
    ).map((x) => x.name);
    expect(nl).toContain('Anouk de Vries');
    for (const n of ['Vries', 'Oord', 'Amrani']) expect(nl).not.toContain(n);
    const cands = extractCandidates(
      [block(1, 'Die Analyse der Daten zeigt Ausschuss\nUrsula von der Leyen besucht das Werk')],
      undefined,
      { lang: 'de' },
    );
    expect(cands.has('analyse der daten')).toBe(false);
    expect(cands.has('ursula von der leyen')).toBe(true);
  });
});

describe('a word only inside names and roles; councils by their kind', () => {
  it('"City" of "City Hall" and "Jennifer Cho, City Manager", "Council", "Directorio" are no concepts; "Asia" stays', () => {
    const en = records(
      [
        block(1, 'Riverton FY2026 Proposed Budget', 'title'),
        block(1, 'Presented to the Riverton City Council by Jennifer Cho, City Manager'),
        block(2, 'Facilities', 'title'),
        block(
          2,
          'Riverton City Hall roof replacement\nCity Hall annex lease ends\nThe Council adopts the budget in June',
        ),
        block(3, 'Public Safety', 'title'),
        block(3, 'Riverton Fire Department adds 6 firefighters\nCouncil hearing on 12 May'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['City', 'Council']) expect(en).not.toContain(n);
    const es = records(
      [
        block(1, 'Expansión Los Quillayes', 'title'),
        block(2, 'Acuerdos', 'title'),
        block(2, 'El Directorio aprueba el presupuesto\nEl Directorio revisa el avance del proyecto'),
      ],
      'es',
      2,
    ).map((x) => x.name);
    expect(es).not.toContain('Directorio');
    // (a continent inside names is a place and stays: "Export Manager Asia-Pacifico", "Strategia Export Asia")
    expect(isPlaceName('Asia')).toBe(true);
  });
});

describe('a legal form alone; closing words of other languages', () => {
  it('"AG" of "Nordwagen AG", "Gracias", "Köszönöm" are no concepts; "Nordwagen AG" stays', () => {
    const en = records(
      [
        block(1, 'Plant Debrecen-2 Ramp-Up Review', 'title'),
        block(2, 'Customers', 'title'),
        block(
          2,
          'PPAP Level 3 submitted to Nordwagen AG\nNordwagen AG volumes for 2026\nSOP with Nordwagen AG in October',
        ),
        block(3, 'Köszönöm', 'title'),
        block(3, 'Questions to Henrik Vallin'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(en).toContain('Nordwagen AG');
    for (const n of ['AG', 'Köszönöm']) expect(en).not.toContain(n);
    const es = records(
      [
        block(1, 'Estrategia Omnicanal', 'title'),
        block(2, 'Gracias', 'title'),
        block(2, 'Preguntas a Mariana Torres'),
      ],
      'es',
      2,
    ).map((x) => x.name);
    expect(es).not.toContain('Gracias');
  });
});

describe('a Romance heading led by a study, a change, a delay or a review of something', () => {
  it('"Études de qualification des matériels", "Bilan de l\'arrêt de tranche" are no terms; "coûts de maintenance" is', () => {
    const fr = records(
      [
        block(1, 'Arrêt de tranche 2025 et prolongation', 'title'),
        block(2, "Bilan de l'arrêt de tranche", 'title'),
        block(
          2,
          "Études de qualification des matériels aux conditions accidentelles\nÉvolution des exigences réglementaires à l'issue du réexamen\nLes coûts de maintenance baissent de 4 %",
        ),
        block(3, 'Risques', 'title'),
        block(3, 'Délais de fabrication des gros composants chez Framatome\nLes coûts de maintenance du GV'),
      ],
      'fr',
      3,
    ).map((x) => x.name);
    for (const n of [
      "Bilan de l'arrêt de tranche",
      'Études de qualification des matériels',
      'Évolution des exigences réglementaires',
    ])
      expect(fr).not.toContain(n);
    expect(fr.some((n) => /^délais de fabrication/i.test(n))).toBe(false);
  });
});

describe('headings led by an acronym, currencies and everyday acronyms', () => {
  it('"TOS Cut-Over Plan", "5G SA Rollout Progress", "NOK m", "IT", "OEM" are no terms; "Navis N4" stays', () => {
    const en = records(
      [
        block(1, 'Calderhaven Terminal Automation', 'title'),
        block(2, 'TOS Cut-Over Plan', 'title'),
        block(
          2,
          'Navis N4 replaces the legacy TOS in March\nIT freezes changes for two weeks\nThe OEM supplies spare parts',
        ),
        block(3, '5G SA Rollout Progress', 'title'),
        block(
          3,
          'Item | 2025 budget (NOK m) | H1 actual (NOK m)\nRAN | 410 | 180\nNavis N4 interfaces with the 5G SA core',
        ),
        block(4, 'Risks', 'title'),
        block(4, 'IT staffing for Navis N4 support\nOEM warranty on the cranes'),
      ],
      'en',
      4,
    ).map((x) => x.name);
    for (const n of ['TOS Cut-Over Plan', '5G SA Rollout Progress', 'NOK m', 'NOK', 'IT', 'OEM'])
      expect(en).not.toContain(n);
    expect(en).toContain('Navis N4');
  });
});

describe('an office before a person', () => {
  it('"Superintendent Carla Whitehorse" is no person\'s name; "Judge …", "Dijkgraaf …" neither', () => {
    for (const line of [
      'Presenter: Superintendent Carla Whitehorse',
      'Speaker: Judge Maria Lopez',
      'Presentatie door: Dijkgraaf Pieter Bos',
    ]) {
      const found = personNames(line, { titleSlide: true, raw: line, lang: 'en' });
      expect(found.some((n) => /^(?:Superintendent|Judge|Dijkgraaf) /.test(n))).toBe(false);
    }
  });
});

describe("an institution's first words", () => {
  it('"Remote Operations" is "Remote Operations Centre" (its key singular, "remote operation")', () => {
    const recs = records(
      [
        block(1, 'Terminal Automation Update', 'title'),
        block(2, 'Operations', 'title'),
        block(
          2,
          'Crane drivers move to the Remote Operations Centre in May\nRemote Operations staffing: 42 operators',
        ),
        block(3, 'Visitors', 'title'),
        block(
          3,
          'Shuttle from Pinecrest to the park\nPinecrest Visitor Center opens at 8\nParking in Pinecrest is full\nHotels in Pinecrest and Fresno are booked',
        ),
        block(4, 'Schedule', 'title'),
        block(4, 'Remote Operations Centre go-live in June\nRemote Operations training with Kalmar'),
      ],
      'en',
      4,
    );
    const names = recs.map((r) => r.name);
    expect(names).not.toContain('Remote Operations');
    expect(recs.find((r) => r.name === 'Remote Operations Centre')?.aliases).toContain('Remote Operations');
  });
});

describe('sentence-case headings of a context, a composition, an adequacy, findings or changes', () => {
  it('"Market context", "Pricing adequacy", "Catastrophe model changes" head slides; "Breach notification" is a term', () => {
    const en = records(
      [
        block(1, 'Aldermoor Re: 1/1 Renewal Review', 'title'),
        block(2, 'Agenda', 'title'),
        block(
          2,
          'Market context: rates and capacity\nPricing adequacy by line\nCatastrophe model changes\nBreach notification duties',
        ),
        block(3, 'Market context', 'title'),
        block(3, 'Property cat rates fell 8% at 1/1\nAlternative capital reached USD 110bn'),
        block(4, 'Pricing adequacy', 'title'),
        block(4, 'Technical price index at 104 for Property Treaty'),
        block(5, 'Catastrophe model changes', 'title'),
        block(5, 'Verisk 2025 hurricane model raises Florida losses'),
        block(6, 'Breach notification', 'title'),
        block(6, 'GDPR Article 33 asks for notice within 72 hours'),
      ],
      'en',
      6,
    ).map((x) => x.name);
    for (const n of ['Market context', 'Pricing adequacy', 'Catastrophe model changes'])
      expect(en).not.toContain(n);
    expect(en).toContain('Breach notification');
  });
});

describe("seasons, halves and a month's parts; bodies by their kind and their pieces", () => {
  it('"Safra 2026/27", "2º semestre", "Primavera/Estate", "SteerCo", "Esecutivo" are no terms; "Spring Boot" is', () => {
    const pt = records(
      [
        block(1, 'Plano de Armazenagem Coopervale', 'title'),
        block(2, 'Cronograma', 'title'),
        block(
          2,
          'Safra 2026/27: silos em Cascavel\nSafra 2027/28: terminal em Paranaguá\nObras no 2º semestre',
        ),
        block(3, 'Aprovação', 'title'),
        block(3, 'Safra 2026/27 exige 120 mil t\nObras no 2º semestre de 2026'),
      ],
      'pt',
      3,
    ).map((x) => x.name);
    for (const n of ['Safra 2026/27', 'Safra 2027/28', '2º semestre']) expect(pt).not.toContain(n);
    const it = records(
      [
        block(1, 'Passaporto digitale di prodotto', 'title'),
        block(2, 'Governance', 'title'),
        block(
          2,
          'Comitato Esecutivo approva il budget\nCollezione Primavera/Estate 2026 tracciata con Tag NFC',
        ),
        block(3, 'Piano', 'title'),
        block(3, 'Comitato Esecutivo di marzo\nPrimavera/Estate 2026 in negozio con Tag NFC'),
      ],
      'it',
      3,
    ).map((x) => x.name);
    for (const n of ['Comitato Esecutivo', 'Esecutivo', 'Primavera/Estate 2026', 'Primavera/Estate'])
      expect(it).not.toContain(n);
    const en = records(
      [
        block(1, 'S/4HANA Migration Update', 'title'),
        block(2, 'Governance', 'title'),
        block(
          2,
          'SteerCo approves the cutover\nSpring Boot services call SAP BTP\nUnderwriting Committee meets in March',
        ),
        block(3, 'Plan', 'title'),
        block(3, 'SteerCo in June\nSpring Boot upgrade to 3.2\nUnderwriting Committee sign-off'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    for (const n of ['SteerCo', 'Underwriting Committee']) expect(en).not.toContain(n);
    expect(en).toContain('Spring Boot');
  });
});

describe("a people's or a region's adjective alone", () => {
  it('"European" of "European windstorm", "North" of "North Atlantic" are no concepts', () => {
    const en = records(
      [
        block(1, 'Aldermoor Re Renewal Review', 'title'),
        block(2, 'Losses', 'title'),
        block(
          2,
          'Losses from European windstorm Eunice\nThe North Atlantic season was quiet for Aldermoor Re',
        ),
        block(3, 'Markets', 'title'),
        block(3, 'Cedants in the European market renewed early\nRates on North Sea energy fell'),
        block(4, 'Outlook', 'title'),
        block(4, 'More European flood capacity from Hannover Re\nNorth American casualty reserves rose'),
        block(5, 'Portfolio', 'title'),
        block(5, 'European property is 40% of premium\nNorth Atlantic hurricane PML at USD 310m'),
      ],
      'en',
      5,
    ).map((x) => x.name);
    for (const n of ['European', 'North']) expect(en).not.toContain(n);
  });
});

describe('German headings of a frame or results of something; a topic in a year', () => {
  it('"Rechtlicher Rahmen", "Ergebnisse der Netzberechnungen", "Activity in 2023/24" head slides', () => {
    const de = records(
      [
        block(1, 'Netzausbauplan 2025 der Netz Mittelhessen', 'title'),
        block(2, 'Agenda', 'title'),
        block(
          2,
          'Rechtlicher Rahmen\nErgebnisse der Netzberechnungen\nUmspannwerke und Freileitungsmonitoring',
        ),
        block(3, 'Rechtlicher Rahmen', 'title'),
        block(
          3,
          'Das EnWG verlangt den Netzausbauplan alle zwei Jahre\nDie Bundesnetzagentur prüft die Pläne',
        ),
        block(4, 'Ergebnisse der Netzberechnungen', 'title'),
        block(4, 'Engpässe in 14 Umspannwerken\nFreileitungsmonitoring erhöht die Kapazität'),
      ],
      'de',
      4,
    ).map((x) => x.name);
    for (const n of ['Rechtlicher Rahmen', 'Ergebnisse der Netzberechnungen']) expect(de).not.toContain(n);
    const en = records(
      [
        block(1, 'Eastbrook Biobank Review', 'title'),
        block(2, 'Activity in 2023/24', 'title'),
        block(2, 'REDCap holds consent for 41,200 participants\nActivity in 2023/24 rose 12% over 2022/23'),
      ],
      'en',
      2,
    ).map((x) => x.name);
    expect(en).not.toContain('Activity in 2023/24');
  });
});
