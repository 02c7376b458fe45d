/**
 * Headings and names of dense decks (the classes of 2026-12-04's afternoon session): a deck of up to 25 slides with
 * sixty to eighty candidate phrases a slide reads its titles as headings, as a sparser one does; Romance titles in
 * Title Case whose words the body writes in lower case; a place led by "New"; names whose "’s" is their own. Made-up
 * sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { germanNominative, selectConcepts, shortDeck } from '../../src/concepts/select.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { block, records } from './blocks.js';

const names = (blocks: LinkBlock[], lang = 'en', slides = 30) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('a dense deck', () => {
  it('of up to 25 slides and 80 candidates a slide reads its titles as headings, as a sparser one does', () => {
    // (the blind decks of the afternoon held 42 to 79 candidates a slide; the bound was 60, and 45 outside English)
    expect(shortDeck(20, 70 * 20, 'en')).toBe(true);
    expect(shortDeck(20, 75 * 20, 'pt')).toBe(true);
    expect(shortDeck(30, 75 * 30, 'it')).toBe(true);
    // (a text-heavy document stays apart: its Title Case titles name a catalogue's topics)
    expect(shortDeck(20, 90 * 20, 'en')).toBe(false);
    expect(shortDeck(30, 50 * 30, 'en')).toBe(false);
  });
});

describe('a Romance title in Title Case', () => {
  it('heads its slide when half its words or more are written in lower case in the body', () => {
    const deck = [
      block(1, 'Nova linha de metro: ponto de situação', 'title'),
      block(2, 'Fontes de Financiamento', 'title'),
      block(
        2,
        'O financiamento europeu cobre 60 % do investimento elegível.\nO empréstimo BEI completa o plano.',
      ),
      block(3, 'Empreitada principal', 'title'),
      block(3, 'A empreitada avança em três frentes de obra.\nO túnel atingiu 1,2 km em outubro.'),
      block(4, 'Expropriações', 'title'),
      block(4, 'Foram concluídas 41 expropriações amigáveis.\nRestam 6 processos litigiosos.'),
    ];
    expect(names(deck, 'pt', 20)).not.toContain('Fontes de Financiamento');
  });
});

describe('names', () => {
  it('keep a place\'s "New" wherever the place is written ("New South Wales")', () => {
    const deck = [
      block(1, 'Dam Safety Programme', 'title'),
      block(3, 'New South Wales: the dam is declared under the Dams Safety Act 2015.'),
      block(4, 'Regulators in Queensland and New South Wales reviewed the plan.'),
      block(5, 'The New South Wales regulator accepted the safety case in June.'),
    ];
    const found = names(deck);
    expect(found).toContain('New South Wales');
    expect(found).not.toContain('South Wales');
  });

  it('keep an "’s" that is the name\'s own ("Lloyd’s", "Moody’s RMS", "Brannigan’s"), not a possessive', () => {
    const deck = [
      block(1, 'Reinsurance Renewal', 'title'),
      block(3, "The business plan was approved by Lloyd's in November."),
      block(4, "The catastrophe model is Moody's RMS; the capital rules of Lloyd's apply."),
      block(5, "Moody's RMS v23 was validated by the model team."),
      block(6, "The pub group Brannigan's runs 40 pubs; the exposure went to Lloyd's for review."),
      block(7, "The syndicate renewed the property cover of Brannigan's in May."),
      block(8, "Sarah's team priced the layer; Sarah's model was reviewed."),
      block(9, "The Council's budget and the Council's plan were set in March."),
    ];
    const found = names(deck);
    expect(found).toContain("Lloyd's");
    expect(found).not.toContain('Lloyd');
    expect(found).toContain("Moody's RMS");
    expect(found).toContain("Brannigan's");
    expect(found).not.toContain("Sarah's");
    expect(found).not.toContain('Brannigan');
    expect(found).not.toContain("Council's");
  });

  it('spell an acronym out across the joining words of other languages ("Entidad Regional de Aguas del Levante")', () => {
    const deck = [
      block(1, 'Ampliación de la desaladora', 'title'),
      block(3, 'La Entidad Regional de Aguas del Levante (ERAL) licita la ampliación.'),
      block(4, 'ERAL aporta el 40 % de la inversión; la desalación cubre el 23 % de los recursos de ERAL.'),
      block(5, 'El vertido de salmuera lo autoriza la Confederación Hidrográfica del Segura.'),
      block(6, 'La CHS revisa el plan de vigilancia; la CHS emite su informe en junio.'),
      block(7, 'La sequía la coordina la Confederación Hidrográfica del Segura.'),
    ];
    const rs = selectConcepts(extractCandidates(deck, learnAcronyms(deck, 'es'), { lang: 'es' }), 20, {
      lang: 'es',
    }).map((c) => c.record);
    const eral = rs.find((r) => r.name === 'Entidad Regional de Aguas del Levante');
    expect(eral?.aliases).toContain('ERAL');
    expect(rs.map((r) => r.name)).not.toContain('ERAL');
    const chs = rs.find((r) => r.name === 'Confederación Hidrográfica del Segura');
    expect(chs?.aliases).toContain('CHS');
    expect(rs.map((r) => r.name)).not.toContain('CHS');
  });

  it('name a German body in the nominative ("der Deutschen Krebsgesellschaft", "des Bundesamts für …")', () => {
    expect(germanNominative('Deutscher Krebsgesellschaft')).toBe('Deutsche Krebsgesellschaft');
    expect(germanNominative('Medizinischen Dienst')).toBe('Medizinischer Dienst');
    expect(germanNominative('Statistischen Bundesamt')).toBe('Statistisches Bundesamt');
    expect(germanNominative('Bundesamts für Sicherheit in der Informationstechnik')).toBe(
      'Bundesamt für Sicherheit in der Informationstechnik',
    );
    // (a name in the nominative, a head of no known gender and a place stay as written)
    for (const n of [
      'Gemeinsamer Bundesausschuss',
      'Deutsches Rotes Kreuz',
      'Deutsche Bahn',
      'Landkreis Rotenburg',
    ])
      expect(germanNominative(n), n).toBe(n);
  });

  it('keep a book of the German social code whole ("SGB V", not "SGB")', () => {
    const deck = [
      block(1, 'Krankenhausreform', 'title'),
      block(3, 'Die Qualitätskriterien nach SGB V gelten ab 2027; das SGB V regelt die Vergütung.'),
      block(4, 'Die Pflegeversicherung folgt dem SGB XI; Prüfungen nach SGB V laufen jährlich.'),
    ];
    const found = names(deck, 'de', 12);
    expect(found).toContain('SGB V');
    expect(found).not.toContain('SGB');
  });

  it('are one with a word of their kind ("FAIR principle" of "FAIR"), not with a thing of their own ("SQL injection")', () => {
    const deck = [
      block(1, 'Open Research Policy', 'title'),
      block(3, 'Data should be FAIR: the FAIR principle applies to every dataset.'),
      block(4, 'FAIR metadata is checked at deposit; the FAIR principle is in the deposit rules.'),
      block(5, 'The repository runs on SQL; SQL injection was tested in the audit.'),
      block(6, 'SQL backups run nightly; SQL injection findings were closed in May.'),
      block(7, 'The archive follows FAIR and its SQL schema is documented.'),
      block(8, 'Credential services are issued by the hub; Credential services renew yearly.'),
      block(9, 'Each Credential is checked; a Credential lasts three years.'),
    ];
    const rs = records(deck, 'en', 20);
    // (nor into a word of the dictionary: "Credential services" is no alias of "Credential")
    expect(rs.find((r) => r.name === 'Credential')?.aliases ?? []).not.toContain('Credential services');
    const found = rs.map((r) => r.name);
    expect(found).not.toContain('FAIR principle');
    expect(rs.find((r) => r.name === 'FAIR')?.aliases).toContain('FAIR principle');
    expect(found).toContain('SQL injection');
  });
});

describe('labels', () => {
  it('of a layer, a tier, a target alone, taxes and tenders are no concepts ("Layer 4", "Tier 2", "VAT", "RFP")', () => {
    const deck = [
      block(1, 'Renewal Review', 'title'),
      block(3, 'Layer 4 attaches at $150m; Layer 4 pricing rose 5 %.'),
      block(4, 'Tier 2 vendors are reviewed yearly; Tier 2 vendors hold no student data.'),
      block(5, 'Prices exclude VAT; VAT is recovered quarterly.'),
      block(6, 'The RFP closed in March; the RFP drew four bids from Tier 1 suppliers.'),
      block(7, 'fornitori Tier 1 e fornitori Tier 1 certificati sono tracciati.'),
    ];
    const found = names(deck, 'en', 20);
    for (const n of ['Layer 4', 'Tier 2', 'VAT', 'RFP']) expect(found, n).not.toContain(n);
  });

  it('a table column heading written nowhere else ("Avanzamento lavori") is no concept', () => {
    const deck = [
      block(1, 'Edilizia scolastica', 'title'),
      block(
        3,
        'Istituto\tAvanzamento lavori\tImporto\nIIS Fermi\t45 %\t2,1 M€\nLiceo Galilei\t30 %\t1,4 M€',
        'table',
      ),
      block(4, 'Riepilogo\tAvanzamento lavori\tScuole\nTotale\t38 %\t12', 'table'),
      block(5, "L'efficientamento energetico riguarda 12 scuole della provincia."),
    ];
    expect(names(deck, 'it', 20)).not.toContain('Avanzamento lavori');
  });
});

describe('schools named after someone', () => {
  it('are one organisation with their kind ("IIS "Enrico Fermi""), not the person', () => {
    const deck = [
      block(1, 'Programma edilizia scolastica', 'title'),
      block(3, 'IIS "Enrico Fermi" – Castelmarano: cappotto termico e pompe di calore.'),
      block(4, 'Palestra IIS "Enrico Fermi": avanzamento 88 %.'),
      block(5, 'Liceo Scientifico "Galileo Galilei": nuova centrale termica.'),
      block(6, 'Il Liceo Scientifico "Galileo Galilei" ospita 900 studenti.'),
    ];
    const rs = records(deck, 'it', 20);
    const found = rs.map((r) => r.name);
    expect(found).toContain('IIS "Enrico Fermi"');
    expect(found).toContain('Liceo Scientifico "Galileo Galilei"');
    expect(rs.find((r) => r.name === 'IIS "Enrico Fermi"')?.type).toBe('ORGANIZATION');
    expect(found).not.toContain('Enrico Fermi');
    expect(found).not.toContain('Galileo Galilei');
  });
});

describe('an institution called by its last word', () => {
  it('is the institution ("the Society" of "Wealdbridge Building Society"), not when a name the deck uses leads it', () => {
    const deck = [
      block(1, 'Mortgage Platform Replacement\nWealdbridge Building Society', 'title'),
      block(3, 'The Society will migrate 42,000 mortgages in three waves.'),
      block(4, 'Brokers rate the Society highly; the Society keeps its broker panel.'),
      block(5, 'Celtavia flies 40 aircraft; Celtavia crews follow the Celtavia Scheme.'),
      block(6, 'Celtavia rosters change in May; the Scheme limits duty to 13 hours under the Scheme.'),
    ];
    const rs = records(deck, 'en', 20);
    const found = rs.map((r) => r.name);
    expect(found).toContain('Wealdbridge Building Society');
    expect(found).not.toContain('Society');
    // (the airline's name leads "Celtavia Scheme" and is written alone more often: "the Scheme" stays apart)
    expect(rs.find((r) => r.name === 'Celtavia Scheme')?.aliases ?? []).not.toContain('Scheme');
  });
});

describe('a capitalised panel', () => {
  it('of three words is a body\'s name ("Intermediary Advisory Panel"), a product\'s part in lower case is not', () => {
    const deck = [
      block(1, 'Broker Readiness', 'title'),
      block(3, 'Feedback from the Intermediary Advisory Panel on 4 November was positive.'),
      block(4, 'Confirm the wave plan with the Intermediary Advisory Panel by 12 December.'),
      block(5, 'Open the Shapes Lab panel; the Shapes Lab panel lists every shape.'),
      block(6, 'Shapes Lab saves custom shapes.'),
    ];
    const found = names(deck, 'en', 20);
    expect(found).toContain('Intermediary Advisory Panel');
    expect(found).not.toContain('Intermediary Advisory');
    expect(found).not.toContain('Shapes Lab panel');
  });
});

describe('titles', () => {
  it('cut inside a date, or headed before a colon once and listed on the agenda, are headings', () => {
    const deck = [
      block(1, 'Reinsurance Renewal 2026', 'title'),
      block(2, 'Agenda', 'title'),
      block(2, 'Programme structure\nMarket conditions\nRecommendation'),
      block(3, 'Programme Structure: 1 January 2026', 'title'),
      block(3, 'The cat XoL programme has four layers above a $30m retention.'),
      block(4, 'Market Conditions at 1/1/2026', 'title'),
      block(4, 'Property cat rates fell 10 % on loss-free layers.'),
      block(5, 'Recommendation', 'title'),
      block(5, 'Bind the programme as proposed; the retention stays at $30m.'),
    ];
    const found = names(deck, 'en', 12);
    expect(found).not.toContain('Market Conditions at 1');
    expect(found).not.toContain('Programme structure');
    expect(found).not.toContain('Programme Structure');
  });
});
