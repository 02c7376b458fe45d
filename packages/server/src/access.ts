/**
 * Access: loopback binds need no token; any other bind requires OSMOSE_API_TOKEN, checked on every
 * request except /healthz with a constant-time compare. A per-client token bucket limits requests.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { OsmoseError } from '@osmose/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from './http-errors.js';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '::ffff:127.0.0.1';
}

/** Throws when a non-loopback bind has no token. */
export function checkBind(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token)
    throw new OsmoseError(
      'OSM_CONFIG_INVALID',
      `Binding to ${host} exposes the server beyond this machine: set OSMOSE_API_TOKEN (a bearer token clients must send) or bind to 127.0.0.1.`,
    );
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function tokenMatches(given: string | undefined, expected: string): boolean {
  // hash both sides: equal lengths for timingSafeEqual, and the length of the token does not leak
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && !!given;
}

export function installAuth(app: FastifyInstance, token: string | undefined): void {
  if (!token) return;
  app.addHook('onRequest', async (req, reply) => {
    if (req.url === '/healthz') return;
    const h = req.headers.authorization;
    const given = h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
    if (!tokenMatches(given, token)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send(
          errorBody(
            'OSM_AUTH_REQUIRED',
            'This server requires a valid bearer token (Authorization: Bearer <OSMOSE_API_TOKEN>).',
          ),
        );
    }
  });
}

/** Token bucket per client address: `perMinute` requests a minute, bursts up to `burst`. */
export function installRateLimit(
  app: FastifyInstance,
  perMinute: number,
  burst = Math.max(10, Math.ceil(perMinute / 6)),
): void {
  if (!(perMinute > 0)) return;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [k, b] of buckets) if (now - b.at > 120_000) buckets.delete(k);
  }, 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
  app.addHook('onRequest', async (req: FastifyRequest, reply) => {
    if (req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics') return;
    const key = req.ip;
    const now = Date.now();
    const b = buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + (now - b.at) * rate);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < 1) {
      const wait = Math.ceil((1 - b.tokens) / rate / 1000);
      return reply
        .code(429)
        .header('retry-after', String(wait))
        .send(errorBody('OSM_RATE_LIMITED', `Too many requests from this client; retry in ${wait} s.`));
    }
    b.tokens -= 1;
  });
}
