/**
 * The classes of 2026-12-05's second session: an organisation's everyday units, country codes left alone, names cut
 * before their number. Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import { isTownName } from '../../src/concepts/places.js';
import { block, records } from './blocks.js';

/** Each name's guessed type is `type`. */
const expectTypes = (type: string, names: string[]) => {
  for (const n of names) expect(guessType(n), n).toBe(type);
};
const names = (blocks: Parameters<typeof records>[0], lang: string, slides = 12) =>
  records(blocks, lang, slides).map((r) => r.name);

describe("an organisation's everyday unit", () => {
  it('is no concept ("Servizio Finanziario", "Auditoría interna", "Geschäftsleitung", "call centre")', () => {
    const it_ = [
      block(1, 'Adesione alla piattaforma PagoPA', 'title'),
      block(2, 'Il Servizio Finanziario verifica gli incassi su PagoPA ogni settimana.'),
      block(3, "Il Servizio Finanziario e l'Ufficio Tributi riconciliano i flussi PagoPA."),
      block(4, 'Referente: Servizio Finanziario, dott.ssa Lucia Ferrandi.'),
      block(5, 'Cronoprogramma PagoPA: collaudo a marzo, avvio ad aprile.'),
    ];
    expect(names(it_, 'it')).toContain('PagoPA');
    expect(names(it_, 'it')).not.toContain('Servizio Finanziario');
    const de = [
      block(1, 'Einführung der E-Rechnung', 'title'),
      block(2, 'Die Geschäftsleitung hat die Einführung von XRechnung beschlossen.'),
      block(3, 'Die Geschäftsleitung erhält monatlich einen Bericht zu XRechnung.'),
      block(4, 'Freigabe durch die Geschäftsleitung im Mai; XRechnung ab Juli.'),
    ];
    expect(names(de, 'de')).not.toContain('Geschäftsleitung');
    const en = [
      block(1, 'Incident response review', 'title'),
      block(2, 'The call centre took 4,200 calls during the Veridian outage.'),
      block(3, 'Call centre scripts were updated within two hours of the Veridian outage.'),
      block(4, 'The call centre and Veridian support shared one bridge line.'),
    ];
    expect(names(en, 'en').map((n) => n.toLowerCase())).not.toContain('call centre');
  });
  it("goes with its acronym ('DP' of 'Departamento Pessoal'); a unit named by a proper name stays", () => {
    const pt = [
      block(1, 'Adequação ao eSocial', 'title'),
      block(2, 'O Departamento Pessoal (DP) envia os eventos do eSocial.'),
      block(3, 'O DP valida as folhas antes do envio ao eSocial.'),
      block(4, 'Responsável: DP, com apoio da Contabilidade.'),
      block(5, 'Aprovação pela Direção de Operações Logísticas Norte em junho.'),
      block(6, 'Relatório mensal para a Direção de Operações Logísticas Norte.'),
    ];
    const found = names(pt, 'pt');
    expect(found.some((n) => n === 'DP' || n === 'Departamento Pessoal')).toBe(false);
    expect(found).toContain('Direção de Operações Logísticas Norte');
  });
});

describe("a country's code", () => {
  it('is dropped when the deck writes it alone as a label or a prefix ("BE 4, FR 1", "CH EPR")', () => {
    const nl = [
      block(1, 'Duurzaamheidsverslag 2024', 'title'),
      block(2, 'Productiesites: 6 (BE 4, FR 1, PL 1); Scope 1 daalt met 8 %.'),
      block(3, 'Medewerkers per land: BE 820, FR 140, PL 60.'),
      block(4, 'Cao-dekking: 100 % BE, 100 % FR.'),
      block(5, 'De Corporate Sustainability Reporting Directive (CSRD) geldt vanaf 2025.'),
      block(6, 'CSRD-rapportage: dubbele materialiteit afgerond.'),
    ];
    const found = names(nl, 'nl');
    expect(found).toContain('Corporate Sustainability Reporting Directive');
    expect(found).not.toContain('BE');
    expect(found).not.toContain('FR');
  });
  it('is dropped when the deck writes it only beside capitalised words ("UK GDPR", "UK ETS", "Innovate UK")', () => {
    const en = [
      block(1, 'Shore power programme', 'title'),
      block(2, 'Funding: Innovate UK grant of £2.1m for the Harbour Shore Link.'),
      block(3, 'UK ETS covers domestic maritime from 2026; Harbour Shore Link cuts our exposure.'),
      block(4, 'The DPIA under UK GDPR was signed off before the Harbour Shore Link tender.'),
      block(5, 'Harbour Shore Link: 6 MVA connection, energised in March.'),
    ];
    const found = names(en, 'en');
    expect(found).toContain('Harbour Shore Link');
    expect(found).not.toContain('UK');
  });
  it('still becomes the country the deck names ("MX" and "México")', () => {
    const es = [
      block(1, 'Expansión comercial', 'title'),
      block(2, 'Abrimos oficina en México en 2025; ventas MX: 12 M€.'),
      block(3, 'México aporta el 18 % de las ventas; MX crece un 9 %.'),
      block(4, 'Riesgos en México: tipo de cambio y aranceles.'),
      block(5, 'Plan MX 2026: dos distribuidores nuevos en México.'),
    ];
    const found = records(es, 'es');
    const mx = found.find((r) => r.name === 'México');
    expect(mx?.type).toBe('PLACE');
    expect(found.map((r) => r.name)).not.toContain('MX');
  });
});

describe('a name cut before its number', () => {
  it('is dropped ("DL n.º", "Scope 3 cat", "ESRS 1 hoofdstuk", "Orçamento da fase")', () => {
    const pt = [
      block(1, 'Plano de ação climática', 'title'),
      block(2, 'Enquadramento: DL n.º 15/2022 e Lei n.º 98/2021.'),
      block(3, 'O DL n.º 82/2021 fixa as regras da rede elétrica.'),
      block(4, 'Ver também DL n.º 80/2015 sobre o ordenamento.'),
      block(5, 'Orçamento da fase 2: 1,2 M€; Orçamento da fase 3: 0,8 M€.'),
      block(6, 'Orçamento da fase 1 executado a 92 %.'),
    ];
    const pn = names(pt, 'pt');
    expect(pn).not.toContain('DL n.º');
    expect(pn).not.toContain('Orçamento da fase');
    const nl = [
      block(1, 'CSRD-verslag', 'title'),
      block(2, 'Scope 3 cat. 1 is de grootste post; Scope 3 cat. 4 volgt.'),
      block(3, 'Scope 3 cat. 1: 62 % van de emissies.'),
      block(4, 'Overgangsbepalingen volgens ESRS 1 hoofdstuk 10.'),
      block(5, 'ESRS 1 hoofdstuk 3 regelt de dubbele materialiteit.'),
      block(6, 'De Corporate Sustainability Reporting Directive (CSRD) geldt vanaf 2025.'),
    ];
    // (a number sign cut to its letter: "Ley N" of "Ley N° 21.643")
    const es = [
      block(1, 'Protocolo de prevención', 'title'),
      block(2, 'La Ley N° 21.643 modifica el Código del Trabajo.'),
      block(3, 'Desde agosto rige la Ley N° 21.643; el protocolo se actualiza.'),
      block(4, 'Ley N° 21.643: investigación en 30 días.'),
    ];
    expect(names(es, 'es')).not.toContain('Ley N');
    const nn = names(nl, 'nl');
    expect(nn).not.toContain('Scope 3 cat');
    expect(nn).not.toContain('ESRS 1 hoofdstuk');
  });
});

describe('the type of a listed name', () => {
  it('comes from its table column\'s heading ("Entidad", "Supplier") when its own form says none', () => {
    const es = [
      block(1, 'Proyecto tractor: seguimiento', 'title'),
      block(
        2,
        'PP\tEntidad\tActuación\nPP1\tCongelados Bardenas\tTúnel de congelación\nPP2\tBiovalor Ribera\tPlanta de harinas\nPP3\tPlataforma Agroclima\tSensores',
        'table',
      ),
      block(3, 'Congelados Bardenas y Biovalor Ribera presentan su memoria en marzo.'),
      block(4, 'Congelados Bardenas invierte 2,6 M€; Biovalor Ribera 2,4 M€.'),
      block(5, 'La Plataforma Agroclima recoge los datos de campo.'),
    ];
    const found = records(es, 'es');
    const typeOf = (n: string) => found.find((r) => r.name === n)?.type;
    expect(typeOf('Congelados Bardenas')).toBe('ORGANIZATION');
    expect(typeOf('Biovalor Ribera')).toBe('ORGANIZATION');
  });
  it('comes from a list\'s heading ("Partners: A, B and C")', () => {
    const en = [
      block(1, 'Consortium update', 'title'),
      block(2, 'Partners: Harrowgate Composites, Telvane, Brightmoor Foundry and Quellstone'),
      block(3, 'Harrowgate Composites leads work package 2 with Telvane.'),
      block(4, 'Brightmoor Foundry and Quellstone deliver the castings; Telvane tests them.'),
      block(5, 'Harrowgate Composites reports to the steering group in May.'),
    ];
    const found = records(en, 'en');
    expect(found.find((r) => r.name === 'Telvane')?.type).toBe('ORGANIZATION');
  });
});

describe('a programme, a plan, a grant or a survey', () => {
  it('is a practice, head last in English and head first in the Romance languages', () => {
    expectTypes('PRACTICE', [
      'Dry Homes Programme',
      'PSAP Grant',
      'Stock condition survey',
      'Legacy Meter Replacement Plan',
    ]);
    expectTypes('PRACTICE', [
      'Resposta a incidentes',
      'Controlli interni',
      'Verifica requisiti',
      'inscription automatique',
    ]);
    // (an action noun at the head, with a word of its own after it; not a body, a document or a thing so named)
    expectTypes('PRACTICE', [
      'Hospitalização domiciliária',
      'Intervención sectorial',
      'marcação de janelas',
      'Protection des données',
    ]);
    expect(guessType('Administración de Justicia')).toBe('ORGANIZATION');
    for (const n of [
      'Resolución definitiva de concesión',
      'Instalación fotovoltaica',
      'autorização de saída',
    ])
      expect(guessType(n), n).not.toBe('PRACTICE');
    // (recovery plans, EU funds and security practices by their acronyms)
    expectTypes('PRACTICE', ['PNRR', 'PRTR', 'FEADER', 'MFA', 'ISMS']);
  });
  it('a piece of equipment or software by its head is a tool; an annex, a collective agreement, a label a standard', () => {
    expectTypes('TOOL', [
      'Call handling equipment',
      'frequency converter',
      'smart meter',
      'Housing Management System',
    ]);
    expectTypes('TOOL', ['Instalación fotovoltaica', 'Centrale termica', 'pompe di calore']);
    // (a body named so stays none: "Centrale Acquisti"; a management system in the standards' sense is a practice)
    expect(guessType('Centrale Acquisti')).not.toBe('TOOL');
    expect(guessType('Information Security Management System')).toBe('PRACTICE');
    expectTypes('STANDARD', [
      'Allegato I.01',
      'Anexo 20',
      'CCNL',
      'NTA 8800',
      'IT-Sicherheitskatalog',
      'Energielabel',
      'APV-regels',
    ]);
  });
});

describe('a town of 5,000 people or more', () => {
  it('is typed a place ("Tudela", "Vierzon", "Athlone"); an acronym or a word in common use is not one', () => {
    for (const n of ['Tudela', 'Vierzon', 'Athlone', 'Lochem', 'San Adrián'])
      expect(isTownName(n), n).toBe(true);
    for (const n of ['EU', 'TEO', 'Report']) expect(isTownName(n), n).toBe(false);
    const es = [
      block(1, 'Planta de Tudela: ampliación 2026', 'title'),
      block(2, 'La planta de Tudela procesa 40.000 t de hortalizas al año.'),
      block(3, 'Tudela y Lodosa comparten la depuradora; Tudela aporta el 60 %.'),
      block(4, 'Obras en Tudela de marzo a octubre.'),
    ];
    expect(records(es, 'es').find((r) => r.name === 'Tudela')?.type).toBe('PLACE');
  });
});

describe('an acronym and the acronym with a common word', () => {
  it('are one concept named by the acronym ("PV" and "solar PV", "DNSH" and "principio DNSH")', () => {
    const en = [
      block(1, 'Retrofit works plan', 'title'),
      block(2, 'Each home gets solar PV, a heat pump and external wall insulation.'),
      block(3, 'Solar PV output is metered; PV panels face south where possible.'),
      block(4, 'PV costs fell 12 % in the last tender; PV inverters carry a 10-year warranty.'),
      block(5, 'The heat pump contract covers 120 homes; PV installation starts in May.'),
    ];
    const found = names(en, 'en');
    expect(found).toContain('PV');
    expect(found.map((n) => n.toLowerCase())).not.toContain('solar pv');
  });
  it('stay apart when the word is capitalised: a name of its own ("FGTS" and "FGTS Digital")', () => {
    const pt = [
      block(1, 'Conformidade trabalhista', 'title'),
      block(2, 'O FGTS Digital substitui a guia antiga desde março.'),
      block(3, 'Os depósitos do FGTS passam a ser feitos pelo FGTS Digital.'),
      block(4, 'Multas do FGTS: conferência mensal; FGTS Digital gera as guias.'),
      block(5, 'Treinamento no FGTS Digital para a equipe de folha.'),
    ];
    const found = names(pt, 'pt');
    expect(found).toContain('FGTS Digital');
    expect(found).toContain('FGTS');
  });
});

describe("a name cut to its kind's word", () => {
  it('is no concept beside the name ("County" of "Halstead County", "Région" of "Région Bourgogne-Franche-Comté")', () => {
    const en = [
      block(1, 'Dispatch consolidation', 'title'),
      block(2, 'Halstead County runs the PSAP; the County pays 60 % of the CAD licence.'),
      block(3, 'Halstead County and the City of Millbrook sign the interlocal agreement.'),
      block(4, 'County staff move to the new centre in May; the County keeps its radio system.'),
      block(5, 'Budget: Halstead County 2.1 M$, Millbrook 1.4 M$.'),
    ];
    const found = names(en, 'en');
    expect(found).toContain('Halstead County');
    expect(found).not.toContain('County');
    const fr = [
      block(1, 'Ouverture à la concurrence des TER', 'title'),
      block(2, 'La Région Bourgogne-Franche-Comté attribue les lots en 2026.'),
      block(3, 'La Région fixe les tarifs ; la Région Bourgogne-Franche-Comté finance le matériel.'),
      block(4, 'Calendrier de la Région : avis en mars, offres en septembre.'),
      block(5, 'La Région publie le cahier des charges ; la Région Bourgogne-Franche-Comté vote en juin.'),
    ];
    const frNames = names(fr, 'fr');
    expect(frNames).toContain('Région Bourgogne-Franche-Comté');
    expect(frNames).not.toContain('Région');
  });
});

describe('a heading of the legal frame or of the decisions asked', () => {
  it('is no concept ("Rechtlicher Rahmen", "Regulatory framework", "Enquadramento", "Décisions attendues")', () => {
    const de = [
      block(1, 'Kommunale Wärmeplanung Talheim', 'title'),
      block(2, 'Rechtlicher Rahmen', 'title'),
      block(2, 'Rechtlicher Rahmen: Wärmeplanungsgesetz und Gebäudeenergiegesetz'),
      block(3, 'Das Wärmeplanungsgesetz verlangt den Plan bis 2028.'),
      block(4, 'Rechtlicher Rahmen der Förderung: BEW-Richtlinie; Wärmeplanungsgesetz §§ 13–20.'),
    ];
    expect(names(de, 'de')).not.toContain('Rechtlicher Rahmen');
    const fr = [
      block(1, 'Facturation électronique', 'title'),
      block(2, 'Décisions attendues', 'title'),
      block(2, 'Décisions attendues : choix de la plateforme agréée, budget 2026.'),
      block(3, 'Plateforme agréée retenue en mars ; Décisions attendues du comité en avril.'),
      block(4, 'Le Portail public de facturation reste l’annuaire.'),
    ];
    expect(names(fr, 'fr')).not.toContain('Décisions attendues');
  });
});

describe('"One" inside a sentence before two capitalised words', () => {
  it('leads their name ("a One Stop Shop"); a count stays out ("One of the three")', () => {
    const en = [
      block(1, 'Retrofit delivery', 'title'),
      block(2, 'Owners sign up to a One Stop Shop with their own grant.'),
      block(3, 'The One Stop Shop manages surveys, works and the final BER.'),
      block(4, 'We procured a registered One Stop Shop for the Ard Mhuire scheme.'),
      block(5, 'One of the three contractors left in May.'),
    ];
    const found = names(en, 'en');
    expect(found).toContain('One Stop Shop');
    expect(found).not.toContain('Stop Shop');
  });
});
