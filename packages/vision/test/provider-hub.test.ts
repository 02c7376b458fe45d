import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createProviderHub,
  createVisionClient,
  extractConceptsBatch,
  startSimulator,
  type ProviderHub,
  type RunningSimulator,
} from '../src/index.js';
import { fakeSlides } from './helpers.js';

let sim: RunningSimulator | null = null;
let hub: ProviderHub | null = null;
let server: Server | null = null;
afterEach(async () => {
  await hub?.close();
  await sim?.close();
  server?.closeAllConnections();
  server?.close();
  sim = null;
  hub = null;
  server = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A chat-completions endpoint that answers from a script: [status, headers] per call, then 200. */
async function scripted(
  script: [number, Record<string, string>][],
): Promise<{ url: string; calls: () => number }> {
  let calls = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const step = script[calls++];
      if (step) {
        res.writeHead(step[0], { 'content-type': 'application/json', ...step[1] });
        res.end(JSON.stringify({ error: { message: 'scripted', type: 'server_error' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: 'm',
          choices: [
            { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'A summary.' } },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/v1`, calls: () => calls };
}

describe('ProviderHub: one client per endpoint and one budget per run', () => {
  it('two documents and LLM extraction share one chat and one run budget; each keeps its own metrics', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    hub = createProviderHub({ budgetUsd: 0.03 });
    const opts = { baseURL: sim.url, apiKey: 'hub', model: 'gpt-4o', concurrency: 2, hub };
    const deckA = createVisionClient(opts);
    const deckB = createVisionClient(opts);
    expect(deckB.chat).toBe(deckA.chat); // one resilient client per endpoint + key (+ model)
    const [a, b] = await Promise.all([
      deckA.summariseAll(fakeSlides(20)),
      deckB.summariseAll(fakeSlides(20, { from: 100 })),
    ]);
    const ex = await extractConceptsBatch([{ id: 't1', text: 'Acme Corp sells widgets.' }], opts);
    const budget = hub.metrics().budget;
    // the run budget held for the run, not per document: together they stopped at 0.03 USD
    expect(budget.spentUsd).toBeGreaterThan(0);
    expect(budget.spentUsd).toBeLessThanOrEqual(0.03);
    expect(budget.denied).toBeGreaterThan(0);
    // one chat counts every call; each caller counts its own
    expect(budget.calls).toBe(sim.stats().calls);
    expect(deckA.chat.metrics().calls).toBe(sim.stats().calls);
    const extractionPaid = ex.dropped.length === 0 ? 1 : 0; // its one call, unless the budget stopped it
    expect(deckA.metrics().calls + deckB.metrics().calls + extractionPaid).toBe(sim.stats().calls);
    expect(deckA.metrics().calls).toBeGreaterThan(0);
    expect(deckB.metrics().calls).toBeGreaterThan(0);
    const stopped = [...a, ...b].filter((r) => r.reason === 'budget-exhausted');
    expect(stopped.length).toBe(40 - deckA.metrics().calls - deckB.metrics().calls);
    expect(deckA.metrics().budgetStops + deckB.metrics().budgetStops).toBe(stopped.length);
  });

  it('a cancelled run stops at once, pays nothing more and rejects with OSM_PROVIDER_CANCELLED', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 1_500, latencyP95Ms: 2_000 });
    hub = createProviderHub({ budgetUsd: 10 });
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'cancel',
      concurrency: 2,
      hedge: false,
      hub,
    });
    const ac = new AbortController();
    const run = client.summariseAll(fakeSlides(20), undefined, ac.signal);
    run.catch(() => undefined);
    while (sim.stats().openConnections < 2) await sleep(20);
    ac.abort();
    await expect(run).rejects.toMatchObject({ code: 'OSM_PROVIDER_CANCELLED' });
    const sent = sim.stats().calls + sim.stats().openConnections;
    await sleep(300);
    // nothing more reached the provider, the in-flight calls were cut, nothing was paid for them
    expect(sim.stats().calls + sim.stats().openConnections).toBeLessThanOrEqual(sent);
    expect(sim.stats().ok).toBe(0);
    expect(hub.metrics().budget).toMatchObject({ spentUsd: 0, reservedUsd: 0 });
    // a fresh signal-less call on the same hub still works (nothing was left broken)
    const again = createVisionClient({ baseURL: sim.url, apiKey: 'cancel', hedge: false, hub });
    expect(again.metrics().breakerOpens).toBe(0);
  });

  it('an already aborted signal pays nothing: extraction rejects before any call', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const ac = new AbortController();
    ac.abort();
    await expect(
      extractConceptsBatch([{ id: 't', text: 'x' }], { baseURL: sim.url, apiKey: 'k', signal: ac.signal }),
    ).rejects.toMatchObject({ code: 'OSM_PROVIDER_CANCELLED' });
    expect(sim.stats().calls).toBe(0);
  });
});

describe('retry rules aligned with openai-node', () => {
  it('a retry-after beyond the cap is not slept on: retried on our backoff, counted for the breaker', async () => {
    const ep = await scripted([[429, { 'retry-after': '3600' }]]);
    hub = createProviderHub({ retryAfterCapMs: 60_000 });
    const retries: (number | undefined)[] = [];
    const client = createVisionClient({
      baseURL: ep.url,
      apiKey: 'cap',
      hub,
      retry: { maxAttempts: 3, baseMs: 10, maxMs: 20 },
      onEvent: (e) => e.type === 'rate_limited' && retries.push(e.retryAfterMs),
    });
    const [r] = await client.summariseAll(fakeSlides(1));
    expect(r.source).toBe('vision'); // the hour was not waited: the second attempt answered
    expect(ep.calls()).toBe(2);
    expect(retries).toEqual([undefined]); // the 3600 s wait was not honoured
  });

  it('retry-after answers over the cap open the breaker like an outage', async () => {
    const ep = await scripted(
      Array.from({ length: 30 }, () => [429, { 'retry-after': '3600' }] as [number, Record<string, string>]),
    );
    hub = createProviderHub();
    const client = createVisionClient({
      baseURL: ep.url,
      apiKey: 'cap2',
      hub,
      concurrency: 1,
      hedge: false,
      retry: { maxAttempts: 1 },
      breaker: { size: 4, cooldownMs: 60_000 },
    });
    const out = await client.summariseAll(fakeSlides(10));
    expect(client.metrics().breakerOpens).toBe(1);
    expect(out.filter((r) => r.reason === 'circuit-open').length).toBeGreaterThan(0);
    expect(ep.calls()).toBeLessThan(10);
  });

  it('x-should-retry: false stops a retryable 503; 409 is retried', async () => {
    const no = await scripted([[503, { 'x-should-retry': 'false' }]]);
    hub = createProviderHub();
    const c1 = createVisionClient({ baseURL: no.url, apiKey: 'a', hub, retry: { baseMs: 1, maxMs: 2 } });
    const [r1] = await c1.summariseAll(fakeSlides(1));
    expect([r1.source, no.calls()]).toEqual(['text-fallback', 1]);
    server?.close();
    const conflict = await scripted([[409, {}]]);
    const c2 = createVisionClient({
      baseURL: conflict.url,
      apiKey: 'b',
      hub,
      retry: { baseMs: 1, maxMs: 2 },
    });
    const [r2] = await c2.summariseAll(fakeSlides(1));
    expect([r2.source, conflict.calls()]).toEqual(['vision', 2]);
  });
});
