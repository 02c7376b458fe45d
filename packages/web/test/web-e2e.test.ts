// End to end in a real headless Chromium against a real `osmose serve`: drop decks and a broken file and watch the
// bars finish, open a concept and follow a mention to its slide, open the graph and click a node, undo a merge.
// Screenshots of each view go to bench/results/ui/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { ConceptDetail } from '@osmose/core';
import type { GraphData } from '../src/api.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECK_A, DECK_B, makeDeck } from '../../core/test/resolve/make-decks.js';
import { makeSmallDeck } from '../../core/test/render/make-deck.js';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import {
  CORPUS,
  buildWebApp,
  findChromium,
  launch,
  newPage,
  shot,
  startOsmose,
  type RunningServer,
} from './browser.js';

const chromium = findChromium();
if (!chromium.path) {
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!! SKIPPING the web app's browser tests: ${chromium.why}\n${line}\n`);
}

const DECK_1 = 'Unstructured-IO__unstructured/sample-presentation.pptx';
const DECK_2 = 'OWASP__Top10/OWASP Top 10-2017 (en).pptx';
const BROKEN = 'apache__poi/Divino_Revelado.pptx'; // a truncated zip (MANIFEST: no central directory)
const FINAL = ['ingested', 'unchanged', 'rejected', 'failed', 'cancelled'];
const LONG = 600_000;

function manifestSlides(file: string): number {
  const row = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .find((c) => c[0] === file);
  return Number(row?.[5]);
}

interface RowView {
  name: string;
  status: string;
  progress: number[];
  stats: Record<string, string>;
  error: string | null;
}
const rows = (page: Page): Promise<RowView[]> =>
  page.$$eval('li.job', (els) =>
    els.map((el) => ({
      name: (el as HTMLElement).dataset.name ?? '',
      status: (el as HTMLElement).dataset.status ?? '',
      progress: [...el.querySelectorAll('progress')].map((p) => (p as HTMLProgressElement).value),
      stats: Object.fromEntries(
        [...el.querySelectorAll('[data-stat]')].map((s) => [
          (s as HTMLElement).dataset.stat!,
          s.querySelector('dd')?.textContent ?? '',
        ]),
      ),
      error: el.querySelector('.job-error')?.textContent ?? null,
    })),
  );

async function waitRowsFinal(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (n: number, final: string[]) => {
      const els = [...document.querySelectorAll<HTMLElement>('li.job')];
      return els.length >= n && els.every((e) => final.includes(e.dataset.status ?? ''));
    },
    { timeout: LONG, polling: 250 },
    n,
    FINAL,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, checked field by field
type Json = any;
const api = async (base: string, path: string, init?: RequestInit) => {
  const r = await fetch(base + path, init);
  return { status: r.status, body: (await r.json()) as Json };
};

describe.skipIf(!chromium.path)(
  'web app in headless Chromium against osmose serve',
  { timeout: LONG },
  () => {
    let dir: string;
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let external: string[];
    let errors: string[];
    let base: string;
    let conceptId: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'osmose-web-'));
      buildWebApp();
      server = await startOsmose(join(dir, 'store'));
      base = server.url;
      browser = await launch(chromium.path!);
      ({ page, external, errors } = await newPage(browser, base));
    }, LONG);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('serves the app at / with no external request', async () => {
      const res = await page.goto(`${base}/#/ingest`, { waitUntil: 'networkidle0' });
      expect(res?.status()).toBe(200);
      expect(await page.$eval('nav a[aria-current="page"]', (a) => a.textContent)).toBe('Ingest');
      expect(await page.$('#deck-input')).not.toBeNull();
      expect(await page.$eval('label[for="deck-input"]', (l) => l.textContent)).toMatch(/Choose decks/);
    });

    it('ingests two corpus decks and rejects a broken file, each with its own row and bars', async () => {
      const input = await page.$('input#deck-input');
      await input!.uploadFile(join(CORPUS, DECK_1), join(CORPUS, DECK_2), join(CORPUS, BROKEN));
      await page.waitForFunction(() => document.querySelectorAll('li.job').length === 3, { timeout: 60_000 });
      await waitRowsFinal(page, 3);
      const list = await rows(page);
      const by = (f: string) => list.find((r) => r.name === f.split('/').pop())!;
      for (const f of [DECK_1, DECK_2]) {
        const r = by(f);
        expect(r.status).toBe('ingested');
        expect(r.progress).toHaveLength(6);
        expect(r.progress.every((v) => v === 1)).toBe(true);
        expect(Number(r.stats.slides)).toBe(manifestSlides(f));
        expect(r.stats.cost).toBe('$0.0000');
        expect(r.error).toBeNull();
      }
      const bad = by(BROKEN);
      expect(bad.status).toBe('rejected');
      expect(bad.error).toMatch(/^OSM_[A-Z_]+ \S.*\.$/);
      // the rows say what the server says
      const jobs = (await api(base, '/v1/jobs')).body.jobs as {
        name: string;
        status: string;
        error: { code: string } | null;
        report: { concepts: number } | null;
      }[];
      for (const f of [DECK_1, DECK_2])
        expect(jobs.find((j) => j.name === by(f).name)?.status).toBe('ingested');
      for (const f of [DECK_1, DECK_2])
        expect(Number(by(f).stats.concepts)).toBe(jobs.find((j) => j.name === by(f).name)!.report!.concepts);
      expect(Number(by(DECK_2).stats.concepts)).toBeGreaterThan(0);
      // the broken file is refused either at upload (4xx, no job) or by its job: the row shows the same code
      const job = jobs.find((j) => j.name === bad.name);
      let code = job?.error?.code;
      if (!job) {
        const form = new FormData();
        form.append('file', new Blob([readFileSync(join(CORPUS, BROKEN))]), bad.name);
        const res = await fetch(`${base}/v1/documents`, { method: 'POST', body: form });
        expect(res.status).toBeGreaterThanOrEqual(400);
        code = ((await res.json()) as { error: { code: string } }).error.code;
      }
      expect(code).toMatch(/^OSM_/);
      expect(bad.error!.startsWith(code!)).toBe(true);
      await shot(page, 'ingest');
    });

    it('says "unchanged" at once when a deck already in the store is dropped again', async () => {
      const bytes = readFileSync(join(CORPUS, DECK_1)).toString('base64');
      const name = DECK_1.split('/').pop()!;
      // a real drop event with a DataTransfer holding the file, on the drop zone
      await page.evaluate(
        (b64: string, name: string) => {
          const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(
            new File([bin], name, {
              type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
            }),
          );
          const zone = document.querySelector('.dropzone')!;
          zone.dispatchEvent(
            new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
          );
          zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        bytes,
        name,
      );
      await page.waitForFunction(() => document.querySelectorAll('li.job').length === 4, { timeout: 60_000 });
      await waitRowsFinal(page, 4);
      const first = (await rows(page))[0];
      expect(first.name).toBe(name);
      expect(first.status).toBe('unchanged');
      expect(await page.$eval('li.job .status', (s) => s.textContent)).toMatch(/unchanged/);
    });

    it('lists every concept, sorts, filters by type and text, and searches', async () => {
      const all = (await api(base, '/v1/concepts?limit=100000')).body.concepts as {
        id: string;
        name: string;
        type: string;
        mentions: number;
        aliases: string[];
      }[];
      expect(all.length).toBeGreaterThan(20);
      await page.goto(`${base}/#/concepts`);
      await page.waitForSelector('.vtable[data-ready]', { timeout: 60_000 });
      expect(await page.$eval('.count', (c) => c.textContent)).toBe(
        `${all.length} of ${all.length} concepts`,
      );
      // default sort: mentions, descending; the first row is the API's most mentioned concept
      const firstName = await page.$eval('.vbody .vrow[data-index="0"] .c-name a', (a) => a.textContent);
      expect(firstName).toBe([...all].sort((a, b) => b.mentions - a.mentions)[0].name);
      expect(
        await page.$eval('[role=columnheader][aria-sort="descending"] button', (b) => b.dataset.sort),
      ).toBe('mentions');
      // the table is virtualised: only a window of rows is in the DOM, the row count is announced
      expect(await page.$$eval('.vbody .vrow', (r) => r.length)).toBeLessThan(all.length);
      expect(await page.$eval('.vtable', (t) => t.getAttribute('aria-rowcount'))).toBe(
        String(all.length + 1),
      );

      await page.click('button[data-sort="name"]');
      const names = await page.$$eval('.vbody .vrow .c-name a', (a) => a.map((x) => x.textContent!));
      expect(names.slice(0, 5)).toEqual(
        [...all]
          .map((c) => c.name)
          .sort((a, b) => a.localeCompare(b))
          .slice(0, 5),
      );

      const type = all[0].type;
      await page.click(`#type-${type}`);
      const nType = all.filter((c) => c.type === type).length;
      expect(await page.$eval('.count', (c) => c.textContent)).toBe(`${nType} of ${all.length} concepts`);
      expect(
        new Set(
          await page.$$eval('.vbody .vrow .c-type', (c) =>
            c.map((x) => x.textContent!.replace(/^\W+/, '').trim()),
          ),
        ),
      ).toEqual(new Set([type]));
      await page.click(`#type-${type}`);

      await page.type('#concept-filter', 'owasp');
      const nText = all.filter(
        (c) =>
          c.name.toLowerCase().includes('owasp') || c.aliases.some((a) => a.toLowerCase().includes('owasp')),
      ).length;
      await page.waitForFunction(
        (t: string) => document.querySelector('.count')?.textContent === t,
        { timeout: 10_000 },
        `${nText} of ${all.length} concepts`,
      );

      await page.type('#semantic-q', 'injection');
      await page.click('.search-form button[type=submit]');
      await page.waitForSelector('.search-results h2', { timeout: 60_000 });
      const hits = await page.$$eval('.search-results a', (a) => a.map((x) => x.getAttribute('href')));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((h) => h!.startsWith('#/concept/'))).toBe(true);
      await shot(page, 'concepts');
    });

    it('opens a concept: mentions by deck and slide with the sentence highlighted, thumbnails, related concepts', async () => {
      await page.goto(`${base}/#/concepts`);
      await page.waitForSelector('.vtable[data-ready]', { timeout: 60_000 });
      const href = await page.$eval('.vbody .vrow[data-index="0"] .c-name a', (a) => a.getAttribute('href')!);
      conceptId = decodeURIComponent(href.replace('#/concept/', ''));
      // by keyboard: arrows move between the (virtual) rows, Enter opens the focused concept
      await page.focus('.vbody .vrow[data-index="0"] .c-name a');
      await page.keyboard.press('ArrowDown');
      expect(
        await page.evaluate(
          () => (document.activeElement as HTMLElement).closest<HTMLElement>('.vrow')?.dataset.index,
        ),
      ).toBe('1');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.conceptId)).toBe(
        conceptId,
      );
      await page.keyboard.press('Enter');
      await page.waitForSelector('#concept-name', { timeout: 60_000 });
      expect(decodeURIComponent(await page.evaluate(() => location.hash))).toBe(`#/concept/${conceptId}`);
      const c = (await api(base, `/v1/concepts/${encodeURIComponent(conceptId)}`)).body as ConceptDetail;
      expect(await page.$eval('#concept-name', (h) => h.textContent)).toBe(c.name);
      expect(await page.$eval('.concept-head .type-badge', (b) => b.textContent)).toContain(c.type);
      const slides = new Set(c.mentionList.map((m) => `${m.docId}#${m.slide}`));
      expect(await page.$$eval('.slide-mentions', (s) => s.length)).toBe(slides.size);
      expect(await page.$$eval('.sentences li', (s) => s.length)).toBe(c.mentionList.length);
      const marks = await page.$$eval('.mentions mark', (m) => m.map((x) => x.textContent!.toLowerCase()));
      expect(marks.length).toBeGreaterThan(0);
      const surfaces = new Set(c.mentionList.map((m) => m.surface.toLowerCase()));
      for (const m of marks) expect(surfaces.has(m)).toBe(true);
      expect(await page.$$eval('.related li', (l) => l.length)).toBe(c.related.length);
      // the first thumbnail is the slide rendered on demand (LibreOffice + poppler) by the server
      await page.waitForFunction(
        () => {
          const img = document.querySelector<HTMLImageElement>('.thumb img');
          return !!img && img.complete && img.naturalWidth > 0;
        },
        { timeout: LONG, polling: 500 },
      );
      await shot(page, 'concept');
    });

    it('follows a mention to its slide: the picture and the highlighted sentence', async () => {
      const link = await page.$eval('.slide-link', (a) => a.getAttribute('href')!);
      await page.click('.slide-link');
      await page.waitForFunction((h: string) => location.hash === h, { timeout: 10_000 }, link);
      await page.waitForSelector('.view-slide[data-image-loaded]', { timeout: LONG });
      const m = /^#\/slide\/([^/]+)\/(\d+)\?concept=/.exec(link)!;
      const docId = decodeURIComponent(m[1]);
      const index = Number(m[2]);
      const size = await page.$eval('.slide-img', (i) => [
        (i as HTMLImageElement).naturalWidth,
        (i as HTMLImageElement).naturalHeight,
      ]);
      expect(size[0]).toBeGreaterThan(200);
      expect(size[1]).toBeGreaterThan(100);
      const c = (await api(base, `/v1/concepts/${encodeURIComponent(conceptId)}`)).body as ConceptDetail;
      const here = c.mentionList.filter((x) => x.docId === docId && x.slide === index);
      expect(here.length).toBeGreaterThan(0);
      expect(await page.$$eval('.slide-concept .sentences li', (l) => l.length)).toBe(here.length);
      expect(await page.$eval('.slide-concept mark', (x) => x.textContent!.toLowerCase())).toBe(
        here[0].surface.toLowerCase(),
      );
      expect(await page.$eval('h1', (x) => x.textContent)).toContain(`Slide ${index}`);
      await shot(page, 'slide');
    });

    it('draws the graph of the concept, with a legend, and a click on a node opens that concept', async () => {
      await page.goto(`${base}/#/concept/${encodeURIComponent(conceptId)}`);
      await page.waitForSelector('#concept-name', { timeout: 60_000 });
      await page.click('a[href^="#/graph?concept="]');
      await page.waitForSelector('.graph-canvas[data-ready]', { timeout: LONG });
      const g = (await api(base, `/v1/graph?concept=${encodeURIComponent(conceptId)}&depth=1&limit=2000`))
        .body as GraphData;
      expect(await page.$eval('.graph-canvas', (c) => Number((c as HTMLElement).dataset.nodes))).toBe(
        g.nodes.length,
      );
      const drawn = await page.evaluate(() => ({
        nodes: window.__osmoseGraph!.cy.nodes().length,
        subject: window.__osmoseGraph!.cy.$('node.subject').id(),
      }));
      expect(drawn.nodes).toBe(g.nodes.length);
      expect(drawn.subject).toBe(conceptId);
      const types = new Set(g.nodes.map((n) => n.type));
      expect(await page.$$eval('.legend li', (l) => l.length)).toBe(types.size);
      await shot(page, 'graph');
      // click the biggest neighbour where it is drawn
      const target = await page.evaluate((subject: string) => {
        const cy = window.__osmoseGraph!.cy;
        const n = cy
          .nodes()
          .filter((x) => x.id() !== subject)
          .sort((a, b) => b.data('mentions') - a.data('mentions'))[0];
        const p = n.renderedPosition();
        const box = cy.container()!.getBoundingClientRect();
        return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
      }, conceptId);
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction(() => location.hash.startsWith('#/concept/'), { timeout: 10_000 });
      const opened = decodeURIComponent(await page.evaluate(() => location.hash.replace('#/concept/', '')));
      expect(g.nodes.some((n) => n.id === opened)).toBe(true);
      await page.waitForSelector('#concept-name', { timeout: 60_000 });
      expect(await page.$eval('#concept-name', (h) => h.textContent)).toBe(
        g.nodes.find((n) => n.id === opened)!.name,
      );
      // a deck's graph, from its row on the ingest page
      await page.goto(`${base}/#/ingest`);
      const deckName = DECK_2.split('/').pop()!;
      const href = await page.waitForFunction(
        (name: string) =>
          [...document.querySelectorAll<HTMLElement>('li.job')]
            .find((r) => r.dataset.name === name && r.dataset.status === 'ingested')
            ?.querySelector('a[href^="#/graph?document="]')
            ?.getAttribute('href'),
        { timeout: 30_000 },
        deckName,
      );
      const docId = decodeURIComponent(String(await href.jsonValue()).replace('#/graph?document=', ''));
      await page.goto(`${base}/#/graph?document=${encodeURIComponent(docId)}`);
      await page.waitForSelector('.graph-canvas[data-ready]', { timeout: LONG });
      const dg = (await api(base, `/v1/graph?document=${encodeURIComponent(docId)}&depth=1&limit=2000`))
        .body as GraphData;
      expect(dg.nodes.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.__osmoseGraph!.cy.nodes().length)).toBe(dg.nodes.length);
      // the deck picker names the deck shown
      await page.waitForFunction(
        (name: string) =>
          document.querySelector<HTMLSelectElement>('#graph-deck')?.selectedOptions[0]?.textContent === name,
        { timeout: 30_000 },
        deckName,
      );
    });

    it('lists merges with their reason and undoes one: the page and the API agree', async () => {
      const a = join(dir, 'privacy-a.pptx');
      const b = join(dir, 'privacy-b.pptx');
      await makeDeck(a, DECK_A);
      await makeDeck(b, DECK_B);
      await page.goto(`${base}/#/ingest`);
      // the rows of earlier jobs come from the server first
      await page.waitForSelector('ol.jobs[data-loaded]', { timeout: 60_000 });
      const before = await page.$$eval('li.job', (l) => l.length);
      await (await page.$('input#deck-input'))!.uploadFile(a, b);
      await page.waitForFunction(
        (n: number) => document.querySelectorAll('li.job').length === n,
        { timeout: 60_000 },
        before + 2,
      );
      await waitRowsFinal(page, before + 2);
      const fresh = (await rows(page)).filter((r) => r.name.startsWith('privacy-'));
      expect(fresh.map((r) => r.status)).toEqual(['ingested', 'ingested']);

      const merges = (await api(base, '/v1/merges')).body.merges as {
        id: string;
        keptName: string;
        mergedName: string;
        method: string;
        undoneAt: string | null;
      }[];
      const gdpr = merges.find((m) => m.mergedName === 'GDPR' || m.keptName === 'GDPR');
      expect(gdpr).toBeDefined();
      await page.goto(`${base}/#/merges`);
      await page.waitForSelector(`tr[data-merge-id="${gdpr!.id}"]`, { timeout: 60_000 });
      expect(await page.$$eval('tr[data-merge-id]', (r) => r.length)).toBe(merges.length);
      expect(await page.$eval(`tr[data-merge-id="${gdpr!.id}"]`, (r) => r.textContent)).toMatch(/acronym/i);
      await page.click(`tr[data-merge-id="${gdpr!.id}"] button.undo`);
      await page.waitForSelector(`tr[data-merge-id="${gdpr!.id}"][data-undone="1"]`, { timeout: 60_000 });
      expect(await page.$eval(`tr[data-merge-id="${gdpr!.id}"]`, (r) => r.textContent)).toMatch(/undone/);
      const after = (await api(base, '/v1/merges?all=true')).body.merges as {
        id: string;
        undoneAt: string | null;
      }[];
      expect(after.find((m) => m.id === gdpr!.id)?.undoneAt).toBeTruthy();
      // both names are their own concepts again
      const split = (await api(base, `/v1/concepts/${encodeURIComponent(gdpr!.mergedName)}`)).body;
      expect(split.name).toBe(gdpr!.mergedName);
      await shot(page, 'merges');
    });

    it('lists the decks and deletes one after asking: the page and the API agree', async () => {
      const docs = (await api(base, '/v1/documents')).body.documents as { id: string; fileName: string }[];
      const victim = docs.find((d) => d.fileName === 'privacy-b.pptx')!;
      expect(victim).toBeDefined();
      await page.goto(`${base}/#/decks`);
      await page.waitForSelector('.view-decks[data-loaded]', { timeout: 60_000 });
      expect(await page.$$eval('tr[data-doc-id]', (r) => r.length)).toBe(docs.length);
      const row = `tr[data-doc-id="${victim.id}"]`;
      // one click only asks; "Keep" keeps it
      await page.click(`${row} button.delete`);
      await page.waitForSelector(`${row} button.confirm-delete`);
      expect(await page.$eval(row, (r) => r.textContent)).toContain('Delete privacy-b.pptx?');
      await page.click(`${row} button.keep`);
      await page.waitForSelector(`${row} button.delete`);
      expect((await api(base, '/v1/documents')).body.documents).toHaveLength(docs.length);
      // asked and confirmed: gone from the page and from the store
      await page.click(`${row} button.delete`);
      await page.waitForSelector(`${row} button.confirm-delete`);
      await page.click(`${row} button.confirm-delete`);
      await page.waitForFunction((sel: string) => !document.querySelector(sel), { timeout: 60_000 }, row);
      const left = (await api(base, '/v1/documents')).body.documents as { id: string }[];
      expect(left.map((d) => d.id)).not.toContain(victim.id);
      expect(await page.$$eval('tr[data-doc-id]', (r) => r.length)).toBe(left.length);
      await shot(page, 'decks');
    });

    it('made no request outside the server and threw no page error', () => {
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);

describe.skipIf(!chromium.path)('web app during a vision outage', { timeout: LONG }, () => {
  let dir: string;
  let sim: RunningSimulator;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let deck: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-web-outage-'));
    buildWebApp();
    deck = join(dir, 'outage.pptx');
    await makeSmallDeck(deck, 4);
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    sim.setOutage(true);
    server = await startOsmose(join(dir, 'store'), ['--vision', 'all'], {
      OPENAI_BASE_URL: sim.url,
      OPENAI_API_KEY: 'web-outage',
    });
    browser = await launch(chromium.path!);
    ({ page } = await newPage(browser, server.url));
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the row says how many slides and topics wait for the provider; dropped again with the provider back, they get it', async () => {
    await page.goto(`${server.url}/#/ingest`, { waitUntil: 'networkidle0' });
    const upload = async (n: number) => {
      await (await page.$('input#deck-input'))!.uploadFile(deck);
      await page.waitForFunction(
        (n: number) => document.querySelectorAll('li.job').length === n,
        {
          timeout: 60_000,
        },
        n,
      );
      await waitRowsFinal(page, n);
      return (await rows(page))[0];
    };
    // 4 slides + 1 batch and the retries the budget allows stay under the breaker's 20-call window (see
    // packages/server/test/vision-pending.test.ts): the circuit does not open, the second drop is not "unchanged"
    const down = await upload(1);
    expect(down.status).toBe('ingested');
    expect(down.stats['vision-pending']).toBe('4');
    // the deck's thin topics asked the LLM too (one batch): it waits as well
    const topics = Number(down.stats['llm-pending']);
    expect(topics).toBeGreaterThan(0);
    expect(down.stats.fallbacks).toBe('5'); // 4 slides + 1 LLM batch
    expect(await page.$eval('li.job [data-stat="vision-pending"]', (e) => e.getAttribute('title'))).toMatch(
      /only those slides are asked again/,
    );

    sim.setOutage(false);
    const calls = sim.stats().calls;
    const back = await upload(2);
    expect(back.status).toBe('ingested');
    expect(back.stats['vision-pending']).toBeUndefined();
    expect(back.stats['llm-pending']).toBeUndefined();
    expect(back.stats.vision).toBe('4');
    expect(sim.stats().calls - calls).toBe(4 + Math.ceil(topics / 5)); // the 4 slides and the topics' batch
  });
});
