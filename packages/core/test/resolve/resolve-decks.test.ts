import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import {
  DECK_A,
  DECK_B,
  DECK_EN_IP,
  DECK_FR,
  DECK_PT,
  DECK_PT_IP,
  DECK_PT_RDC_BARE,
  DECK_PT_RDC_IRRIGATION,
  DECK_PT_RDC_TERM,
  makeDeck,
} from './make-decks.js';

const stages = { summariserKey: 'text-v1', embedder: null };
let dir: string;
let deckA: string;
let deckB: string;
let deckPt: string;
let deckFr: string;
let deckPtIp: string;
let deckEnIp: string;
let deckRdcTerm: string;
let deckRdcBare: string;
let deckRdcIrrigation: string;
const open: Backends[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osmose-resolve-'));
  deckA = join(dir, 'a.pptx');
  deckB = join(dir, 'b.pptx');
  await makeDeck(deckA, DECK_A);
  await makeDeck(deckB, DECK_B);
  deckPt = join(dir, 'pt.pptx');
  deckFr = join(dir, 'fr.pptx');
  await makeDeck(deckPt, DECK_PT);
  await makeDeck(deckFr, DECK_FR);
  deckPtIp = join(dir, 'pt-ip.pptx');
  deckEnIp = join(dir, 'en-ip.pptx');
  await makeDeck(deckPtIp, DECK_PT_IP);
  await makeDeck(deckEnIp, DECK_EN_IP);
  deckRdcTerm = join(dir, 'rdc-term.pptx');
  deckRdcBare = join(dir, 'rdc-bare.pptx');
  deckRdcIrrigation = join(dir, 'rdc-irrigation.pptx');
  await makeDeck(deckRdcTerm, DECK_PT_RDC_TERM);
  await makeDeck(deckRdcBare, DECK_PT_RDC_BARE);
  await makeDeck(deckRdcIrrigation, DECK_PT_RDC_IRRIGATION);
});
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function store(name: string): Promise<Backends> {
  const b = await openBackends({ storeDir: join(dir, name) });
  open.push(b);
  return b;
}

const mentionsByDoc = (b: Backends, conceptId: string) =>
  Object.fromEntries(
    (
      b.embedded.db
        .prepare(
          'SELECT d.file_name AS f, count(*) AS n FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.concept_id = ? GROUP BY d.file_name',
        )
        .all(conceptId) as { f: string; n: number }[]
    ).map((r) => [r.f, r.n]),
  );

// every test ingests two decks several times: generous under load
describe('cross-deck entity resolution on real decks', { timeout: 300_000 }, () => {
  it('merges "General Data Protection Regulation (GDPR)" in deck A with "GDPR" alone in deck B, in either order', async () => {
    for (const order of [
      [deckA, deckB],
      [deckB, deckA],
    ]) {
      const b = await store(`order-${order[0].endsWith('a.pptx') ? 'ab' : 'ba'}`);
      for (const f of order)
        expect((await ingestFiles([f], { backends: b, stages })).documents[0].status).toBe('ingested');
      const c = await b.graph.showConcept('GDPR');
      expect(c).not.toBeNull();
      expect(c!.name).toBe('General Data Protection Regulation');
      expect(c!.aliases).toContain('GDPR');
      expect(c!.documents).toBe(2);
      expect(new Set(c!.mentionList.map((m) => m.document))).toEqual(new Set(['a.pptx', 'b.pptx']));
      const merges = (await b.graph.listMerges!()).filter(
        (m) => m.mergedName === 'GDPR' || m.keptName === 'GDPR',
      );
      expect(merges).toHaveLength(1);
      expect(merges[0].method).toBe('acronym');
      // the record names the two forms that were merged, whichever deck came first (not one name twice when the
      // kept concept took the merged one's better name)
      expect(new Set([merges[0].keptName, merges[0].mergedName])).toEqual(
        new Set(['GDPR', 'General Data Protection Regulation']),
      );
      // no second node for either form
      const all = await b.graph.allConcepts();
      expect(
        all.filter((x) => /gdpr|general data protection/i.test([x.name, ...x.aliases].join(' '))),
      ).toHaveLength(1);
    }
  });

  it('never reads an acronym as another language\'s expansion ("CCP" of a French deck is not the Portuguese "Código dos Contratos Públicos"), in either order', async () => {
    for (const order of [
      [deckPt, deckFr],
      [deckFr, deckPt],
    ]) {
      const b = await store(`lang-${order[0].endsWith('pt.pptx') ? 'pf' : 'fp'}`);
      for (const f of order)
        expect((await ingestFiles([f], { backends: b, stages })).documents[0].status).toBe('ingested');
      const pt = await b.graph.showConcept('Código dos Contratos Públicos');
      expect(pt).not.toBeNull();
      expect(new Set(pt!.mentionList.map((m) => m.document))).toEqual(new Set(['pt.pptx']));
      const fr = (
        await b.graph.listConcepts({ limit: 50, docId: (await b.graph.findDocumentByPath(deckFr))!.id })
      ).map((c) => c.name);
      expect(fr).toContain('CCP');
      expect(fr).not.toContain('Código dos Contratos Públicos');
    }
  });

  it('keeps an acronym of one language apart from the same acronym another language spells out under its id ("IP" of an English deck is not "Infraestruturas de Portugal"), in either order, and again on re-ingest', async () => {
    for (const order of [
      [deckPtIp, deckEnIp],
      [deckEnIp, deckPtIp],
    ]) {
      const b = await store(`ip-${order[0].endsWith('pt-ip.pptx') ? 'pe' : 'ep'}`);
      for (const f of order)
        expect((await ingestFiles([f], { backends: b, stages })).documents[0].status).toBe('ingested');
      // (and a second ingest of both changes nothing)
      await ingestFiles(order, { backends: b, stages, force: true });
      const docOf = async (f: string) => (await b.graph.findDocumentByPath(f))!.id;
      const en = await b.graph.listConcepts({ limit: 50, docId: await docOf(deckEnIp) });
      expect(en.map((c) => c.name)).toContain('IP');
      expect(en.map((c) => c.name)).not.toContain('Infraestruturas de Portugal');
      const pt = await b.graph.listConcepts({ limit: 50, docId: await docOf(deckPtIp) });
      const ip = pt.find((c) => c.name === 'Infraestruturas de Portugal');
      expect(ip).toBeDefined();
      const shown = await b.graph.showConcept(ip!.id);
      expect(new Set(shown!.mentionList.map((m) => m.document))).toEqual(new Set(['pt-ip.pptx']));
    }
  });

  it("keeps a deck's bare acronym apart from another deck's term spelled out when the deck has none of its words ('RDC' of a hospital is not 'rega deficitária controlada'), in either order; a deck about the same thing joins the term, even where the hospital's is stored under its id", async () => {
    const termOf = async (b: Backends) =>
      (
        await b.graph.listConcepts({ limit: 50, docId: (await b.graph.findDocumentByPath(deckRdcTerm))!.id })
      ).find((c) => c.name === 'rega deficitária controlada');
    for (const order of [
      [deckRdcTerm, deckRdcBare],
      [deckRdcBare, deckRdcTerm],
    ]) {
      const b = await store(`rdc-${order[0].endsWith('term.pptx') ? 'tb' : 'bt'}`);
      for (const f of order)
        expect((await ingestFiles([f], { backends: b, stages })).documents[0].status).toBe('ingested');
      const hospital = (
        await b.graph.listConcepts({ limit: 50, docId: (await b.graph.findDocumentByPath(deckRdcBare))!.id })
      ).map((c) => c.name);
      expect(hospital).toContain('RDC');
      expect(hospital).not.toContain('rega deficitária controlada');
      const term = await termOf(b);
      expect(term).toBeDefined();
      const shown = await b.graph.showConcept(term!.id);
      expect(new Set(shown!.mentionList.map((m) => m.document))).toEqual(new Set(['rdc-term.pptx']));
      // (a third deck that writes "rega" beside its bare "RDC" means the term, not the hospital's stored "RDC")
      await ingestFiles([deckRdcIrrigation], { backends: b, stages });
      const after = await b.graph.showConcept(term!.id);
      expect(new Set(after!.mentionList.map((m) => m.document))).toEqual(
        new Set(['rdc-term.pptx', 'rdc-irrigation.pptx']),
      );
    }
    // (a deck that writes "rega" beside its bare "RDC" means the term)
    const b = await store('rdc-irrigation');
    await ingestFiles([deckRdcTerm], { backends: b, stages });
    await ingestFiles([deckRdcIrrigation], { backends: b, stages });
    const shown = await b.graph.showConcept((await termOf(b))!.id);
    expect(new Set(shown!.mentionList.map((m) => m.document))).toEqual(
      new Set(['rdc-term.pptx', 'rdc-irrigation.pptx']),
    );
  });

  it('merges plural and hyphenated forms ("E-Mail Gateways" / "Email Gateway") across decks', async () => {
    const b = await store('plural');
    await ingestFiles([deckA, deckB], { backends: b, stages });
    const c = await b.graph.showConcept('Email Gateway');
    expect(c).not.toBeNull();
    expect(c!.documents).toBe(2);
    expect([c!.name, ...c!.aliases]).toEqual(expect.arrayContaining(['E-Mail Gateways', 'Email Gateway']));
    const m = (await b.graph.listMerges!()).find((x) => x.mergedName === 'Email Gateway');
    expect(m?.method).toBe('normalised');
    expect(m?.mentions).toBe(2);
  });

  it('unmerge restores both concepts with their own mentions, and re-ingesting never re-merges the pair', async () => {
    const b = await store('unmerge');
    await ingestFiles([deckA, deckB], { backends: b, stages });
    const before = await b.graph.counts();
    const merge = (await b.graph.listMerges!()).find((x) => x.mergedName === 'GDPR')!;
    expect(merge).toBeDefined();
    // deck A: the spelled-out form once + GDPR 4 times; deck B: GDPR 3 times (slides --json of the decks)
    expect(mentionsByDoc(b, merge.keptId)).toEqual({ 'a.pptx': 5, 'b.pptx': 3 });

    const r = await b.graph.unmerge!(merge.id);
    expect(r.restoredMentions).toBe(3);
    expect(r.merge.undoneAt).not.toBeNull();
    expect(mentionsByDoc(b, merge.keptId)).toEqual({ 'a.pptx': 5 });
    expect(mentionsByDoc(b, merge.mergedId)).toEqual({ 'b.pptx': 3 });
    const kept = await b.graph.showConcept(merge.keptId);
    const merged = await b.graph.showConcept(merge.mergedId);
    expect(kept!.name).toBe('General Data Protection Regulation');
    expect(merged!.name).toBe('GDPR');
    expect(merged!.documents).toBe(1);
    expect((await b.graph.counts()).concepts).toBe(before.concepts + 1);
    // relations follow: deck B's co-occurrences point at the restored concept again
    const rel = b.embedded.db
      .prepare("SELECT count(*) AS n FROM relations WHERE doc_id LIKE 'doc:%' AND (source = ? OR target = ?)")
      .get(merge.mergedId, merge.mergedId) as { n: number };
    expect(rel.n).toBeGreaterThan(0);
    // undoing twice changes nothing
    expect((await b.graph.unmerge!(merge.id)).restoredMentions).toBe(0);

    // forced re-ingest of both decks: the pair stays apart, nothing duplicates
    const mid = await b.graph.counts();
    await ingestFiles([deckA, deckB], { backends: b, stages, force: true });
    expect(await b.graph.counts()).toEqual(mid);
    expect(mentionsByDoc(b, merge.mergedId)).toEqual({ 'b.pptx': 3 });
    const active = (await b.graph.listMerges!()).filter((x) => !x.undoneAt);
    expect(active.find((x) => x.mergedId === merge.mergedId || x.keptId === merge.mergedId)).toBeUndefined();
  });

  it('re-ingesting a deck whose concepts were merged is idempotent (same counts, same merge ids)', async () => {
    const b = await store('idem');
    await ingestFiles([deckA, deckB], { backends: b, stages });
    const c1 = await b.graph.counts();
    const m1 = (await b.graph.listMerges!()).map((m) => m.id).sort();
    await ingestFiles([deckB], { backends: b, stages, force: true });
    expect(await b.graph.counts()).toEqual(c1);
    expect((await b.graph.listMerges!()).map((m) => m.id).sort()).toEqual(m1);
  });

  it('unmerge of an unknown id is a typed error', async () => {
    const b = await store('unknown');
    await expect(b.graph.unmerge!('mg:nope')).rejects.toMatchObject({ code: 'OSM_MERGE_NOT_FOUND' });
  });
});
