/**
 * Types from what a deck says (2026-12-05, eighth session): an acronym the deck writes as a body that decides, funds,
 * supervises or is written to is an organisation ("approved by the HIQA", "junto da ANPG", "Het DB vraagt"); an
 * acronym that takes several letters of its name's words is that name's ("Financiadora de Estudos e Projetos (FINEP)");
 * Romance names head first in sentence and title case ("Société de transport de …", "Decreto CACER", "Estudio de
 * Impacto Ambiental"). Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, learnAcronyms, syllabicInitials } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { nationalBody } from '../../src/concepts/national-bodies.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block, expectTypes } from './blocks.js';

const typeOf = (blocks: ReturnType<typeof block>[], lang: string, name: string) => {
  const learned = learnAcronyms(blocks, lang);
  const sel = selectConcepts(extractCandidates(blocks, learned, { lang }), 8, { lang });
  return sel.find((c) => c.record.name === name || c.record.aliases.includes(name))?.record.type;
};
/** A deck's language, an acronym and the deck's lines, one block each. */
type Case = [string, string, string[]];
const expectOrganisations = (cases: Case[]) => {
  for (const [lang, acr, lines] of cases) {
    const blocks = lines.map((l, i) => block(i + 1, l));
    expect(typeOf(blocks, lang, acr), `${lang} ${acr}`).toBe('ORGANIZATION');
  }
};
/** Each name's type from its surface alone is (or is not) `type` (the shared helper of blocks.ts). */
const expectTyped = (names: string[], type: string) => expectTypes(names, type);
const expectNotTyped = (names: string[], type: string) => expectTypes(names, type, true);

describe('an acronym written as a body that acts or is acted with', () => {
  it('is an organisation, in each language', () => {
    const cases: Case[] = [
      [
        'en',
        'QHRA',
        [
          'The capital plan was approved by the QHRA in March.',
          'QHRA inspected two wards in June and the QHRA report is due.',
          'Next QHRA visit in Q3; QHRA ratings feed the board pack.',
        ],
      ],
      [
        'pt',
        'ANPX',
        [
          'A certificação da empresa junto da ANPX termina em junho.',
          'Plano de conteúdo local para submissão à ANPX até março.',
          'Relatório trimestral ANPX e indicadores ANPX de formação.',
        ],
      ],
      [
        'nl',
        'DBW',
        [
          'Het DBW vraagt het algemeen bestuur het voorkeursalternatief vast te stellen.',
          'Planning van het DBW voor de dijkversterking en het budget.',
          'Besluit DBW over de aanbesteding volgt in november.',
        ],
      ],
      [
        'es',
        'ENACAR',
        [
          'Dos expedientes abiertos: presentación ante ENACAR del informe de calidad.',
          'ENACAR fiscaliza la calidad del servicio en zonas rurales.',
          'Tablero ENACAR de reclamos y plan ENACAR 2026.',
        ],
      ],
      [
        'de',
        'FMX',
        [
          'Die Meldung an die FMX erfolgt quartalsweise; Abstimmung mit der FMX im März.',
          'Prüfbericht FMX 2025 und Maßnahmenplan FMX.',
          'Stellungnahme zum FMX-Rundschreiben in Vorbereitung.',
        ],
      ],
      [
        'it',
        'ANIX',
        [
          'Il piano è stato approvato dalla ANIX nella seduta di aprile.',
          'Tavolo tecnico ANIX e linee di intervento ANIX 2026.',
          'Relazione annuale ANIX sul settore.',
        ],
      ],
      [
        'pt',
        'CMX',
        [
          'Regras do crédito rural conforme a Resolução CMX 4.945 e o manual do crédito.',
          'Limites por cooperado e prazos CMX para 2026.',
          'Mudanças CMX previstas no segundo semestre.',
        ],
      ],
      [
        'fr',
        'COMDIR',
        [
          'Le périmètre a été validé par le COMDIR de mars, qui demande un pilote.',
          'Diffusion restreinte au COMDIR ; présentation au COMDIR en juin.',
          'Décisions attendues du COMDIR sur le budget 2026.',
        ],
      ],
    ];
    expectOrganisations(cases);
  });

  it("is an organisation that a file is addressed to or that mandates the deck's body", () => {
    const cases: Case[] = [
      [
        'nl',
        'DBX',
        [
          'De alliantie voert uit, met rapportage aan het DBX elk kwartaal.',
          'Planning DBX en mijlpalen DBX voor 2026.',
          'Besluitvorming DBX in november.',
        ],
      ],
      [
        'es',
        'SPX',
        [
          'Fondos específicos solicitados a la SPX para las dedicaciones docentes.',
          'Cronograma SPX y convocatoria SPX 2026.',
          'Informe anual a la SPX con indicadores.',
        ],
      ],
      [
        'it',
        'MASX',
        [
          'Consorzi incaricati dal MASX per tutela e vigilanza della denominazione.',
          'Segnalazioni a ICQX e bandi MASX per la promozione.',
          'Tavolo MASX sulla marcatura e piano MASX 2026.',
        ],
      ],
    ];
    expectOrganisations(cases);
  });

  it('is not one where the acronym is a thing: a camera survey, a signed format, a rate, a pay scheme, a plan', () => {
    const en = [
      block(1, 'CCTV inspection of 71% of the storm sewer network is complete.'),
      block(2, 'CCTV inspection every ten years; CCTV coverage by 2029.'),
      block(3, 'Condition grades from the CCTV survey feed the renewal plan.'),
    ];
    expect(typeOf(en, 'en', 'CCTV')).toBe('ENTITY');
    const it_ = [
      block(1, 'Referti e lettere di dimissione in formato CDX2 firmato digitalmente.'),
      block(2, 'Transizione da HL7 CDX2 a FHIR; referto HL7 CDX2 di laboratorio.'),
      block(3, 'Documenti CDX2 prodotti nel 2025 e controlli sul CDX2.'),
    ];
    expect(typeOf(it_, 'it', 'CDX2')).toBe('ENTITY');
    // (a participle without its auxiliary is a thing's, and German "dem" a pay scheme's as often as a body's)
    const rate = [
      block(1, 'Key facts statement with the all-inclusive APR issued before execution.'),
      block(2, 'APR understated by 0.6 pp on 1,240 loans; APR shown with fees.'),
      block(3, 'Lender name, amount, tenor, APR and penal charges on every offer.'),
    ];
    expect(typeOf(rate, 'en', 'APR')).toBe('ENTITY');
    const pay = [
      block(1, 'Der Ausschuss bittet um Prüfung der Verknüpfung mit dem KVI durch den Personalausschuss.'),
      block(2, 'LkSG-KPI-Set mit 5 % Gewicht im KVI 2026; KVI-Ziele des Vorstands.'),
      block(3, 'Auszahlung des KVI im April nach Feststellung des Abschlusses.'),
    ];
    expect(typeOf(pay, 'de', 'KVI')).toBe('ENTITY');
    // (what a plan, a system or a tool does as often as a body: recommends, manages)
    const plan = [
      block(1, 'Le PLX recommande des haies en limite de parcelle.'),
      block(2, 'Révision du PLX en 2026 et zonage du PLX.'),
      block(3, 'Les permis suivent le PLX approuvé.'),
    ];
    expect(typeOf(plan, 'fr', 'PLX')).toBe('ENTITY');
    const system = [
      block(1, 'Os contratos são geridos pelo SIGX desde 2023.'),
      block(2, 'Relatórios do SIGX e integração SIGX com o ERP.'),
      block(3, 'Migração do SIGX para a nuvem em 2026.'),
    ];
    expect(typeOf(system, 'pt', 'SIGX')).toBe('ENTITY');
  });

  it('is not read from the words its letters spell ("Advisory Circular AC")', () => {
    const cands = extractCandidates(
      [
        block(1, 'FAA Advisory Circular AC 120-54A sets the process.'),
        block(2, 'Training follows the AC and the AQP rule; AC chapter 3.'),
      ],
      undefined,
      { lang: 'en' },
    );
    expect(cands.get('ac')).toBeDefined();
    expect(cands.get('ac')?.agentCue ?? 0).toBe(0);
    const cued = extractCandidates(
      [block(1, 'The schedule follows Circular ACX 120 and the ACX rule.')],
      undefined,
      {
        lang: 'en',
      },
    );
    expect(cued.get('acx')?.agentCue ?? 0).toBeGreaterThan(0);
  });
});

describe("an acronym of several letters from its name's words", () => {
  it('is learned with its name, and the name types it', () => {
    expect(syllabicInitials('Financiadora de Estudos e Projetos', 'FINEP')).toBe(true);
    expect(syllabicInitials('Ente Nacional de Comunicaciones', 'ENACOM')).toBe(true);
    expect(syllabicInitials('Consorzio Nazionale Imballaggi', 'CONAI')).toBe(true);
    expect(syllabicInitials('Aguas de Vallerreal, S.A.', 'AVASA')).toBe(true);
    // (each word gives a letter, in order, the first at the start: none of these)
    expect(syllabicInitials('Nazionale Imballaggi', 'CONAI')).toBe(false);
    expect(syllabicInitials('Financiadora', 'FINEP')).toBe(false);
    expect(syllabicInitials('Estudos e Projetos de Financiamento', 'FINEP')).toBe(false);
    expect(syllabicInitials('Ente Nacional', 'ENACOM')).toBe(false);
    const learned = learnAcronyms(
      [block(1, 'A Financiadora de Estudos e Projetos (FINEP) apoia infraestrutura de pesquisa.')],
      'pt',
    );
    expect(learned.get('FINEP')).toBe('Financiadora de Estudos e Projetos');
    const deck = [
      block(1, 'A Financiadora de Estudos e Projetos (FINEP) apoia infraestrutura de pesquisa.'),
      block(2, 'Chamada FINEP de 2025 e projetos FINEP em execução.'),
      block(3, 'Contrapartida exigida pela FINEP e prazos FINEP.'),
    ];
    expect(typeOf(deck, 'pt', 'FINEP')).toBe('ORGANIZATION');
  });
});

describe('Romance names head first', () => {
  it('bodies in sentence case, and a council by an adjective of its reach or role', () => {
    expectTyped(
      [
        'Société de transport de Rivière-Haute',
        'Conseil communal',
        'Conselho fiscal',
        'Junta Municipal de Agua Potable y Alcantarillado',
        'Administradora de los Recursos del Sistema',
        'Unità di Missione PNRR',
        'Direcção de Conteúdo Local',
        'Cabina di regia',
      ],
      'ORGANIZATION',
    );
    expectNotTyped(
      [
        'Banco de dados',
        'Dirección del proyecto',
        'Cabina primaria',
        'Office hours',
        'Conseil client',
        'Conseil technique',
        'Unidad de Fomento',
        'Sociedad anónima',
        'Junta de dilatación',
        'Direction Finding',
      ],
      'ORGANIZATION',
    );
  });

  it('acts, agreements and criteria by their name; studies, models and frameworks as practices', () => {
    expectTyped(
      [
        'Decreto CACER',
        'Accordo Integrativo Regionale',
        'Termo de Ajustamento de Conduta',
        'Criteri Ambientali Minimi',
        'Código Florestal',
        'Manual de Crédito Rural',
      ],
      'STANDARD',
    );
    expectNotTyped(
      [
        'Manual Testing',
        'Código QR',
        'Accord Healthcare',
        'Convención Comercial',
        'Resolución de Problemas',
        'Criterios de Búsqueda',
        'Termo Eléctrico',
      ],
      'STANDARD',
    );
    expectTyped(
      ['Estudio de Impacto Ambiental', 'Modelo de Acción Integral Territorial', 'Detección de fugas'],
      'PRACTICE',
    );
    expectNotTyped(
      ['Marco de Souza', 'Modelo de lenguaje', 'Studio di Progettazione Rossi', 'Ruta de la Seda'],
      'PRACTICE',
    );
  });

  it('English bodies: an ombudsman service, a board of a field, a group named after its head', () => {
    expectTyped(
      ['Housing Ombudsman Service', 'Board of Education', "Vice-Chancellor's Executive Group"],
      'ORGANIZATION',
    );
    expect(guessType('Board of Directors')).not.toBe('ORGANIZATION');
  });
});

describe("a national body's acronym", () => {
  it("is a body in a deck of its country's language only", () => {
    expect(nationalBody('ENACOM', 'es')).toBe(true);
    expect(nationalBody('ENACOM', 'en')).toBe(false);
    expect(nationalBody('HIQA', 'en')).toBe(true);
    expect(nationalBody('HIQA', 'es')).toBe(false);
    expect(nationalBody('OLAF', 'it')).toBe(true);
    const blocks = [
      block(1, 'Tablero de reclamos: calidad de servicio y expedientes ENACOM.'),
      block(2, 'Plan de inversiones 2026 y reporte anual ENACOM.'),
      block(3, 'Cobertura rural, precios y el tablero ENACOM de calidad.'),
    ];
    expect(typeOf(blocks, 'es', 'ENACOM')).toBe('ORGANIZATION');
    // (a body's letters in a deck of another language are that language's: "NPCI" is India's payments body in English)
    expect(nationalBody('NPCI', 'en')).toBe(true);
    expect(nationalBody('NPCI', 'es')).toBe(false);
  });
});
