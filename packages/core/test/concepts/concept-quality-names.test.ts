/**
 * People, places, standards, series and headings of business decks, each rule on made-up sentences (no evaluation
 * deck's text): the classes a reader of a deck drops or retypes.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { personNames } from '../../src/concepts/persons.js';
import { isCityName } from '../../src/concepts/places.js';
import { block, records } from './blocks.js';

const typeOf = (recs: { name: string; type: string }[], name: string) =>
  recs.find((r) => r.name === name)?.type;

describe("people: a job at a line's end, unknown given names, owner and name columns, other languages", () => {
  it('a job ending a line is no office before the next line\'s company ("Asset Director" / "Kestrel Sands …")', () => {
    const found = personNames(
      'Tom Whitcombe, Asset Director\nKestrel Sands Offshore Wind Ltd, Royal Dock, Grimsby DN31 3LL',
    );
    expect(found).toContain('Tom Whitcombe');
    expect(found).not.toContain('Kestrel Sands Offshore Wind');
    // (on one line it still is: "Director Anna Berg")
    expect(personNames('The review was chaired by Director Anna Berg.')).toContain('Anna Berg');
  });

  it('a name of words no lexicon knows before a job is a person; an honorific is no part of it', () => {
    expect(personNames('Priya Raman, Director of Customer Operations')).toEqual(['Priya Raman']);
    expect(personNames('Dr Meera Sethi, Head of Financial Crime Analytics')).toEqual(['Meera Sethi']);
    // (words of the lexicon are no such evidence: "Meridian Telecom, Director of Sales" names a company)
    expect(personNames('Meridian Telecom, Director of Sales')).toEqual([]);
  });

  it("a table's owner column, and a name column beside a role column, hold people; teams stay apart", () => {
    const owners = personNames(
      'Category\tManager\tSales\nMilk and cream\tPriyesh Kotecha\t244\nCheese\tHannah Lowther\t172\nBakery\tKnowledge Centre team\t98',
    );
    expect(owners).toEqual(expect.arrayContaining(['Priyesh Kotecha', 'Hannah Lowther']));
    expect(owners).not.toContain('Knowledge Centre team');
    const team = personNames(
      'Role\tName\tFunction\nChampion\tMarcus Hale\tDirector, Fab 12 Operations\n8D lead\tDr Elena Vasquez\tYield\nProcess\tRaj Subramanian\tProcess Integration',
    );
    expect(team).toEqual(expect.arrayContaining(['Marcus Hale', 'Raj Subramanian', 'Elena Vasquez']));
    expect(team).not.toContain('Dr Elena Vasquez');
    // (a column of names of things is no list of people: no role column beside it)
    expect(
      personNames('Name\tVersion\tOwner team\nMarcus Hale\t2.1\tPlatform\nGrace Point\t1.0\tData'),
    ).toEqual([]);
  });

  it('a plural trade after a word that is no given name heads the title slide as a company, not a person', () => {
    expect(
      personNames('Larkfield Grocers — Commercial Leadership Team\nRange review, March 2025', {
        titleSlide: true,
      }),
    ).toEqual([]);
  });

  it('Dutch, Portuguese: a job in English after a name, roles between semicolons, "Eng.ª" before a name', () => {
    expect(personNames('Sanne de Vries, Chief Data Officer', { lang: 'nl' })).toEqual(['Sanne de Vries']);
    // (a heading's run of capitalised words is no name: "Doelen van Programma Fundament")
    expect(personNames('Doelen van Programma Fundament', { lang: 'nl' })).toEqual([]);
    expect(
      personNames(
        'Diretora Financeira: Beatriz Sampaio; Jurídico: Juliana Menezes; O&M: Carlos Eduardo Nunes',
        {
          lang: 'pt',
        },
      ),
    ).toEqual(expect.arrayContaining(['Beatriz Sampaio', 'Juliana Menezes', 'Carlos Eduardo Nunes']));
    expect(
      personNames('Eng.ª Mariana Albuquerque, Diretora de Geração Distribuída', { lang: 'pt' }),
    ).toContain('Mariana Albuquerque');
  });
});

describe('standards by their body and number; an acronym only inside numbered names', () => {
  it('"EN 50155", "ABNT NBR 16690" and "UNE-EN 62446" are whole standards; "EN" and "ETR" alone are none', () => {
    const it = records(
      [
        block(1, 'Manutenzione predittiva della flotta regionale', 'title'),
        block(2, 'Sensori di bordo su ETR 104 collegati a un gateway certificato EN 50155'),
        block(3, 'Requisiti: conformità EN 50155 e EN 50126-1; 14 convogli ETR 104 in servizio'),
        block(4, 'Le analisi RAM seguono la EN 50126-1 per ogni ETR 104 del lotto'),
      ],
      'it',
      4,
    );
    const names = it.map((x) => x.name);
    expect(names).toContain('EN 50155');
    expect(typeOf(it, 'EN 50155')).toBe('STANDARD');
    expect(names).toContain('ETR 104');
    expect(names).not.toContain('EN');
    expect(names).not.toContain('ETR');
    expect(guessType('ABNT NBR 16690')).toBe('STANDARD');
    expect(guessType('UNE-EN 62446')).toBe('STANDARD');
  });

  it('an organisation before its standards stays ("ISO" of "ISO 45001", "ISO 55001"), and so does a maker', () => {
    const names = records(
      [
        block(1, 'Asset Management Review', 'title'),
        block(2, 'Certified to ISO 45001 since 2021; ISO audits twice a year'),
        block(3, 'ISO 55001 gap analysis closes in Q3'),
        block(4, 'SAP PM work orders feed the ISO 55001 evidence pack'),
      ],
      'en',
      4,
    ).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['ISO 45001', 'ISO 55001', 'ISO']));
  });
});

describe('headings of a business deck: a topic in a year, decisions requested, longer decks outside English', () => {
  it('"Grid Outages 2024" and "Decisions Requested" head slides; "Horizon 2020" is a name', () => {
    const names = records(
      [
        block(1, 'Offshore Wind O&M Annual Review', 'title'),
        block(2, 'Grid Outages 2024', 'title'),
        block(2, 'Two NESO constraint events cost 3.1 GWh\nHorizon 2020 funding covered the cable study'),
        block(3, 'Decisions Requested', 'title'),
        block(3, 'Approve the SOV charter extension\nHorizon 2020 reporting closes in May'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(names).not.toContain('Grid Outages 2024');
    expect(names).not.toContain('Decisions Requested');
    expect(names).toContain('Horizon 2020');
  });

  it('outside English a 30-slide deck of few words a slide is a short deck: its common-word titles head slides', () => {
    const blocks: LinkBlock[] = [block(1, 'Lanzamiento del seguro paramétrico CampoÍndice', 'title')];
    for (let s = 2; s <= 30; s++) {
      blocks.push(block(s, `Tema ${s}`, 'title'));
      blocks.push(block(s, `El índice satelital NDVI cubre ${s * 1000} hectáreas en Jalisco`));
    }
    blocks.push(block(12, 'Calendario regulatorio', 'title'));
    blocks.push(block(12, 'La CNSF revisa la nota técnica en marzo'));
    const names = records(blocks, 'es', 30).map((x) => x.name);
    expect(names).not.toContain('Calendario regulatorio');
    expect(names).toContain('NDVI');
  });
});

describe("a company's short form, acronyms in the plural, amounts, measures, scales and weeks", () => {
  it('"Varnholt" is "Varnholt Automotive", "HealthBridge" is "HealthBridge East Africa"', () => {
    const recs = records(
      [
        block(1, 'Yield Excursion Review', 'title'),
        block(2, 'Customer: Varnholt Automotive raised a formal complaint'),
        block(3, 'Varnholt requires the full 8D by 15 May; Varnholt audits the line in June'),
        block(4, 'HealthBridge East Africa runs the solar fridge programme'),
        block(5, 'HealthBridge trains district technicians; HealthBridge reports monthly'),
      ],
      'en',
      5,
    );
    const names = recs.map((x) => x.name);
    expect(names).toContain('Varnholt Automotive');
    expect(names).not.toContain('Varnholt');
    expect(names).toContain('HealthBridge East Africa');
    expect(names).not.toContain('HealthBridge');
  });

  it('"SKUs" is named "SKU"; "£9.1m capex" is no concept; "Hs 1.5 m" is no version; "Cat 3" … "Cat 5" and "WW11" go', () => {
    const names = records(
      [
        block(1, 'Range and Operations Review', 'title'),
        block(2, 'Delist 38 tail SKUs; SKUs under £150k a year go\nPayback on £9.1m capex in 16 months'),
        block(3, 'CTV transfer limit Hs 1.5 m; the SOV works to Hs 3.0 m'),
        block(4, 'Cat 3 erosion: 72 blades\nCat 4 erosion: 18 blades\nCat 5 erosion: 2 blades'),
        block(5, 'Excursion detected WW11, contained WW13; SKUs re-tested'),
      ],
      'en',
      5,
    ).map((x) => x.name);
    expect(names).toContain('SKU');
    expect(names).not.toContain('SKUs');
    for (const n of ['9.1m capex', 'Hs 1.5', 'Hs 3.0', 'Cat 3', 'Cat 4', 'Cat 5', 'WW11', 'WW13'])
      expect(names).not.toContain(n);
  });
});

describe('places: countries, capitals and cities of 50,000 people or more', () => {
  it('"Glasgow", "Nantes", "Uganda", "UK" are places; "Reading", "Nice" (words first) are not cities here', () => {
    expect(isCityName('Glasgow')).toBe(true);
    expect(isCityName('Nantes')).toBe(true);
    expect(isCityName('Reading')).toBe(false);
    expect(isCityName('Nice')).toBe(false);
    const recs = records(
      [
        block(1, 'Contact Centre AI Rollout', 'title'),
        block(2, 'Sites: Glasgow, Cardiff and Nantes; offshore partner in Uganda'),
        block(3, 'Glasgow and Nantes pilot the assistant; UK customers first'),
        block(4, 'Glasgow takes Welsh-language chat from Cardiff; UK rollout in May'),
      ],
      'en',
      4,
    );
    for (const n of ['Glasgow', 'Nantes', 'UK']) expect(typeOf(recs, n), n).toBe('PLACE');
  });
});

describe('a phrase written once outside the one longer phrase that ends with it', () => {
  it('"ready meals" is "chilled ready meals", "handle time" is "Average handle time"; "access control" stays', () => {
    const recs = records(
      [
        block(1, 'Range Review', 'title'),
        block(2, 'Chilled ready meals grew 4%; chilled ready meals margin 22%'),
        block(3, 'Delist 12 chilled ready meals lines; ready meals move to the new supplier'),
        block(4, 'Average handle time (AHT) fell 41 s; AHT target 380 s'),
        block(5, 'Bot deflection cut handle time; AHT by site below'),
        block(6, 'Broken access control tops the audit; access control reviews are quarterly'),
        block(6, 'Access control owners sign off; access control gaps closed; broken access control fixed'),
      ],
      'en',
      6,
    );
    const names = recs.map((x) => x.name.toLowerCase());
    expect(names).toContain('chilled ready meals');
    expect(names).not.toContain('ready meals');
    expect(names).toContain('average handle time');
    expect(names).not.toContain('handle time');
    expect(names).toContain('access control');
  });
});

describe("the title slide's people on any line; a RACI slide's title; a deck's own sections", () => {
  it('"Claire Le Goff, Vice-présidente …" under the subtitle is a person, not "Le Goff"', () => {
    const found = personNames(
      "Comité de pilotage régional — séance n° 7\nClaire Le Goff, Vice-présidente chargée des lycées et de l'éducation\nHôtel de Région, Nantes — 14 janvier 2025",
      { titleSlide: true, lang: 'fr' },
    );
    expect(found).toEqual(['Claire Le Goff']);
  });

  it('"RACI for Phase 3" and "Matrice RACI" head slides; "RACI" stays', () => {
    const names = records(
      [
        block(1, 'Contact Centre AI Rollout', 'title'),
        block(2, 'RACI for Phase 3', 'title'),
        block(
          2,
          'Bot content\tKnowledge Centre\tPriya Raman\nRelease gates\tPlatform team\tTom Ellery',
          'table',
        ),
        block(3, 'Governance', 'title'),
        block(3, 'The RACI is reviewed monthly by the steering group'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(names).not.toContain('RACI for Phase 3');
    expect(names).toContain('RACI');
  });

  it('"Section 4 — Operational Impact" heads its slide in a short deck; "A1 – Injection" is a catalogue\'s entry', () => {
    const names = records(
      [
        block(1, 'Transaction Monitoring Recalibration', 'title'),
        block(2, 'Section 4 — Operational Impact', 'title'),
        block(2, 'Alert volumes fall 31% after recalibration\nFIU analysts move to the SAR backlog'),
        block(3, 'A1 – Injection', 'title'),
        block(3, 'Parameterised queries stop SQL attacks\nThe WAF blocks known payloads'),
      ],
      'en',
      3,
    ).map((x) => x.name);
    expect(names).not.toContain('Operational Impact');
    expect(names).toContain('Injection');
  });
});

describe('types by the head of a name: bodies in six languages, averages and times, laws by their number', () => {
  it('bodies written with capitals are organisations; the same words in lower case are not', () => {
    for (const n of [
      'Communication Workers Union',
      'Nordic Health Fund',
      'Conversa Labs',
      'Banco de México',
      'Comisión Nacional de Seguros y Fianzas',
      "Ministère de l'Éducation",
      'Direzione Tecnica',
      'Regione Lombardia',
      'Autoriteit Persoonsgegevens',
      'Financiera para el Bienestar',
      'Bundesnetzagentur',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
    for (const n of ['trade union', 'hedge fund', 'Banco de dados', 'Dirección del proyecto'])
      expect(guessType(n), n).not.toBe('ORGANIZATION');
  });

  it('"Average handle time", "First contact resolution", "Defect Density" are metrics; "Lei 14.300/2022" a law', () => {
    for (const n of ['Average handle time', 'First contact resolution', 'Defect Density', 'Mean D0'])
      expect(guessType(n), n).toBe('METRIC');
    expect(guessType('Lei 14.300/2022')).toBe('STANDARD');
    expect(guessType('Decreto 123/2024')).toBe('STANDARD');
  });
});

describe("other languages' given names; a city is no person", () => {
  it('"Tomasz Wierzbicki", "Kenji Morita", "Sanne Visser" are people by their given names; "Rio Verde" is a place', () => {
    const recs = records(
      [
        block(1, 'Yield Excursion Review', 'title'),
        block(2, 'Tomasz Wierzbicki and Kenji Morita reviewed the chamber logs'),
        block(3, 'Tomasz Wierzbicki signed the MRB record; Kenji Morita ran the SEM review'),
        block(4, 'Sanne Visser joins from Rio Verde; the Rio Verde plant ships in May'),
        block(5, 'Sanne Visser owns the supplier audit; Rio Verde output is 12% up'),
      ],
      'en',
      5,
    );
    for (const n of ['Tomasz Wierzbicki', 'Kenji Morita', 'Sanne Visser'])
      expect(typeOf(recs, n), n).toBe('PERSON');
    expect(typeOf(recs, 'Rio Verde')).toBe('PLACE');
  });
});

describe('a Romance name joined by a purpose and its article', () => {
  it('"Financiera para el Bienestar" is one name, no "Bienestar"', () => {
    const names = records(
      [
        block(1, 'Lanzamiento de CampoÍndice', 'title'),
        block(2, 'El pago llega a la cuenta de Financiera para el Bienestar en 10 días'),
        block(3, 'Convenio con Financiera para el Bienestar para la dispersión de pagos'),
      ],
      'es',
      3,
    ).map((x) => x.name);
    expect(names).toContain('Financiera para el Bienestar');
    expect(names).not.toContain('Bienestar');
  });
});

describe('a word no dictionary holds, only inside two names or more and not always first', () => {
  it('"Humber" of "HM Coastguard Humber" and "Humber Swift" is a piece; "Glasgow" inside names stays a place', () => {
    const names = records(
      [
        block(1, 'Marine Operations Review', 'title'),
        block(2, 'Audit by HM Coastguard Humber completed; Humber Swift passed'),
        block(3, 'Humber Swift hybrid trial cut fuel burn by 11%'),
        block(4, 'Glasgow Contact Centre and Glasgow Service Desk moved to the new rota'),
        block(5, 'Crew plan shared with the neighbouring Humber Gateway campaign'),
      ],
      'en',
      5,
    ).map((x) => x.name);
    expect(names).not.toContain('Humber');
    expect(names).toContain('Humber Swift');
  });
});

describe("a word before an amount's currency; a meeting by its kind", () => {
  it('"budget USD", "Review Meeting", "Reunión previa" are no concepts', () => {
    const en = records(
      [
        block(1, 'Cold Chain Programme', 'title'),
        block(2, 'Total budget USD 11.4 million; the budget USD figure includes freight'),
        block(3, 'Next Review Meeting in Gulu; the Review Meeting approves the plan'),
        block(4, 'Solar direct drive fridges: 412 installed'),
      ],
      'en',
      4,
    ).map((x) => x.name);
    expect(en).not.toContain('budget USD');
    expect(en).not.toContain('Review Meeting');
    const es = records(
      [
        block(1, 'Lanzamiento de CampoÍndice', 'title'),
        block(2, 'Reunión previa con la CNSF el 3 de marzo; la reunión previa fija el calendario'),
        block(3, 'La CNSF revisa la nota técnica'),
      ],
      'es',
      3,
    ).map((x) => x.name.toLowerCase());
    expect(es).not.toContain('reunión previa');
  });
});

describe('after the blind round: companies and places in tables and after articles are no people', () => {
  it('"CTO" then a company in the next cell, a company in an owner column, a company after a name are no people', () => {
    const found = personNames(
      'Role\tName\tOrganisation\nAccountable Executive\tMarcus Oduya, CTO\tAltamira Copper plc\nEOR\tAndrés Poblete, Andes Geotécnica\tExternal',
    );
    expect(found).toEqual(expect.arrayContaining(['Marcus Oduya', 'Andrés Poblete']));
    expect(found).not.toContain('Altamira Copper');
    expect(found).not.toContain('Andes Geotécnica');
    const owners = personNames(
      'Risk\tLevel\tOwner\nShore power\tHigh\tTejo Cruise Terminals\nTraffic\tMedium\tMarta Sequeira\nNoise\tLow\tRui Pestana',
    );
    expect(owners).toEqual(expect.arrayContaining(['Marta Sequeira', 'Rui Pestana']));
    expect(owners).not.toContain('Tejo Cruise Terminals');
  });

  it('"El Salitre" and "Val de Meurthe" are no people though "El" and "Val" are given names', () => {
    const recs = records(
      [
        block(1, 'Tailings Safety Review', 'title'),
        block(2, 'El Salitre closed in 2009; El Salitre is monitored monthly'),
        block(3, 'Val de Meurthe forests: Val de Meurthe plan approved'),
      ],
      'en',
      3,
    );
    expect(typeOf(recs, 'El Salitre')).not.toBe('PERSON');
    expect(typeOf(recs, 'Val de Meurthe')).not.toBe('PERSON');
  });
});
