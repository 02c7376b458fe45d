import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetBreakers, resetGovernors } from '@osmose/vision';
import { createLlmPairJudge } from '../../src/resolve/index.js';
import type { JudgePair } from '../../src/resolve/judge.js';

const side = (name: string) => ({ name, type: 'STANDARD', aliases: [], definition: null, context: [] });
const pairs: JudgePair[] = [
  { a: side('GDPR'), b: side('General Data Protection Regulation'), reason: 'acronym' },
  { a: side('ISO 27001'), b: side('ISO 27002'), reason: 'embedding 0.9' },
];

/** A real HTTP endpoint speaking the chat-completions protocol with a scripted answer. */
function endpoint(answer: () => string): Promise<{ url: string; server: Server; calls: () => number }> {
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls++;
      const text = JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        created: 0,
        model: 'judge',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer() } }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    });
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () =>
      r({
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`,
        server,
        calls: () => calls,
      }),
    ),
  );
}

describe('LLM pair judge', () => {
  let good: Awaited<ReturnType<typeof endpoint>>;
  let junk: Awaited<ReturnType<typeof endpoint>>;
  beforeAll(async () => {
    resetBreakers();
    resetGovernors();
    good = await endpoint(() => '{"same":[true,false]}');
    junk = await endpoint(() => '{"concepts":[]}');
  });
  afterAll(() => {
    good.server.close();
    junk.server.close();
  });

  it('sends one call per batch and returns one answer per pair', async () => {
    const j = createLlmPairJudge({ baseURL: good.url, apiKey: 'k', model: 'judge' });
    expect(await j.judgePairs(pairs)).toEqual([true, false]);
    expect(good.calls()).toBe(1);
  });

  it('counts its calls and cache hits; provider trouble leaves the pairs unanswered (null), not "different"', async () => {
    const cache = new Map<string, string>();
    const store = {
      get: async (k: string) => cache.get(k) ?? null,
      set: async (k: string, v: string) => void cache.set(k, v),
    };
    // the cache comes with the call (the pipeline passes the store's), not with the judge
    const j = createLlmPairJudge({ baseURL: good.url, apiKey: 'k2', model: 'judge' });
    const tally = { calls: 0, cacheHits: 0, costUsd: 0 };
    expect(await j.judgePairs(pairs, { tally, cache: store })).toEqual([true, false]);
    expect(await j.judgePairs(pairs, { tally, cache: store })).toEqual([true, false]);
    expect(tally).toMatchObject({ calls: 1, cacheHits: 1 });
    expect(cache.size).toBe(1);

    // nothing listens there: the provider is unreachable
    const closed = await endpoint(() => '{}');
    await new Promise((r) => closed.server.close(r));
    const down = createLlmPairJudge({
      baseURL: closed.url,
      apiKey: 'k',
      model: 'judge',
      retry: { maxAttempts: 1 },
    });
    const t2 = { calls: 0, cacheHits: 0, costUsd: 0 };
    expect(await down.judgePairs(pairs, { tally: t2 })).toEqual([null, null]);
    expect(t2).toMatchObject({ calls: 0, cacheHits: 0 }); // nothing answered: the batch waits
  });

  it('an unusable answer merges nothing', async () => {
    const j = createLlmPairJudge({
      baseURL: junk.url,
      apiKey: 'k',
      model: 'judge',
      retry: { maxAttempts: 1 },
    });
    expect(await j.judgePairs(pairs)).toEqual([false, false]);
  });
});
