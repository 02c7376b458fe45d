import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleDeck, sampleDeckExpected, sampleDeckSpec } from '../../../tools/deck-gen/index.js';
import { CLI_TIMEOUT_MS, osmoseRun } from '../../core/test/helpers/cli.js';

// each test runs the CLI up to three times (a real process each): its timeout covers them
describe('osmose CLI on the bundled sample deck', { timeout: 3 * CLI_TIMEOUT_MS }, () => {
  let dir: string;
  let deck: string;
  let store: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-cli-'));
    deck = join(dir, 'sample.pptx');
    store = join(dir, 'store');
    await generateSampleDeck(deck);
  });

  it('slides --json returns exactly the generated content', async () => {
    const r = await osmoseRun(['slides', deck, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(sampleDeckExpected());
  });

  it('ingest --json reports the documented shape with counts that match the deck', async () => {
    const r = await osmoseRun(['ingest', deck, '--store', store, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/█/); // no progress bars under --json / without a TTY
    const report = JSON.parse(r.stdout);
    const d = report.documents[0];
    const spec = sampleDeckSpec.slides;
    expect(d.status).toBe('ingested');
    expect(d.slides).toBe(spec.length);
    expect(d.hiddenSlides).toBe(spec.filter((s) => s.hidden).length);
    expect(d.notes).toBe(spec.filter((s) => s.notes).length);
    const objs = (kind: string) =>
      spec.reduce((a, s) => a + JSON.stringify(s.objects).split(`"kind":"${kind}"`).length - 1, 0);
    expect(d.tables).toBe(objs('table'));
    expect(d.charts).toBe(objs('chart'));
    expect(d.images).toBe(spec.filter((s) => JSON.stringify(s.objects).includes('"kind":"image"')).length);
    expect(d.textChars).toBeGreaterThan(2000);
    expect(d.concepts).toBeGreaterThan(10);
    for (const k of ['extract', 'summarise', 'nlp', 'concepts', 'store', 'total'])
      expect(typeof d.timingsMs[k]).toBe('number');
    expect(report.totals).toMatchObject({ files: 1, ingested: 1, rejected: 0, unchanged: 0 });
  });

  it('concepts and show answer from the store, with acronyms merged into their expansion', async () => {
    const c = JSON.parse(
      (await osmoseRun(['concepts', '--store', store, '--json', '--limit', '200'])).stdout,
    );
    const names = c.concepts.map((x: { name: string }) => x.name);
    expect(names).toContain('General Data Protection Regulation');
    expect(names).toContain('SAP S/4HANA');
    expect(names.some((n: string) => /ISO 27001/.test(n))).toBe(true);
    const gdpr = JSON.parse((await osmoseRun(['show', 'GDPR', '--store', store, '--json'])).stdout);
    expect(gdpr.name).toBe('General Data Protection Regulation');
    expect(gdpr.aliases).toContain('GDPR');
    expect(gdpr.mentionList.length).toBeGreaterThanOrEqual(2);
    for (const m of gdpr.mentionList) {
      expect(m.document).toBe('sample.pptx');
      expect(m.sentence).toMatch(/GDPR|General Data Protection Regulation/);
      expect(['title', 'body', 'table', 'chart', 'notes', 'alt']).toContain(m.layer);
    }
  });

  it('exit codes and typed errors: usage 1, rejected input 2, never a stack trace', async () => {
    const bad = await osmoseRun(['ingest', join(dir, 'nope.pptx'), '--store', store]);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/OSM_INPUT_NOT_FOUND/);
    const usage = await osmoseRun(['ingest', '--bogus-flag', deck]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toBe(
      'error OSM_CONFIG_INVALID: Unknown option --bogus-flag (see "osmose ingest --help").\n',
    );
    // node's own parser messages are rewritten as one sentence each
    for (const [args, said] of [
      [
        ['concepts', '--limit', '-5'],
        '--limit needs a value; a value that starts with "-" is written --limit=-…',
      ],
      [['concepts', '--limit'], '--limit needs a value'],
      [['concepts', '--json=yes'], '--json takes no value'],
    ] as const) {
      const r = await osmoseRun([...args, '--store', store]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`error OSM_CONFIG_INVALID: ${said} (see "osmose concepts --help").\n`);
    }
    const order = await osmoseRun(['ingest', deck, '--store', store, '--provider-order', 'random']);
    expect(order.code).toBe(1);
    expect(order.stderr).toContain(
      'OSM_CONFIG_INVALID: --provider-order must be one of arrival, input, got "random".',
    );
    const missing = await osmoseRun(['show', 'no such concept at all', '--store', store, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('OSM_NOT_FOUND');
  });

  it('search finds concepts by meaning (native embeddings) when the model is installed', async () => {
    const { addonBuilt } = await import('@osmose/native-nlp');
    const built = addonBuilt();
    if (!built)
      console.warn('!!! native-nlp addon not built: search falls back to text match (run npm run setup)');
    if (!built && process.env.CI)
      throw new Error('CI runs npm run setup first: the native addon must be built');
    const r = JSON.parse(
      (await osmoseRun(['search', 'privacy law for personal data', '--store', store, '--json'])).stdout,
    );
    if (built) {
      expect(r.method).toBe('vector');
      expect(r.concepts.slice(0, 5).map((c: { label: string }) => c.label)).toContain(
        'General Data Protection Regulation',
      );
      expect(r.slides.length).toBeGreaterThan(0);
      expect(r.slides[0].score).toBeGreaterThan(0.2);
      // exact answers first: the concept the text names (as show resolves it), then the slides that contain it
      const named = JSON.parse((await osmoseRun(['search', 'gdpr', '--store', store, '--json'])).stdout);
      const shown = JSON.parse((await osmoseRun(['show', 'GDPR', '--store', store, '--json'])).stdout);
      expect(named.concepts[0]).toMatchObject({ id: shown.id, match: 'name', score: 1 });
      expect(named.concepts.filter((c: { id: string }) => c.id === shown.id)).toHaveLength(1);
      const kinds = (named.slides as { match: string }[]).map((h) => h.match);
      expect(kinds[0]).toBe('text');
      expect(kinds.join(' ')).toMatch(/^(text )*text( vector)*$/);
      const text = (await osmoseRun(['search', 'gdpr', '--store', store])).stdout;
      expect(text).toMatch(/^ {4}1\.000 {2}.+ \[\w+\] {2}← named$/m);
      expect(text).toMatch(/← contains "gdpr"$/m);
    } else {
      expect(r.method).toBe('text');
    }
  });

  it('doctor reports the embedded store as working', async () => {
    const r = JSON.parse((await osmoseRun(['doctor', '--json', '--store', store])).stdout);
    expect(r.checks.find((c: { name: string }) => c.name === 'embedded store').ok).toBe(true);
  });
});
