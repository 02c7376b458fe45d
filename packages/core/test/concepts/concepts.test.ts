import { describe, expect, it } from 'vitest';
import { extractCandidates, type BlockInput } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import { findMentions, type LinkBlock } from '../../src/concepts/link.js';
import { selectConcepts } from '../../src/concepts/select.js';

const block = (slideIndex: number, text: string, layer: BlockInput['layer'] = 'body'): LinkBlock => ({
  slideIndex,
  slideId: `s${slideIndex}`,
  shapeId: '2',
  layer,
  text,
});

function concepts(blocks: LinkBlock[], slides = 6) {
  const selected = selectConcepts(extractCandidates(blocks), slides);
  const mentions = findMentions('doc:t', selected, blocks);
  return { selected, mentions, byName: new Map(selected.map((c) => [c.record.name, c.record])) };
}

describe('concept candidates and selection', () => {
  it('takes definitions from "X is a …" sentences, glossary lines, or the acronym expansion', () => {
    const { byName } = concepts([
      block(1, 'Credential Stuffing is an attack that replays leaked passwords against login forms.'),
      block(
        2,
        'Credential Stuffing hits every login page.\nThreat Modeling: a structured way to find what can go wrong in a design.',
      ),
      block(3, 'Threat Modeling happens early. The Software Assurance Maturity Model (SAMM) helps.'),
      block(4, 'SAMM levels are reviewed yearly. Threat Modeling again.'),
    ]);
    expect(byName.get('Credential Stuffing')?.definition).toBe(
      'Credential Stuffing is an attack that replays leaked passwords against login forms.',
    );
    expect(byName.get('Threat Modeling')?.definition).toBe(
      'Threat Modeling: a structured way to find what can go wrong in a design.',
    );
    expect(byName.get('Software Assurance Maturity Model')?.definition).toBe(
      'SAMM: Software Assurance Maturity Model',
    );
    expect(byName.get('Software Assurance Maturity Model')?.aliases).toContain('SAMM');
    expect(byName.get('Software Assurance Maturity Model')?.type).toBe('STANDARD');
  });

  it('ignores file paths and URLs, shouted table words and German function words', () => {
    const { selected } = concepts([
      block(1, 'C:\\Users\\dcsdcr\\AppData\\Local\\Temporary Internet Files\\img.png', 'alt'),
      block(
        2,
        'C:\\Users\\dcsdcr\\AppData\\Local\\Temporary Internet Files\\img2.png https://example.com/Foo/Bar',
        'alt',
      ),
      block(3, 'Exploitability\tEASY\tCOMMON\nDetectability\tEASY\tCOMMON', 'table'),
      block(4, 'It is easy and common to find for die Anwendung. EASY COMMON'),
      block(5, 'Die Anwendung ist für die Nutzer wichtig. Für die Anwendung gilt: Die Anwendung läuft.'),
    ]);
    const names = selected.map((c) => c.record.name.toLowerCase());
    for (const bad of [
      'appdata',
      'users',
      'temporary internet files',
      'easy',
      'common',
      'für die',
      'die anwendung',
    ])
      expect(names).not.toContain(bad);
  });

  it('keeps a single word that titles a slide, and merges "OWASP X Y" with "X Y"', () => {
    const blocks = [
      block(1, 'The Open Web Application Security Project (OWASP) publishes guidance.'),
      block(2, 'Injection', 'title'),
      block(2, 'Injection flaws occur when untrusted data is sent. Use the OWASP Cheat Sheet Series.'),
      block(3, 'injection again and the Cheat Sheet Series once more. OWASP publishes a lot.'),
      block(4, 'Cheat Sheet Series entries cover injection.'),
      block(5, 'Read the OWASP Cheat Sheet Series before coding.'),
    ];
    const { byName } = concepts(blocks);
    expect(byName.has('Injection')).toBe(true);
    const cs = byName.get('OWASP Cheat Sheet Series');
    expect(cs).toBeDefined();
    expect(cs!.aliases).toContain('Cheat Sheet Series');
    expect(byName.has('Cheat Sheet Series')).toBe(false);
    expect(byName.has('Sheet Series')).toBe(false); // never outside the longer phrase
    expect(byName.get('Open Web Application Security Project')?.type).toBe('ORGANIZATION');
  });

  it('types: roles, metrics, organisations, products, weaknesses', () => {
    expect(guessType('Security Testers')).toBe('ROLE');
    expect(guessType('Pass Rates')).toBe('METRIC');
    expect(guessType('Institute for Higher Education Policy')).toBe('ORGANIZATION');
    expect(guessType('Ohio Department of Education')).toBe('ORGANIZATION');
    expect(guessType('Lumina Foundation for Education')).toBe('ORGANIZATION');
    expect(guessType('Head of Security Services')).not.toBe('ORGANIZATION');
    expect(guessType('data center for AI workloads')).not.toBe('ORGANIZATION');
    expect(guessType('Cloud Center of Excellence')).not.toBe('ORGANIZATION');
    expect(guessType('PowerPointLabs')).toBe('PRODUCT');
    expect(guessType('Shapes Lab')).toBe('TOOL');
    expect(guessType('Broken Authentication')).toBe('ENTITY');
    expect(guessType('Security Misconfiguration')).toBe('ENTITY');
    expect(guessType('Application Security')).toBe('PRACTICE');
    expect(guessType('NIST 800-63')).toBe('STANDARD');
  });
});

describe('people', () => {
  it('finds PERSON concepts in author lists and degree signatures, not in ordinary capitalised lists', () => {
    const { byName } = concepts([
      block(1, 'Qingyun Wu , Gagan Bansal , Jieyu Zhang, Ryen W. White, Doug Burger, Chi Wang', 'body'),
      block(2, 'Michelle Asha Cooper, PhD\nPresident'),
      block(3, 'Research, Marketing, Development, Profit'),
    ]);
    for (const n of [
      'Qingyun Wu',
      'Gagan Bansal',
      'Jieyu Zhang',
      'Ryen W. White',
      'Doug Burger',
      'Chi Wang',
      'Michelle Asha Cooper',
    ])
      expect(byName.get(n)?.type, n).toBe('PERSON');
    expect(byName.has('Research')).toBe(false);
  });
});
