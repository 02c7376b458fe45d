import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/concepts/candidates.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { selectConcepts } from '../../src/concepts/select.js';
import type { ConceptRecord } from '../../src/model/graph.js';
import { variantForms, variantKeys, resolutionKey } from '../../src/resolve/keys.js';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import { openEmbeddedStore } from '../../src/store/embedded-store.js';
import { graph } from './name-index-fixtures.js';

const block = (slideIndex: number, text: string, layer: LinkBlock['layer'] = 'body'): LinkBlock => ({
  slideIndex,
  slideId: `s${slideIndex}`,
  shapeId: '2',
  layer,
  text,
});
const select = (blocks: LinkBlock[], lang = 'en') =>
  selectConcepts(extractCandidates(blocks, undefined, { lang }), 8, { lang }).map((c) => c.record);
const holder = (recs: ConceptRecord[], form: string) =>
  recs.filter((r) => [r.name, ...r.aliases].includes(form));

describe('variants inside one document', () => {
  it('list labels: "A3:2021-Injection", "A1 – Injection" and "V2 Authentication" are Injection and Authentication', () => {
    const recs = select([
      block(1, 'A3:2021-Injection', 'title'),
      block(1, 'Injection flaws let attackers run queries.'),
      block(2, 'A1 – Injection', 'title'),
      block(2, 'Injection again.'),
      block(3, 'V2 Authentication', 'title'),
      block(3, 'Aligned with NIST 800-63.'),
      block(4, 'V3 Session Management', 'title'),
    ]);
    expect(holder(recs, 'Injection')).toHaveLength(1);
    expect(recs.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Injection', 'Authentication', 'Session Management']),
    );
    expect(recs.map((r) => r.name).join('|')).not.toMatch(/A3|A1|V2|V3|2021/);
  });

  it('a version, a vendor prefix, another word order and ISO/IEC fold into one concept with the other forms as aliases', () => {
    const recs = select([
      block(1, 'Application Security Verification Standard 4.0', 'title'),
      block(2, 'The ASVS 4.0 is out. Use ASVS 4.0 or ASVS for reviews. Oracle Database 19c runs it.'),
      block(
        3,
        'ASVS covers APIs. Microsoft Entra ID signs users in; Entra ID issues tokens. Oracle Database 19c again. The Top 10 OWASP list.',
      ),
      block(
        4,
        'ASVS levels. Microsoft Entra ID and Entra ID. The Top 10 OWASP list and the OWASP Top 10 list.',
      ),
      block(5, 'ISO/IEC 27001 and ISO 27001 certification. OWASP Top 10 review.'),
    ]);
    const asvs = holder(recs, 'ASVS');
    expect(asvs).toHaveLength(1);
    expect([asvs[0].name, ...asvs[0].aliases]).toContain('ASVS 4.0');
    const entra = holder(recs, 'Microsoft Entra ID');
    expect(entra).toHaveLength(1);
    expect(entra[0].aliases).toContain('Entra ID');
    expect(holder(recs, 'Entra ID')).toHaveLength(1);
    expect(holder(recs, 'Oracle Database 19c')).toHaveLength(1);
    expect(holder(recs, 'Top 10 OWASP')).toEqual(holder(recs, 'OWASP Top 10'));
    expect(holder(recs, 'ISO 27001')).toEqual(holder(recs, 'ISO/IEC 27001'));
    expect(holder(recs, 'ISO 27001')).toHaveLength(1);
  });

  it('a lower-case expansion "(SLA)" is tied to its acronym; an implicit acronym joins the one phrase with its initials', () => {
    const recs = select([
      block(1, 'Every service level agreement (SLA) names an owner.'),
      block(2, 'The SLA is reviewed monthly; the service level agreement is signed.'),
      block(3, 'SLA breaches are reported. Federal PKI policy and FPKI bridges.'),
      block(4, 'Federal PKI members cross-certify with FPKI.'),
    ]);
    const sla = holder(recs, 'SLA');
    expect(sla).toHaveLength(1);
    expect(sla[0].name.toLowerCase()).toBe('service level agreement');
    expect(holder(recs, 'FPKI')).toEqual(holder(recs, 'Federal PKI'));
  });

  it('plurals in the document language: German "Schwachstellen" / "Schwachstelle" are one concept', () => {
    const recs = select(
      [
        block(1, 'Schwachstellen', 'title'),
        block(1, 'Die Anwendung hat Schwachstellen. Eine Schwachstelle reicht.'),
        block(2, 'Schwachstelle', 'title'),
        block(2, 'Schwachstellen finden Angreifer schnell.'),
        block(3, 'Schwachstellen', 'title'),
      ],
      'de',
    );
    expect(holder(recs, 'Schwachstellen')).toEqual(holder(recs, 'Schwachstelle'));
    expect(holder(recs, 'Schwachstelle')).toHaveLength(1);
  });

  it('a clipped word is the same name: "Fed PKI" / "Federal PKI", "E-Auth" / "E-Authentication"', () => {
    const recs = select([
      block(1, 'Federal PKI bridges. E-Authentication levels.'),
      block(2, 'Fed PKI policy and E-Auth rules.'),
      block(3, 'Federal PKI members; E-Authentication federation.'),
      block(4, 'Fed PKI audits; E-Auth levels again.'),
    ]);
    expect(holder(recs, 'Fed PKI')).toEqual(holder(recs, 'Federal PKI'));
    expect(holder(recs, 'E-Auth')).toEqual(holder(recs, 'E-Authentication'));
    expect(holder(recs, 'Federal PKI')).toHaveLength(1);
  });

  it('never merges a person into a same-named thing', () => {
    const recs = select([
      block(1, 'Qingyun Wu, Gagan Bansal, Jieyu Zhang and Chi Wang'),
      block(2, 'Chi Wang Framework is a tool. Chi Wang Framework again.'),
      block(3, 'Chi Wang Framework 2.0 and Chi Wang Framework.'),
    ]);
    expect(recs.find((r) => r.name === 'Chi Wang')?.type).toBe('PERSON');
  });
});

describe('variants across documents (resolution)', () => {
  it('variant keys drop list labels, ISO/IEC, a vendor and a version', () => {
    const rec = (name: string): ConceptRecord => ({
      id: 'c:x',
      name,
      type: 'ENTITY',
      aliases: [],
      definition: null,
      confidence: 1,
    });
    expect(variantKeys(rec('A3:2021-Injection'))).toContain(resolutionKey('Injection'));
    expect(variantKeys(rec('ISO/IEC 42001'))).toContain(resolutionKey('ISO 42001'));
    expect(variantKeys(rec('Microsoft Entra ID'))).toContain(resolutionKey('Entra ID'));
    expect(variantForms(rec('ASVS 4.0'))).toContain('ASVS');
    expect(variantKeys(rec('Struts 2'))).toEqual([]);
    // a number grouped in thousands is no version ("Top 10.000" is no release of the Unix "top")
    expect(variantKeys(rec('Top 10.000'))).toEqual([]);
    expect(variantKeys(rec('NIST 800-63'))).toEqual([]);
    // a standards body's series word before the number
    expect(variantKeys(rec('NIST SP 800-63'))).toContain(resolutionKey('NIST 800-63'));
    expect(variantKeys(rec('NIST Special Publication 800-53'))).toContain(resolutionKey('NIST 800-53'));
    expect(variantKeys(rec('IEEE Std 802.11'))).toContain(resolutionKey('IEEE 802.11'));
    expect(variantKeys(rec('FIPS PUB 140-2'))).toContain(resolutionKey('FIPS 140-2'));
    // not a series word, or no number after it
    expect(variantKeys(rec('NIST Cybersecurity Framework'))).toEqual([]);
    expect(variantKeys(rec('IEEE Standard Association'))).toEqual([]);
  });

  it('merges each variant class into the stored concept, logged and reversible, never across types', async () => {
    const s = openEmbeddedStore(':memory:');
    try {
      await s.graph.writeDocument(
        graph('a', [
          ['Injection', 'ENTITY'],
          ['ISO 42001', 'STANDARD'],
          ['Entra ID', 'PRODUCT'],
          ['ASVS', 'STANDARD'],
          ['Oracle Database', 'PERSON'],
          ['NIST 800-63', 'STANDARD'],
          ['NIST SP 800-53', 'STANDARD'],
        ]),
      );
      const g = graph('b', [
        ['A3:2021-Injection', 'ENTITY'],
        ['ISO/IEC 42001', 'STANDARD'],
        ['Microsoft Entra ID', 'PRODUCT'],
        ['ASVS 4.0', 'STANDARD'],
        ['Oracle Database 19c', 'PRODUCT'],
        ['NIST SP 800-63', 'STANDARD'],
        ['NIST Special Publication 800-63B', 'STANDARD'],
      ]);
      const r = await resolveStage(g, { store: s.graph, vectors: s.vectors, now: () => 'T' });
      const kept = Object.fromEntries(
        r.merges.map((m) => [m.snapshot.merged.name, [m.snapshot.kept.name, m.method, m.score]]),
      );
      expect(kept['A3:2021-Injection']).toEqual(['Injection', 'normalised', 0.95]);
      expect(kept['ISO/IEC 42001']).toEqual(['ISO 42001', 'normalised', 0.95]);
      expect(kept['Microsoft Entra ID']).toEqual(['Entra ID', 'normalised', 0.95]);
      expect(kept['ASVS 4.0']).toEqual(['ASVS', 'normalised', 0.95]);
      expect(kept['NIST SP 800-63']).toEqual(['NIST 800-63', 'normalised', 0.95]);
      // another document of the series (800-63B, not 800-63 or 800-53) stays apart
      expect(kept['NIST Special Publication 800-63B']).toBeUndefined();
      // PERSON and PRODUCT never merge
      expect(kept['Oracle Database 19c']).toBeUndefined();
      // reversible: each merge record keeps both concepts as they were (unmerge restores them)
      const m = r.merges.find((x) => x.snapshot.merged.name === 'A3:2021-Injection')!;
      expect(m.snapshot.kept.name).toBe('Injection');
      expect(m.snapshot.merged.type).toBe('ENTITY');
    } finally {
      await s.close();
    }
  });

  it("does not merge two bodies through a deck's one-word short form of each ('Direzione')", async () => {
    const s = openEmbeddedStore(':memory:');
    try {
      await s.graph.writeDocument(
        graph('a', [
          ['Direzione Sanitaria', 'ORGANIZATION', ['Direzione']],
          ['Agenzia delle Entrate', 'ORGANIZATION', ['Entrate']],
        ]),
      );
      const g = graph('b', [
        ['Direzione Tecnica', 'ORGANIZATION', ['Direzione']],
        ['Agenzia delle Entrate', 'ORGANIZATION', []],
      ]);
      const r = await resolveStage(g, { store: s.graph, vectors: s.vectors, now: () => 'T' });
      const merged = r.merges.map((m) => [m.snapshot.merged.name, m.snapshot.kept.name]);
      expect(merged).not.toContainEqual(['Direzione Tecnica', 'Direzione Sanitaria']);
    } finally {
      await s.close();
    }
  });
});
