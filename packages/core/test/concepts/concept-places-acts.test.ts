/**
 * The classes of 2026-12-05's third session: acronyms spelled out across accents and ampersands, a place inside a
 * company's name, English names in decks of other languages, places by the word for their kind, and acts, tools and
 * places by their heads. Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { initialsMatch, learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { extractCandidates } from '../../src/concepts/candidates.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block, records } from './blocks.js';

const expectTypes = (type: string, names: string[]) => {
  for (const n of names) expect(guessType(n), n).toBe(type);
};
const typeOf = (blocks: Parameters<typeof records>[0], lang: string, name: string, slides = 12) =>
  records(blocks, lang, slides).find((r) => r.name === name)?.type;

describe('an acronym spelled out', () => {
  it('across an accented initial ("Établissement public foncier (EPF)")', () => {
    expect(initialsMatch('Établissement public foncier', 'EPF')).toBe(true);
    expect(initialsMatch("Direction de l'économie et de l'emploi", 'DEE')).toBe(true);
    const learned = learnAcronyms(
      [block(2, "Convention avec l'Établissement public foncier (EPF) signée en mars.")],
      'fr',
    );
    expect(learned.get('EPF')).toBe('Établissement public foncier');
  });
  it('across a glossary line\'s ampersand ("OVK – Overleg Vervoer & Klimaat")', () => {
    const learned = learnAcronyms(
      [block(9, 'Afkorting\tBetekenis\nOVK\tOverleg Vervoer & Klimaat – adviseert de provincie')],
      'nl',
    );
    expect(learned.get('OVK')).toBe('Overleg Vervoer & Klimaat');
  });
  it('is no person even when its first word is a given name ("Janela Única Aduaneira (JUA)")', () => {
    const pt = [
      block(1, 'Desmaterialização aduaneira no porto', 'title'),
      block(2, 'A Janela Única Aduaneira (JUA) recebe as declarações desde março.'),
      block(3, 'A JUA troca mensagens com os terminais a cada hora.'),
      block(4, 'Integração da JUA com os agentes de navegação em curso.'),
    ];
    const acronyms = learnAcronyms(pt, 'pt');
    const found = selectConcepts(extractCandidates(pt, acronyms, { lang: 'pt' }), 12, { lang: 'pt' }).map(
      (c) => c.record,
    );
    const jua = found.find((r) => r.name === 'JUA' || r.name === 'Janela Única Aduaneira');
    expect(jua).toBeDefined();
    expect(jua!.type).not.toBe('PERSON');
  });
});

describe("a place inside a company's name", () => {
  it('takes no legal form ("Aguas de Cantabria, S.A." leaves "Cantabria" a place)', () => {
    const es = [
      block(1, 'Plan de saneamiento de Cantabria', 'title'),
      block(2, 'Aguas de Cantabria, S.A. opera las depuradoras de Cantabria.'),
      block(3, 'Cantabria invierte 40 M€ en colectores; Cantabria licita dos EDAR.'),
      block(4, 'Convenio con Aguas de Cantabria, S.A. para la explotación.'),
    ];
    const names = records(es, 'es', 12).map((r) => r.name);
    expect(names).not.toContain('Cantabria, S.A.');
  });
});

describe('an English name in a deck of another language', () => {
  it('is read whole across its "of" ("Software Bill of Materials" in German), not in Dutch, whose "of" is "or"', () => {
    const de = [
      block(1, 'Sicherheit der Lieferkette', 'title'),
      block(2, 'Jeder Lieferant liefert eine Software Bill of Materials mit dem Release.'),
      block(3, 'Die Software Bill of Materials wird bei jedem Build geprüft.'),
      block(4, 'Prüfung der Software Bill of Materials durch das PSIRT.'),
    ];
    const keys = [...extractCandidates(de, undefined, { lang: 'de' }).keys()];
    expect(keys).toContain('software bill of material');
    // (its German words before it are no part: "Prüfung der …" starts no name)
    expect(keys.filter((k) => k.endsWith('bill of material'))).toEqual(['software bill of material']);
    const nl = [block(2, 'Kies Rood of Groen in het formulier en bevestig Ja of Nee.')];
    expect([...extractCandidates(nl, undefined, { lang: 'nl' }).keys()]).not.toContain('rood of groen');
  });
});

describe('a place', () => {
  it('by the word for its kind before it ("gemeente Dalwijk", "Comune di Vallerana", "commune de …")', () => {
    const nl = [
      block(1, 'Schuldhulp in de regio', 'title'),
      block(2, 'De gemeente Dalwijk start in mei met het nieuwe loket.'),
      block(3, 'Wachttijden in Dalwijk zijn gehalveerd; Dalwijk werkt samen met Bureau Krediet.'),
      block(4, 'Cijfers Dalwijk: 310 nieuwe aanmeldingen.'),
    ];
    expect(typeOf(nl, 'nl', 'Dalwijk')).toBe('PLACE');
    const it_ = [
      block(1, 'Comunità energetica rinnovabile', 'title'),
      block(2, 'Il Comune di Vallerana aderisce alla CER con tre impianti.'),
      block(3, 'Vallerana mette a disposizione il tetto della scuola; a Vallerana 40 famiglie aderiscono.'),
      block(4, 'Prossimi passi per Vallerana: statuto e adesioni.'),
    ];
    expect(typeOf(it_, 'it', 'Vallerana')).toBe('PLACE');
  });
  it('by its head ("Lake Merrin", "Tarra Creek", "Berth 4"; "Port Authority" is a body)', () => {
    expectTypes('PLACE', [
      'Lake Merrin',
      'Tarra Creek',
      'Berth 4',
      'Cruise Berth 2',
      'Mount Cole',
      'Elm Grove',
    ]);
    expectTypes('ORGANIZATION', ['Port Authority']);
  });
});

describe('acts, rules and tools by their heads', () => {
  it('are standards ("NatSchG BW", "Ley Rider", "ordenanza fiscal", "Bouwbesluit", "Section 230", "Reg Z")', () => {
    expectTypes('STANDARD', [
      'Mobilitäts-Gesetz',
      'NatSchG BW',
      'EnWG 2023',
      'Ley Rider',
      'Lei de Bases da Saúde',
      'Loi Climat et résilience',
      'ordenanza fiscal',
      'Ordenanzas',
      'regolamento interno',
      'Codice Etico',
      'Bouwbesluit',
      'subsidieverordening',
      'DSGVO-Handreichung',
      'Section 230',
      'Reg Z',
    ]);
    // (a word and a year, or a capitalised word after a head, are no act: "Bug 2019", "Section Manager")
    expect(guessType('Bug 2019')).not.toBe('STANDARD');
    expect(guessType('Section Manager')).not.toBe('STANDARD');
  });
  it('are tools ("Kommunikationsserver", "Omgevingsloket", "Portail public de facturation")', () => {
    expectTypes('TOOL', [
      'Kommunikationsserver',
      'Omgevingsloket',
      'Participatieplatform',
      'energiebeheersysteem',
      'Portail public de facturation',
      'plataforma de contratación',
    ]);
  });
});

describe('practices and bodies by their heads', () => {
  it('are practices ("Risikomanagement", "dataconversie", "Piano strategico", "consulta pública", "deep retrofit")', () => {
    expectTypes('PRACTICE', [
      'Risikomanagement',
      'Beschwerdeverfahren',
      'Umsetzungsstrategie',
      'dataconversie',
      'leveranciersonderzoek',
      'Piano strategico',
      'plano municipal de mobilidade',
      'consulta pública',
      'Stratégies de sortie',
      'Pedido de escala',
      'autoconsumo colectivo',
      'deep retrofit',
      'loft insulation',
    ]);
  });
  it('are bodies ("Team Bauhof-IT", "Projectteam Wkb", "BBS Nienburg", "Gobierno de Aragón", "Mutuelle …")', () => {
    expectTypes('ORGANIZATION', [
      'Team Bauhof-IT',
      'Projectteam Wkb',
      'BBS Nienburg',
      'Gobierno de Aragón',
      'Dipartimento per la transizione ecologica',
      'Divisão de Obras e Ambiente',
      'Mutuelle Loire & Allier',
    ]);
    // (a team's English word, a site by its quarter: none)
    for (const n of ['Team Lead', 'Team Building', 'HKW Nord'])
      expect(guessType(n), n).not.toBe('ORGANIZATION');
  });
});

describe('a German or Dutch adjective alone', () => {
  it('is no concept ("Cloud-basierte" of "Cloud-basierte Dienste", "tijdgebonden" of "tijdgebonden contracten")', () => {
    const de = [
      block(1, 'Beschaffung der Schul-IT', 'title'),
      block(2, 'Cloud-basierte Dienste für alle Schulen ab 2026.'),
      block(3, 'Cloud-basierte Lernplattform: Ausschreibung im Herbst.'),
      block(4, 'Die Cloud-basierte Verwaltung spart 30 % der Wartung.'),
    ];
    expect(records(de, 'de', 12).map((r) => r.name)).not.toContain('Cloud-basierte');
    const nl = [
      block(1, 'Netcongestie in de regio', 'title'),
      block(2, 'Tijdgebonden contracten voor tien bedrijven op het bedrijventerrein.'),
      block(3, 'Tijdgebonden transportrecht: aanvraag bij de netbeheerder.'),
      block(4, 'Evaluatie tijdgebonden afspraken in het najaar.'),
    ];
    expect(records(nl, 'nl', 12).map((r) => r.name.toLowerCase())).not.toContain('tijdgebonden');
  });
});

describe('a name of capitals joined by a star or a plus', () => {
  it('is one name, not its halves ("TICKET*BAI" of a Basque invoicing deck)', () => {
    const es = [
      block(1, 'Adaptación a TICKET*BAI en la cadena de tiendas', 'title'),
      block(2, 'TICKET*BAI obliga a firmar cada factura antes de emitirla.'),
      block(3, 'Los TPV envían el fichero TICKET*BAI a la Hacienda Foral.'),
      block(4, 'Calendario TICKET*BAI: piloto en marzo, todas las tiendas en junio.'),
    ];
    const names = records(es, 'es', 12).map((r) => r.name);
    expect(names).toContain('TICKET*BAI');
    expect(names).not.toContain('TICKET');
    expect(names).not.toContain('BAI');
  });
});

describe('an act by its short name', () => {
  it('is typed by the article numbers the deck cites it with ("art. 12 RGAT", "R2122-8 du CCP", "CTE, art. 9")', () => {
    const es = [
      block(1, 'Gestión de tributos locales', 'title'),
      block(2, 'El RGAT regula las actuaciones de comprobación (art. 12 RGAT).'),
      block(3, 'Plazos del RGAT: seis meses desde la notificación.'),
      block(4, 'Formación al personal sobre el RGAT en marzo.'),
    ];
    expect(typeOf(es, 'es', 'RGAT')).toBe('STANDARD');
    // (not a term an act defines, "(GNA, § 4 EnWG)", nor one before its own number, "art. 47 DL 77/2021")
    const de = [
      block(1, 'Netzanschluss der Speicher', 'title'),
      block(2, 'Die Gemeinsame Netzanlage (GNA, § 4 EnWG) gilt für alle Speicher.'),
      block(3, 'GNA-Anforderungen prüfen wir vor jeder Zusage; die GNA gilt ab Juli.'),
      block(4, 'Fragen zur GNA an das Netzteam.'),
    ];
    expect(typeOf(de, 'de', 'GNA')).toBe('ENTITY');
  });
});

describe('a Dutch or German act with its year', () => {
  it('is named with it ("Besluit bodemkwaliteit 2008", not "Besluit bodemkwaliteit")', () => {
    const nl = [
      block(1, 'Grondverzet bij de gemeente', 'title'),
      block(2, 'Toetsing volgens het Besluit bodemkwaliteit 2008 bij elke partij grond.'),
      block(3, 'Meldingen onder het Besluit bodemkwaliteit 2008 gaan via het omgevingsloket.'),
      block(4, 'Handhaving bodem: zes controles per kwartaal.'),
    ];
    const names = records(nl, 'nl', 12).map((r) => r.name);
    expect(names).toContain('Besluit bodemkwaliteit 2008');
    expect(names).not.toContain('Besluit bodemkwaliteit');
  });
});

describe('a slide without a title placeholder', () => {
  it("has its first short line read as its title, so a heading there is none of the deck's concepts", () => {
    // (every slide's heading written in a text box: "Power Budget", "Bill of Materials")
    const en = [
      block(1, 'Solar Kiln Controller', 'title'),
      block(2, 'Power Budget'),
      block(2, 'The Solar Kiln Controller draws 4 W from the LiFePO4 pack.\nPeak draw with the fan on: 9 W'),
      block(3, 'Bill Overview'),
      block(3, 'Parts: $325 for the Solar Kiln Controller\nLiFePO4 pack: $80'),
      block(4, 'Test Results'),
      block(4, 'The LiFePO4 pack held 11 hours at 40 °C.'),
    ];
    const names = records(en, 'en', 4).map((r) => r.name);
    expect(names).toContain('Solar Kiln Controller');
    for (const heading of ['Power Budget', 'Bill Overview', 'Test Results'])
      expect(names).not.toContain(heading);
  });
});

describe('a name as the deck writes it', () => {
  it('keeps an acronym in capitals beside its letters in a link ("RPA", not "rpa"), and a leading dot (".NET Framework 4.8")', () => {
    const en = [
      block(1, 'Automating the back office', 'title'),
      block(2, 'RPA bots post 40 % of the invoices; RPA runs at night.'),
      block(3, 'RPA licences: 12; see https://intranet/rpa for the runbook.'),
      block(4, 'The bots need .NET Framework 4.8 on every RPA host.'),
      block(5, 'Upgrade to .NET Framework 4.8 before the RPA rollout.'),
    ];
    const names = records(en, 'en', 5).map((r) => r.name);
    expect(names).toContain('RPA');
    expect(names).not.toContain('rpa');
    expect(names).toContain('.NET Framework 4.8');
  });
});

describe('a Russian catalogue entry', () => {
  it('is read whole across "и" and "с" ("Недостатки журналирования и мониторинга")', () => {
    const ru = [
      block(1, 'Топ-10 рисков', 'title'),
      block(2, 'A10:2017-Недостатки журналирования и мониторинга'),
      block(3, 'A9:2017-Использование компонентов с известными уязвимостями'),
      block(4, 'Недостатки журналирования и мониторинга позволяют злоумышленникам скрыть атаку.'),
    ];
    const keys = [...extractCandidates(ru, undefined, { lang: 'ru' }).keys()];
    expect(keys).toContain('недостатки журналирования и мониторинга');
    expect(keys).toContain('использование компонентов с известными уязвимостями');
  });
});

describe("an act by its issuer's acronym and its number", () => {
  it('is one name ("RDA nº 40/2016"); the acronym written only before such numbers is no concept', () => {
    const pt = [
      block(1, 'Segurança do paciente', 'title'),
      block(2, 'O núcleo segue a RDA nº 40/2016; a central de esterilização, a RDA nº 12/2019.'),
      block(3, 'Projeto da UTI conforme a RDA nº 7/2010; resíduos conforme a RDA nº 55/2015.'),
      block(4, 'Laboratório: RDA nº 3/2021. Farmácia: RDA nº 18/2017.'),
      block(5, 'Indicadores da RDA nº 40/2016 no painel mensal.'),
    ];
    const keys = [...extractCandidates(pt, undefined, { lang: 'pt' }).keys()];
    expect(keys).toContain('rda no 40/2016');
    expect(records(pt, 'pt', 12).map((r) => r.name)).not.toContain('RDA');
  });
});
