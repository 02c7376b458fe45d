/**
 * Names a reader finds cut (the classes of 2026-12-04's midday session): a word always written beside the same
 * capitalised word, Italian and Spanish names across articled prepositions, national acts by their number with their
 * kind's words and their issuer. Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import type { LinkBlock } from '../../src/concepts/link.js';
import { block, records } from './blocks.js';

const names = (blocks: LinkBlock[], lang = 'en', slides = 30) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('a word always written beside the same capitalised word', () => {
  it('is a piece of that name, on its left ("Conselho Fiscal") or its right ("Vila Formosa")', () => {
    const deck = [
      block(1, 'Relatório de gestão da cooperativa', 'title'),
      block(3, 'O parecer do Conselho Fiscal foi aprovado sem ressalvas.'),
      block(4, 'O Conselho Fiscal recebe o relatório de riscos a cada trimestre.'),
      block(5, 'A agência de Vila Formosa abriu em março; Vila Formosa concentra 12 % dos associados.'),
      block(6, 'A carteira de crédito rural cresceu 9 % no ano.'),
      block(7, 'O crédito rural segue o Manual de Crédito Rural do banco central.'),
    ];
    const found = names(deck, 'pt');
    expect(found).not.toContain('Fiscal');
    expect(found).not.toContain('Formosa');
    expect(found).not.toContain('Vila');
  });

  it('stays when another word is beside it once, or an article starts the sentence ("The Lumen platform")', () => {
    const deck = [
      block(1, 'Platform Review', 'title'),
      block(3, 'The Lumen platform books every appointment.'),
      block(4, 'The Lumen rollout reached 40 clinics.'),
      block(5, 'Lumen replaced three booking tools; Lumen costs less to run.'),
      block(6, 'Clinic staff book through Tessaly Lumen and the phone line.'),
    ];
    const found = names(deck);
    expect(found).toContain('Lumen');
    const deck2 = [
      block(1, 'Platform Review', 'title'),
      block(3, 'The Lumen platform books every appointment.'),
      block(4, 'The Lumen rollout reached 40 clinics in the spring.'),
      block(5, 'Staff training for the booking tools ended in June.'),
    ];
    expect(names(deck2)).toContain('Lumen');
  });
});

describe('Italian and Spanish names across articled prepositions', () => {
  it('are one name ("Museo della Carta e della Stampa", "Montalto delle Marche")', () => {
    const deck = [
      block(1, 'Digitalizzazione delle collezioni civiche', 'title'),
      block(3, 'Il Museo della Carta e della Stampa conserva 2.900 oggetti.'),
      block(4, 'La campagna fotografica del Museo della Carta e della Stampa parte a maggio.'),
      block(5, 'I comuni di Offida e Montalto delle Marche partecipano al progetto.'),
      block(6, 'La pinacoteca di Montalto delle Marche presta 40 dipinti.'),
    ];
    const found = names(deck, 'it');
    expect(found).toContain('Museo della Carta e della Stampa');
    expect(found).toContain('Montalto delle Marche');
    expect(found).not.toContain('Carta');
    expect(found).not.toContain('Stampa');
    expect(found).not.toContain('Montalto');
  });
});

describe('a national act by its number', () => {
  it('is named whole, with its kind and its issuer ("Real Decreto 105/2008", "Resolução CMN nº 4.966/2021")', () => {
    const es = [
      block(1, 'Plan de obra', 'title'),
      block(3, 'Los residuos se gestionan conforme al Real Decreto 105/2008.'),
      block(4, 'El plan de seguridad sigue el Real Decreto 1627/1997 en cada lote.'),
      block(5, 'La revisión de precios aplica el Real Decreto 1359/2011.'),
      block(6, 'La protección de datos sigue la Ley Orgánica 3/2018.'),
    ];
    const found = names(es, 'es');
    expect(found).toContain('Real Decreto 105/2008');
    expect(found).toContain('Real Decreto 1627/1997');
    expect(found).toContain('Ley Orgánica 3/2018');
    expect(found).not.toContain('Decreto 105/2008');
    // (the kind alone, written only before the acts' numbers, is their piece)
    expect(found).not.toContain('Real Decreto');
    const pt = [
      block(1, 'Gestão de riscos', 'title'),
      block(3, 'A perda esperada segue a Resolução CMN nº 4.966/2021 desde janeiro.'),
      block(4, 'A potabilidade segue a Portaria GM/MS nº 888/2021.'),
      block(5, 'O tratamento de dados segue a Lei nº 13.709/2018.'),
    ];
    const ptFound = names(pt, 'pt');
    expect(ptFound).toContain('Resolução CMN nº 4.966/2021');
    expect(ptFound).toContain('Portaria GM/MS nº 888/2021');
    expect(ptFound).toContain('Lei nº 13.709/2018');
    expect(ptFound).not.toContain('Resolução');
    expect(ptFound).not.toContain('Portaria GM/MS');
    const recs = records(es, 'es', 30);
    expect(recs.find((r) => r.name === 'Real Decreto 105/2008')?.type).toBe('STANDARD');
  });

  it('reads Italian and French numbering ("D.Lgs. 81/2008", "Décret n° 2019-771")', () => {
    const it_ = [
      block(1, 'Sicurezza in cantiere', 'title'),
      block(3, 'Il piano di sicurezza rispetta il D.Lgs. 81/2008 e le norme del cantiere.'),
      block(4, 'Il modello organizzativo segue il D.Lgs. 231/2001.'),
    ];
    expect(names(it_, 'it')).toContain('D.Lgs. 81/2008');
    const fr = [
      block(1, 'Rénovation énergétique', 'title'),
      block(3, 'Le Décret n° 2019-771 fixe les objectifs de consommation du parc tertiaire.'),
      block(4, 'Le calendrier suit la Loi n° 2021-1104 et ses décrets.'),
    ];
    const frFound = names(fr, 'fr');
    expect(frFound).toContain('Décret n° 2019-771');
    expect(frFound).toContain('Loi n° 2021-1104');
  });
});

describe('a German or Dutch acronym of a compound’s parts', () => {
  it('is named by its glossary’s compound ("NVP" of "Netzverknüpfungspunkt", "DWA" of "Droogweeraanvoer")', () => {
    const de = [
      block(1, 'Netzanschluss Windpark', 'title'),
      block(3, 'Der NVP liegt im Umspannwerk Nord; der NVP ist mit dem Netzbetreiber vereinbart.'),
      block(4, 'Die Kabeltrasse zum NVP ist 6,8 km lang.'),
      block(9, 'Glossar', 'title'),
      block(9, 'NVP\tNetzverknüpfungspunkt\nBNK\tBedarfsgesteuerte Nachtkennzeichnung', 'table'),
      block(5, 'Die BNK wird 2027 nachgerüstet; die BNK-Kosten teilen wir.'),
    ];
    const found = names(de, 'de');
    expect(found).toContain('Netzverknüpfungspunkt');
    expect(found).not.toContain('NVP');
    const nl = [
      block(1, 'Zuivering uitbreiden', 'title'),
      block(3, 'De Droogweeraanvoer (DWA) is 1.850 m³/h; de DWA stijgt met 2 % per jaar.'),
      block(4, 'Bij DWA draait één straat; de DWA bepaalt de dosering.'),
    ];
    const nlFound = names(nl, 'nl');
    expect(nlFound).toContain('Droogweeraanvoer');
    expect(nlFound).not.toContain('DWA');
  });

  it('is no reading of English initials, nor of a word cut in the middle ("Verordnung (EU)")', () => {
    const en = [
      block(1, 'Data Centre Efficiency', 'title'),
      block(3, 'The Energy Efficiency Directive (EED) asks for yearly reports.'),
      block(4, 'Under the EED, sites above 500 kW publish their figures; the EED sets the format.'),
    ];
    const found = names(en);
    expect(found).not.toContain('Efficiency Directive');
    const de = [
      block(1, 'Lieferkette', 'title'),
      block(3, 'Die Verordnung (EU) gilt ab 2027; die EU prüft die Berichte.'),
      block(4, 'Die EU-Kommission veröffentlicht Leitlinien.'),
    ];
    expect(names(de, 'de').some((n) => /^erordnung/i.test(n))).toBe(false);
  });
});

describe('a deck’s structural headings', () => {
  it('are no concepts in any language ("Glossar", "Contacts", "Governance", "Limitations", "Cronoprogramma")', () => {
    const en = [
      block(1, 'Remote Trial Review', 'title'),
      block(2, 'Agenda\nGovernance\nLimitations\nContacts', 'body'),
      block(3, 'Governance', 'title'),
      block(3, 'The steering board meets monthly; the sponsor chairs it.'),
      block(4, 'Limitations', 'title'),
      block(4, 'Only two sites used the eConsent portal; the portal was offline in March.'),
      block(5, 'Contacts', 'title'),
      block(5, 'Dr Ines Marlow, trial lead'),
    ];
    const found = names(en, 'en', 5);
    for (const w of ['Governance', 'Limitations', 'Contacts']) expect(found).not.toContain(w);
    const de = [
      block(1, 'Windpark Nord – Status', 'title'),
      block(2, 'Projektsteckbrief', 'title'),
      block(2, 'Sieben Anlagen, 38,9 MW, Inbetriebnahme 2028.'),
      block(8, 'Glossar', 'title'),
      block(8, 'BNK\tBedarfsgesteuerte Nachtkennzeichnung', 'table'),
      block(9, 'Entscheidungsvorlagen', 'title'),
      block(9, 'Freigabe des Budgets für die Ausschreibung.'),
    ];
    const deFound = names(de, 'de', 9);
    for (const w of ['Glossar', 'Projektsteckbrief', 'Entscheidungsvorlagen'])
      expect(deFound).not.toContain(w);
  });
});

describe('a job title named in passing', () => {
  it('is no concept ("Revenue Manager", "workstream leads"); a regulated, defined or titled role stays', () => {
    const deck = [
      block(1, 'Hotel Pricing Pilot', 'title'),
      block(3, 'The Revenue Manager of each hotel approves rate changes above 15 %.'),
      block(4, 'Rates are loaded overnight; the Revenue Manager sees them at 7:00.'),
      block(5, 'The workstream leads report every Friday; workstream leads own the risks.'),
      block(6, 'Suspicious bookings go to the Money Laundering Reporting Officer within a day.'),
      block(7, 'The Money Laundering Reporting Officer files the reports with the regulator.'),
      block(8, 'The Senior Responsible Owner (SRO) chairs the board; the SRO signs the business case.'),
      block(9, "What's next for Night Auditors", 'title'),
      block(9, 'Night Auditors check the rate loads before the morning shift.'),
    ];
    const found = names(deck);
    expect(found).not.toContain('Revenue Manager');
    expect(found).not.toContain('workstream leads');
    expect(found).toContain('Money Laundering Reporting Officer');
    expect(found).toContain('Senior Responsible Owner');
    expect(found).toContain('Night Auditors');
  });
});

describe('an English word written only beside capitalised words', () => {
  it('is a piece of those names ("Environment" of "Minister for the Environment"); a language named so stays ("Java")', () => {
    const deck = [
      block(1, 'Flood Warning Service Review', 'title'),
      block(3, 'The plan was approved by the Minister for the Environment in May.'),
      block(4, 'Gauge data come from the Department for Environment and Water and the councils.'),
      block(5, 'Discharges are reported to the Environment Protection Authority each month.'),
      block(8, 'Funding for the Environment Fund ends in 2027.'),
      block(6, 'The portal runs on Java EE; the Java Servlet layer is replaced in 2026.'),
      block(7, 'Batch jobs stay on Java Batch until the move.'),
    ];
    const found = names(deck);
    expect(found).not.toContain('Environment');
    expect(found).toContain('Java');
  });
});

describe('an English institution with "and" in its name', () => {
  it('is one name ("Severnvale Fire and Rescue Service"); two names joined by "and" stay two', () => {
    const deck = [
      block(1, 'Depot Safety Review', 'title'),
      block(3, 'The fire plan was agreed with Severnvale Fire and Rescue Service in April.'),
      block(4, 'Severnvale Fire and Rescue Service inspects the depots twice a year.'),
      block(5, 'Funding came from NIHR and European Commission grants.'),
      block(6, 'The European Commission asked for a second report.'),
    ];
    const found = names(deck);
    expect(found).toContain('Severnvale Fire and Rescue Service');
    expect(records(deck, 'en', 30).find((r) => r.name === 'Severnvale Fire and Rescue Service')?.type).toBe(
      'ORGANIZATION',
    );
    expect(found).not.toContain('Rescue Service');
    expect(found).not.toContain('Severnvale Fire');
    expect(found).toContain('European Commission');
  });
});

describe('names with numbers', () => {
  it('keep a product’s whole name before its version, and no unit, count or clock after a code', () => {
    const deck = [
      block(1, 'Network Model Update', 'title'),
      block(3, 'Hydraulic models move to InfoWorks WS Pro 2024.2 in March.'),
      block(4, 'InfoWorks WS Pro 2024.2 reads the new GIS export.'),
      block(5, 'The grid link ends at Umspannwerk 30/110 kV; Umspannwerk 30/110 kV is owned by the DSO.'),
      block(6, 'The SOC 24/7 rota starts in May; the SOC 24/7 service covers both sites.'),
      block(7, 'Welders are qualified to ISO 9606-1: 436 welds were tested; ISO 9606-1 applies to all.'),
    ];
    const found = names(deck);
    expect(found).toContain('InfoWorks WS Pro 2024.2');
    expect(found).not.toContain('Pro 2024.2');
    expect(found).not.toContain('Umspannwerk 30/110');
    expect(found).not.toContain('SOC 24/7');
    expect(found).not.toContain('SOC 24');
    expect(found).not.toContain('ISO 9606-1: 436');
    expect(found).toContain('ISO 9606-1');
  });
});

describe('a Romance noun before an acronym kept on its own', () => {
  it('is that acronym’s thing ("servicios AIS")', () => {
    const deck = [
      block(1, 'Plataforma de Open Banking', 'title'),
      block(3, 'Los servicios AIS crecen un 30 %; el AIS es el primer servicio del banco.'),
      block(4, 'Los servicios AIS usan el HUB de Redsys; el AIS responde en 300 ms.'),
      block(5, 'Los servicios de pago y los servicios de cuentas se revisan cada trimestre.'),
    ];
    const found = names(deck, 'es');
    expect(found).not.toContain('servicios AIS');
    expect(found).toContain('AIS');
  });
});

describe('a law named by its name or its acronym', () => {
  it('is typed STANDARD ("BImSchG", "Lieferkettensorgfaltspflichtengesetz", "Omgevingswet", "DSGVO", "NIS2")', async () => {
    const { guessType } = await import('../../src/concepts/classify.js');
    for (const n of [
      'BImSchG',
      'LkSG',
      'BauGB',
      'Lieferkettensorgfaltspflichtengesetz',
      'SGB XI',
      'Omgevingswet',
      'D.Lgs. 81/2008',
      'DSGVO',
      'NIS2',
    ])
      expect(guessType(n, { acronym: n === n.toUpperCase(), expansion: null }), n).toBe('STANDARD');
    // (a product's camel case is no law's acronym)
    for (const n of ['iPhone', 'GitHub', 'PowerPoint'])
      expect(guessType(n, { acronym: false, expansion: null }), n).not.toBe('STANDARD');
  });
});
