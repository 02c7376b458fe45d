/**
 * Names led or qualified by a noun the stop lists hold (2026-12-05, ninth session): stopwords-iso's Italian, Spanish
 * and Portuguese lists carry nouns and adjectives among their function words ("gruppo", "consiglio", "generale",
 * "acuerdo", "estado", "conselho", "sistema", "geral"), which cut a body's or a system's name where they lead it:
 * "Gruppo Operativo PEI-AGRI" became "Operativo PEI-AGRI", "Conselho Fiscal" "Fiscal", "Dirección General de Tráfico"
 * nothing at all. Capitalised beside a name's words they are the name's; in lower case they stay stop words. Made-up
 * sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block } from './blocks.js';

const candidates = (lang: string, lines: string[]) => {
  const blocks = lines.map((l, i) => block(i + 1, l));
  return extractCandidates(blocks, learnAcronyms(blocks, lang), { lang });
};
const surfaces = (lang: string, lines: string[]) =>
  [...candidates(lang, lines).values()].flatMap((c) => [...c.surfaces.keys()]);

describe('a noun of the stop list, capitalised in a name', () => {
  it('leads the name (Italian, Spanish, Portuguese)', () => {
    const cases: [string, string, string[]][] = [
      ['it', 'Gruppo Tecnico Ferrovie', ['La candidatura al Gruppo Tecnico Ferrovie è pronta entro aprile.']],
      [
        'it',
        'Consiglio di Amministrazione',
        ['Entro marzo il Consiglio di Amministrazione approva il budget 2027.'],
      ],
      ['it', 'Direzione Generale Welfare', ['Parere favorevole della Direzione Generale Welfare sul piano.']],
      [
        'es',
        'Dirección General de Carreteras',
        ['El informe de la Dirección General de Carreteras llega en mayo.'],
      ],
      ['es', 'Acuerdo Marco de Servicios', ['Se adjudica el Acuerdo Marco de Servicios en dos lotes.']],
      [
        'es',
        'Concejalía de Medio Ambiente',
        ['La propuesta de la Concejalía de Medio Ambiente llega al Pleno.'],
      ],
      ['pt', 'Conselho Fiscal', ['Parecer do Conselho Fiscal sobre as contas de 2026.']],
      ['pt', 'Sistema Único de Saúde', ['Os contratos com o Sistema Único de Saúde crescem 4 %.']],
      ['pt', 'Grupo de Trabalho', ['Relatório do Grupo de Trabalho entregue em maio.']],
    ];
    for (const [lang, name, lines] of cases) expect(surfaces(lang, lines), `${lang} ${name}`).toContain(name);
  });

  it('is no piece left of the name in the selection', () => {
    const lines = [
      'Candidatura come Gruppo Operativo SMART-LATTE (misura 16.1).',
      'Il Gruppo Operativo SMART-LATTE riunisce caseifici e università.',
      'Budget del Gruppo Operativo SMART-LATTE: 480 k€.',
    ];
    const blocks = lines.map((l, i) => block(i + 1, l));
    const names = selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, 'it'), { lang: 'it' }), 6, {
      lang: 'it',
    }).map((c) => c.record.name);
    expect(names).toContain('Gruppo Operativo SMART-LATTE');
    expect(names).not.toContain('Operativo SMART-LATTE');
  });

  it('stays a stop word in lower case and alone', () => {
    const all = surfaces('it', ['In generale il gruppo di lavoro si riunisce ogni mese.']).map((s) =>
      s.toLowerCase(),
    );
    expect(all.some((s) => /\bgenerale\b/.test(s))).toBe(false);
    const es = surfaces('es', ['De acuerdo con el estado general del proyecto, seguimos.']).map((s) =>
      s.toLowerCase(),
    );
    expect(es.some((s) => /\b(?:acuerdo|estado|general)\b/.test(s))).toBe(false);
    // (and Portuguese's in lower case, beside a word in lower case)
    const pt = surfaces('pt', ['Em geral o sistema de apoio local funciona.']).map((s) => s.toLowerCase());
    expect(pt.some((s) => /\b(?:geral|apoio|local)\b/.test(s))).toBe(false);
  });
});

describe("a state's offices named head first", () => {
  it('are organisations, with their "-Geral" and "dello"', () => {
    for (const n of [
      'Ragioneria Generale dello Stato',
      'Avvocatura dello Stato',
      'Procuradoria-Geral do Estado',
      'Controladoria-Geral do Município',
      'Contraloría General de la República',
      'Tesorería General de la Seguridad Social',
      'Capitaneria di Porto',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
  });
});

describe("an acronym of a compound's parts or before another acronym", () => {
  const learned = (lang: string, line: string) => learnAcronyms([block(1, line)], lang);
  it('is learned past a legal form', () => {
    expect(learned('de', 'Rolle der Stadtwerke Rheinau GmbH (SWR) im Wärmenetz').get('SWR')).toBe(
      'Stadtwerke Rheinau GmbH',
    );
  });
  it('is learned past a joining word between its parts', () => {
    expect(
      learned('nl', 'Samenwerking met Omgevingsdienst Maas en Peel (ODMP) voor toezicht').get('ODMP'),
    ).toBe('Omgevingsdienst Maas en Peel');
  });
  it("is learned with another body's or programme's acronym after the name", () => {
    expect(
      learned('it', "Con il supporto dell'Unità di Coordinamento Tecnico PNRR (UCT) e dell'Area").get('UCT'),
    ).toBe('Unità di Coordinamento Tecnico PNRR');
  });
  it('takes no joining word at the end of its name', () => {
    const line = 'ISDE – Investeringssubsidie duurzame energie en energiebesparing';
    expect(learned('nl', line).get('ISDE')).not.toMatch(/ en$/);
  });
});

describe('an acronym whose letters spell a stop word', () => {
  it('leads the capitalised name after it', () => {
    const cases: [string, string, string][] = [
      ['en', 'IT Steering Board', 'Minutes of the IT Steering Board are attached.'],
      ['en', 'US Treasury', 'Guidance from the US Treasury arrived in May.'],
      ['en', 'UN Global Compact', 'We signed the UN Global Compact last year.'],
      ['it', 'AI Act', "Adeguamento all'AI Act entro il 2026."],
      ['pt', 'EU Taxonomy', 'Alinhamento com a EU Taxonomy em 2026.'],
    ];
    for (const [lang, name, line] of cases) expect(surfaces(lang, [line]), `${lang} ${name}`).toContain(name);
  });
  it('is no name where it is a word in capitals', () => {
    expect(surfaces('en', ['Report THAT Council decided in June.'])).not.toContain('THAT Council');
    expect(surfaces('de', ['DIE Überzeugungstechnik im Vortrag'])).not.toContain('DIE Überzeugungstechnik');
  });
});

describe("Brazil's SUS and a name written only inside a longer one", () => {
  const lines = [
    'Contratualização com o SUS: metas do Documento Descritivo.',
    'Receitas SUS e Tabela SUS Paulista (R$ 18,2 milhões).',
    'Com Tabela SUS Paulista a diária de UTI cobre 70 % do custo.',
    'Risco: fim da Tabela SUS Paulista em 2027; o SUS paga 55 %.',
    'Internações SUS: 71 % do total; auditoria do SUS em março.',
  ];
  it('keeps the SUS, not renamed after a phrase that is only ever inside another', () => {
    const blocks = lines.map((l, i) => block(i + 1, l));
    const sel = selectConcepts(extractCandidates(blocks, learnAcronyms(blocks, 'pt'), { lang: 'pt' }), 5, {
      lang: 'pt',
    });
    const names = sel.map((c) => c.record.name);
    expect(names).toContain('SUS');
    expect(names).not.toContain('SUS Paulista');
  });
});

describe('what the stop-list nouns and the caps acronyms leave alone', () => {
  it('takes no heading of a general view or aim, nor a stop noun in lower case', () => {
    const all = [
      ...surfaces('pt', ['Visão Geral do programa e Objetivo Geral do projeto.']),
      ...surfaces('it', ['Quadro Generale degli interventi.']),
      ...surfaces('pt', ['Integração entre o sistema SAP e o portal.']),
    ];
    for (const n of ['Visão Geral', 'Objetivo Geral', 'Quadro Generale', 'sistema SAP'])
      expect(all).not.toContain(n);
  });
  it('glues no word in capitals that is no such acronym, nor a unit', () => {
    expect(surfaces('en', ['Come and meet OUR Team in Leeds.'])).not.toContain('OUR Team');
    expect(surfaces('de', ['Bau einer 40 MW Freiflächenanlage in Lindau.'])).not.toContain(
      'MW Freiflächenanlage',
    );
  });
  it('learns no unit or currency after a name as part of it', () => {
    expect(
      learnAcronyms([block(1, 'The Net Present Value USD (NPV) is positive.')], 'en').get('NPV'),
    ).not.toBe('Net Present Value USD');
  });
});
