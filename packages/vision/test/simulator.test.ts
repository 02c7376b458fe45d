import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../src/index.js';

let sim: RunningSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

const chatBody = (text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }], ...extra });

async function post(url: string, body: string, key = 'k'): Promise<Response> {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body,
  });
}

describe('simulator', () => {
  it('lists models and answers chat completions with a usage block built from the prompt and image', async () => {
    sim = await startSimulator({ profile: 'ideal', timeScale: 0.01 });
    const models = (await (await fetch(`${sim.url}/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toContain('gpt-4o-mini');
    const img = Buffer.from('x'.repeat(3000)).toString('base64');
    const res = await fetch(`${sim.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'gpt-4o-mini',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'SLIDE TEXT:\nBudget Review for Northwind Traders' },
              { type: 'image_url', image_url: { url: `data:image/jpeg;base64,${img}` } },
            ],
          },
        ],
      }),
    });
    expect(res.status).toBe(200);
    const j = (await res.json()) as {
      choices: { message: { content: string } }[];
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    expect(j.choices[0].message.content).toContain('Budget Review for Northwind Traders');
    expect(j.choices[0].message.content).toContain('3,000 bytes');
    expect(j.usage.prompt_tokens).toBeGreaterThan(765);
    expect(j.usage.completion_tokens).toBeGreaterThan(0);
  });

  it('rejects invalid requests with 400 and unknown routes with 404', async () => {
    sim = await startSimulator({ profile: 'ideal', timeScale: 0.01 });
    expect((await post(sim.url, '{"messages":[]}')).status).toBe(400);
    expect((await fetch(`${sim.url}/nope`)).status).toBe(404);
  });

  it('enforces per-key RPM with 429, retry-after and x-ratelimit headers', async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 5,
      latencyP95Ms: 10,
      rpm: 60,
      burstSeconds: 3,
    });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post(sim!.url, chatBody('hello'), 'key-a')),
    );
    const codes = answers.map((r) => r.status).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(3);
    const limited = answers.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after-ms'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('x-ratelimit-limit-requests')).toBe('60');
    expect(limited.headers.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+(\.\d+)?(ms|s)$/);
    // another key has its own bucket
    expect((await post(sim.url, chatBody('hello'), 'key-b')).status).toBe(200);
    const st = sim.stats();
    expect(st.byKey['key-a'].rateLimited).toBe(3);
    expect(st.byKey['key-b'].ok).toBe(1);
  });

  it('answers 503 during the outage window and recovers after it', async () => {
    sim = await startSimulator({
      profile: 'outage',
      latencyMedianMs: 5,
      latencyP95Ms: 10,
      outage: { startMs: 0, durationMs: 300 },
      timeScale: 1,
    });
    expect((await post(sim.url, chatBody('a'))).status).toBe(503);
    await new Promise((r) => setTimeout(r, 350));
    expect((await post(sim.url, chatBody('a'))).status).toBe(200);
    expect(sim.stats().outageRejects).toBe(1);
  });

  it('hangs (accepts, never answers) and sends malformed JSON at the configured rates, reproducibly by seed', async () => {
    const outcomes: string[][] = [];
    for (let run = 0; run < 2; run++) {
      sim = await startSimulator({
        profile: 'ideal',
        latencyMedianMs: 5,
        latencyP95Ms: 10,
        hangRate: 0.3,
        malformedRate: 0.3,
        seed: 7,
      });
      const res: string[] = [];
      for (let i = 0; i < 20; i++) {
        const ac = new AbortController();
        const t = setTimeout(() => ac.abort(), 300);
        try {
          const r = await fetch(`${sim.url}/chat/completions`, {
            method: 'POST',
            body: chatBody(`q${i}`),
            signal: ac.signal,
          });
          const text = await r.text();
          try {
            JSON.parse(text);
            res.push('ok');
          } catch {
            res.push('malformed');
          }
        } catch {
          res.push('hang');
        } finally {
          clearTimeout(t);
        }
      }
      outcomes.push(res);
      expect(sim.stats().hangs).toBe(res.filter((r) => r === 'hang').length);
      await sim.close();
      sim = null;
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0]).toContain('hang');
    expect(outcomes[0]).toContain('malformed');
    expect(outcomes[0]).toContain('ok');
  });

  it('answers JSON-mode extraction prompts with concepts for the topics sent', async () => {
    sim = await startSimulator({ profile: 'ideal', timeScale: 0.01 });
    const text =
      'Extract.\nTOPICS_JSON:\n' +
      JSON.stringify([{ id: 't9', text: 'Contoso Ltd launched Azure Stack in 2024.' }]);
    const r = (await (
      await post(sim.url, chatBody(text, { response_format: { type: 'json_object' } }))
    ).json()) as { choices: { message: { content: string } }[] };
    const out = JSON.parse(r.choices[0].message.content) as {
      concepts: { name: string; topicId: string; type: string }[];
    };
    expect(out.concepts.map((c) => c.name)).toContain('Contoso Ltd');
    expect(out.concepts.find((c) => c.name === 'Contoso Ltd')!.type).toBe('organization');
    expect(out.concepts.every((c) => c.topicId === 't9')).toBe(true);
  });

  it('answers the entity-resolution judge: the same for an acronym and its words, or one name spelled two ways', async () => {
    sim = await startSimulator({ profile: 'ideal', timeScale: 0.01 });
    const side = (name: string, aliases: string[] = []) => ({ name, aliases, type: 'CONCEPT' });
    const pairs = [
      { i: 0, a: side('Service Level Agreement'), b: side('SLA') },
      { i: 1, a: side('Pen-Testing'), b: side('pentesting') },
      { i: 2, a: side('ISO 27001'), b: side('ISO 27002') },
      { i: 3, a: side('Threat Analysis'), b: side('Threat Modelling', ['TM']) },
      { i: 4, a: side('Key Performance Indicators'), b: side('Metrics', ['KPI']) },
    ];
    const r = (await (
      await post(
        sim.url,
        chatBody('Judge.\nPAIRS_JSON:\n' + JSON.stringify(pairs), {
          response_format: { type: 'json_object' },
        }),
      )
    ).json()) as { choices: { message: { content: string } }[] };
    expect(JSON.parse(r.choices[0].message.content)).toEqual({ same: [true, true, false, false, true] });
  });
});
