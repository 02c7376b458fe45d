/**
 * Expansions across elided articles, and the classes of 2026-12-05's session. Made-up sentences, no evaluation deck's
 * text.
 */
import { describe, expect, it } from 'vitest';
import { learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { commonWord, everydayWord } from '../../src/concepts/common-words.js';
import { block, records } from './blocks.js';

describe('an acronym whose expansion holds an elided article', () => {
  it('is expanded in French and Italian ("Plan de gestion d\'étiage (PGE)", "Agenzia dell\'Entrate Locali (AEL)")', () => {
    const acr = learnAcronyms(
      [
        block(1, "Le syndicat porte le Plan de gestion d'étiage (PGE) du bassin."),
        block(2, "Le Schéma d'aménagement et de gestion des eaux (SAGE) fixe les règles."),
        block(3, "Versamenti all'Agenzia dell'Entrate Locali (AEL) entro marzo."),
        block(4, 'Il Fondo per la Tutela del Suolo (FTS) finanzia le opere.'),
      ],
      'fr',
    );
    expect(acr.get('PGE')).toBe("Plan de gestion d'étiage");
    expect(acr.get('SAGE')).toBe("Schéma d'aménagement et de gestion des eaux");
    expect(acr.get('AEL')).toBe("Agenzia dell'Entrate Locali");
    expect(acr.get('FTS')).toBe('Fondo per la Tutela del Suolo');
  });
});

const names = (blocks: Parameters<typeof records>[0], lang: string, slides = 12) =>
  records(blocks, lang, slides).map((r) => r.name);

describe("a body called by its name's first word or acronym", () => {
  it('is that name ("el Consorcio" of "Consorcio de Aguas Sierra Baja", "le CHU" of "CHU Grand-Ouest")', () => {
    const es = [
      block(1, 'Renovación de la red de abastecimiento', 'title'),
      block(2, 'Desde 2019 el Consorcio de Aguas Sierra Baja gestiona doce municipios.'),
      block(3, 'El Consorcio aprobó el plan director en marzo.'),
      block(4, 'Financiación: el Consorcio aporta el 30 % y la Diputación el 70 %.'),
      block(5, 'Calendario del Consorcio: licitación en 2026.'),
      block(6, 'Contacto: Secretaría del Consorcio de Aguas Sierra Baja.'),
    ];
    const found = records(es, 'es');
    const body = found.find((r) => r.name === 'Consorcio de Aguas Sierra Baja');
    expect(body?.type).toBe('ORGANIZATION');
    expect(found.map((r) => r.name)).not.toContain('Consorcio');
    const fr = [
      block(1, "Dossier patient informatisé : point d'étape", 'title'),
      block(2, 'Le CHU Grand-Ouest porte le GHT et son DPI commun.'),
      block(3, 'Le CHU déploie le DPI en trois vagues ; le CHU forme 900 agents.'),
      block(4, 'Budget du CHU : 12 M€, dont 4 M€ du Ségur.'),
      block(5, 'Gouvernance : direction du CHU Grand-Ouest, DSI, collège médical.'),
      block(6, 'Le CHU publie le bilan en juin.'),
    ];
    const frNames = names(fr, 'fr');
    expect(frNames).toContain('CHU Grand-Ouest');
    expect(frNames).not.toContain('CHU');
  });
  it('stays apart from a product, a scheme or a branch named after it ("SAP S/4HANA", "UK ETS"), and from a name written once', () => {
    const en = [
      block(1, 'Finance system renewal', 'title'),
      block(2, 'SAP S/4HANA replaces the ledger; SAP support ends in 2027.'),
      block(3, 'SAP licences: 400 users. SAP S/4HANA cut-over in May.'),
      block(4, 'The UK ETS price feeds the carbon model; UK operations first.'),
      block(5, 'UK ETS allowances are booked monthly; UK sites report to SAP.'),
    ];
    const found = names(en, 'en');
    expect(found).toEqual(expect.arrayContaining(['SAP', 'SAP S/4HANA', 'UK ETS']));
    const pt = [
      block(1, 'Plataforma portuária: arranque', 'title'),
      block(2, 'A JUL liga o porto, a AT e os transitários; a JUL Setúbal arranca em maio.'),
      block(3, 'Utilizadores da JUL: 1 200. Formação JUL em abril.'),
      block(4, 'A JUL recebe as declarações sumárias; a JUL envia o aviso de chegada.'),
    ];
    const jul = records(pt, 'pt', 12).find((r) => r.name === 'JUL' || r.aliases.includes('JUL'));
    expect(jul?.name).toBe('JUL');
  });
});

describe('a German or Dutch word written only as titles and on the agenda', () => {
  it('heads slides ("Widerspruch", "Besluitpunten"); a word the text writes too stays ("Anbietungspflicht")', () => {
    const de = [
      block(1, 'Einführung der E-Akte im Landesamt', 'title'),
      block(2, 'Agenda', 'title'),
      block(2, 'Ausgangslage\nAnbietungspflicht\nWiderspruch\nZeitplan'),
      block(3, 'Ausgangslage', 'title'),
      block(3, 'Papierakten in 14 Referaten; DMS seit 2019 im Pilotbetrieb.'),
      block(4, 'Anbietungspflicht', 'title'),
      block(4, 'Die Anbietungspflicht gilt für alle Akten nach Ablauf der Frist.'),
      block(5, 'Widerspruch', 'title'),
      block(5, 'Bescheide mit Rechtsbehelfsbelehrung; Fristen im DMS überwacht.'),
      block(6, 'Widerspruch: Zuständigkeiten', 'title'),
      block(6, 'Referat 12 prüft, Referat 3 entscheidet; Akte bleibt digital.'),
    ];
    const found = names(de, 'de');
    expect(found).not.toContain('Widerspruch');
    expect(found).toContain('Anbietungspflicht');
    const nl = [
      block(1, 'Warmtenet Noordwijk: investeringsbesluit', 'title'),
      block(2, 'Agenda', 'title'),
      block(2, 'Stand van zaken\nWarmtebedrijf\nFinanciering\nBesluitpunten'),
      block(3, 'Warmtebedrijf', 'title'),
      block(3, 'Het warmtebedrijf wordt een gemeentelijke NV; het warmtebedrijf levert vanaf 2027.'),
      block(4, 'Besluitpunten', 'title'),
      block(4, 'De raad stemt in met de oprichting en het krediet van 18 miljoen euro.'),
    ];
    expect(names(nl, 'nl')).not.toContain('Besluitpunten');
  });
});

describe('types by the head of a name', () => {
  it('reads rules and codes, bodies of a kind with their own name, statutes, plans, reviews and roles of a trade', () => {
    const cases: [string, string][] = [
      ['National Gas Rules', 'STANDARD'],
      ['Tenant Complaints Code', 'STANDARD'],
      ['Esquema Judicial de Interoperabilidad y Seguridad', 'STANDARD'],
      ['Algemene verordening gegevensbescherming', 'STANDARD'],
      ['Abwassersatzung', 'STANDARD'],
      ['Dienstvereinbarung', 'STANDARD'],
      ['CHU Grand-Ouest', 'ORGANIZATION'],
      ['CH de Vallon-Sud', 'ORGANIZATION'],
      ['ASL Alto Tanaro', 'ORGANIZATION'],
      ['Regulator of Water Services', 'ORGANIZATION'],
      ['Bayerischer Landkreistag', 'ORGANIZATION'],
      ['Medienentwicklungsplan', 'PRACTICE'],
      ['Sicherheitskonzept', 'PRACTICE'],
      ['Revisão Tarifária Periódica', 'PRACTICE'],
      ['analyse multicritères', 'PRACTICE'],
      ['Encuesta de Movilidad Cotidiana', 'PRACTICE'],
      ['Metering Provider', 'ROLE'],
      ['Principal Investigator', 'ROLE'],
      ['revisore legale', 'ROLE'],
      ['médico de família', 'ROLE'],
      ['AIHW', 'ORGANIZATION'],
      ['CGPJ', 'ORGANIZATION'],
      ['DREES', 'ORGANIZATION'],
      ['SIEM', 'TOOL'],
      ['PACS', 'TOOL'],
      ['LIMS', 'TOOL'],
      ['DM 37/2008', 'STANDARD'],
      ['LC 214/2025', 'STANDARD'],
      ['BGB', 'STANDARD'],
      ['SCoT', 'STANDARD'],
      ['LOINC', 'STANDARD'],
      ['Ausgangswert', 'METRIC'],
      ['Tarifverhandlung', 'PRACTICE'],
      ['Reifegrad', 'METRIC'],
      ['Valor de referência', 'METRIC'],
      ['RSSI', 'ROLE'],
      ['QLD', 'PLACE'],
      // and none of these
      ['AO', 'ENTITY'],
      ['DM1', 'ENTITY'],
      ['Wohnung', 'ENTITY'],
      ['QR Code', 'ENTITY'],
      ['Source Code', 'ENTITY'],
      ['Identity Provider', 'ENTITY'],
      ['Caretaker', 'ENTITY'],
      ['Azure Firewall Rules', 'PRODUCT'],
      ['Stichtag', 'ENTITY'],
    ];
    expect(cases.map(([n]) => [n, guessType(n)])).toEqual(cases);
  });
  it('keeps a role of the trade named in passing ("General Contractor", "revisore legale")', () => {
    const it_ = [
      block(1, 'Riqualificazione del condominio di via Roma', 'title'),
      block(2, 'Il General Contractor coordina le imprese; il Superbonus copre il 70 %.'),
      block(3, 'Il revisore legale assevera i costi; il Superbonus richiede la CILAS.'),
      block(4, 'Il General Contractor presenta il SAL al revisore legale.'),
    ];
    const found = records(it_, 'it');
    expect(found.find((r) => r.name === 'General Contractor')?.type).toBe('ROLE');
    expect(found.find((r) => r.name === 'revisore legale')?.type).toBe('ROLE');
  });
});

describe("a common word of the deck's title", () => {
  it('written in lower case is the subject in a word, below the everyday words too ("residuos", "cantiere")', () => {
    const es = [
      block(1, 'Plan comarcal de residuos 2026–2030', 'title'),
      block(2, 'Los residuos orgánicos se recogen puerta a puerta desde 2026.'),
      block(3, 'La tasa de residuos pasa a ser diferenciada según la Ley 7/2022.'),
      block(4, 'Planta de compostaje: 12.000 t de residuos al año en Valdeoca.'),
      block(5, 'El Consorcio Comarcal licita la recogida de residuos en 2026.'),
    ];
    const found = names(es, 'es');
    expect(found).not.toContain('residuos');
    expect(found).toContain('Ley 7/2022');
    expect(commonWord('residuos', 'es')).toBe(true);
    expect(everydayWord('residuos', 'es')).toBe(false);
    expect(commonWord('mouillage', 'fr')).toBe(false);
  });
});

describe('a standard by two bodies', () => {
  it('is whole with its number ("UNI CEI 11352", "CEI 0-21", "DIN VDE 0100", "VDE-AR-N 4105", "NF C 15-100")', () => {
    const it_ = [
      block(1, 'Impianto fotovoltaico: connessione', 'title'),
      block(2, 'Connessione secondo la CEI 0-21; diagnosi da una ESCo certificata UNI CEI 11352.'),
      block(3, 'Verifica: CEI 0-21 allegato A; valutatore UNI CEI 11352.'),
      block(4, 'Rif. DIN VDE 0100 e VDE-AR-N 4105 per il fornitore tedesco; NF C 15-100 in Francia.'),
      block(5, 'Di nuovo DIN VDE 0100, VDE-AR-N 4105 e NF C 15-100.'),
    ];
    const found = records(it_, 'it', 8);
    for (const n of ['UNI CEI 11352', 'CEI 0-21', 'DIN VDE 0100', 'VDE-AR-N 4105', 'NF C 15-100'])
      expect(found.find((r) => r.name === n)?.type).toBe('STANDARD');
    expect(found.map((r) => r.name)).not.toContain('UNI CEI');
  });
});

describe('an acronym the deck writes with its version', () => {
  it('three times in four is named with it ("PKR 3.1"); one written alone as often keeps its bare name', () => {
    const de = [
      block(1, 'Einführung der PKR 3.1 im Klinikum', 'title'),
      block(2, 'Die PKR 3.1 gilt ab Juli; die Kinder-PKR 3.1 folgt 2026.'),
      block(3, 'Schulung zur PKR 3.1 für alle Stationen; Kinder-PKR 3.1 in der Pädiatrie.'),
      block(4, 'Meldung der PKR 3.1 an das InEK; PKR 3.1 im Budget.'),
    ];
    const found = names(de, 'de');
    expect(found).toContain('PKR 3.1');
    expect(found).not.toContain('PKR');
    const en = [
      block(1, 'Transport security baseline', 'title'),
      block(2, 'TLS is required on every endpoint; TLS 1.3 preferred.'),
      block(3, 'Legacy TLS configurations are removed; TLS offload at the gateway.'),
      block(4, 'TLS certificates renew every 90 days; TLS 1.3 on the new portal.'),
    ];
    expect(names(en, 'en')).toContain('TLS');
  });
});

describe('a common Romance word alone, capitalised', () => {
  it('names no concept ("i Comuni", "o Regulamento"); a place and a body by its head stay', () => {
    const it_ = [
      block(1, 'Gara del gas: ATEM Cremona 1', 'title'),
      block(2, 'I Comuni dell\u2019ATEM delegano la stazione appaltante; i Comuni approvano il bando.'),
      block(3, 'Parere dei Comuni entro 60 giorni; Cremona coordina i Comuni minori.'),
      block(4, 'La Regione Lombardia verifica il bando; Cremona pubblica gli atti della Regione Lombardia.'),
      block(5, 'Valore di rimborso: i Comuni ricevono il canone; Cremona incassa il 40 %.'),
    ];
    const found = names(it_, 'it');
    expect(found).not.toContain('Comuni');
    expect(found).toContain('Cremona');
    expect(found).toContain('Regione Lombardia');
  });
});

describe('numbered codes and instances', () => {
  it('a series of codes ("PP1", "PP2", "PP3") is none; two instances of an acronym join it ("SAL 1" of "SAL")', () => {
    const es = [
      block(1, 'Proyecto tractor agroalimentario', 'title'),
      block(2, 'PP1: línea de envasado. PP2: secadero solar. PP3: depuradora.'),
      block(3, 'Presupuesto: PP1 4,1 M€, PP2 1,2 M€, PP3 2,0 M€; ayuda PERTE del 40 %.'),
      block(4, 'Calendario: PP1 y PP3 en 2026; PP2 en 2027.'),
    ];
    expect(names(es, 'es')).not.toContain('PP1');
    const it_ = [
      block(1, 'Superbonus: il cantiere', 'title'),
      block(2, 'Il SAL è lo stato di avanzamento lavori; SAL 1 al 30 %, SAL 2 al 60 %.'),
      block(3, 'Asseverazione del SAL: SAL 1 a marzo, SAL 2 a giugno; il SAL finale a dicembre.'),
      block(4, 'Ogni SAL richiede la congruità dei costi; il SAL finale chiude il credito.'),
    ];
    const found = records(it_, 'it');
    expect(found.map((r) => r.name)).not.toContain('SAL 1');
    expect(found.find((r) => r.name === 'SAL')?.aliases).toEqual(expect.arrayContaining(['SAL 1', 'SAL 2']));
  });
});

describe("a sentence's article before an acronym", () => {
  it('is no part of a name ("De Wbb is …")', () => {
    const nl = [
      block(1, 'Wet betaalbare bouw (Wbb): gevolgen voor de gemeente', 'title'),
      block(2, 'De Wbb is nog een wetsvoorstel. De Wbb regelt de vergunningplicht.'),
      block(
        3,
        'De Nederlandsche Bank houdt toezicht op de financiering; De Nederlandsche Bank publiceert cijfers.',
      ),
      block(4, 'De Wbb treedt in 2027 in werking.'),
    ];
    const found = records(nl, 'nl');
    expect(found.map((r) => r.name)).not.toContain('De Wbb');
    // (its abbreviation as the deck writes it)
    expect(found.find((r) => r.name === 'Wet betaalbare bouw')?.aliases).toContain('Wbb');
  });
});

describe('a section labelled by a letter', () => {
  it('outside English is no name ("Deel A – Inleiding", "Teil B: Maßnahmen")', () => {
    const nl = [
      block(1, 'Informatiebeveiligingsplan waterschap', 'title'),
      block(2, 'Deel A – Kaders en normen', 'title'),
      block(2, 'De BIO geldt voor alle systemen van het waterschap.'),
      block(3, 'Deel B – Maatregelen', 'title'),
      block(3, 'Het waterschap voert de BIO-maatregelen in 2026 in.'),
      block(4, 'Deel A – Kaders en normen (vervolg)', 'title'),
      block(4, 'De BIO verwijst naar de NEN 7510 voor zorg; niet van toepassing.'),
      block(5, 'Deel B – Maatregelen (vervolg)', 'title'),
    ];
    const found = names(nl, 'nl');
    expect(found).not.toContain('Deel A');
    expect(found).not.toContain('Deel B');
    expect(found).toContain('BIO');
  });
});

describe('a title in a quarter', () => {
  it('written nowhere else heads its slide ("Ergebnisse Q4/2024"), and a quarter is no code', () => {
    const de = [
      block(1, 'Pflegepersonalbemessung im Klinikum Nord', 'title'),
      block(2, 'Agenda', 'title'),
      block(2, 'Ausgangslage\nErgebnisse Q4/2024\nMaßnahmen'),
      block(3, 'Ergebnisse Q4/2024', 'title'),
      block(3, 'Erfüllungsgrad 78 %; die PPR 2.0 zeigt 41 fehlende Vollkräfte.'),
      block(4, 'Maßnahmen', 'title'),
      block(4, 'Normalstationen: Erfüllungsgrad 74 %; Intensiv: 88 %. PPR 2.0 Meldung an das InEK.'),
    ];
    const found = names(de, 'de');
    expect(found).not.toContain('Ergebnisse Q4/2024');
    expect(found).toContain('PPR 2.0');
  });
});

describe('a German noun glued before a company name', () => {
  it('is no head of that company ("Gasverteilnetz" of "Gasverteilnetz Nordstadt Netz GmbH"); "Stadtwerke …" is', () => {
    const de = [
      block(1, 'Kommunale Wärmeplanung Nordstadt', 'title'),
      block(2, 'Datenlieferung: Nordstadt Netz GmbH liefert die Gasverbräuche je Baublock.'),
      block(3, 'Gasverteilnetz Nordstadt Netz GmbH: 312 km, 8.950 Hausanschlüsse.'),
      block(4, 'Abstimmung mit der Nordstadt Netz GmbH zum Rückbau; Gasverteilnetz bis 2040.'),
      block(5, 'Die Stadtwerke Nordstadt GmbH bauen das Wärmenetz; die Stadtwerke betreiben es.'),
      block(6, 'Netzbetreiber Nordstadt Netz GmbH und Stadtwerke Nordstadt GmbH im Kernteam.'),
    ];
    const found = names(de, 'de');
    expect(found).toContain('Nordstadt Netz GmbH');
    expect(found).not.toContain('Gasverteilnetz Nordstadt Netz GmbH');
    expect(found).toContain('Stadtwerke Nordstadt GmbH');
  });
});
