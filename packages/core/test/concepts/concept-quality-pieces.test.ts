/**
 * Names a reader finds broken into pieces, twice, or as headings and filler (the classes of 2026-12-04's morning
 * session): an acronym that is only a piece of one name, EU acts, a country and its code, a person named in full and
 * by a part, names across prepositions, acronym expansions, cut names and dates, numbered labels, joined-topic and
 * stock headings, everyday compounds. Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block, records } from './blocks.js';

const names = (blocks: LinkBlock[], lang = 'en', slides = 30) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('an acronym written only at the end of one name', () => {
  it('is that name\'s piece ("Qlikview BX", "Harbour DMZ"), not a concept of its own', () => {
    const deck = [
      block(1, 'Dispatch Analytics Review', 'title'),
      block(3, 'Dashboards move from the old reports to Qlikview BX by June.'),
      block(4, 'Qlikview BX reads the dispatch tables every hour.'),
      block(6, 'The Harbour DMZ separates the crane network from the office network.'),
      block(7, 'Remote access ends in the Harbour DMZ; no route reaches the cranes.'),
      block(9, 'Carrier onboarding uses the TMS and the yard planning tool.'),
      block(10, 'The TMS books every slot; TMS outages stop the gate.'),
    ];
    const found = names(deck);
    expect(found).toContain('Qlikview BX');
    expect(found).toContain('Harbour DMZ');
    expect(found).not.toContain('BX');
    expect(found).not.toContain('DMZ');
    // (an acronym the deck writes alone stays)
    expect(found).toContain('TMS');
  });

  it('stays when it ends two names, follows another acronym or a lower-case word, or stands alone too', () => {
    const deck = [
      block(1, 'Clinical Systems Security', 'title'),
      block(3, 'The HIS VORTA holds the patient record; Medvance VORTA is its vendor edition.'),
      block(4, 'HIS VORTA patches are tested on a copy first.'),
      block(6, 'Progress on the goals ESG was reported twice: goals ESG are set by the board.'),
      block(8, 'The Fleet Portal CRM feeds the sales team.'),
      block(9, 'Leads enter the CRM by noon; the CRM scores them overnight.'),
    ];
    const found = names(deck);
    expect(found).toContain('VORTA');
    expect(found).toContain('ESG');
    expect(found).toContain('CRM');
  });
});

describe('an acronym written only at the start of one name', () => {
  it('is that name\'s piece ("BTP" of "BTP Integration Suite"); a head noun after it or a public body keeps it', () => {
    const deck = [
      block(1, 'Batch Release Digitalisation', 'title'),
      block(3, 'Interfaces run on BTP Integration Suite; BTP Integration Suite replaces the old middleware.'),
      block(4, 'The QA team monitors BTP Integration Suite daily.'),
      block(5, 'Perimeter CRAH units cool hall 2; two CRAH units are replaced in May.'),
      block(6, 'Rules follow EASA FTL limits; EASA FTL tables are loaded every night.'),
    ];
    const found = names(deck);
    expect(found).toContain('BTP Integration Suite');
    expect(found).not.toContain('BTP');
    expect(found).toContain('CRAH');
    expect(found).toContain('EASA');
  });
});

describe('Dutch names joined by a preposition or "en"', () => {
  it('are one name ("Raad van State", "Waterschap Rijn en IJssel"), and two names joined by "en" stay two', () => {
    const deck = [
      block(1, 'Voortgang dijkversterking', 'title'),
      block(3, 'Het projectbesluit is vastgesteld; beroep loopt bij de Raad van State tot maart.'),
      block(4, 'Na de uitspraak van de Raad van State start de aannemer met de eerste fase.'),
      block(5, 'De vergunning komt van Waterschap Rijn en IJssel, na overleg met de provincie.'),
      block(6, 'Waterschap Rijn en IJssel toetst het ontwerp aan de legger.'),
      block(7, 'De subsidie loopt via Warmtewet en Omgevingswet; de aanvraag ligt bij RVO.'),
      block(8, 'Onteigening volgt de Omgevingswet, hoofdstuk 11; de Warmtewet regelt de tarieven.'),
      block(9, 'Het datalake draait op Microsoft Azure sinds januari.'),
      block(10, 'De analyses draaien op Microsoft Azure, de rapporten in het datalake.'),
      block(
        11,
        'Omwonenden aan de Lingedijk: informatieavond in februari.\nDe Lingedijk blijft open tijdens de bouw.',
      ),
    ];
    const found = names(deck, 'nl');
    expect(found).toContain('Raad van State');
    expect(found).toContain('Waterschap Rijn en IJssel');
    for (const piece of ['State', 'IJssel', 'Waterschap Rijn', 'Warmtewet en Omgevingswet'])
      expect(found).not.toContain(piece);
    expect(found).toContain('Omgevingswet');
    expect(found).toContain('Microsoft Azure');
    // (one word at a line's start is no part of a name)
    expect(found).not.toContain('Omwonenden aan de Lingedijk');
  });
});

describe('a country and its code', () => {
  it('are one place named by the country ("MX" and "México", "NL" and "Netherlands"); a code alone stays', () => {
    const es = [
      block(1, 'Expansión regional de pagos', 'title'),
      block(3, 'La operación en México concentra el 40 % del volumen; México exige licencia local.'),
      block(4, 'En MX el adquirente es local; en MX la liquidación tarda dos días.'),
      block(5, 'El equipo de MX reporta a la dirección regional de pagos.'),
    ];
    const found = names(es, 'es');
    expect(found).toContain('México');
    expect(found).not.toContain('MX');
    const en = [
      block(1, 'Interconnector Consents', 'title'),
      block(3, 'The cable lands in the Netherlands at Eemshaven; the Netherlands grants the permit.'),
      block(4, 'NL consent is due in May; the NL regulator reviews the cable route.'),
      block(6, 'The DE leg is out of scope; DE permits follow in 2027.'),
    ];
    const foundEn = names(en);
    expect(foundEn).toContain('Netherlands');
    expect(foundEn).not.toContain('NL');
    // (no country named: the code stays)
    expect(foundEn).toContain('DE');
  });
});

describe('two topics joined in a title', () => {
  it('head their slide even when a list of topics repeats them ("Personal und Mitbestimmung")', () => {
    const de = [
      block(1, 'Zentralapotheke und Logistikzentrum', 'title'),
      block(2, 'Übersicht', 'title'),
      block(2, 'Ausgangslage, Zielbild und Wirtschaftlichkeit\nRisiken, Personal und Mitbestimmung'),
      block(9, 'Personal und Mitbestimmung', 'title'),
      block(9, 'Der Betriebsrat wird nach § 87 BetrVG beteiligt, bevor der Automat bestellt wird.'),
      block(
        10,
        'Die Kommissionierung übernimmt ein Kommissionierautomat; der Kommissionierautomat läuft rund um die Uhr.',
      ),
    ];
    expect(names(de, 'de')).not.toContain('Personal und Mitbestimmung');
    const en = [
      block(1, 'Security Operations Plan', 'title'),
      block(4, 'Endpoint Detection and Response', 'title'),
      block(4, 'Endpoint Detection and Response covers every laptop by June.'),
      block(5, 'Endpoint Detection and Response alerts reach the SOC within a minute.'),
      block(6, 'The Endpoint Detection and Response contract runs three years.'),
    ];
    expect(names(en)).toContain('Endpoint Detection and Response');
  });
});

describe('two topics joined in a Title Case title of a language that capitalises names only', () => {
  it('head their slide when the deck writes the words in lower case ("Tracciabilità e Passaporto Digitale")', () => {
    const it_ = [
      block(1, 'Filiera sostenibile 2025', 'title'),
      block(3, 'La tracciabilità dei fornitori è il primo obiettivo; la tracciabilità copre il Tier 2.'),
      block(4, 'Il passaporto digitale del prodotto arriva con ESPR; il passaporto digitale usa un QR code.'),
      block(5, 'Tracciabilità e passaporto digitale di prodotto'),
      block(7, 'Tracciabilità e Passaporto Digitale', 'title'),
      block(7, 'Il fornitore carica i certificati; il QR code rimanda alla scheda del capo.'),
    ];
    expect(names(it_, 'it')).not.toContain('Tracciabilità e Passaporto Digitale');
  });
});

describe('everyday acronyms of business', () => {
  it('are no concepts ("HR", "NDA", "PMO", "B2B", "TTC"); the domain\'s acronyms stay', () => {
    const deck = [
      block(1, 'Crew Rostering Replacement', 'title'),
      block(3, 'HR signs the NDA with the vendor; the PMO tracks the plan.'),
      block(4, 'The PMO reports to HR and finance; B2B contracts follow the NDA.'),
      block(5, 'Rosters follow EASA FTL limits; the FTL scheme is approved by the IAA.'),
      block(6, 'Licence costs are 40 k€ TTC a year; the FTL checks run nightly.'),
    ];
    const found = names(deck);
    for (const a of ['HR', 'NDA', 'PMO', 'B2B', 'TTC']) expect(found).not.toContain(a);
    expect(found).toContain('FTL');
  });
});

describe('a name cut before its number', () => {
  it('is no concept ("Lei nº" of "Lei nº 14.026/2020"); the numbered laws stay', () => {
    const deck = [
      block(1, 'Plano municipal de saneamento', 'title'),
      block(3, 'A Lei nº 14.026/2020 atualiza o marco legal; a Lei nº 11.445/2007 define as diretrizes.'),
      block(4, 'A Lei nº 14.026/2020 exige metas de universalização até 2033.'),
      block(5, 'A Lei nº 11.445/2007 e a Lei nº 12.305/2010 orientam o plano.'),
      block(6, 'O Decreto nº 11.598/2023 regula a comprovação; o Decreto nº 10.936/2022 regula os resíduos.'),
    ];
    const found = names(deck, 'pt');
    expect(found).not.toContain('Lei nº');
    expect(found).not.toContain('Decreto nº');
    expect(found).toContain('Lei nº 14.026/2020');
  });
});

describe('European Union acts by their number', () => {
  it('are one name ("Regulation (EU) 2019/943"), not "EU" or "Regulation" pieces', () => {
    const deck = [
      block(1, 'Interconnector Market Rules', 'title'),
      block(
        3,
        'Capacity is allocated under Regulation (EU) 2019/943 on the internal market for electricity.',
      ),
      block(4, 'Regulation (EU) 2019/943 caps the share of capacity reserved for balancing.'),
      block(5, 'Grid code compliance follows Commission Regulation (EU) 2016/1447 on the Dutch side.'),
    ];
    const found = names(deck);
    expect(found).toContain('Regulation (EU) 2019/943');
    expect(found).toContain('Commission Regulation (EU) 2016/1447');
    expect(found).not.toContain('EU');
  });

  it('a name in brackets beside the act names it ("Directiva (UE) 2015/2366 (PSD2)")', () => {
    const deck = [
      block(1, 'Banca abierta', 'title'),
      block(3, 'La Directiva (UE) 2015/2366 (PSD2) obliga a abrir las cuentas a terceros.'),
      block(4, 'El acceso bajo PSD2 exige autenticación reforzada; PSD2 fija los plazos.'),
      block(5, 'Los proveedores de PSD2 se registran ante el Banco de España.'),
    ];
    const found = names(deck, 'es');
    expect(found).toContain('PSD2');
    for (const piece of ['Directiva (UE) 2015/2366', 'UE', 'Directiva']) expect(found).not.toContain(piece);
  });
});

describe("a year's span", () => {
  it('is no version of a word ("Baseline 2023/24", "Target 2027/28") nor the head of a name ("2024/25 outturn")', () => {
    const deck = [
      block(1, 'Research Costing Review', 'title'),
      block(3, 'Baseline 2023/24: full economic cost recovery at 71 % under TRAC.'),
      block(4, 'Target 2027/28: recovery at 80 %; TRAC returns are filed each January.'),
      block(5, 'The 2024/25 outturn was 73 %; the 2024/25 outturn includes the QR uplift.'),
      block(6, 'TRAC time allocation surveys run twice a year.'),
    ];
    const found = names(deck);
    for (const n of ['Baseline 2023/24', 'Target 2027/28', '2024/25 outturn']) expect(found).not.toContain(n);
    expect(found).toContain('TRAC');
  });
});

describe('a person named in full once, then by a part of the name', () => {
  it('is one person named in full ("Sabine Rauch-Hofmann", "Yann Le Corre", "Niall Cassidy")', () => {
    const de = [
      block(1, 'Jahresbericht Lieferkette', 'title'),
      block(2, 'Vorgelegt von Sabine Rauch-Hofmann, Menschenrechtsbeauftragte'),
      block(5, 'Rauch-Hofmann berichtet zweimal im Jahr an den Vorstand.'),
      block(9, 'Rückfragen an Rauch-Hofmann bis zum 30. Juni.'),
    ];
    const foundDe = names(de, 'de');
    expect(foundDe).toContain('Sabine Rauch-Hofmann');
    expect(foundDe).not.toContain('Rauch-Hofmann');
    const en = [
      block(1, 'Revenue Management Proposal', 'title'),
      block(2, 'Presented by Niall Cassidy, Commercial Director'),
      block(4, 'Niall will walk through the pricing model; Niall owns the pilot.'),
      block(8, 'Questions to Niall after the session.'),
    ];
    const foundEn = names(en);
    expect(foundEn).toContain('Niall Cassidy');
    expect(foundEn).not.toContain('Niall');
  });

  it('not when two people share the part, or the other part is a word ("Grace Period")', () => {
    const deck = [
      block(1, 'Loan Servicing Review', 'title'),
      block(2, 'Presented by Anna Kowalski and Piotr Kowalski'),
      block(4, 'Kowalski approves the waiver; Kowalski signs off the grace period.'),
      block(6, 'The Grace Period is 30 days; the Grace Period starts at default.'),
      block(7, 'A Grace Period of 60 days applies to students; Period end is reported monthly.'),
    ];
    const sel = selectConcepts(extractCandidates(deck, undefined, { lang: 'en' }), 30, { lang: 'en' });
    const found = sel.map((c) => c.record.name);
    expect(found).toContain('Anna Kowalski');
    expect(found).toContain('Piotr Kowalski');
    // (the surname alone stays out of both)
    for (const c of sel) if (/Kowalski$/.test(c.record.name)) expect(c.surfaces).not.toContain('Kowalski');
    expect(found).toContain('Grace Period');
  });
});

describe('a numbered session, room, building or step', () => {
  it('is a label, no concept ("Session 6", "Bldg 2", "Room 4.02"); the subject stays', () => {
    const deck = [
      block(1, 'Tailings Review Board', 'title'),
      block(3, 'Session 6 of the review board met in Room 4.02; Session 6 closed three actions.'),
      block(4, 'The QC laboratory in Bldg 2 moves to Bldg 4; Bldg 2 closes in June.'),
      block(5, 'The line moves to ETCS Level 2 in 2027; ETCS Level 2 removes the lineside signals.'),
      block(6, 'Room 4.02 hosts the next board; Bldg 4 holds the archive.'),
    ];
    const found = names(deck);
    for (const n of ['Session 6', 'Bldg 2', 'Bldg 4', 'Room 4.02']) expect(found).not.toContain(n);
    expect(found).toContain('ETCS');
  });
});

describe('days and seasons', () => {
  it('are dates, no concepts ("1er janvier", "temporada 2025-26", "Heizperiode 2029/30")', () => {
    const fr = [
      block(1, 'Zone à faibles émissions', 'title'),
      block(
        3,
        'La ZFE entre en vigueur le 1er janvier 2026 ; au 1er janvier les vignettes Crit’Air 3 sont exclues.',
      ),
      block(4, 'Les livraisons du 1er janvier suivent le plan ZFE de la métropole.'),
    ];
    expect(names(fr, 'fr')).not.toContain('1er janvier');
    const es = [
      block(1, 'Plan digital del club', 'title'),
      block(3, 'La temporada 2025-26 estrena la app; en la temporada 2025-26 se venden abonos digitales.'),
      block(4, 'Los abonos de la temporada 2025-26 se renuevan en la app del club.'),
    ];
    expect(names(es, 'es')).not.toContain('temporada 2025-26');
  });
});

describe("an acronym's expansion across joining words of other languages", () => {
  it('is the whole name ("Confederación Hidrográfica del Segura" for CHS), not a cut one', () => {
    const learnt = learnAcronyms([
      block(9, 'CHS\tConfederación Hidrográfica del Segura\nSAE\tSistema de Ayuda a la Explotación'),
      block(4, 'Os distritos de medição e controle (DMC) cobrem 60 % da rede.'),
      block(5, 'The Joint Commission (TJC) accredits the hospital.\nAMP8: Asset Management Period 8'),
    ]);
    expect(learnt.get('CHS')).toBe('Confederación Hidrográfica del Segura');
    expect(learnt.get('SAE')).toBe('Sistema de Ayuda a la Explotación');
    expect(learnt.get('DMC')).toBe('distritos de medição e controle');
    expect(learnt.get('TJC')).toBe('The Joint Commission');
    expect(learnt.get('AMP8')).toBe('Asset Management Period');
  });
});

describe('a name of another language in English text', () => {
  it('is whole across its prepositions ("Hospital Clínic de Barcelona", "Municipalidad de Alto del Carmen")', () => {
    const deck = [
      block(1, 'Hybrid Trial Lessons', 'title'),
      block(
        3,
        'Sites: Hospital Clínic de Barcelona and two UK sites; Hospital Clínic de Barcelona led recruitment.',
      ),
      block(5, 'Road access was agreed with the Municipalidad de Alto del Carmen in March.'),
      block(6, 'The Municipalidad de Alto del Carmen maintains the access road.'),
    ];
    const found = names(deck);
    expect(found).toContain('Hospital Clínic de Barcelona');
    expect(found).toContain('Municipalidad de Alto del Carmen');
    for (const piece of ['Hospital Clínic', 'Alto', 'Carmen', 'Municipalidad de Alto'])
      expect(found).not.toContain(piece);
  });
});

describe('everyday compounds and stock phrases of project talk', () => {
  it('are no concepts ("go-live", "follow-up", "sign-off", "in-house", "business case", "pilot results")', () => {
    const deck = [
      block(1, 'Warehouse Automation Business Case', 'title'),
      block(3, 'Go-live is planned for March; after go-live the AutoStore grid runs two shifts.'),
      block(4, 'A follow-up audit checks the AutoStore ports; the follow-up is due in May.'),
      block(5, 'Sign-off by the steering committee; sign-off needs the in-house IT team.'),
      block(6, 'The in-house team maintains the AutoStore robots.'),
      block(7, 'The business case assumes 14 % savings; the business case was approved in June.'),
      block(8, 'Pilot results: 99.2 % pick accuracy; the pilot results hold for both shifts.'),
      block(9, 'The business case needs board approval; pilot results go to the board too.'),
      block(10, 'Risks to the business case: energy prices; pilot results were audited.'),
    ];
    const found = names(deck).map((n) => n.toLowerCase());
    for (const n of ['go-live', 'follow-up', 'sign-off', 'in-house']) expect(found).not.toContain(n);
    expect(found).not.toContain('business case');
    expect(found).not.toContain('pilot results');
    expect(found).toContain('autostore');
  });
});

describe('German and Dutch heading words', () => {
  it('are no concepts ("Zielbild", "Wirtschaftlichkeit", "Beschlussvorschlag", "Investeringen"); the domain\'s stay', () => {
    const de = [
      block(1, 'Zentrale Sterilgutversorgung', 'title'),
      block(3, 'Zielbild', 'title'),
      block(3, 'Eine AEMP für drei Standorte; die Sterilgutversorgung läuft im Zwei-Schicht-Betrieb.'),
      block(5, 'Wirtschaftlichkeit', 'title'),
      block(5, 'Die Sterilgutversorgung spart 1,2 Mio. € im Jahr; die AEMP amortisiert sich in 6 Jahren.'),
      block(8, 'Beschlussvorschlag', 'title'),
      block(8, 'Der Vorstand beschließt die AEMP am Standort Nord.'),
    ];
    const found = names(de, 'de');
    for (const n of ['Zielbild', 'Wirtschaftlichkeit', 'Beschlussvorschlag']) expect(found).not.toContain(n);
    expect(found).toContain('AEMP');
  });
});

describe("a person's name in a language whose verbs stand anywhere in a clause", () => {
  it('is no clause ("Yann Le Corre présente" holds the person, not a verb "corre")', () => {
    const deck = [
      block(1, 'Rénovation énergétique du patrimoine', 'title'),
      block(
        2,
        'Intervenants : Claire Méheust, directrice de la maîtrise d’ouvrage, et Yann Le Corre, Directeur financier',
      ),
      block(6, 'Plan de financement 2025-2034', 'title'),
      block(6, 'Yann Le Corre présente ce tableau. L’autofinancement couvre 18 % du programme.', 'notes'),
      block(7, 'Les éco-prêts couvrent 40 % ; les subventions couvrent 22 % du programme.'),
    ];
    const found = names(deck, 'fr');
    expect(found).toContain('Yann Le Corre');
    expect(found).not.toContain('Le Corre');
  });
});
