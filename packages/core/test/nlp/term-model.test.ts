/**
 * The shipped term/NER model (tools/models/ner/osmose-terms-enfr) run by the native addon: fixed sentences in
 * English and French, code lines, batched = one-by-one, the sha256 pins, and the nlp stage with the model on.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addonBuilt, loadModel, type NlpModel } from '@osmose/native-nlp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankCode } from '../../src/concepts/text-clean.js';
import { createNerClassifier, verifyModelChecksums } from '../../src/nlp/default-embedder.js';
import { alignSpans } from '../../src/nlp/term-spans.js';
import type { DeckData, SlideData } from '../../src/model/deck.js';
import { runNlp } from '../../src/pipeline/nlp-stage.js';
import { emptyPhaseStats } from '../../src/pipeline/observer.js';
import type { Backends } from '../../src/adapters/backends.js';

const MODEL = resolve(__dirname, '../../../../tools/models/ner/osmose-terms-enfr');
const run = addonBuilt() ? describe : describe.skip;

let model: NlpModel;
beforeAll(async () => {
  if (addonBuilt()) model = await loadModel({ path: MODEL, task: 'token-classification', device: 'cpu' });
}, 120_000);
afterAll(() => model?.dispose());

async function tag(texts: string[]): Promise<string[][]> {
  const spans = await model.classifyTokens(texts.map((t) => blankCode(t)));
  return spans.map((l, i) =>
    alignSpans(texts[i], l).map((s) => `${s.label}:${texts[i].slice(s.start, s.end)}`),
  );
}

run('term/NER model in the addon', () => {
  it('tags whole person names with particles as one PER span (English)', async () => {
    const [a, b] = await tag([
      'Andrew van der Stock leads the ASVS project.',
      'Thanks to Jan van der Berg for the review.',
    ]);
    expect(a).toContain('PER:Andrew van der Stock');
    expect(b).toContain('PER:Jan van der Berg');
  });

  it('finds noun-phrase chunks in French and English', async () => {
    const [fr, fr2, en] = await tag([
      'Le règlement général sur la protection des données s’applique.',
      'Jean-Pierre Dupont présente le projet.',
      'Andrew van der Stock leads the ASVS project.',
    ]);
    expect(fr).toContain('TERM:règlement général');
    expect(fr).toContain('TERM:données');
    // a hyphenated first name stays whole inside its span
    expect(fr2.some((s) => s.includes('Jean-Pierre Dupont'))).toBe(true);
    expect(en).toContain('TERM:ASVS project');
  });

  it('keeps a version with its name and tags nothing in code lines', async () => {
    const [v, java, sql] = await tag([
      'We migrated to Oracle Database 19c last year.',
      'public static void main(String[] args) { return; }',
      'String query = "SELECT * FROM accounts WHERE id = 1";',
    ]);
    expect(v.some((s) => s.includes('Database 19c'))).toBe(true);
    expect(java).toEqual([]);
    expect(sql).toEqual([]);
  });

  it('batched equals one-by-one', async () => {
    const texts = [
      'Andrew van der Stock leads the ASVS project.',
      'Le règlement général sur la protection des données s’applique.',
      'x',
      'Threat modeling finds design flaws early in the Secure Software Development Lifecycle.',
    ];
    const batched = await model.classifyTokens(texts);
    const single = await Promise.all(texts.map(async (t) => (await model.classifyTokens([t]))[0]));
    expect(batched).toEqual(single);
  });

  it('checks the pinned sha256 on load: a corrupt model gets OSM_NATIVE_MODEL_INVALID', async () => {
    expect(() => verifyModelChecksums(MODEL)).not.toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'osmose-terms-'));
    try {
      for (const f of ['model.onnx', 'tokenizer.json', 'config.json'])
        copyFileSync(join(MODEL, f), join(dir, f));
      const bytes = readFileSync(join(dir, 'model.onnx'));
      bytes[bytes.length - 10] ^= 0xff;
      writeFileSync(join(dir, 'model.onnx'), bytes);
      expect(() => verifyModelChecksums(dir)).toThrow(
        expect.objectContaining({ code: 'OSM_NATIVE_MODEL_INVALID' }),
      );
      const r = await createNerClassifier(dir, { device: 'cpu' });
      expect(r.model).toBeNull();
      expect(r.reason).toContain('OSM_NATIVE_MODEL_INVALID');
      copyFileSync(join(MODEL, 'model.onnx'), join(dir, 'model.onnx'));
      expect(() => verifyModelChecksums(dir)).not.toThrow();
      rmSync(join(dir, 'tokenizer.json'));
      expect(() => verifyModelChecksums(dir)).toThrow(
        expect.objectContaining({ code: 'OSM_NATIVE_MODEL_NOT_FOUND' }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in the nlp stage: English and French decks take the model path, code never becomes a concept, names stay whole', async () => {
    const slide = (index: number, texts: [string, 'title' | 'body'][]): SlideData => ({
      index,
      part: `ppt/slides/slide${index}.xml`,
      hidden: false,
      title: texts.find((t) => t[1] === 'title')?.[0] ?? null,
      section: null,
      layout: null,
      master: null,
      texts: texts.map(([text, layer], i) => ({ shapeId: String(i + 2), layer, text })),
      notes: '',
      tables: [],
      charts: [],
      images: [],
      hasSmartArt: false,
      hash: String(index),
    });
    const deck = (slides: SlideData[]): DeckData => ({
      sha256: 'f'.repeat(64),
      bytes: 1,
      format: 'pptx',
      strict: false,
      title: null,
      slides,
      sections: [],
      media: [],
      warnings: [],
    });
    const backends = { cache: null } as unknown as Backends;
    const stages = { summariserKey: 'text-v1', embedder: null, ner: model };
    const en = await runNlp({
      deck: deck([
        slide(1, [
          ['How We Refactor', 'title'],
          ['Emerson Murphy-Hill\nPortland State\n\nAndrew van der Stock\nSynopsys', 'body'],
        ]),
        slide(2, [
          ['Refactoring Tools', 'title'],
          ['class Bar{\n int a;\n public Bar(int anA){\n    this.a = anA;\n }\n}', 'body'],
        ]),
        slide(3, [
          ['Refactoring Tools', 'title'],
          [
            'Refactoring tools are underused by programmers. We migrated to Oracle Database 19c for the study.',
            'body',
          ],
        ]),
        slide(4, [
          ['Oracle Database 19c', 'title'],
          [
            'Emerson Murphy-Hill and Andrew van der Stock compare refactoring tools on Oracle Database 19c.',
            'body',
          ],
        ]),
      ]),
      backends,
      stages,
      stats: emptyPhaseStats(),
      onProgress: () => {},
    });
    expect(en.language).toMatchObject({ code: 'en', path: 'model+rules' });
    const names = en.selected.map((c) => c.record.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Emerson Murphy-Hill',
        'Andrew van der Stock',
        'Refactoring Tools',
        'Oracle Database 19c',
      ]),
    );
    expect(en.selected.find((c) => c.record.name === 'Andrew van der Stock')?.record.type).toBe('PERSON');
    expect(names.join('|')).not.toMatch(/\b(?:class|anA|Bar|public)\b/);
    const fr = await runNlp({
      deck: deck([
        slide(1, [
          ['Sécurité des applications', 'title'],
          ['Présenté par Jean-Pierre Dupont', 'body'],
        ]),
        slide(2, [
          ['Injection SQL', 'title'],
          [
            'L’application utilise :\n  String query = "SELECT * FROM accounts WHERE id=" + request.getParameter("id");',
            'body',
          ],
        ]),
        slide(3, [
          ['Injection SQL', 'title'],
          ['Le règlement général sur la protection des données et la sécurité des applications.', 'body'],
        ]),
      ]),
      backends,
      stages,
      stats: emptyPhaseStats(),
      onProgress: () => {},
    });
    expect(fr.language).toMatchObject({ code: 'fr', path: 'model+rules' });
    const frNames = fr.selected.map((c) => c.record.name);
    expect(frNames).toEqual(expect.arrayContaining(['Injection SQL']));
    expect(frNames.join('|')).not.toMatch(/query|accounts|getParameter|SELECT/);
  });
});
