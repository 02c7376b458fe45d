/**
 * Access: loopback by default; another bind refuses to start without OSMOSE_API_TOKEN and, with it,
 * every request but /healthz needs the bearer token; a per-client rate limit answers 429 with
 * Retry-After; errors never carry a stack.
 */
import { describe, expect, it } from 'vitest';
import { tokenMatches } from '../src/access.js';
import { getJson, startTestServer } from './helpers.js';

describe('access and limits', { timeout: 120_000 }, () => {
  it('binds to loopback by default and refuses a public bind without a token', async () => {
    const s = await startTestServer();
    try {
      expect(new URL(s.url).hostname).toBe('127.0.0.1');
      expect((await getJson(`${s.url}/v1/jobs`)).status).toBe(200);
    } finally {
      await s.close();
    }
    await expect(startTestServer({ host: '0.0.0.0' })).rejects.toMatchObject({
      code: 'OSM_CONFIG_INVALID',
      message: expect.stringMatching(/OSMOSE_API_TOKEN/),
    });
  });

  it('with a token: 401 OSM_AUTH_REQUIRED without or with a wrong bearer, 200 with the right one; /healthz stays open', async () => {
    const token = 'test-token-' + Math.random().toString(36).slice(2);
    const s = await startTestServer({ host: '0.0.0.0', token });
    const base = s.url.replace('0.0.0.0', '127.0.0.1');
    try {
      const none = await getJson(`${base}/v1/jobs`);
      expect(none).toMatchObject({ status: 401, body: { error: { code: 'OSM_AUTH_REQUIRED' } } });
      const wrong = await getJson(`${base}/v1/concepts`, { headers: { authorization: `Bearer ${token}x` } });
      expect(wrong.status).toBe(401);
      const prefix = await getJson(`${base}/v1/concepts`, {
        headers: { authorization: `Bearer ${token.slice(0, -1)}` },
      });
      expect(prefix.status).toBe(401);
      const ok = await getJson(`${base}/v1/concepts`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect((await getJson(`${base}/healthz`)).status).toBe(200);
      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.status).toBe(401);
    } finally {
      await s.close();
    }
  });

  it('token comparison is exact', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });

  it('rate limit per client: 429 OSM_RATE_LIMITED with Retry-After once the burst is spent', async () => {
    const s = await startTestServer({ rateLimitPerMinute: 60 });
    try {
      const statuses: number[] = [];
      let limited: Response | null = null;
      for (let i = 0; i < 15; i++) {
        const res = await fetch(`${s.url}/v1/jobs`);
        statuses.push(res.status);
        if (res.status === 429) limited = res;
        else await res.arrayBuffer();
      }
      // burst of 10 at 60/min: the first 10 pass, the rest are limited
      expect(statuses.slice(0, 10).every((x) => x === 200)).toBe(true);
      expect(statuses.slice(10).every((x) => x === 429)).toBe(true);
      expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await limited!.json()) as { error: { code: string } }).error.code).toBe('OSM_RATE_LIMITED');
      // health and metrics are not limited (probes and scrapes)
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${s.url}/metrics`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
