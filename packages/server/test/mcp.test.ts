/* eslint-disable @typescript-eslint/no-explicit-any */
/** MCP over streamable HTTP at /mcp, driven by the SDK's own client against a server holding a deck. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, sampleDeckSpec } from '../../../tools/deck-gen/index.js';
import { getJson, startTestServer, upload, waitJob } from './helpers.js';

describe('MCP tools', { timeout: 180_000 }, () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let client: Client;

  beforeAll(async () => {
    srv = await startTestServer();
    const up = await upload(srv.url, [{ name: 'sample.pptx', bytes: await buildDeck(sampleDeckSpec) }]);
    expect((await waitJob(srv.url, up.body.jobs[0].id)).status).toBe('ingested');
    client = new Client({ name: 'osmose-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${srv.url}/mcp`)));
  });
  afterAll(async () => {
    await client?.close();
    await srv?.close();
  });

  const call = async (name: string, args: Record<string, unknown>) => {
    const r: any = await client.callTool({ name, arguments: args });
    return { ...r, value: r.isError ? null : JSON.parse(r.content[0].text) };
  };

  it('lists the four tools with their input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'neighbours',
      'search',
      'show_concept',
      'slides_of_concept',
    ]);
    expect(tools.find((t) => t.name === 'search')!.inputSchema.required).toEqual(['query']);
  });

  it('search and show_concept answer what the HTTP API answers', async () => {
    const s = await call('search', { query: 'data protection', limit: 5 });
    expect(s.value).toEqual(
      (await getJson(`${srv.url}/v1/search?q=${encodeURIComponent('data protection')}&limit=5`)).body,
    );
    expect(s.value.concepts.length).toBeGreaterThan(0);
    const c = await call('show_concept', { concept: 'GDPR' });
    expect(c.value).toEqual((await getJson(`${srv.url}/v1/concepts/GDPR`)).body);
    expect(c.value.name).toBe('General Data Protection Regulation');
  });

  it('neighbours: the related concepts as nodes and edges', async () => {
    const c = (await getJson(`${srv.url}/v1/concepts/GDPR`)).body;
    const n = await call('neighbours', { concept: 'GDPR', depth: 1, limit: 50 });
    expect(n.value).toEqual(
      (await getJson(`${srv.url}/v1/graph?concept=${encodeURIComponent(c.id)}&depth=1&limit=50`)).body,
    );
    const ids = n.value.nodes.map((x: any) => x.id);
    expect(ids).toContain(c.id);
    for (const r of c.related) expect(ids).toContain(r.id);
  });

  it('slides_of_concept: one row per slide with its mention count', async () => {
    const c = (await getJson(`${srv.url}/v1/concepts/GDPR`)).body;
    const s = await call('slides_of_concept', { concept: 'GDPR' });
    expect(s.value.concept).toEqual({ id: c.id, name: c.name });
    const total = s.value.slides.reduce((a: number, r: any) => a + r.mentions, 0);
    expect(total).toBe(c.mentionList.length);
    expect(new Set(s.value.slides.map((r: any) => r.slide)).size).toBe(c.slides);
    for (const r of s.value.slides)
      expect(r).toMatchObject({
        document: 'sample.pptx',
        docId: expect.stringMatching(/^doc:/),
        slide: expect.any(Number),
      });
  });

  it('an unknown concept is a tool error with a code, not a crash', async () => {
    const r = await call('show_concept', { concept: 'no such concept' });
    expect(r.isError).toBe(true);
    expect(r.content[0].text).toMatch(/^OSM_NOT_FOUND/);
    const bad: any = await client
      .callTool({ name: 'search', arguments: { query: '' } })
      .catch((e) => ({ isError: true, e }));
    expect(bad.isError).toBe(true);
  });
});
