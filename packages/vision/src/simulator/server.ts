/**
 * The OpenAI-compatible simulator: a real node:http server speaking chat completions with configurable
 * latency, per-key rate limits (429 + retry-after + x-ratelimit-*), 500/503 errors, hangs, slow bodies,
 * malformed JSON and an outage window. Used by the tests, the benchmark and `osmose simulate`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildAnswer, parseChatRequest, promptTokens } from './content.js';
import { KeyLimiter } from './key-limiter.js';
import { resolveSimulatorConfig, type SimulatorConfig, type SimulatorProfileName } from './profiles.js';
import { createRng } from './rng.js';
import { SimStats, type SimulatorStats } from './sim-stats.js';

export interface StartSimulatorOptions extends Partial<SimulatorConfig> {
  profile?: SimulatorProfileName;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** API keys answered 401 `invalid_api_key`, like a provider given a wrong or revoked key. */
  rejectKeys?: string[];
}

export interface RunningSimulator {
  url: string;
  port: number;
  config: SimulatorConfig;
  stats(): SimulatorStats;
  /**
   * Forces an outage (every request answers 503) until called with false; also `POST /_sim/outage?on=1|0`
   * (for tests that drive the simulator from another process).
   */
  setOutage(on: boolean): void;
  close(): Promise<void>;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function apiError(type: string, message: string, code: string | null = null): unknown {
  return { error: { message, type, param: null, code } };
}

/** The API key of a request (its bearer token). */
function keyOf(req: IncomingMessage): string {
  return /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? 'anonymous';
}

/** What a provider answers to a wrong or revoked key. */
function refuseKey(res: ServerResponse): void {
  sendJson(
    res,
    401,
    apiError('invalid_request_error', 'Incorrect API key provided (simulated).', 'invalid_api_key'),
  );
}

function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > limit) reject(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startSimulator(opts: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const { profile, port = 0, host = '127.0.0.1', rejectKeys = [], ...overrides } = opts;
  const refused = new Set(rejectKeys);
  const cfg = resolveSimulatorConfig(profile ?? 'realistic', overrides);
  const scale = cfg.timeScale;
  const rng = createRng(cfg.seed);
  const limiter = new KeyLimiter(cfg.rpm, cfg.tpm, cfg.burstSeconds, scale);
  const stats = new SimStats();
  const timers = new Set<NodeJS.Timeout>();
  const t0 = Date.now();
  let seq = 0;
  let forcedOutage = false;

  const later = (ms: number, fn: () => void): NodeJS.Timeout => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    return t;
  };

  async function chat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = keyOf(req);
    const raw = await readBody(req);
    let parsed;
    try {
      parsed = parseChatRequest(JSON.parse(raw));
    } catch (e) {
      stats.record(key, 'bad_request', Date.now() - t0);
      sendJson(res, 400, apiError('invalid_request_error', (e as Error).message));
      return;
    }
    const now = Date.now();
    if (refused.has(key)) {
      stats.record(key, 'unauthorized', now - t0);
      return refuseKey(res);
    }
    const since = (now - t0) / scale;
    if (
      forcedOutage ||
      (cfg.outage && since >= cfg.outage.startMs && since < cfg.outage.startMs + cfg.outage.durationMs)
    ) {
      stats.record(key, 'outage', now - t0);
      later(rng.next() * 50 * scale, () =>
        sendJson(
          res,
          503,
          apiError('server_error', 'The server is temporarily unavailable (simulated outage).'),
        ),
      );
      return;
    }
    const ptoks = promptTokens(parsed);
    const decision = limiter.check(key, ptoks + Math.min(parsed.maxTokens, 1024), now);
    if (!decision.allowed) {
      stats.record(key, 'rate_limited', now - t0);
      const ms = Math.max(1, Math.ceil(decision.retryAfterMs));
      sendJson(res, 429, apiError('requests', 'Rate limit reached (simulated).', 'rate_limit_exceeded'), {
        ...decision.headers,
        'retry-after': String(Number((ms / 1000).toFixed(3))),
        'retry-after-ms': String(ms),
      });
      return;
    }
    const draw = rng.next();
    const latency = rng.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) * scale;
    const slow = rng.next() < cfg.slowBodyRate;
    const malformed = rng.next() < cfg.malformedRate;
    let edge = cfg.hangRate;
    if (draw < edge) {
      stats.record(key, 'hang', now - t0);
      return; // accepted, never answered; the socket stays open until the client gives up
    }
    const headers = {
      ...decision.headers,
      'x-request-id': `sim-${++seq}`,
      'openai-processing-ms': String(Math.round(latency)),
    };
    if (draw < (edge += cfg.error500Rate)) {
      stats.record(key, 'error', now - t0);
      later(latency * 0.2, () =>
        sendJson(res, 500, apiError('server_error', 'Internal server error (simulated).'), headers),
      );
      return;
    }
    if (draw < (edge += cfg.error503Rate)) {
      stats.record(key, 'error', now - t0);
      later(latency * 0.2, () =>
        sendJson(res, 503, apiError('server_error', 'Service unavailable (simulated).'), headers),
      );
      return;
    }
    const content = buildAnswer(parsed);
    const ctoks = Math.ceil(content.length / 4);
    const created = Math.floor(Date.now() / 1000);
    const body = {
      id: `chatcmpl-sim-${seq}`,
      object: 'chat.completion',
      created,
      model: parsed.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content:
              malformed && parsed.jsonMode ? content.slice(0, Math.floor(content.length / 2)) : content,
            refusal: null,
          },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: ptoks, completion_tokens: ctoks, total_tokens: ptoks + ctoks },
    };
    let text = JSON.stringify(body);
    if (malformed && !parsed.jsonMode) text = text.slice(0, Math.floor(text.length / 2));
    const outcome = malformed ? 'malformed' : slow ? 'slow' : 'ok';
    later(latency, () => {
      if (res.destroyed) return stats.record(key, 'aborted', now - t0);
      stats.record(key, outcome, now - t0, ptoks, ctoks);
      res.writeHead(200, { 'content-type': 'application/json', ...headers });
      if (!slow) return void res.end(text);
      const pieces = 10;
      const step = Math.ceil(text.length / pieces);
      let i = 0;
      const push = (): void => {
        if (res.destroyed) return;
        res.write(text.slice(i * step, (i + 1) * step));
        if (++i >= pieces) res.end();
        else later((cfg.slowBodyMs * scale) / pieces, push);
      };
      push();
    });
  }

  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    stats.open();
    res.on('close', () => stats.closed());
    if (req.method === 'POST' && url === '/v1/chat/completions') {
      chat(req, res).catch((e: Error) => sendJson(res, 500, apiError('server_error', e.message)));
    } else if (req.method === 'GET' && url === '/v1/models') {
      if (refused.has(keyOf(req))) return refuseKey(res);
      sendJson(res, 200, {
        object: 'list',
        data: cfg.models.map((id) => ({
          id,
          object: 'model',
          created: Math.floor(t0 / 1000),
          owned_by: 'osmose-simulator',
        })),
      });
    } else if (req.method === 'GET' && url === '/_sim/stats') {
      sendJson(res, 200, stats.snapshot());
    } else if (req.method === 'POST' && url === '/_sim/outage') {
      forcedOutage = /[?&]on=(1|true)\b/.test(req.url ?? '');
      sendJson(res, 200, { outage: forcedOutage });
    } else {
      sendJson(res, 404, apiError('invalid_request_error', `Unknown route ${req.method} ${url}`));
    }
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostPart}:${addr.port}/v1`,
    port: addr.port,
    config: cfg,
    stats: () => stats.snapshot(),
    setOutage: (on) => {
      forcedOutage = on;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
