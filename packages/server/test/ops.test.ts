/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * ops/: the alert rules pass `promtool check rules`; the Grafana dashboard is a well-formed dashboard
 * whose every query parses (promtool) and evaluates (a real Prometheus); a real Prometheus scrapes a
 * running server and sees the ingest metrics of a deck uploaded to it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, sampleDeckSpec } from '../../../tools/deck-gen/index.js';
import { REPO_ROOT } from '../../core/test/helpers/corpus.js';
import { startTestServer, upload, waitJob } from './helpers.js';

const RULES = join(REPO_ROOT, 'ops', 'prometheus', 'alerts.yml');
const DASHBOARD = join(REPO_ROOT, 'ops', 'grafana', 'osmose-dashboard.json');
const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const HAVE_PROMETHEUS = has('prometheus') && has('promtool');
if (!HAVE_PROMETHEUS) {
  if (process.env.CI)
    throw new Error('CI runs tools/setup/setup.sh --test first: prometheus and promtool must be installed');
  console.warn(
    '!!! prometheus/promtool not installed (tools/setup/prometheus.sh): the Prometheus tests are SKIPPED',
  );
}

const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8'));
const exprs: string[] = dashboard.panels.flatMap((p: any) => p.targets.map((t: any) => t.expr));

describe('Grafana dashboard', () => {
  it('is a dashboard Grafana imports: schema fields, panels on the grid, Prometheus targets', () => {
    expect(dashboard).toMatchObject({
      title: expect.any(String),
      uid: expect.stringMatching(/^[a-zA-Z0-9_-]{1,40}$/),
      schemaVersion: expect.any(Number),
      panels: expect.any(Array),
    });
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    const ids = new Set<number>();
    for (const p of dashboard.panels) {
      expect(Number.isInteger(p.id) && !ids.has(p.id)).toBe(true);
      ids.add(p.id);
      expect(['timeseries', 'stat', 'gauge', 'table', 'bargauge']).toContain(p.type);
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      expect(p.datasource.type).toBe('prometheus');
      expect(p.targets.length).toBeGreaterThan(0);
      for (const t of p.targets) expect(t.refId).toMatch(/^[A-Z]$/);
    }
    // every figure the issue asks for has a panel
    const all = exprs.join('\n');
    for (const m of [
      'osmose_slides_processed_total',
      'osmose_phase_duration_seconds_bucket',
      'rate_limited',
      'osmose_breaker_opens',
      'osmose_cache_hit_ratio',
      'osmose_provider_cost_usd',
      'osmose_queue_depth',
    ])
      expect(all).toContain(m);
  });
});

describe.skipIf(!HAVE_PROMETHEUS)('Prometheus', { timeout: 240_000 }, () => {
  let dir: string;
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let prom: ChildProcess | null = null;
  let promUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-prom-'));
  });
  afterAll(async () => {
    prom?.kill('SIGKILL');
    await srv?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('promtool accepts the alert rules and every dashboard query', () => {
    const r = spawnSync('promtool', ['check', 'rules', RULES], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/SUCCESS: 9 rules found/);
    // the dashboard's queries as recording rules: promtool parses each PromQL expression
    const rec = {
      groups: [
        { name: 'dashboard', rules: exprs.map((e, i) => ({ record: `osmose:dashboard_${i}`, expr: e })) },
      ],
    };
    const f = join(dir, 'dashboard-rules.yml');
    writeFileSync(f, JSON.stringify(rec));
    const d = spawnSync('promtool', ['check', 'rules', f], { encoding: 'utf8' });
    expect(d.status, d.stdout + d.stderr).toBe(0);
    expect(d.stdout).toContain(`SUCCESS: ${exprs.length} rules found`);
  });

  it('a real Prometheus scrapes the server and sees the deck it ingested', async () => {
    srv = await startTestServer();
    const deck = await buildDeck({ ...sampleDeckSpec, slides: sampleDeckSpec.slides.slice(0, 12) });
    const up = await upload(srv.url, [{ name: 'metrics.pptx', bytes: deck }]);
    expect((await waitJob(srv.url, up.body.jobs[0].id)).status).toBe('ingested');
    // the same deck again (answered unchanged at once, no job run) and an empty file (refused at upload)
    expect((await upload(srv.url, [{ name: 'again.pptx', bytes: deck }])).body.jobs[0].status).toBe(
      'unchanged',
    );
    expect((await upload(srv.url, [{ name: 'empty.pptx', bytes: new Uint8Array(0) }])).body.error.code).toBe(
      'OSM_INPUT_EMPTY',
    );

    const port = await freePort();
    promUrl = `http://127.0.0.1:${port}`;
    const target = new URL(srv.url).host;
    writeFileSync(join(dir, 'alerts.yml'), readFileSync(RULES));
    writeFileSync(
      join(dir, 'prometheus.yml'),
      `global: { scrape_interval: 1s, evaluation_interval: 1s }\nrule_files: [alerts.yml]\nscrape_configs:\n  - job_name: osmose\n    static_configs: [{ targets: ['${target}'] }]\n`,
    );
    prom = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    const q = async (query: string) => {
      const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(query)}`);
      return (await res.json()) as any;
    };
    // wait for a scrape that has the ingest figures
    const t0 = Date.now();
    let slides: any = null;
    while (Date.now() - t0 < 120_000) {
      const r = await q('osmose_slides_processed_total').catch(() => null);
      if (r?.data?.result?.length) {
        slides = r.data.result[0];
        break;
      }
      await new Promise((res) => setTimeout(res, 500));
    }
    expect(slides, 'Prometheus never saw osmose_slides_processed_total').not.toBeNull();
    expect(Number(slides.value[1])).toBe(12);
    expect(slides.metric).toMatchObject({ job: 'osmose', role: 'server' });
    const up1 = await q('up{job="osmose"}');
    expect(up1.data.result[0].value[1]).toBe('1');
    const docs = await q('osmose_documents_processed_total{status="ingested"}');
    expect(Number(docs.data.result[0].value[1])).toBe(1);
    for (const [query, n] of [
      ['osmose_documents_processed_total{status="unchanged"}', 1],
      ['osmose_documents_processed_total{status="rejected"}', 1],
      ['osmose_document_errors_total{code="OSM_INPUT_EMPTY"}', 1],
    ] as const)
      expect(Number((await q(query)).data.result[0]?.value[1]), query).toBe(n);
    const phases = await q('count(osmose_phase_duration_seconds_count) by (phase)');
    expect(phases.data.result.map((r: any) => r.metric.phase).sort()).toEqual([
      'concepts',
      'extract',
      'nlp',
      'segment',
      'store',
      'summarise',
    ]);
    const lag = await q('nodejs_eventloop_lag_p99_seconds');
    expect(lag.data.result.length).toBe(1);
    // every dashboard query evaluates without error against real data
    for (const e of exprs) expect((await q(e)).status, e).toBe('success');
    // the alert rules are loaded
    const rules = (await (await fetch(`${promUrl}/api/v1/rules`)).json()) as any;
    expect(rules.data.groups.flatMap((g: any) => g.rules).length).toBe(9);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
