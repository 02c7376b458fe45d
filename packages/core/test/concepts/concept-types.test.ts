/**
 * Types a reader corrects (the classes of 2026-12-04's afternoon session): organisations named by a head the rules
 * did not know, in seven languages, and places whose names are also words or given names, or countries as other
 * languages write them. Made-up names and sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import { isPlaceName } from '../../src/concepts/places.js';
import { block, records } from './blocks.js';

const typeOf = (rs: { name: string; type: string }[], name: string) => rs.find((r) => r.name === name)?.type;

describe('organisations by their head', () => {
  it('know more English heads: bureaus, inspectorates, divisions, conferences, colleges, units, offices', () => {
    for (const n of [
      'Motor Fraud Bureau',
      'Drinking Water Inspectorate',
      'UNESCO Supply Division',
      'Nordic Civil Aviation Conference',
      'International Cotton Textile Organisation',
      'Kestrel College',
      'Queensland Fire Department',
      'Tallis & Associates',
      'Fjordhav Re',
      'Special Fraud Unit',
      'EU Research Office',
      'Coastal Waste Services',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
    // (not a service in the singular, nor a role's head, nor one capitalised word before a unit)
    for (const n of ['Digital Evidence Transfer Service', 'Head of Security Services', 'Field Unit'])
      expect(guessType(n), n).not.toBe('ORGANIZATION');
  });

  it('know Romance, Dutch and German heads, the Romance ones in sentence case too', () => {
    for (const n of [
      'Agence régionale de santé',
      'Office français de la biodiversité',
      'Observatoire régional des urgences',
      'Direction départementale des territoires',
      "Chambre d'agriculture",
      'Comitato di pilotaggio',
      'Museo Civico Archeologico',
      'Generalitat Valenciana',
      'Fondo Español de Garantía',
      'Confederación Hidrográfica del Ebro',
      'Landkreis Uelzen',
      'Samtgemeinde Bevern',
      'Waterschap Dommelland',
      'Hogeschool Zeeland',
      'Région',
      'Lenkungsausschuss',
      'Mitarbeitervertretung',
      'Gesamtbetriebsrat',
      'Pflegekassen',
      'Zorginstituut',
      'Incassobureau',
      'Ondernemingsraad',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
    // (not a cold room, an English quantity, a stock, an office building or an act of a commission)
    for (const n of [
      'Chambre froide',
      'Commission rate',
      'Voorraad',
      'Office Building',
      'Commission Implementing Regulation',
    ])
      expect(guessType(n), n).not.toBe('ORGANIZATION');
  });

  it('know hospitals, committees in lower case, trade names and syndicates by number', () => {
    for (const n of [
      'Klinikum Nordstadt',
      'Kreiskrankenhaus Oerlsheim',
      'comité stratégique',
      'commission médicale de groupement',
      'auditcommissie',
      'Kestrel Communications',
      'Syndicate 4286',
      'Intermediary Advisory Panel',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
    expect(guessType('Syndicate Business Forecast')).not.toBe('ORGANIZATION');
    expect(guessType('Solar PV Panel')).not.toBe('ORGANIZATION');
  });

  it('know more public bodies by their acronym', () => {
    for (const n of ['PSR', 'NIHR', 'ESRC', 'INAO', 'OFAC', 'METI'])
      expect(guessType(n), n).toBe('ORGANIZATION');
  });
});

describe('places', () => {
  it('are countries as other languages write them', () => {
    for (const n of [
      'États-Unis',
      'Royaume-Uni',
      'Turchia',
      'Vereinigte Staaten',
      'Verenigd Koninkrijk',
      'Reino Unido',
    ])
      expect(isPlaceName(n), n).toBe(true);
    // (not an English word: "Chili", "Grenade")
    for (const n of ['Chili', 'Grenade']) expect(isPlaceName(n), n).toBe(false);
  });

  it('are cities and regions whose names are words or given names, when capitalised mid-sentence', () => {
    const deck = [
      block(1, 'Export Review', 'title'),
      block(3, 'Our plant in Shanghai ships to Cork and to the depots in Devon.'),
      block(4, 'The Shanghai plant runs three shifts; Cork handles Irish orders.'),
      block(5, 'Sales in Devon grew 8 % while Shanghai held flat.'),
      block(6, 'A new Cork warehouse opens in May; Devon keeps two depots.'),
    ];
    const rs = records(deck, 'en', 12);
    expect(typeOf(rs, 'Shanghai')).toBe('PLACE');
    expect(typeOf(rs, 'Cork')).toBe('PLACE');
    expect(typeOf(rs, 'Devon')).toBe('PLACE');
  });

  it('are not a person named by a given name that is a region too', () => {
    const deck = [
      block(1, 'Team Update', 'title'),
      block(3, 'Devon Carter, Head of Sales, opened the meeting.'),
      block(4, 'Devon Carter will present the forecast in June.'),
      block(5, 'Sales grew 8 % in the north.'),
    ];
    const rs = records(deck, 'en', 12);
    expect(typeOf(rs, 'Devon')).toBeUndefined();
    expect(typeOf(rs, 'Devon Carter')).toBe('PERSON');
  });
});

describe('types of the evening session', () => {
  it('organisations: firms of partners, more heads in five languages, a place’s public body by its acronym', () => {
    for (const n of [
      'Morvan & Associés',
      'Brandt & Söhne',
      'Administração Regional de Saúde do Norte',
      'Entidade Reguladora dos Transportes',
      'Direção-Geral do Orçamento',
      'Centro Nacional de Inteligencia',
      'Bundesamt für Strahlenschutz in der Medizin',
      'Landesamt für Umwelt und Arbeitsschutz',
      'Stabsstelle Digitalisierung',
      'Wohnungsgenossenschaft Talblick',
      'Verbraucherzentrale',
      'Samenwerkingsverband Zorg Noord',
      'Regionaal Meldbureau Jeugd',
      'gemeenteraden',
      'Division of Water Quality',
      'Policía Local',
      'Unione Europea',
      'Ohio EPA',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
    for (const n of ['Dezentrale Versorgung', 'Rilievi RINA', 'Codebesluit ACM', 'Swim Lane'])
      expect(guessType(n), n).not.toBe('ORGANIZATION');
  });

  it('laws: English laws and rules, ordinances and codes by number, Romance codes, Dutch acts, abbreviated acts', () => {
    for (const n of [
      'Bipartisan Infrastructure Law',
      'Lead and Copper Rule Revisions',
      'Volcker Rule',
      'Ordinance 2025-114',
      'Ohio Revised Code 6109.121',
      'Code général des impôts',
      'Código Civil',
      'Esquema Nacional de Interoperabilidad',
      'Wet langdurige zorg',
      'Wet op de jeugdzorg',
      'Regulamento (UE) 2021/241',
      'Durchführungsverordnung (EU) 2024/2690',
      'RD 311/2022',
    ])
      expect(guessType(n), n).toBe('STANDARD');
    for (const n of ['Business Rule', 'Golden Rule', 'Wet weather overflow'])
      expect(guessType(n), n).not.toBe('STANDARD');
  });

  it('places: streets, squares and districts, French communes by their joined names', () => {
    for (const n of [
      'Mill Street',
      'Kellerberrin Road',
      'Avenida de la Constitución',
      'Cité des Tilleuls',
      'Gewerbegebiet Hafen',
      'Bahnhofstraße',
      'Saint-Avit-sur-Orvanne',
      'Vaudrey-le-Pont',
    ])
      expect(guessType(n), n).toBe('PLACE');
    for (const n of ['Arbeitsplatz', 'Swim Lane']) expect(guessType(n), n).not.toBe('PLACE');
  });
});
