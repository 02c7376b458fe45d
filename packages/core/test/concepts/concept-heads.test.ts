/**
 * Heads, labels and signs cut from names, units after numbers, bodies read as people (the classes of 2026-12-04's
 * night session). Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { block, records } from './blocks.js';
import { personNames } from '../../src/concepts/persons.js';
import { guessType } from '../../src/concepts/classify.js';
import { learnAcronyms } from '../../src/concepts/candidates.js';
import { everydayWord } from '../../src/concepts/common-words.js';

const names = (blocks: Parameters<typeof records>[0], lang: string, slides = 12) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('the head word of several Romance names', () => {
  it('written only inside them is no concept ("Allegato" of "Allegato I.3" …, "Direzione" of four bodies)', () => {
    const deck = [
      block(1, 'Regolamento acquisti: le novità del 2026', 'title'),
      block(2, "Garanzie provvisorie secondo l'Allegato I.3 e verifica dei requisiti (Allegato II.6)."),
      block(3, 'Stipula: imposta di bollo come da Allegato I.4; modelli tipo in Allegato I.3.'),
      block(4, 'Revisione dei prezzi: indici ISTAT, Allegato II.6, metodo B.'),
      block(5, 'Progettazione in due livelli (Allegato I.7) e verifica del progetto.'),
      block(6, 'Parere del Collegio di Direzione entro trenta giorni.'),
      block(7, 'La Direzione Amministrativa firma i contratti; la Direzione Sanitaria valida i fabbisogni.'),
      block(8, 'Riesame trimestrale con la Direzione Generale e il Collegio di Direzione.'),
      block(9, 'Il portale Sintel pubblica gli avvisi; Sintel conserva i verbali.'),
    ];
    const found = names(deck, 'it');
    expect(found).not.toContain('Allegato');
    expect(found).not.toContain('Direzione');
    expect(found).toContain('Sintel');
  });
});

describe('a list label before a title', () => {
  it('is no part of the name in French, Spanish, German or Dutch ("Eje 2. Movilidad activa", "Axe 1 : …")', () => {
    const deck = [
      block(1, 'Plan director de movilidad activa', 'title'),
      block(2, 'Eje 1. Calmado de tráfico', 'title'),
      block(2, 'Supermanzanas en Arrabal y Delicias.\nLímite de velocidad general reducido.'),
      block(3, 'Eje 2. Movilidad activa', 'title'),
      block(3, 'Carriles bici segregados: 42 km.\nAparcabicis seguros en intercambiadores.'),
      block(4, 'Eje 3. Distribución urbana de mercancías', 'title'),
      block(4, 'Microhubs y ventanas horarias de carga y descarga.'),
    ];
    for (const n of names(deck, 'es')) expect(n).not.toMatch(/^Eje \d/);
  });
});

describe('an ordinal sign', () => {
  it('cut from its number leads no name ("1.º Direito", "2.ª fase")', () => {
    const deck = [
      block(1, 'Habitação: candidaturas ao 1.º Direito', 'title'),
      block(2, 'O 1.º Direito financia a reabilitação de 120 fogos.'),
      block(3, 'Acordo de colaboração do 1.º Direito assinado em março.'),
      block(4, 'A 2.ª fase do 1.º Direito abre em 2026.'),
    ];
    for (const n of names(deck, 'pt')) expect(n).not.toMatch(/^[ºª]/u);
    // (nor is the word after it a name of its own)
    expect(names(deck, 'pt')).not.toContain('Direito');
  });
});

describe('a unit after its number', () => {
  it('is no acronym ("16 MVA", "1,2 MVA", "11 kV"), nor a French tax mark after an amount ("1,4 M€ HT")', () => {
    const deck = [
      block(1, 'Raccordement électrique du dépôt', 'title'),
      block(2, 'Puissance demandée : 16 MVA en 20 kV ; 1,2 MVA pour les compresseurs.'),
      block(3, 'Transformateur 2 × 6,5 MVA ; poste source Enedis à 11 kV.'),
      block(4, 'Coût du raccordement : 1,4 M€ HT ; travaux de voirie 0,6 M€ HT.'),
      block(5, 'Le GRD Enedis confirme la capacité ; la CRE valide le barème.'),
    ];
    const found = names(deck, 'fr');
    expect(found).not.toContain('MVA');
    expect(found).not.toContain('HT');
    expect(found).toContain('Enedis');
  });
});

describe('a body read as a person', () => {
  it('is none: a body among a title slide\'s people, a country-led name outside English ("France Travail")', () => {
    expect(
      personNames(
        'Omgevingsvisie 2040\nLotte Verhoeven – beleidsadviseur ruimte\nDaan Smits – projectleider\nGemeente Zwolle, afdeling Ruimte',
        { titleSlide: true, lang: 'nl' },
      ),
    ).not.toContain('Gemeente Zwolle');
    expect(personNames('Organisme référent : France Travail', { lang: 'fr' })).not.toContain(
      'France Travail',
    );
    // (in English a given name that spells a country still leads a person's name)
    expect(personNames('Speaker: Georgia Hampton', { lang: 'en' })).toContain('Georgia Hampton');
  });
  it('a Romance company by its trade after a given name or a place is an organisation ("Ventura Farma")', () => {
    expect(guessType('Ventura Farma')).toBe('ORGANIZATION');
    expect(guessType('Nuevos Servicios')).not.toBe('ORGANIZATION');
  });
});

describe('a title of common words', () => {
  it('that the text writes in lower case and never capitalises inside a sentence heads its slides, in any deck ("Diagnóstico", "Transporte público")', () => {
    const deck = [
      block(1, 'Plan de movilidad de Villarreal del Campo', 'title'),
      block(2, 'Diagnóstico', 'title'),
      block(
        2,
        'El diagnóstico parte de la encuesta domiciliaria de 2024.\nEl diagnóstico identifica 14 puntos negros.',
      ),
      block(3, 'Transporte público', 'title'),
      block(
        3,
        'El transporte público pierde viajeros desde 2019.\nLa Zona de Bajas Emisiones entra en vigor en 2026.',
      ),
      block(4, 'Transporte público', 'title'),
      block(4, 'Nuevas líneas de autobús: L3 y L4; la Zona de Bajas Emisiones cubre el centro.'),
      block(5, 'Calendario de la Zona de Bajas Emisiones y sanciones de la DGT.'),
    ];
    const found = names(deck, 'es');
    expect(found).not.toContain('Diagnóstico');
    expect(found).not.toContain('Transporte público');
    expect(found).toContain('Zona de Bajas Emisiones');
  });
});

describe('Romance forms of one term', () => {
  it('in the singular and the plural are one concept ("affidamento diretto" / "affidamenti diretti")', () => {
    const deck = [
      block(1, 'Acquisti sotto soglia: regole interne', 'title'),
      block(2, "L'affidamento diretto è ammesso fino a 140.000 euro per servizi e forniture."),
      block(3, 'Gli affidamenti diretti sono pubblicati sulla piattaforma entro dieci giorni.'),
      block(4, 'Rotazione negli affidamenti diretti: il contraente uscente non è reinvitato.'),
      block(5, "Motivazione dell'affidamento diretto nella determina a contrarre."),
    ];
    const found = names(deck, 'it').map((n) => n.toLowerCase());
    expect(found.filter((n) => /^affidament[oi] dirett[oi]$/.test(n))).toHaveLength(1);
  });
  it('an acronym whose small letters stand for the joining words names the phrase ("OdC" of "Ospedali di Comunità")', () => {
    const deck = [
      block(1, 'Rete territoriale del distretto', 'title'),
      block(2, 'Pazienti a bassa intensità clinica accolti negli Ospedali di Comunità del distretto.'),
      block(3, 'Posti letto per OdC: 20; tre OdC attivi nel distretto.'),
      block(4, 'Personale degli OdC: infermieri e operatori socio-sanitari.'),
      block(5, 'Finanziamento PNRR per due nuovi Ospedali di Comunità entro il 2026.'),
    ];
    const rs = records(deck, 'it', 12);
    const odc = rs.filter((r) => r.name === 'OdC' || r.name === 'Ospedali di Comunità');
    expect(odc).toHaveLength(1);
    expect(odc[0].aliases.concat(odc[0].name)).toEqual(
      expect.arrayContaining(['OdC', 'Ospedali di Comunità']),
    );
    expect(odc[0].type).not.toBe('PRODUCT');
  });
});

describe('a street', () => {
  it('led by a Spanish or Catalan road word is a place, no person ("Ronda Nord", "Rambla Nova")', () => {
    expect(guessType('Ronda Nord')).toBe('PLACE');
    expect(guessType('Rambla Nova')).toBe('PLACE');
  });
});

describe('bodies by their heads', () => {
  it("a body's office by its acronym and a city, German associations, assemblies and archives, Dutch consultative bodies and the State", () => {
    for (const n of [
      'GAA Hannover',
      'Verkehrsverbund Leine-Deister',
      'Verbandsversammlung',
      'Landesarchiv',
      'Bauordnungsamt',
      'Interprovinciaal Overleg',
      'Rijk',
      'Assembleia Municipal',
      'Autoritat de Transport Metropolità de València',
    ])
      expect([n, guessType(n)]).toEqual([n, 'ORGANIZATION']);
    // (volunteering and a total are no offices; a site by a point of the compass, a standard for a sector are none)
    expect(guessType('HKW Nord')).not.toBe('ORGANIZATION');
    expect(guessType('B3S WA')).not.toBe('ORGANIZATION');
    expect(guessType('Ehrenamt')).not.toBe('ORGANIZATION');
    expect(guessType('Insgesamt')).not.toBe('ORGANIZATION');
  });
});

describe('plans, platforms and acts by their heads', () => {
  it('a named plan or programme is a practice, a named platform a tool, a Dutch directive or ordinance a standard', () => {
    for (const [n, t] of [
      ['Plan de Movilidad Urbana Sostenible', 'PRACTICE'],
      ['Plano de Recuperação e Resiliência', 'PRACTICE'],
      ['Programma Aanpak Stikstof', 'PRACTICE'],
      ['Nationaal Programma Landelijk Gebied', 'PRACTICE'],
      ['Plataforma de Contratación del Sector Público', 'TOOL'],
      ['Habitatrichtlijn', 'STANDARD'],
      ['Omgevingsverordening Overijssel', 'STANDARD'],
    ])
      expect([n, guessType(n)]).toEqual([n, t]);
    // (a national health system stays a body; a plan without a name is none)
    expect(guessType('Sistema Nacional de Salud')).toBe('ORGANIZATION');
    expect(guessType('Programa')).not.toBe('PRACTICE');
  });
});

describe('an act by its issuer and number', () => {
  it('is one name, its numbers between slashes no file path ("Orden TMA/851/2021", "Delibera ANAC n. 264/2023")', () => {
    const es = [
      block(1, 'Accesibilidad del espacio público', 'title'),
      block(2, 'Normativa: Orden TMA/851/2021 sobre condiciones básicas de accesibilidad.'),
      block(3, 'Aceras estrechas: incumplen la Orden TMA/851/2021 en el casco antiguo.'),
      block(4, 'Ayudas para ZBE según la Orden TMA/892/2021.'),
    ];
    const found = names(es, 'es');
    expect(found).toContain('Orden TMA/851/2021');
    expect(found).not.toContain('Orden TMA');
    const it = [
      block(1, 'Trasparenza negli appalti', 'title'),
      block(2, 'Obblighi di pubblicazione secondo la Delibera ANAC n. 264/2023.'),
      block(3, 'Schemi tipo: Delibera ANAC n. 264/2023, allegato 1.'),
    ];
    expect(names(it, 'it')).toContain('Delibera ANAC n. 264/2023');
    expect(guessType('Delibera ANAC n. 264/2023')).toBe('STANDARD');
  });
});

describe('a Dutch acronym', () => {
  it('takes the digraph IJ as one letter ("Omgevingsdienst IJsselland (ODIJ)")', () => {
    expect(
      learnAcronyms(
        [block(1, 'Toezicht: Omgevingsdienst IJsselland (ODIJ), basistakenpakket milieu')],
        'nl',
      ).get('ODIJ'),
    ).toBe('Omgevingsdienst IJsselland');
  });
});

describe("an everyday word of the deck's title", () => {
  it('written in lower case is the deck\'s subject in a word, no concept ("proyecto"); a rarer word stays (see concept-quality: "mouillage")', () => {
    const deck = [
      block(1, 'Proyecto de modernización de la planta de Arguedas', 'title'),
      block(2, 'El proyecto incluye una línea de envasado aséptico y un sistema MES.'),
      block(3, 'Presupuesto del proyecto: 4,2 M€; ayuda PERTE del 40 %.'),
      block(4, 'El proyecto termina en diciembre de 2026 con la puesta en marcha.'),
      block(5, 'Riesgos del proyecto: plazos de entrega del sistema MES.'),
    ];
    expect(names(deck, 'es').map((n) => n.toLowerCase())).not.toContain('proyecto');
    expect(everydayWord('proyecto', 'es')).toBe(true);
    expect(everydayWord('mouillage', 'fr')).toBe(false);
  });
});

describe("an agenda item that starts a slide's title", () => {
  it('echoes it: a phrase written only there and in the title is a heading ("Juridisch kader", "Gebiedsgerichte aanpak")', () => {
    const deck = [
      block(1, 'Stikstofaanpak Gelderland: stand van zaken', 'title'),
      block(2, 'Agenda', 'title'),
      block(2, 'Aanleiding\nJuridisch kader\nGebiedsgerichte aanpak en PPLG\nFinanciën'),
      block(3, 'Juridisch kader in één overzicht', 'title'),
      block(
        3,
        'De Omgevingswet en de Wet natuurbescherming bepalen de toetsing.\nDe Habitatrichtlijn geldt voor Natura 2000-gebieden.',
      ),
      block(4, 'Deel 3 – Gebiedsgerichte aanpak', 'title'),
      block(4, 'Het PPLG verdeelt de middelen over de gebieden.\nDe Gelderse Vallei start in 2026.'),
      block(5, 'Financiën', 'title'),
      block(5, 'Het PPLG kost 1,2 miljard euro tot 2035; de Omgevingswet vraagt nieuwe regels.'),
    ];
    const found = names(deck, 'nl').map((n) => n.toLowerCase());
    expect(found).not.toContain('juridisch kader');
    expect(found).not.toContain('gebiedsgerichte aanpak');
    expect(found).toContain('omgevingswet');
  });
});

describe('laws and citations', () => {
  it('a law named after a person in the possessive is one name ("Awaab’s Law"), not the person\'s first name', () => {
    const deck = [
      block(1, 'Damp and mould: compliance plan', 'title'),
      block(2, 'Awaab’s Law applies to social landlords from October 2025.'),
      block(3, "Under Awaab's Law, emergency hazards are made safe within 24 hours."),
      block(4, "Reporting on Awaab's Law goes to the Board every quarter."),
    ];
    const found = names(deck, 'en');
    expect(found.some((n) => /^Awaab['’]s Law$/.test(n))).toBe(true);
    expect(found).not.toContain('Awaab');
    // (an act; an observation named after its author is none)
    expect(guessType('Awaab’s Law')).toBe('STANDARD');
    expect(guessType("Moore's Law")).not.toBe('STANDARD');
  });
  it('a section\'s number is no start of a name ("8a Abs" of "§ 8a Abs. 3 BSIG")', () => {
    const deck = [
      block(1, 'KRITIS-Nachweis 2025', 'title'),
      block(2, 'Nachweis nach § 8a Abs. 3 BSIG fristgerecht eingereicht.'),
      block(3, '§ 8a Abs. 1a BSIG: Pflicht zum Einsatz von Systemen zur Angriffserkennung.'),
      block(4, 'Das BSI prüft den Nachweis nach § 8a Abs. 3 BSIG.'),
    ];
    for (const n of names(deck, 'de')) expect(n).not.toMatch(/^\d{1,3}[a-z](?:\s|$)/);
  });
});

describe('acts by date, standards by their body, cut and glued names', () => {
  it('an Italian decree or guidelines by their date is one name, a standard by NEN, UNI, PAS one too', () => {
    const it = [
      block(1, 'Gara ATEM: criteri di aggiudicazione', 'title'),
      block(2, 'Criteri del DM 21 aprile 2011 e Linee Guida MiSE 22 maggio 2014.'),
      block(
        3,
        'Il DM 21 aprile 2011 fissa i punteggi; le Linee Guida MiSE 22 maggio 2014 il valore di rimborso.',
      ),
      block(4, 'Sicurezza delle reti secondo UNI EN 1594 e il DM 21 aprile 2011.'),
    ];
    const found = names(it, 'it');
    expect(found).toContain('DM 21 aprile 2011');
    expect(found).not.toContain('DM');
    expect(guessType('DM 21 aprile 2011')).toBe('STANDARD');
    expect(guessType('NEN 7510')).toBe('STANDARD');
    expect(guessType('PAS 2035')).toBe('STANDARD');
  });
  it('a phrase cut after its joining word, two codes joined, a title of figures are no concepts', () => {
    const pt = [
      block(1, 'Janela Única Logística no porto', 'title'),
      block(
        2,
        'Integração ICS2 e eFTI até 2026.\nAT – Autoridade Tributária e\nAduaneira: controlo aduaneiro',
      ),
      block(3, 'Declarações ICS2 e eFTI validadas pela AT.'),
      block(4, 'O porto em números', 'title'),
      block(4, 'Escalas: 2.140; contentores: 310 mil TEU.'),
      block(5, 'O porto em números', 'title'),
    ];
    const found = names(pt, 'pt');
    expect(found).not.toContain('ICS2 e eFTI');
    expect(found).not.toContain('Autoridade Tributária e');
    expect(found.map((n) => n.toLowerCase())).not.toContain('porto em números');
  });
});
