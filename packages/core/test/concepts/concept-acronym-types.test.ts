/**
 * Classes of the third held-out set's findings (2026-12-05, sixth session): acronyms whose expansion the deck writes
 * but the learner missed (the other languages' joining words, a list's commas, an act's year, a joined place name), a
 * name after an elided article, a German body's name, a series' head, a numbered piece's number read as a version, and
 * the types readers give to what a deck names by an acronym, an identifier, a role of the law. Made-up sentences, no
 * evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { variantForms } from '../../src/resolve/keys.js';
import { block, records } from './blocks.js';

describe('an acronym after its expansion', () => {
  it('is learned across the joining words of Italian, Portuguese and English ("delle", "dei", "em", "from")', () => {
    const acr = learnAcronyms(
      [
        block(1, 'Il parere del Ministero delle Politiche Agricole e dei Territori (MPAT) è atteso a marzo.'),
        block(2, 'Os dados seguem para a Plataforma Estadual de Registos em Saúde (PERS) todas as noites.'),
        block(3, 'Incidents are reported through the Learn from Harbour Safety Events (LFHSE) service.'),
      ],
      'it',
    );
    expect(acr.get('MPAT')).toBe('Ministero delle Politiche Agricole e dei Territori');
    expect(acr.get('PERS')).toBe('Plataforma Estadual de Registos em Saúde');
    expect(acr.get('LFHSE')).toBe('Learn from Harbour Safety Events');
  });

  it('takes a list with its commas, an act with its year, a joined place without its small words', () => {
    const acr = learnAcronyms(
      [
        block(1, 'Het team Vergunningen, Toezicht en Handhaving (VTH) neemt de aanvragen in behandeling.'),
        block(2, 'Obligations arise under the Coastal Shipping and Harbour Facilities Act 2009 (CSHFA).'),
        block(3, "Le projet est porté par l'Université de Val-de-Loire (UVL) et ses laboratoires."),
        block(4, 'Safety, Health and Environment (SHE) reviews are held monthly.'),
      ],
      'nl',
    );
    expect(acr.get('VTH')).toBe('Vergunningen, Toezicht en Handhaving');
    expect(acr.get('CSHFA')).toBe('Coastal Shipping and Harbour Facilities Act 2009');
    expect(acr.get('UVL')).toBe('Université de Val-de-Loire');
    expect(acr.get('SHE')).toBe('Safety, Health and Environment');
  });

  it('is no clause across a comma, and no expansion ends in a joining word', () => {
    const acr = learnAcronyms(
      [
        block(1, 'In 2024, Service Level Agreement (SLA) breaches fell by a third.'),
        block(2, 'Sigla\tSignificato\nAFT\tAggregazione Funzionale Territoriale dei medici di base'),
        block(3, 'RVO – Rijksdienst voor Ondernemend Nederland'),
      ],
      'it',
    );
    expect(acr.get('SLA')).toBe('Service Level Agreement');
    expect(acr.get('AFT')).toBe('Aggregazione Funzionale Territoriale');
    // (a country that ends a glossary's line ends the name, though the acronym leaves it out)
    expect(acr.get('RVO')).toBe('Rijksdienst voor Ondernemend Nederland');
  });

  it('gives the spelled-out name the type its acronym is known by, not a body of another deck', () => {
    const found = records(
      [
        block(1, 'Poste de travail', 'title'),
        block(2, "Le déploiement de l'Endpoint Detection and Response (EDR) couvre 2 400 postes."),
        block(
          3,
          "L'EDR remonte ses alertes au centre de supervision ; l'EDR bloque les exécutables inconnus.",
        ),
        block(4, 'Die Ortsnetzstationen (ONS) werden bis 2028 fernwirktechnisch angebunden.'),
        block(5, 'Jede ONS erhält einen Messpunkt; 40 ONS sind schon umgebaut.'),
      ],
      'fr',
      5,
    );
    expect(found.find((r) => r.name === 'Endpoint Detection and Response')?.type).toBe('TOOL');
    expect(found.find((r) => r.name === 'Ortsnetzstationen')?.type ?? 'ENTITY').not.toBe('ORGANIZATION');
  });
});

describe('a body named in the other languages', () => {
  it('is read after an elided article or preposition ("all\'Agenzia …", "dell\'Agenzia …")', () => {
    const found = records(
      [
        block(1, 'Crediti d’imposta', 'title'),
        block(2, "La comunicazione va trasmessa all'Agenzia delle Dogane entro il 30 giugno."),
        block(3, "I controlli dell'Agenzia delle Dogane riguardano i beni acquistati nel 2025."),
        block(
          4,
          'La Legge di Bilancio 2025 proroga il credito; la Legge di Bilancio 2025 ne fissa i limiti.',
        ),
      ],
      'it',
      4,
    ).map((r) => r.name);
    expect(found).toContain('Agenzia delle Dogane');
    expect(found).not.toContain('Dogane');
    expect(found).not.toContain('Bilancio 2025');
  });

  it('is read whole in German, by its head and its field ("Bundesamt für …")', () => {
    const found = records(
      [
        block(1, 'Zulassung', 'title'),
        block(2, 'Die Zulassung erteilt das Bundesamt für Strahlenschutz und Kernsicherheit nach Prüfung.'),
        block(3, 'Das Bundesamt für Strahlenschutz und Kernsicherheit veröffentlicht die Liste jährlich.'),
      ],
      'de',
      3,
    );
    const body = found.find((r) => r.name === 'Bundesamt für Strahlenschutz und Kernsicherheit');
    expect(body?.type).toBe('ORGANIZATION');
    expect(found.map((r) => r.name)).not.toContain('Kernsicherheit');
  });
});

describe('a series of numbered pieces', () => {
  it('has no concept in its bare head ("Circolare" of "Circolare n. 285/2013" and "Circolare n. 262/2005")', () => {
    const names = records(
      [
        block(1, 'Vigilanza', 'title'),
        block(
          2,
          'La Circolare n. 285/2013 fissa il quadro; la Circolare n. 262/2005 gli schemi di bilancio.',
        ),
        block(
          3,
          'Aggiornamenti della Circolare n. 285/2013 nel 2025; la Circolare n. 262/2005 resta invariata.',
        ),
        block(4, 'Il Piano Safra e il Piano Estate finanziano le aziende; il Piano Safra vale 2 miliardi.'),
      ],
      'it',
      4,
    ).map((r) => r.name);
    expect(names).not.toContain('Circolare');
    expect(names).not.toContain('Piano');
  });

  it('keeps each number: "Investimento 4.1" and "Investimento 4.4.1" are no versions of one name', () => {
    expect(
      variantForms({
        id: 'c:x',
        name: 'Investimento 4.1',
        type: 'ENTITY',
        aliases: [],
        definition: null,
        confidence: 1,
      }),
    ).not.toContain('Investimento');
    expect(
      variantForms({
        id: 'c:y',
        name: 'ASVS 4.0',
        type: 'STANDARD',
        aliases: [],
        definition: null,
        confidence: 1,
      }),
    ).toContain('ASVS');
  });
});

describe('types readers give', () => {
  it('to identifiers, bills, guidance, codes, sites, programme components, practices and metrics', () => {
    for (const [name, type] of [
      ['ORCID', 'STANDARD'],
      ['CNPJ', 'STANDARD'],
      ['Bill C-12', 'STANDARD'],
      ['Statutory Consultation Guidance', 'STANDARD'],
      ['Code monétaire et financier', 'STANDARD'],
      ['Headcorn WwTW', 'PLACE'],
      ['River Stour', 'PLACE'],
      ['M2C4', 'PRACTICE'],
      ['LCB-FT', 'PRACTICE'],
      ['RTO', 'METRIC'],
      ['Fascicolo Sanitario Elettronico', 'TOOL'],
      ['Rheinweser BKK', 'ORGANIZATION'],
      ['Métis Nation of Ontario', 'ORGANIZATION'],
      ['CERT Santé', 'ORGANIZATION'],
      ['SOC mutualisé', 'ORGANIZATION'],
      ['Medici di Medicina Generale', 'ROLE'],
      ['revue périodique', 'PRACTICE'],
      ['Wet kwaliteit, klachten en geschillen zorg', 'STANDARD'],
    ])
      expect(guessType(name), name).toBe(type);
    // (not an English code, "Code review", nor a kind of cloud, "Private Cloud")
    expect(guessType('Code review')).not.toBe('STANDARD');
    expect(guessType('Private Cloud')).not.toBe('PRODUCT');
    expect(guessType('Marketing Cloud')).toBe('PRODUCT');
  });

  it('to a role of the law named in a language other than English, kept though named in passing', () => {
    const found = records(
      [
        block(1, 'Certificazioni', 'title'),
        block(2, 'Il risparmio è certificato da un Valutatore indipendente prima e dopo il progetto.'),
        block(3, 'Il Valutatore indipendente deve essere accreditato; il costo è ammesso al credito.'),
      ],
      'it',
      3,
    );
    expect(found.find((r) => r.name === 'Valutatore indipendente')?.type).toBe('ROLE');
  });
});

describe('names of the last round', () => {
  it('a First Nation is named whole, and "Nation" alone is no concept', () => {
    const found = records(
      [
        block(1, 'Engagement', 'title'),
        block(
          2,
          'Red Pine River First Nation signed a term sheet; talks with Otter Bay First Nation started.',
        ),
        block(3, 'The Nation asked for a joint study. Red Pine River First Nation leads the caribou survey.'),
        block(4, 'Otter Bay First Nation and the Nation council meet in March.'),
      ],
      'en',
      4,
    );
    const names = found.map((r) => r.name);
    expect(names).toContain('Red Pine River First Nation');
    expect(found.find((r) => r.name === 'Red Pine River First Nation')?.type).toBe('ORGANIZATION');
    expect(names).not.toContain('Nation');
  });

  it("a two-letter acronym joins the two-word name of its letters written on its slides, not another slide's", () => {
    const names = records(
      [
        block(1, 'Permits', 'title'),
        block(2, 'Six applications sit with the Environment Agency; the EA expects to decide in May.'),
        block(2, 'The Environment Agency also reviews the storm overflow plans.'),
        block(3, 'The EA permitting backlog delays phosphorus schemes; EA staff are short.'),
        block(4, 'Patch the OS of each server; OS images are rebuilt monthly.'),
        block(5, 'Open Source components are scanned; Open Source licences are reviewed.'),
      ],
      'en',
      5,
    ).map((r) => r.name);
    expect(names).toContain('Environment Agency');
    expect(names).not.toContain('EA');
    expect(names).toContain('OS');
  });

  // (a guard: the members stay names when their head is cut; the head's cut itself fails on 4062e01 in "Circolare" above)
  it('a Romance series keeps its members as names ("Plano Safra", "Plano BR+"), not its bare head', () => {
    const names = records(
      [
        block(1, 'Crédito rural', 'title'),
        block(2, 'O crédito do Plano Safra financia o custeio; o Plano BR+ apoia a irrigação.'),
        block(3, 'As práticas do Plano BR+ (plantio direto) contam para o Plano Safra.'),
      ],
      'pt',
      3,
    ).map((r) => r.name);
    expect(names).not.toContain('Plano');
    expect(names).toEqual(expect.arrayContaining(['Plano Safra', 'Plano BR+']));
  });

  it("a system's acronym before its ministry's name is no part of it; names joined by an en dash are one", () => {
    const found = records(
      [
        block(1, 'Rendicontazione', 'title'),
        block(2, "La rendicontazione passa dal sistema CoReS del Ministero dell'Economia e delle Finanze."),
        block(3, "Il Ministero dell'Economia e delle Finanze verifica i dati di CoReS ogni trimestre."),
        block(4, 'I rifiuti vanno al Consorcio de Aguas Tajo–Henares (CATH); il CATH fattura a tonnellata.'),
      ],
      'it',
      4,
    ).map((r) => r.name);
    expect(found).toContain("Ministero dell'Economia e delle Finanze");
    expect(found.join('|')).not.toMatch(/CoReS del/);
    expect(found).toContain('Consorcio de Aguas Tajo–Henares');
  });

  it("an amount's unit, a time of a year and a work package's number are no concepts", () => {
    const names = records(
      [
        block(1, 'Inversión', 'title'),
        block(2, 'Capex de 48 MUSD en 2026 y 31 MUSD en 2027; ahorro de 12 millones de pesos al año.'),
        block(3, 'La planta de Apodaca arranca a finales de 2026; 9 millones de pesos por tarifa.'),
        block(4, 'AP1 y AP5 cierran a finales de 2026; el AP1 entrega el inventario, el AP5 la formación.'),
      ],
      'es',
      4,
    ).map((r) => r.name);
    for (const n of ['MUSD', 'millones de pesos', 'finales de 2026', 'AP1', 'AP5'])
      expect(names).not.toContain(n);
  });

  it("an expansion with a legal form, a capitalised name after lower-case words, a compound after a list's comma", () => {
    const acr = learnAcronyms(
      [
        block(1, 'Betrieb durch die Traunsee-Almtal Bahnbetriebe GmbH (TAB) seit 2019.'),
        block(2, 'Banco Atlántico de Cantabria, S.A. (BAC) | Uso interno'),
        block(3, 'Présenté par la Société de transport de Val-des-Pins (STVP) au conseil.'),
        block(
          4,
          'Schlüsselfunktionen: Compliance-Funktion, Versicherungsmathematische Funktion (VMF), Revision',
        ),
        block(5, 'Use single sign on (SSO) and report Situation Awareness and (SAW) issues.'),
      ],
      'de',
    );
    expect(acr.get('TAB')).toBe('Traunsee-Almtal Bahnbetriebe GmbH');
    expect(acr.get('BAC')).toBe('Banco Atlántico de Cantabria, S.A.');
    expect(acr.get('STVP')).toBe('Société de transport de Val-des-Pins');
    expect(acr.get('VMF')).toBe('Versicherungsmathematische Funktion');
    expect(acr.get('SSO')).toBe('single sign on');
    expect(acr.has('SAW')).toBe(false);
  });
});
