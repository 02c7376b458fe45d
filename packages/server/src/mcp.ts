/**
 * The graph for LLM agents over the Model Context Protocol (streamable HTTP at /mcp, stateless: one
 * server + transport per request). Tools: search, show_concept, neighbours, slides_of_concept — the
 * same data as the HTTP API, through the core facade.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CoreFacade } from './core-facade.js';
import { errorBody } from './http-errors.js';

const json = (value: unknown) => ({
  content: [{ type: 'text' as const, text: JSON.stringify(value) }],
  structuredContent: value as Record<string, unknown>,
});
const notFound = (what: string) => ({
  content: [{ type: 'text' as const, text: `OSM_NOT_FOUND: no concept named "${what}".` }],
  isError: true,
});

/** Slides that mention a concept, grouped: one row per document slide with its mention count. */
export function slidesOfConcept(
  mentions: { docId: string; document: string; slide: number; slideTitle: string | null }[],
) {
  const rows = new Map<
    string,
    { docId: string; document: string; slide: number; title: string | null; mentions: number }
  >();
  for (const m of mentions) {
    const k = `${m.docId}#${m.slide}`;
    const r = rows.get(k);
    if (r) r.mentions++;
    else
      rows.set(k, { docId: m.docId, document: m.document, slide: m.slide, title: m.slideTitle, mentions: 1 });
  }
  return [...rows.values()].sort((a, b) =>
    a.document === b.document ? a.slide - b.slide : a.document < b.document ? -1 : 1,
  );
}

export function buildMcpServer(facade: CoreFacade): McpServer {
  const mcp = new McpServer({ name: 'osmose-ingest', version: '0.1.0' });
  mcp.registerTool(
    'search',
    {
      description:
        'Find the concepts and slides of the knowledge graph nearest to a text (by meaning when an embedding model is installed).',
      inputSchema: { query: z.string().min(1).max(2000), limit: z.number().int().min(1).max(100).optional() },
    },
    async ({ query, limit }) => json(await facade.search(query, limit ?? 10)),
  );
  mcp.registerTool(
    'show_concept',
    {
      description:
        'One concept by id, name or alias: type, aliases, definition, every mention (deck, slide, layer, sentence), related concepts, chart facts.',
      inputSchema: { concept: z.string().min(1).max(500) },
    },
    async ({ concept }) => {
      const c = await facade.showConcept(concept);
      return c ? json(c) : notFound(concept);
    },
  );
  mcp.registerTool(
    'neighbours',
    {
      description:
        'The concepts related to a concept (co-occurrence and typed relations), up to `depth` hops, as nodes and weighted edges.',
      inputSchema: {
        concept: z.string().min(1).max(500),
        depth: z.number().int().min(1).max(3).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      },
    },
    async ({ concept, depth, limit }) => {
      const c = await facade.showConcept(concept);
      if (!c) return notFound(concept);
      return json(await facade.graphView({ concept: c.id, depth: depth ?? 1, limit: limit ?? 50 }));
    },
  );
  mcp.registerTool(
    'slides_of_concept',
    {
      description:
        'The slides (deck, slide number, title) that mention a concept, with how many mentions each.',
      inputSchema: { concept: z.string().min(1).max(500) },
    },
    async ({ concept }) => {
      const c = await facade.showConcept(concept);
      if (!c) return notFound(concept);
      return json({ concept: { id: c.id, name: c.name }, slides: slidesOfConcept(c.mentionList) });
    },
  );
  return mcp;
}

export function installMcp(app: FastifyInstance, facade: CoreFacade): void {
  app.post(
    '/mcp',
    {
      schema: {
        summary:
          'Model Context Protocol (streamable HTTP): tools search, show_concept, neighbours, slides_of_concept',
      },
    },
    async (req, reply) => {
      const mcp = buildMcpServer(facade);
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      reply.hijack();
      reply.raw.on('close', () => {
        void transport.close();
        void mcp.close();
      });
      await mcp.connect(transport);
      await transport.handleRequest(req.raw, reply.raw, req.body);
    },
  );
  const notAllowed = async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .code(405)
      .header('allow', 'POST')
      .send(errorBody('OSM_BAD_REQUEST', 'This MCP endpoint is stateless: send JSON-RPC with POST.'));
  app.get('/mcp', { schema: { hide: true } }, notAllowed);
  app.delete('/mcp', { schema: { hide: true } }, notAllowed);
}
