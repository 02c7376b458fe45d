/**
 * Acronyms a deck spells out where the earlier rules did not look (2026-12-06, tenth session): one entry of a glossary
 * written on one line, between semicolons ("Abkürzungen: BAS – Bundesamt für Soziale Sicherung; CMI – Case Mix Index"),
 * an expansion in brackets after the acronym ("licenza ADM (Agenzia delle Dogane e dei Monopoli)"), and an acronym with
 * a place's code after a hyphen ("Tribunal de Contas do Estado de Minas Gerais (TCE-MG)"); such a glossary names no
 * people; and a decision slide's heading ("Délibérations soumises au Conseil", "Besluitpunten") is no concept.
 * Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, hyphenedInitials, learnAcronyms } from '../../src/concepts/candidates.js';
import { personNames } from '../../src/concepts/persons.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block } from './blocks.js';

const learned = (lang: string, lines: string[]) =>
  learnAcronyms(
    lines.map((l, i) => block(i + 1, l)),
    lang,
  );

describe('a glossary written on one line', () => {
  it('defines each acronym between its semicolons, after the label', () => {
    const acr = learned('de', [
      'Abkürzungen: BFA – Bundesamt für Forstaufsicht; KLW – Kommunale Leitstelle Wasser; RZ – Rechenzentrum; ÜN – Übergabenetz.',
    ]);
    expect(acr.get('BFA')).toBe('Bundesamt für Forstaufsicht');
    expect(acr.get('KLW')).toBe('Kommunale Leitstelle Wasser');
  });
  it('in French and Spanish too, and after a semicolon without a label', () => {
    const fr = learned('fr', [
      "Glossaire : TRI – Traitement des Résidus Inertes ; CRPA – Conférence régionale des ports de l'Atlantique ; ZSP – zone de sûreté portuaire",
    ]);
    expect(fr.get('TRI')).toBe('Traitement des Résidus Inertes');
    expect(fr.get('CRPA')).toBe("Conférence régionale des ports de l'Atlantique");
    const es = learned('es', [
      'Financiación FEDER y fondos propios; DGM – Dirección General de Movilidad; PAU – Plan de Accesibilidad Urbana',
    ]);
    expect(es.get('DGM')).toBe('Dirección General de Movilidad');
    expect(es.get('PAU')).toBe('Plan de Accesibilidad Urbana');
  });
  it('after a bar, and whole where the name goes on after its letters with "and"', () => {
    const it_ = learned('it', [
      'ART: Autorità di regolazione dei trasporti | AGCM: Autorità garante della concorrenza e del mercato | PMR: persone a mobilità ridotta',
    ]);
    expect(it_.get('AGCM')).toBe('Autorità garante della concorrenza e del mercato');
    expect(it_.get('PMR')).toBe('persone a mobilità ridotta');
    const pt = learned('pt', ['ANA – Agência Nacional de Águas e Saneamento Básico']);
    expect(pt.get('ANA')).toBe('Agência Nacional de Águas e Saneamento Básico');
    // (not lower-case words after "and": "… e gestão" is no part of a name)
    const pt2 = learned('pt', ['CNA – Comissão Nacional de Avaliação e gestão local dos fundos']);
    expect(pt2.get('CNA')).toBe('Comissão Nacional de Avaliação');
  });
  it('learns nothing from a semicolon before a figure or words the letters do not fit', () => {
    const acr = learned('en', ['Budget approved; KPI: 95 % on time; SLA – two days for every ticket']);
    expect(acr.has('KPI')).toBe(false);
    expect(acr.has('SLA')).toBe(false);
  });
  it('names no people ("CMI – Case Mix Index" is no role and its holder)', () => {
    const line =
      'Abkürzungen: BFA – Bundesamt für Forstaufsicht; CMI – Case Mix Index; MD – Medizinischer Dienst; VK – Vollkraft.';
    expect(personNames(line, { lang: 'de' })).toEqual([]);
    // (a team's roles stay people, even where one person's initials are the role's letters)
    expect(
      personNames('Projektleitung: Anja Schulz; HR: Hannah Roberts; IT: Jonas Weber', { lang: 'de' }),
    ).toEqual(expect.arrayContaining(['Anja Schulz', 'Hannah Roberts', 'Jonas Weber']));
  });
});

describe('an expansion in brackets after its acronym', () => {
  it('is learned (its leading words the letters fit; a list comma after it is no part of it)', () => {
    const it_ = learned('it', [
      "La tariffa richiede la licenza ADM (Agenzia delle Dogane e dei Monopoli) prima dell'avvio.",
    ]);
    expect(it_.get('ADM')).toBe('Agenzia delle Dogane e dei Monopoli');
    const en = learned('en', [
      'Quarterly reporting to the CQB (Community Quality Board, chaired by the mayor).',
    ]);
    expect(en.get('CQB')).toBe('Community Quality Board');
  });
  it("takes no person's name, no name cut short and no place after a comma", () => {
    const es = learned('es', [
      'Presenta la CTO (Carmen Torres Ortiz) el plan.',
      'Multas de la DGT (Dirección General de Tráfico, Madrid) en 2025.',
    ]);
    expect(es.has('CTO')).toBe(false);
    expect(es.get('DGT')).toBe('Dirección General de Tráfico');
    const de = learned('de', ['Meldung an die DRV (Deutsche Rentenversicherung Bund) im Mai.']);
    expect(de.has('DRV')).toBe(false);
    // (a legend of initials is no glossary)
    const legend = learned('de', ['Kürzel: AS – Anja Schulz; JW – Jonas Weber; MK – Markus Kühn']);
    expect([...legend.keys()]).toEqual([]);
    expect(
      personNames('Kürzel: AS – Anja Schulz; JW – Jonas Weber; MK – Markus Kühn', { lang: 'de' }),
    ).toEqual(expect.arrayContaining(['Jonas Weber', 'Markus Kühn']));
  });
  it('learns nothing from a bracket that is no expansion', () => {
    const acr = learned('en', [
      'Conformance target WCAG 2.1 AA (above AODA requirements) for all pages.',
      'Budget FY2025 (fiscal year 2025) closes in March.',
      'The SNS (Decreto-Lei n.º 52/2022) governs the hospital network.',
      'Scope of the OCC (see annex B).',
    ]);
    expect([...acr.keys()]).toEqual([]);
  });
});

describe('an acronym with a hyphen', () => {
  it('is learned from its name in brackets, the part after the hyphen a place or an acronym the name ends with', () => {
    const acr = learned('pt', [
      'Análise prévia pelo Tribunal de Contas do Estado de Minas Gerais (TCE-MG) em agosto.',
      'Orientações da Direção Executiva do SNS (DE-SNS) para 2026.',
    ]);
    expect(acr.get('TCE-MG')).toBe('Tribunal de Contas do Estado de Minas Gerais');
    expect(acr.get('DE-SNS')).toBe('Direção Executiva do SNS');
  });
  it('needs the letters to fit', () => {
    expect(hyphenedInitials('Tribunal de Contas do Estado de Minas Gerais', 'TCE-MG')).toBe(true);
    expect(hyphenedInitials('Direção Executiva do SNS', 'DE-SNS')).toBe(true);
    expect(hyphenedInitials('Comissão de Acompanhamento Regional', 'TCE-MG')).toBe(false);
    expect(hyphenedInitials('Direção Executiva do SNS', 'DE-SAS')).toBe(false);
    expect(hyphenedInitials('Tribunal de Contas', 'TC')).toBe(false);
  });
});

describe("a decision slide's heading", () => {
  const names = (lang: string, lines: string[], titles: string[]) => {
    const blocks = [
      ...titles.map((t, i) => block(i + 1, t, 'title')),
      ...lines.map((l, i) => block(i + 1, l)),
    ];
    return selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, lang), { lang }), 8, { lang }).map(
      (c) => c.record.name.toLowerCase(),
    );
  };
  const cases: [string, string, string[]][] = [
    [
      'fr',
      'Délibérations soumises au Conseil',
      ['Approbation du budget 2026 du port.', 'Avis favorable du comité.'],
    ],
    [
      'pt',
      'Deliberações solicitadas',
      ['Aprovar o orçamento de 2026.', 'Autorizar a contratação do serviço.'],
    ],
    ['nl', 'Besluitpunten', ['Vaststellen van de begroting 2026.', 'Instemmen met de aanbesteding.']],
    ['de', 'Beschlussempfehlungen', ['Freigabe des Budgets 2026.', 'Zustimmung zur Ausschreibung.']],
    ['it', 'Decisioni da assumere', ['Approvare il bilancio 2026.', 'Autorizzare la gara.']],
    ['es', 'Propuesta de acuerdo', ['Aprobar el presupuesto de 2026.', 'Autorizar la licitación.']],
  ];
  it.each(cases)('is no concept (%s: %s)', (lang, heading, lines) => {
    // (the heading on three slides, as a deck repeats its closing slide's title in the agenda and the summary)
    expect(names(lang, lines, [heading, heading, heading])).not.toContain(heading.toLowerCase());
  });
  it('leaves a body that decides, and a resolution by its number', () => {
    const got = names(
      'fr',
      [
        'La Commission des décisions tarifaires se réunit en mars.',
        'Avis de la Commission des décisions tarifaires sur le budget.',
      ],
      ['Commission des décisions tarifaires', 'Commission des décisions tarifaires'],
    );
    expect(got).toContain('commission des décisions tarifaires');
  });
});
