/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The server over real HTTP: upload → in-process job → SSE events in order → a report equal to the
 * CLI's for the same deck; every query endpoint equal to its CLI --json on the same store; cancel;
 * bad uploads answered with the right status and code and nothing stored.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleDeck, buildDeck, sampleDeckSpec } from '../../../tools/deck-gen/index.js';
import {
  comparable,
  getJson,
  osmose,
  osmoseRun,
  readEvents,
  SAME_FLAGS,
  startTestServer,
  upload,
  waitJob,
} from './helpers.js';

const cliFlags = Object.entries(SAME_FLAGS).flatMap(([k, v]) => [`--${k}`, v]);

describe('osmose server: upload, jobs, events, queries', { timeout: 300_000 }, () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let dir: string;
  let deck: Buffer;
  let jobId: string;
  let docId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-srv-test-'));
    await generateSampleDeck(join(dir, 'sample.pptx'));
    deck = readFileSync(join(dir, 'sample.pptx'));
    srv = await startTestServer({ concurrency: 1 });
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('ingests an uploaded deck; its events come in order and its report equals the CLI report', async () => {
    const up = await upload(srv.url, [{ name: 'sample.pptx', bytes: deck }]);
    expect(up.status).toBe(202);
    expect(up.body.jobs).toHaveLength(1);
    const job = up.body.jobs[0];
    expect(job).toMatchObject({
      status: 'queued',
      name: 'sample.pptx',
      docId: null,
      report: null,
      error: null,
    });
    jobId = job.id;
    const events = await readEvents(`${srv.url}/v1/jobs/${jobId}/events`);
    const kinds = events.map((e) => e.event);
    expect(kinds[0]).toBe('state');
    expect(kinds.at(-1)).toBe('end');
    expect(kinds.at(-2)).toBe('report');
    expect((events.at(-1)!.data as any).status).toBe('ingested');
    // phases: extract first, store last, and each phase's progress never goes backwards
    const phaseEvents = events.filter((e) => e.event === 'phase').map((e) => e.data as any);
    if ((events[0].data as any).status === 'queued') {
      expect(phaseEvents[0].phase).toBe('extract');
      expect(phaseEvents.at(-1).phase).toBe('store');
      expect(new Set(phaseEvents.map((p) => p.phase))).toEqual(
        new Set(['extract', 'summarise', 'nlp', 'segment', 'concepts', 'store']),
      );
    }
    const lastDone = new Map<string, number>();
    for (const p of phaseEvents) {
      expect(p.jobId).toBe(jobId);
      expect(p.done).toBeLessThanOrEqual(p.total);
      expect(p.done).toBeGreaterThanOrEqual(lastDone.get(p.phase) ?? 0);
      lastDone.set(p.phase, p.done);
    }
    const finished = await waitJob(srv.url, jobId);
    expect(finished.status, JSON.stringify(finished.error)).toBe('ingested');
    expect(finished.startedAt).not.toBeNull();
    expect(finished.finishedAt).not.toBeNull();
    expect(finished.report.slides).toBe(sampleDeckSpec.slides.length);
    for (const p of ['extract', 'summarise', 'nlp', 'concepts', 'store'])
      expect(finished.phases[p]).toMatchObject({
        done: expect.any(Number),
        total: expect.any(Number),
        ms: expect.any(Number),
      });
    docId = finished.docId;
    expect(docId).toMatch(/^doc:[0-9a-f]{32}$/);
    expect((events.find((e) => e.event === 'report')!.data as any).report).toEqual(finished.report);

    // the CLI, same deck, fresh store: the same report (paths and timings aside)
    const cli = await osmoseRun([
      'ingest',
      join(dir, 'sample.pptx'),
      '--store',
      join(dir, 'cli-store'),
      '--json',
      ...cliFlags,
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const cliDoc = JSON.parse(cli.stdout).documents[0];
    expect(comparable(finished.report)).toEqual(comparable(cliDoc));
  });

  it('an unchanged deck gets a job that is already finished; a late SSE client gets state then end', async () => {
    const up = await upload(srv.url, [{ name: 'again.pptx', bytes: deck }]);
    expect(up.status).toBe(202);
    const j = up.body.jobs[0];
    expect(j).toMatchObject({ status: 'unchanged', docId });
    expect(j.finishedAt).not.toBeNull();
    // its report gives the stored counts, as the CLI's does, not zeros
    const first = (await getJson(`${srv.url}/v1/jobs/${jobId}`)).body.report;
    const again = (await getJson(`${srv.url}/v1/jobs/${j.id}`)).body.report;
    expect(again.mentions).toBeGreaterThan(0);
    expect({ concepts: again.concepts, mentions: again.mentions }).toEqual({
      concepts: first.concepts,
      mentions: first.mentions,
    });
    const late = await readEvents(`${srv.url}/v1/jobs/${jobId}/events`);
    expect(late.map((e) => e.event)).toEqual(['state', 'end']);
    expect((late[0].data as any).status).toBe('ingested');
    const list = await getJson(`${srv.url}/v1/jobs`);
    expect(list.body.jobs.map((x: any) => x.id)).toEqual(expect.arrayContaining([jobId, j.id]));
  });

  it('every query endpoint answers what the CLI --json answers on the same store', async () => {
    const store = ['--store', srv.store];
    const cli = (args: string[]) => {
      const r = osmose([
        ...args,
        ...store,
        '--json',
        ...(args[0] === 'search' ? ['--embedding-model', 'none'] : []),
      ]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    const concepts = await getJson(`${srv.url}/v1/concepts?limit=200`);
    expect(concepts.status).toBe(200);
    expect(concepts.body).toEqual(cli(['concepts', '--limit', '200']));
    expect(concepts.body.concepts.length).toBeGreaterThan(10);
    const typed = await getJson(`${srv.url}/v1/concepts?limit=50&type=STANDARD`);
    expect(typed.body).toEqual(cli(['concepts', '--limit', '50', '--type', 'STANDARD']));

    const show = await getJson(`${srv.url}/v1/concepts/${encodeURIComponent('GDPR')}`);
    expect(show.status).toBe(200);
    expect(show.body).toEqual(cli(['show', 'GDPR']));
    expect(show.body.mentionList[0].document).toBe('sample.pptx');
    const byId = await getJson(`${srv.url}/v1/concepts/${encodeURIComponent(show.body.id)}`);
    expect(byId.body).toEqual(show.body);

    const search = await getJson(`${srv.url}/v1/search?q=${encodeURIComponent('data protection')}&limit=5`);
    expect(search.status).toBe(200);
    expect(search.body).toEqual(cli(['search', 'data protection', '--limit', '5']));

    const merges = await getJson(`${srv.url}/v1/merges`);
    expect(merges.body).toEqual(cli(['merges']));

    const slides = await getJson(`${srv.url}/v1/documents/${encodeURIComponent(docId)}/slides`);
    expect(slides.status).toBe(200);
    const cliSlides = osmose(['slides', join(dir, 'sample.pptx'), '--json']);
    expect(slides.body).toEqual(JSON.parse(cliSlides.stdout));

    for (const format of ['json', 'graphml', 'cypher']) {
      const res = await fetch(`${srv.url}/v1/export?format=${format}`);
      expect(res.status).toBe(200);
      const r = osmose(['export', '--format', format, ...store]);
      expect(r.code, r.stderr).toBe(0);
      expect(await res.text()).toBe(r.stdout);
    }

    const docs = await getJson(`${srv.url}/v1/documents`);
    expect(docs.body.documents).toEqual([
      expect.objectContaining({
        id: docId,
        fileName: 'sample.pptx',
        slideCount: sampleDeckSpec.slides.length,
      }),
    ]);
    expect(docs.body.documents[0].path).toBeUndefined();

    // filters beyond the CLI: a name fragment and a document
    const q = await getJson(`${srv.url}/v1/concepts?q=gdpr&limit=10`);
    expect(q.body.concepts.map((c: any) => c.id)).toContain(show.body.id);
    const byDoc = await getJson(`${srv.url}/v1/concepts?document=${encodeURIComponent(docId)}&limit=500`);
    expect(byDoc.body.concepts.length).toBe(concepts.body.concepts.length);
    const none = await getJson(`${srv.url}/v1/concepts?document=doc:nope&limit=5`);
    expect(none.body.concepts).toEqual([]);

    // a neighbourhood: the concept and its related concepts, edges only between returned nodes
    const g = await getJson(`${srv.url}/v1/graph?concept=${encodeURIComponent(show.body.id)}&depth=1`);
    expect(g.status).toBe(200);
    const ids = new Set(g.body.nodes.map((n: any) => n.id));
    expect(ids.has(show.body.id)).toBe(true);
    for (const r of show.body.related) expect(ids.has(r.id)).toBe(true);
    for (const e of g.body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const gd = await getJson(`${srv.url}/v1/graph?document=${encodeURIComponent(docId)}&limit=5`);
    expect(gd.body.nodes).toHaveLength(5);
  });

  it('renders a slide image on demand and answers typed 404s', async () => {
    const res = await fetch(`${srv.url}/v1/documents/${encodeURIComponent(docId)}/slides/1/image`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/(jpeg|png)/);
    const img = Buffer.from(await res.arrayBuffer());
    expect(img.subarray(0, 3).toString('hex')).toBe('ffd8ff'); // JPEG
    const missing = await getJson(`${srv.url}/v1/documents/${encodeURIComponent(docId)}/slides/999/image`);
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'OSM_NOT_FOUND' } } });
    const noDoc = await getJson(`${srv.url}/v1/documents/doc:nope/slides`);
    expect(noDoc).toMatchObject({ status: 404, body: { error: { code: 'OSM_NOT_FOUND' } } });
    const noConcept = await getJson(`${srv.url}/v1/concepts/no%20such%20concept`);
    expect(noConcept).toMatchObject({ status: 404, body: { error: { code: 'OSM_NOT_FOUND' } } });
    const noJob = await getJson(`${srv.url}/v1/jobs/nope`);
    expect(noJob).toMatchObject({ status: 404, body: { error: { code: 'OSM_NOT_FOUND' } } });
  }, 200_000);

  it('cancels a queued job: it never runs', async () => {
    // concurrency 1: the second deck waits behind the first
    const a = await buildDeck({ ...sampleDeckSpec, slides: sampleDeckSpec.slides.slice(0, 20) });
    const b = await buildDeck({ ...sampleDeckSpec, slides: sampleDeckSpec.slides.slice(0, 10) });
    const up = await upload(srv.url, [
      { name: 'a.pptx', bytes: a },
      { name: 'b.pptx', bytes: b },
    ]);
    expect(up.status).toBe(202);
    const [ja, jb] = up.body.jobs;
    const del = await getJson(`${srv.url}/v1/jobs/${jb.id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(['cancelled', 'queued', 'running']).toContain(del.body.status);
    const fb = await waitJob(srv.url, jb.id);
    expect(fb.status).toBe('cancelled');
    expect(fb.error.code).toBe('OSM_CANCELLED');
    expect(fb.docId).toBeNull();
    expect((await waitJob(srv.url, ja.id)).status).toBe('ingested');
    const docs = await getJson(`${srv.url}/v1/documents`);
    expect(docs.body.documents.map((d: any) => d.fileName).sort()).toEqual(['a.pptx', 'sample.pptx']);
  });

  it('deletes a stored deck: gone from the documents and concepts, the other deck untouched; a second delete is 404', async () => {
    const docs = (await getJson(`${srv.url}/v1/documents`)).body.documents as {
      id: string;
      fileName: string;
    }[];
    const a = docs.find((d) => d.fileName === 'a.pptx')!;
    const sampleConcepts = (
      await getJson(`${srv.url}/v1/concepts?document=${encodeURIComponent(docId)}&limit=1000`)
    ).body.concepts as { id: string }[];
    const del = await getJson(`${srv.url}/v1/documents/${encodeURIComponent(a.id)}`, { method: 'DELETE' });
    expect(del).toMatchObject({
      status: 200,
      body: { deleted: { id: a.id, fileName: 'a.pptx' }, vectorsPending: false },
    });
    expect(del.body.deleted.path).toBeUndefined();
    const left = (await getJson(`${srv.url}/v1/documents`)).body.documents as { fileName: string }[];
    expect(left.map((d) => d.fileName)).toEqual(['sample.pptx']);
    expect(
      (await getJson(`${srv.url}/v1/concepts?document=${encodeURIComponent(a.id)}&limit=10`)).body.concepts,
    ).toEqual([]);
    const all = (await getJson(`${srv.url}/v1/concepts?limit=1000`)).body.concepts as { id: string }[];
    expect(new Set(all.map((c) => c.id))).toEqual(new Set(sampleConcepts.map((c) => c.id)));
    const again = await getJson(`${srv.url}/v1/documents/${encodeURIComponent(a.id)}`, { method: 'DELETE' });
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'OSM_NOT_FOUND' } } });
  });

  describe('bad uploads: right status and code, nothing stored', () => {
    const blobState = () => {
      const root = join(srv.store, 'blobs');
      const tmp = existsSync(join(root, 'tmp')) ? readdirSync(join(root, 'tmp')) : [];
      return {
        blobs: existsSync(root)
          ? readdirSync(root)
              .filter((n) => n !== 'tmp')
              .sort()
          : [],
        tmp,
      };
    };
    let before: ReturnType<typeof blobState>;
    let docsBefore: number;
    beforeAll(async () => {
      before = blobState();
      docsBefore = (await getJson(`${srv.url}/v1/documents`)).body.documents.length;
    });
    afterAll(async () => {
      expect(blobState()).toEqual(before);
      expect((await getJson(`${srv.url}/v1/documents`)).body.documents.length).toBe(docsBefore);
    });

    const cases: [string, () => Promise<{ name: string; bytes: Uint8Array }[]>, number, string][] = [
      ['empty', async () => [{ name: 'empty.pptx', bytes: new Uint8Array(0) }], 400, 'OSM_INPUT_EMPTY'],
      [
        'HTML saved as .pptx',
        async () => [
          { name: 'page.pptx', bytes: Buffer.from('<!doctype html><html><body>not a deck</body></html>') },
        ],
        415,
        'OSM_INPUT_NOT_ZIP',
      ],
      [
        'truncated zip',
        async () => [{ name: 'cut.pptx', bytes: deck.subarray(0, Math.floor(deck.length / 2)) }],
        415,
        'OSM_INPUT_CORRUPT_ZIP',
      ],
      [
        'zip bomb',
        async () => {
          const files = unzipSync(deck);
          files['ppt/media/bomb.bin'] = new Uint8Array(64 * 1024 * 1024);
          return [{ name: 'bomb.pptx', bytes: zipSync(files) }];
        },
        413,
        'OSM_INPUT_ZIP_BOMB',
      ],
      [
        'legacy .ppt',
        async () => [
          {
            name: 'old.ppt',
            bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
          },
        ],
        415,
        'OSM_INPUT_LEGACY_PPT',
      ],
      [
        'a good deck with a bad one',
        async () => [
          {
            name: 'good.pptx',
            bytes: await buildDeck({ ...sampleDeckSpec, slides: sampleDeckSpec.slides.slice(0, 3) }),
          },
          { name: 'empty.pptx', bytes: new Uint8Array(0) },
        ],
        400,
        'OSM_INPUT_EMPTY',
      ],
    ];
    for (const [label, make, status, code] of cases)
      it(label, async () => {
        const r = await upload(srv.url, await make());
        expect(r.status).toBe(status);
        expect(r.body.error.code).toBe(code);
        expect(JSON.stringify(r.body)).not.toMatch(/\n\s+at |node_modules|\/tmp\//);
      });

    it('wrong field name', async () => {
      const r = await upload(srv.url, [{ name: 'sample.pptx', bytes: deck }], { field: 'deck' });
      expect(r).toMatchObject({ status: 400, body: { error: { code: 'OSM_UPLOAD_FIELD' } } });
    });

    it('no file at all, a non-multipart body, a JSON body without --allow-paths', async () => {
      const form = new FormData();
      form.append('force', 'true');
      const r1 = await getJson(`${srv.url}/v1/documents`, { method: 'POST', body: form });
      expect(r1).toMatchObject({ status: 400, body: { error: { code: 'OSM_UPLOAD_NO_FILE' } } });
      const r2 = await getJson(`${srv.url}/v1/documents`, {
        method: 'POST',
        body: 'hello',
        headers: { 'content-type': 'text/plain' },
      });
      expect(r2.status, JSON.stringify(r2.body)).toBe(415);
      expect(r2.body.error.code).toMatch(/^OSM_/);
      const r3 = await getJson(`${srv.url}/v1/documents`, {
        method: 'POST',
        body: JSON.stringify({ paths: ['/etc/passwd'] }),
        headers: { 'content-type': 'application/json' },
      });
      expect(r3).toMatchObject({ status: 403, body: { error: { code: 'OSM_PATH_FORBIDDEN' } } });
    });

    it('bad query parameters are 400 OSM_BAD_REQUEST', async () => {
      for (const url of [
        '/v1/search',
        '/v1/concepts?limit=abc',
        '/v1/concepts?limit=0',
        '/v1/export?format=pdf',
        '/v1/graph?depth=9',
      ])
        expect(await getJson(`${srv.url}${url}`), url).toMatchObject({
          status: 400,
          body: { error: { code: 'OSM_BAD_REQUEST' } },
        });
      // an enumerated value says which ones are allowed
      const type = await getJson(`${srv.url}/v1/concepts?type=NOPE`);
      expect(type.body.error.message).toMatch(
        /^Bad request: querystring\/type must be one of ENTITY, PRODUCT, .*CONCEPT\.$/,
      );
      expect(type.body.error.message).not.toMatch(/entity/);
      // every type the core knows is accepted, in either case (CONCEPT was missing)
      for (const t of ['CONCEPT', 'concept', 'PERSON'])
        expect((await getJson(`${srv.url}/v1/concepts?type=${t}`)).status, t).toBe(200);
      const format = await getJson(`${srv.url}/v1/export?format=pdf`);
      expect(format.body.error.message).toBe(
        'Bad request: querystring/format must be one of graphml, cypher, json.',
      );
    });
  });
});

describe('decks ingested by the CLI into the same store', { timeout: 300_000 }, () => {
  it('their slide images render from the path they were ingested from, while the file there is still that deck', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-cli-ingested-'));
    const deck = join(dir, 'from-cli.pptx');
    await generateSampleDeck(deck);
    const store = join(dir, 'store');
    const r = await osmoseRun(['ingest', deck, '--store', store, ...cliFlags, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const id = JSON.parse(r.stdout).documents[0].docId as string;
    const srv = await startTestServer({ store });
    try {
      const image = `${srv.url}/v1/documents/${encodeURIComponent(id)}/slides/1/image`;
      const res = await fetch(image);
      expect(res.status).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 3)
          .toString('hex'),
      ).toBe('ffd8ff');
      // other bytes at that path now (an edited deck): its slides are not this document's
      writeFileSync(deck, Buffer.concat([readFileSync(deck), Buffer.from('changed')]));
      const gone = await getJson(`${srv.url}/v1/documents/${encodeURIComponent(id)}/slides`);
      expect(gone).toMatchObject({ status: 404, body: { error: { code: 'OSM_BLOB_MISSING' } } });
    } finally {
      await srv.close();
    }
  });
});

describe('upload limits', { timeout: 120_000 }, () => {
  it('a deck over --max-upload-mb is 413 OSM_INPUT_TOO_LARGE; too many files is 413; nothing stored', async () => {
    const srv = await startTestServer({ maxUploadBytes: 1024 * 1024, maxFiles: 2 });
    try {
      const big = new Uint8Array(3 * 1024 * 1024).fill(7);
      const r = await upload(srv.url, [{ name: 'big.pptx', bytes: big }]);
      expect(r).toMatchObject({ status: 413, body: { error: { code: 'OSM_INPUT_TOO_LARGE' } } });
      const small = new Uint8Array(10).fill(1);
      const many = await upload(
        srv.url,
        [1, 2, 3].map((i) => ({ name: `d${i}.pptx`, bytes: small })),
      );
      expect(many).toMatchObject({ status: 413, body: { error: { code: 'OSM_UPLOAD_TOO_MANY_FILES' } } });
      expect(readdirSync(join(srv.store, 'blobs', 'tmp'))).toEqual([]);
      expect(readdirSync(join(srv.store, 'blobs')).filter((n) => n !== 'tmp')).toEqual([]);
    } finally {
      await srv.close();
    }
  });

  it('server-side paths only under --allow-paths', async () => {
    const allowed = mkdtempSync(join(tmpdir(), 'osmose-allowed-'));
    await generateSampleDeck(join(allowed, 'inside.pptx'));
    writeFileSync(join(tmpdir(), 'osmose-outside.pptx'), 'x');
    const srv = await startTestServer({ allowPaths: allowed });
    try {
      const post = (paths: string[]) =>
        getJson(`${srv.url}/v1/documents`, {
          method: 'POST',
          body: JSON.stringify({ paths }),
          headers: { 'content-type': 'application/json' },
        });
      expect(await post([join(tmpdir(), 'osmose-outside.pptx')])).toMatchObject({
        status: 403,
        body: { error: { code: 'OSM_PATH_FORBIDDEN' } },
      });
      expect(await post([join(allowed, '..', 'osmose-outside.pptx')])).toMatchObject({
        status: 403,
        body: { error: { code: 'OSM_PATH_FORBIDDEN' } },
      });
      expect(await post([join(allowed, 'missing.pptx')])).toMatchObject({
        status: 404,
        body: { error: { code: 'OSM_INPUT_NOT_FOUND' } },
      });
      // a missing file outside answers as an existing one does, however the path gets there ("..", a link):
      // nothing about what exists outside the folder leaks
      symlinkSync(tmpdir(), join(allowed, 'out-link'));
      for (const p of [
        `${allowed}/../../etc/not-there`,
        `${allowed}/../osmose-missing.pptx`,
        `${allowed}/out-link/osmose-missing.pptx`,
        // ".." after a link: undone on the text it would land inside; refused
        `${allowed}/out-link/../osmose-missing.pptx`,
        `${allowed}/out-link/osmose-outside.pptx`,
      ])
        expect(await post([p]), p).toMatchObject({
          status: 403,
          body: { error: { code: 'OSM_PATH_FORBIDDEN' } },
        });
      const ok = await post([join(allowed, 'inside.pptx')]);
      expect(ok.status).toBe(202);
      expect((await waitJob(srv.url, ok.body.jobs[0].id)).status).toBe('ingested');
    } finally {
      await srv.close();
    }
  });
});
