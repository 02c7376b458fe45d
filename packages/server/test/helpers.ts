/* eslint-disable @typescript-eslint/no-explicit-any */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '@osmose/core';
import { startServer, type OsmoseServer, type ServerOptions } from '../src/index.js';

export { osmose, osmoseRun } from '../../core/test/helpers/cli.js';

/** Flags shared by the server under test and the CLI it is compared with (deterministic, no model). */
export const SAME_FLAGS = { 'embedding-model': 'none', vision: 'off' } as const;

export async function startTestServer(
  o: Partial<ServerOptions> & { store?: string; flags?: Record<string, string> } = {},
): Promise<OsmoseServer & { store: string }> {
  const store = o.store ?? join(mkdtempSync(join(tmpdir(), 'osmose-server-')), 'store');
  const config = resolveConfig(
    { store, ...SAME_FLAGS, ...o.flags },
    { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '' },
  );
  const s = await startServer({ port: 0, host: '127.0.0.1', rateLimitPerMinute: 0, ...o, config });
  return Object.assign(s, { store });
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads a job's Server-Sent Events until `end` (or the stream closes). */
export async function readEvents(url: string, headers: Record<string, string> = {}): Promise<SseEvent[]> {
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers } });
  if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status} ${await res.text()}`);
  const out: SseEvent[] = [];
  const dec = new TextDecoder();
  let buf = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buf += dec.decode(chunk, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const ev = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (ev && data !== undefined) out.push({ event: ev, data: JSON.parse(data) });
    }
  }
  return out;
}

export async function upload(
  base: string,
  files: { name: string; bytes: Uint8Array }[],
  opts: { field?: string; headers?: Record<string, string>; force?: boolean } = {},
) {
  const form = new FormData();
  for (const f of files) form.append(opts.field ?? 'file', new Blob([f.bytes]), f.name);
  if (opts.force) form.append('force', 'true');
  const res = await fetch(`${base}/v1/documents`, { method: 'POST', body: form, headers: opts.headers });
  return { status: res.status, body: (await res.json()) as any };
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const res = await fetch(url, init);
  return { status: res.status, body: await res.json() };
}

/** Polls a job until it is finished. */
export async function waitJob(base: string, id: string, timeoutMs = 240_000): Promise<any> {
  const t0 = Date.now();
  for (;;) {
    const { body } = await getJson(`${base}/v1/jobs/${id}`);
    if (!['queued', 'running'].includes(body.status)) return body;
    if (Date.now() - t0 > timeoutMs) throw new Error(`job ${id} still ${body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A report without what differs between two runs of the same deck (paths, timings). */
export function comparable(r: any): any {
  const { file: _f, timingsMs: _t, phases, ...rest } = r;
  return {
    ...rest,
    phases: Object.fromEntries(
      Object.entries(phases ?? {}).map(([k, v]: [string, any]) => [
        k,
        { calls: v.calls, cacheHits: v.cacheHits, fallbacks: v.fallbacks, items: v.items },
      ]),
    ),
  };
}
