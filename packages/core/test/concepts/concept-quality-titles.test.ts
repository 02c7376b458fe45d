/**
 * Classes a reader of real conference and security decks drops or retypes: how-to titles, names cut by a title's
 * gerund or its "Illustrated", Title Case pieces of a longer name, public bodies known by their acronym. Made-up
 * sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { learnAcronyms } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { personNames } from '../../src/concepts/persons.js';
import { isRegionName } from '../../src/concepts/places.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { block, records } from './blocks.js';

const names = (blocks: LinkBlock[], slides = 60) => records(blocks, 'en', slides).map((r) => r.name);

describe('titles and the names inside them', () => {
  it('a gerund or "Illustrated" around a name of four words leaves the whole name, not its pieces', () => {
    const deck = [
      block(1, 'Web Platform Hardening Guide', 'title'),
      block(2, 'Agenda', 'title'),
      block(2, 'Unsafe Plugin Handle References\nStale Session Token Replay'),
      block(10, 'B3 – Unsafe Plugin Handle References', 'title'),
      block(10, 'A plugin breaks out of its sandbox and reaches the host process.'),
      block(11, 'Unsafe Plugin Handle References Illustrated', 'title'),
      block(11, 'The attacker loads a crafted plugin; the sandbox lets it call the host.'),
      block(12, 'B3 – Preventing Unsafe Plugin Handle References', 'title'),
      block(12, 'Run every plugin in a separate process with no host handles.'),
      block(20, 'B4 – Stale Session Token Replay', 'title'),
      block(20, 'A token captured once is accepted again after logout.'),
    ];
    const found = names(deck);
    expect(found).toContain('Unsafe Plugin Handle References');
    for (const piece of ['Unsafe Plugin Handle', 'Plugin Handle', 'Preventing Unsafe Plugin Handle'])
      expect(found).not.toContain(piece);
  });

  it('a how-to title written nowhere else is a heading, whatever the deck length ("Avoiding …", "Deploying …")', () => {
    const deck = [
      block(1, 'Running Message Queues in Production', 'title'),
      block(5, 'Avoiding Poison Message Loops', 'title'),
      block(5, 'Move a message to the dead-letter queue after three failed deliveries.'),
      block(6, 'Deploying RabbitMQ Clusters', 'title'),
      block(6, 'Three nodes per cluster, quorum queues, one cluster per region.'),
      block(7, 'Dead-Letter Queue', 'title'),
      block(
        7,
        'The dead-letter queue holds what consumers rejected; the dead-letter queue is replayed weekly.',
      ),
      block(8, 'Quorum queues replicate every message to a majority of the RabbitMQ nodes.'),
    ];
    const found = names(deck);
    expect(found).not.toContain('Avoiding Poison Message Loops');
    expect(found).not.toContain('Deploying RabbitMQ Clusters');
    // (the slide's subject and a title that is a term stay)
    expect(found).toContain('RabbitMQ');
    expect(found.map((n) => n.toLowerCase())).toContain('dead-letter queue');
  });
});

describe('Title Case pieces of a longer name', () => {
  it('a piece written almost only inside the longer name goes', () => {
    const deck: LinkBlock[] = [block(1, 'Browser Session Findings', 'title')];
    for (let s = 2; s <= 7; s++)
      deck.push(
        block(s, `Finding ${s}`, 'title'),
        block(s, `Finding: Missing Tenant Level Access Control on endpoint ${s} of the billing service.`),
      );
    deck.push(block(10, 'Tenant Level Access is checked nowhere.'));
    const found = names(deck);
    expect(found).toContain('Missing Tenant Level Access Control');
    expect(found).not.toContain('Tenant Level Access');
  });
});

describe('public bodies by their acronym', () => {
  it('regulators and standards bodies of many countries named alone are organisations; their documents stay standards', () => {
    for (const acr of ['FCA', 'BaFin', 'ANEEL', 'NIST', 'OWASP', 'CNMV', 'Ofwat', 'EBA', 'MAS', 'ISO'])
      expect(guessType(acr, { acronym: true }), acr).toBe('ORGANIZATION');
    expect(guessType('NIST SP 800-63')).toBe('STANDARD');
    expect(guessType('ISO 27001')).toBe('STANDARD');
    // (an acronym as often something else stays what its rules say: "CMS", "HSE")
    expect(guessType('CMS', { acronym: true })).not.toBe('ORGANIZATION');
  });
});

describe('standards bodies written only before their documents', () => {
  it('"ISO" of "ISO 9001" and "ISO 14001", "NIST" of "NIST CSF 2.0" go when the deck never writes them alone', () => {
    const names = records(
      [
        block(1, 'Supplier qualification', 'title'),
        block(2, 'Suppliers certified to ISO 9001 and ISO 14001 by March'),
        block(3, 'Plant networks mapped to NIST CSF 2.0 and to ISO 14001 site controls'),
        block(4, 'ISO 9001 surveillance audit closed; NIST CSF 2.0 profile agreed'),
      ],
      'en',
      4,
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['ISO 9001', 'ISO 14001', 'NIST CSF 2.0']));
    expect(names).not.toContain('ISO');
    expect(names).not.toContain('NIST');
  });
});

describe("companies' legal forms", () => {
  it('a name is never cut inside its dotted legal form, and a form shared by two names is no name', () => {
    const recs = records(
      [
        block(1, 'Red de pagos 2026', 'title'),
        block(2, 'Conectados vía Banco Andino de Fomento S.A. como entidad patrocinadora'),
        block(
          3,
          'Socio\tRol\nBanco Andino de Fomento S.A.\tPatrocinador\nGetnet Chile SpA\tAdquirencia\nPagaloop Chile SpA\tFilial',
        ),
        block(4, 'Renegociación con Getnet Chile SpA y con Pagaloop Chile SpA en el cuarto trimestre'),
      ],
      'es',
      4,
    );
    const names = recs.map((r) => r.name);
    expect(names).toContain('Banco Andino de Fomento S.A.');
    expect(names).not.toContain('Banco Andino de Fomento S');
    expect(names).toEqual(expect.arrayContaining(['Getnet Chile SpA', 'Pagaloop Chile SpA']));
    for (const piece of ['Chile SpA', 'SpA']) expect(names).not.toContain(piece);
  });

  it('a company with and without its legal form is one organisation', () => {
    const recs = records(
      [
        block(1, 'Platform tender', 'title'),
        block(2, 'Models are built by Kinetica Analytics on the data lake'),
        block(3, 'Lot\tSupplier\n3\tKinetica Analytics S.p.A.\n4\tAltamira Copper plc'),
        block(4, 'Altamira Copper plc signs the offtake; Kinetica Analytics delivers in Q3'),
      ],
      'en',
      4,
    );
    const kinetica = recs.filter((r) => r.name.startsWith('Kinetica'));
    expect(kinetica).toHaveLength(1);
    expect(kinetica[0].type).toBe('ORGANIZATION');
    expect(recs.find((r) => r.name === 'Altamira Copper plc')?.type).toBe('ORGANIZATION');
  });
});

describe('headings echoed by a sentence-case agenda', () => {
  it('"Marco regulatorio" on the agenda makes the title "Marco Regulatorio" a heading of common words', () => {
    const names = records(
      [
        block(1, 'Planta desaladora Punta Angamos', 'title'),
        block(2, 'Agenda', 'title'),
        block(2, 'Contexto del proyecto\nMarco regulatorio\nCronograma'),
        block(3, 'Marco Regulatorio', 'title'),
        block(3, 'La concesión marítima y el permiso de la DGA vencen en 2027'),
        block(4, 'Cronograma', 'title'),
        block(4, 'La planta de Punta Angamos entra en operación en 2028'),
      ],
      'es',
      12,
    ).map((r) => r.name);
    expect(names).not.toContain('Marco Regulatorio');
    expect(names).toContain('DGA');
  });
});

describe('regions', () => {
  it('a state, a province or a region is a place; an acronym or a given name that spells one is not', () => {
    for (const n of [
      'Bretagne',
      'New South Wales',
      'Antofagasta',
      'Lincolnshire',
      'Rheinland-Pfalz',
      'Jalisco',
    ])
      expect(isRegionName(n), n).toBe(true);
    for (const n of ['IMO', 'APAC', 'Victoria', 'Centre']) expect(isRegionName(n), n).toBe(false);
    const recs = records(
      [
        block(1, 'Claims review', 'title'),
        block(2, 'Storm claims rose most in Bretagne and in Lincolnshire; Bretagne alone doubled'),
        block(3, 'Lincolnshire field teams closed 80 % within ten days'),
      ],
      'en',
      3,
    );
    expect(recs.find((r) => r.name === 'Bretagne')?.type).toBe('PLACE');
  });
});

describe("a glossary's acronyms", () => {
  it('"QP: Qualified Person (…)" and "DSCSA = Drug Supply Chain Security Act" define their acronyms', () => {
    const acr = learnAcronyms([
      block(30, 'Glossary', 'title'),
      block(
        30,
        'QP: Qualified Person (EU Directive 2001/83/EC, Annex 16)\nDSCSA = Drug Supply Chain Security Act\nNote: see annex',
      ),
      block(31, 'MACAM – MACAM HORMON PERTUMBUHAN'),
    ]);
    expect(acr.get('QP')).toBe('Qualified Person');
    expect(acr.get('DSCSA')).toBe('Drug Supply Chain Security Act');
    expect(acr.has('MACAM')).toBe(false);
    const names = records([
      block(1, 'Batch release', 'title'),
      block(2, 'QP certification at Cork takes two days; the QP signs in the MES'),
      block(3, 'Glossary', 'title'),
      block(3, 'QP: Qualified Person (EU Directive 2001/83/EC, Annex 16)'),
    ]).map((r) => r.name);
    expect(names).toContain('Qualified Person');
    expect(names).not.toContain('QP');
  });
});

describe("a maker's product by its acronym", () => {
  it('"Claroty SRA" and "SRA" on the same slides are one product; an acronym of its own stays', () => {
    const names = records([
      block(1, 'Remote access review', 'title'),
      block(2, 'Vendors connect through Claroty SRA only; SRA sessions are recorded'),
      block(3, 'Claroty SRA replaced AnyDesk at two sites; SRA approvals take 4 hours'),
      block(4, 'The SOC reviews every session; the SOC escalates within 15 minutes'),
    ]).map((r) => r.name);
    expect(names).toContain('Claroty SRA');
    expect(names).not.toContain('SRA');
    expect(names).toContain('SOC');
  });
});

describe('ranks before names', () => {
  it('"Ch Insp Dev Sharma", "Detective Superintendent Claire Moorhouse": the person without the rank', () => {
    expect(personNames('Presented by Detective Superintendent Claire Moorhouse, Programme Director')).toEqual(
      ['Claire Moorhouse'],
    );
    const names = records([
      block(1, 'Digital evidence programme board', 'title'),
      block(
        2,
        'Name\tRole\nCh Insp Dev Sharma\tWorkstream lead\nInsp Gemma Rudd\tTraining lead\nSgt Paul Marsden\tRepresentative',
      ),
      block(3, 'Ch Insp Dev Sharma reports the portal as Green; Insp Gemma Rudd owns training'),
    ]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Dev Sharma', 'Gemma Rudd', 'Paul Marsden']));
    for (const n of ['Ch Insp Dev Sharma', 'Ch Insp', 'Insp Gemma Rudd', 'Ch Insp Dev'])
      expect(names).not.toContain(n);
  });
});
