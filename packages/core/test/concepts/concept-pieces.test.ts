/**
 * Pieces of names and terms (the classes of 2026-12-04's evening session): a hyphenated modifier cut from the noun it
 * is always written before, a name of five capitalised words written before other words. Made-up sentences, no
 * evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { learnAcronyms } from '../../src/concepts/candidates.js';
import { everydayWord } from '../../src/concepts/common-words.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { block, records } from './blocks.js';

const names = (blocks: LinkBlock[], lang = 'en', slides = 20) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('a hyphenated modifier', () => {
  it('written each time before a noun is no concept ("Fixed-price", "on-street"); a noun written alone is one', () => {
    const deck = [
      block(1, 'Kestrel Farms: investor update', 'title'),
      block(3, 'Fixed-price electricity contract at Farm 1 until 2027.\nThe buy-in is priced at £40m.'),
      block(4, 'Fixed-price contracts cover 80% of the load; on-street charging is piloted in Kilbride.'),
      block(5, 'Residents without driveways rely on on-street parking.\nThe buy-in completes in March.'),
      block(6, 'Pre-operative assessment starts at listing.\nThe trustees sign the buy-in.'),
      block(7, 'Pre-operative assessment nurses: 18 in post.'),
    ];
    const found = names(deck).map((n) => n.toLowerCase());
    expect(found).not.toContain('fixed-price');
    expect(found).not.toContain('on-street');
    expect(found).not.toContain('pre-operative');
    expect(found).toContain('buy-in');
  });
});

describe('a name of five capitalised words', () => {
  it('written before lower-case words is a candidate whole ("Local Authority EV Charging Strategy guidance")', () => {
    const deck = [
      block(1, 'Charging network rollout', 'title'),
      block(2, 'The Council adopted its Local Authority EV Charging Strategy 2025-2030 in February.'),
      block(3, 'Sites follow the Local Authority EV Charging Strategy guidance of the national office.'),
      block(4, 'Funding depends on the Local Authority EV Charging Strategy targets being met.'),
    ];
    const found = names(deck);
    expect(found).toContain('Local Authority EV Charging Strategy');
    expect(found).not.toContain('Local Authority EV');
  });
});

describe('numbers after a name', () => {
  it('a revision is none of its words, and two words cut before the number are no concept ("GVP Module IX Rev 1")', () => {
    const deck = [
      block(1, 'Signal management: audit readiness', 'title'),
      block(2, 'Our process complies with GVP Module IX Rev 1 and its addendum.'),
      block(3, 'ESIs are notified as GVP Module IX requires.'),
      block(4, 'Training on GVP Module IX is scheduled for December.'),
      block(
        5,
        'The Pensions Act 1995 sets the trustees’ duties; the Pensions Act 1995 section 75 debt applies.',
      ),
    ];
    const found = names(deck);
    expect(found).toContain('GVP Module IX');
    expect(found).not.toContain('GVP Module');
    expect(found).not.toContain('Module IX Rev');
    expect(found).not.toContain('IX Rev 1');
    expect(found).not.toContain('Pensions Act');
  });
});

describe('acronyms', () => {
  it('of a German compound alone, after a dash in its brackets or with a year, name the law ("WPG", "KHVVG")', () => {
    const acr = learnAcronyms(
      [
        block(2, 'Mit dem Krankenhausversorgungsverbesserungsgesetz (KHVVG) wird die Vergütung umgestellt.'),
        block(3, 'Gesetz für die Wärmeplanung (Wärmeplanungsgesetz – WPG), in Kraft seit 2024.'),
        block(4, 'Gebäudeenergiegesetz (GEG 2024), § 71: 65 % erneuerbare Energien.'),
      ],
      'de',
    );
    expect(acr.get('KHVVG')).toBe('Krankenhausversorgungsverbesserungsgesetz');
    expect(acr.get('WPG')).toBe('Wärmeplanungsgesetz');
    expect(acr.get('GEG')).toBe('Gebäudeenergiegesetz');
    // (an English word alone before brackets expands nothing)
    expect(learnAcronyms([block(2, 'Revenue at Microsoft (MSFT) grew.')], 'en').has('MSFT')).toBe(false);
  });

  it('a Spanish plural abbreviation ("CC. AA.", "RR. HH.") gives no acronym of two letters', () => {
    const deck = [
      block(1, 'Receta electrónica: estado del despliegue', 'title'),
      block(2, 'Las CC. AA. comparten la receta a través del nodo del SNS.'),
      block(3, 'Todas las CC. AA. validan el visado; los SS. II. de farmacia se actualizan.'),
      block(4, 'RR. HH. forma a 300 profesionales; las CC. AA. reciben informes.'),
    ];
    const found = names(deck, 'es');
    for (const a of ['CC', 'AA', 'SS', 'II', 'RR', 'HH']) expect(found).not.toContain(a);
  });
});

describe('an act', () => {
  it('written with its kind abbreviated and in full is one concept named in full ("RD 1093/2010")', () => {
    const deck = [
      block(1, 'Receta electrónica interoperable', 'title'),
      block(2, 'Marco: Real Decreto 1093/2010 y Real Decreto 954/2015 sobre la receta.'),
      block(
        3,
        'El RD 1093/2010 fija el conjunto mínimo de datos; el RD 954/2015 regula la indicación enfermera.',
      ),
      block(4, 'Los informes siguen el RD 1093/2010 y el RD 954/2015.'),
    ];
    const recs = records(deck, 'es', 20);
    const found = recs.map((r) => r.name);
    expect(found).toContain('Real Decreto 1093/2010');
    expect(found).not.toContain('RD 1093/2010');
    expect(found).not.toContain('RD');
    // (and written abbreviated alone, it is a law)
    const alone = records(
      [
        block(2, 'Adecuación al Esquema Nacional de Seguridad (RD 311/2022) en 2026.'),
        block(3, 'El RD 311/2022 obliga a auditar.'),
      ],
      'es',
      10,
    );
    expect(alone.find((r) => r.name === 'RD 311/2022')?.type).toBe('STANDARD');
  });
});

describe('people', () => {
  it('are named without the title before them ("Bürgermeisterin Andrea Köhler" is "Andrea Köhler")', () => {
    const deck = [
      block(1, 'Kommunale Wärmeplanung', 'title'),
      block(1, 'Vorgestellt von Bürgermeisterin Andrea Köhler, Dr. Stefan Brenner und Katrin Wendt'),
      block(3, 'Lenkungskreis: Bürgermeisterin Köhler, Stadtbauamt, Kämmerei'),
      block(4, 'Die Wärmeplanung wird im Lenkungskreis beraten.'),
    ];
    const found = names(deck, 'de');
    expect(found).toContain('Andrea Köhler');
    expect(found.some((n) => n.startsWith('Bürgermeisterin'))).toBe(false);
  });

  it('with two surnames, or two given names, are people ("Javier Molina Pizarro")', () => {
    const recs = records(
      [
        block(1, 'Receta electrónica', 'title'),
        block(1, 'Presenta: Javier Molina Pizarro, jefe de servicio'),
        block(20, 'Contacto: Javier Molina Pizarro – Sistemas de Información'),
      ],
      'es',
      20,
    );
    expect(recs.find((r) => r.name === 'Javier Molina Pizarro')?.type).toBe('PERSON');
  });
});

describe('a Romance phrase', () => {
  it('written each time with the same word after or before it is the longer phrase ("atividade de hospital de dia")', () => {
    const deck = [
      block(1, 'Hospital de dia: proposta de investimento', 'title'),
      block(2, 'Crescimento da atividade de hospital de dia em oncologia.'),
      block(3, 'O contrato-programa prevê mais atividade de hospital de dia em 2026.'),
      block(4, 'Articulação com os cuidados de saúde primários da região.'),
      block(5, 'Os cuidados de saúde primários referenciam os doentes.'),
      block(6, 'Redução de 35% no tempo médio de espera por tratamento.'),
      block(7, 'Tempo médio de espera acima do tempo de referência.'),
    ];
    const found = names(deck, 'pt').map((n) => n.toLowerCase());
    expect(found).toContain('atividade de hospital de dia');
    expect(found).toContain('cuidados de saúde primários');
    expect(found).toContain('tempo médio de espera');
    for (const n of ['atividade de hospital', 'cuidados de saúde', 'médio de espera'])
      expect(found).not.toContain(n);
  });
});

describe('a Romance body', () => {
  it('named inside a longer name after a contracted article is a name of its own ("del Ministerio de Sanidad")', () => {
    const deck = [
      block(1, 'Receta electrónica interoperable', 'title'),
      block(2, 'El Ministerio de Sanidad exige migrar a los nuevos servicios antes de 2027.'),
      block(3, 'La petición se enruta por el Nodo SNS del Ministerio de Sanidad mediante la red SARA.'),
      block(4, 'Perfiles HL7 FHIR R4 del Ministerio de Sanidad y guía de implementación europea.'),
      block(5, 'Convenio con la Universidad del País Vasco y la Ley de Contratos del Sector Público.'),
    ];
    const found = names(deck, 'es');
    expect(found).toContain('Ministerio de Sanidad');
    expect(found).not.toContain('Ministerio');
    expect(found).not.toContain('Sector Público');
  });
});

describe('short forms and agendas', () => {
  it('a person named by the first and last of three names is that person ("Henrique Matos")', () => {
    const deck = [
      block(1, 'Hospital de dia oncológico', 'title'),
      block(1, 'Apresentado por Henrique Lourenço Matos, diretor clínico'),
      block(5, 'Responsável clínico: Henrique Matos'),
      block(9, 'Henrique Matos valida o programa funcional.'),
    ];
    const found = names(deck, 'pt');
    expect(found).toContain('Henrique Lourenço Matos');
    expect(found).not.toContain('Henrique Matos');
  });

  it('an agenda slide titled with words after its kind ("Orden del día de la presentación") lists headings', () => {
    const deck = [
      block(1, 'Zona de bajas emisiones', 'title'),
      block(2, 'Orden del día de la presentación', 'title'),
      block(
        2,
        'Resumen ejecutivo\nMarco normativo y obligaciones del municipio\nParticipación ciudadana y propuesta',
      ),
      block(3, 'Marco normativo', 'title'),
      block(3, 'La Ley 7/2021 obliga a los municipios de más de 50.000 habitantes.'),
      block(4, 'Participación ciudadana', 'title'),
      block(4, 'Se recibieron 1.240 aportaciones en la consulta pública previa.'),
      block(5, 'Resumen ejecutivo', 'title'),
      block(5, 'La ZBE entra en vigor en 2027.'),
    ];
    const found = names(deck, 'es');
    expect(found).not.toContain('Marco normativo');
    expect(found).not.toContain('Participación ciudadana');
  });
});

describe('words two names start with', () => {
  it('written nowhere else are a piece of each ("Mean Time" of "Mean Time to Detect" and "… to Respond")', () => {
    const deck = [
      block(1, 'NIS2 im Stadtwerk', 'title'),
      block(
        2,
        'KPI 2: Mean Time to Detect (MTTD) unter 1 Stunde, Mean Time to Respond (MTTR) unter 4 Stunden',
      ),
      block(3, 'Der SOC misst MTTD und MTTR monatlich.'),
      block(4, 'Ziel 2026: MTTD halbieren, MTTR unter 2 Stunden.'),
    ];
    const found = names(deck, 'de');
    expect(found).toContain('Mean Time to Detect');
    expect(found).toContain('Mean Time to Respond');
    expect(found).not.toContain('Mean Time');
  });
});

describe('an everyday German or Dutch word', () => {
  it('is no concept of a deck of many words a slide ("Digitalisierung"); a place, a rare compound stay', () => {
    expect(everydayWord('Inbetriebnahme', 'de')).toBe(true);
    expect(everydayWord('samenwerking', 'nl')).toBe(true);
    expect(everydayWord('Wärmeplanung', 'de')).toBe(false);
    expect(everydayWord('Inbetriebnahme', 'fr')).toBe(false);
    const dense = [
      'Die Digitalisierung der Verwaltung beginnt 2026 in Niedersachsen mit dem Wärmekataster.',
      'Digitalisierung und Wärmeplanung: die Inbetriebnahme des Nahwärmenetzes folgt im Herbst.',
      'Inbetriebnahme der Flusswärmepumpe; Wärmeplanung mit dem Netzbetreiber in Niedersachsen.',
      'Die Wärmeplanung liegt beim Bauamt; Niedersachsen fördert die Digitalisierung der Stadtwerke.',
      'Abwärmepotenziale der Papierfabrik, Solarthermieanlagen, Geothermiebohrungen und Biomassekessel.',
      'Kostenvergleich Fernwärmeanschluss gegen Luftwärmepumpe, Sanierungsquote und Heizlastberechnung.',
    ].join('\n');
    const deck = [block(1, 'Kommunale Wärmeplanung', 'title'), block(2, dense), block(3, dense)];
    const found = records(deck, 'de', 1).map((r) => r.name);
    expect(found).not.toContain('Digitalisierung');
    expect(found).not.toContain('Inbetriebnahme');
    expect(found).toContain('Wärmeplanung');
    expect(found).toContain('Niedersachsen');
    // (a lecture of few words a slide names its topics so: "Recycling", "Reparatur")
    const sparse = [
      block(1, 'Elektronik und Nachhaltigkeit', 'title'),
      block(2, 'Digitalisierung', 'title'),
      block(2, 'Digitalisierung verändert den Konsum.'),
      block(3, 'Digitalisierung und Reparatur'),
    ];
    expect(records(sparse, 'de', 20).map((r) => r.name)).toContain('Digitalisierung');
  });
});

describe('an acronym of two letters', () => {
  it('written only after a longer acronym it qualifies is its piece ("CT" of "SNOMED CT")', () => {
    const deck = [
      block(1, 'Interoperabilidad semántica', 'title'),
      block(2, 'Terminologías: SNOMED CT edición española y CIE-10-ES.'),
      block(3, 'Los informes se codifican con SNOMED CT desde 2025.'),
      block(4, 'SNOMED CT cubre el 92 % de los diagnósticos.'),
    ];
    const found = names(deck, 'es');
    expect(found).toContain('SNOMED CT');
    expect(found).not.toContain('CT');
  });
});
