/**
 * Types readers give that the rules left to ENTITY (2026-12-06, twelfth session, from the ten held-out sets' kept
 * names): bodies named by their kind and what they are of, task forces and public services of a field, national
 * bodies named by their field and their country, schools by their level, funding schemes and pathways in the plural,
 * measures by their head, and an acronym the deck never spells out typed by the name it writes with those initials.
 * Made-up names, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { block, expectTypes, records } from './blocks.js';

describe('a body by its kind and what it is of', () => {
  it('is an organisation after up to three capitalised words', () => {
    expectTypes(
      [
        'Bank of Lusitania',
        'Royal College of Anaesthetists',
        'Westland Academy of Dermatology',
        'Society of Marine Surveyors',
        'Harbourside Chamber of Commerce',
        'Court of Appeal',
        'Federal Reserve Bank of Dunmore',
        'School of Civil Engineering',
      ],
      'ORGANIZATION',
    );
  });
  it('is no board of a company, no figure of speech', () => {
    expectTypes(['Order of Magnitude', 'School of Thought', 'Board of Directors'], 'ORGANIZATION', true);
  });
});

describe('a task force or a public service of a field', () => {
  it('is an organisation', () => {
    expectTypes(
      [
        'Coastal Flooding Task Force',
        'Regional Procurement Taskforce',
        'Forest Service',
        'Kestrel Valley Fire and Rescue Service',
        'National Weather Service',
        'Internal Revenue Service',
      ],
      'ORGANIZATION',
    );
  });
  it('is not a service of any other field, which is as often a product', () => {
    expectTypes(['Digital Evidence Transfer Service', 'Customer Service'], 'ORGANIZATION', true);
  });
});

describe('a national body by its field and its country', () => {
  it('is an organisation', () => {
    expectTypes(
      [
        'Services Australia',
        'Homes Victoria',
        'Water UK',
        'Public Safety Canada',
        'Environment and Climate Change Canada',
      ],
      'ORGANIZATION',
    );
  });
  it('is not a part of the country, a place, a person or a heading', () => {
    expectTypes(
      [
        'Western Australia',
        'Atlantic Canada',
        'New England',
        'Regional Victoria',
        'Queen Victoria',
        'Hiring Canada',
      ],
      'ORGANIZATION',
      true,
    );
  });
});

describe('a district that is a body', () => {
  it("is an organisation, a school's or a utility's, not a place", () => {
    expectTypes(['Marlow Brook School District', 'Delta Irrigation District'], 'ORGANIZATION');
    expectTypes(['Kowhai Plains District'], 'PLACE');
  });
});

describe('a school by its level', () => {
  it('is an organisation after its name', () => {
    expectTypes(
      ['Juniper Hollow Elementary', 'Saltmarsh Middle School', 'Prairie Ridge High School'],
      'ORGANIZATION',
    );
  });
  it('is no level alone, nor an adjective', () => {
    expectTypes(
      ['Junior High', 'Very High', 'Public High School', 'Leadership Academy'],
      'ORGANIZATION',
      true,
    );
  });
});

describe('schemes and measures by their heads', () => {
  it('gives funding schemes and pathways in the plural a practice', () => {
    expectTypes(['Early Career Fellowships', 'Seed Research Grants', 'Apprentice Pathway'], 'PRACTICE');
  });
  it('gives coverage, bed days, risk indicators and a grade average a metric', () => {
    expectTypes(['Booster Coverage', 'Occupied Bed Days', 'Key Risk Indicators', 'GPA'], 'METRIC');
  });
});

describe('an acronym the deck never spells out', () => {
  it('takes the type of the one name the deck writes with its initials', () => {
    const recs = records(
      [
        block(1, 'Welcome from the Marlow Brook School District 7 literacy team.', 'title'),
        block(2, 'Source: MBSD data, 2024. Scores for MBSD in Table 2.'),
        block(3, 'Screening results (MBSD, autumn term); MBSD totals in the appendix.'),
        block(4, 'The Marlow Brook School District 7 board approved the plan in May.'),
      ],
      'en',
      4,
    );
    expect(recs.find((r) => r.name === 'MBSD')?.type).toBe('ORGANIZATION');
  });
  it('keeps its own type when no name, or names of two types, have its initials', () => {
    const recs = records(
      [
        block(1, 'The ZPK team met twice. ZPK owns the runbook.'),
        block(2, 'ZPK escalations go to the duty manager. ZPK reviews each one.'),
        block(3, 'Ask the ZPK lead before a release.'),
      ],
      'en',
      3,
    );
    expect(recs.find((r) => r.name === 'ZPK')?.type).toBe('ENTITY');
  });
});
