/** Graph queries: the same data and shapes as the CLI's --json (concepts, show, search, merges, export, slides). */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  CONCEPT_TYPES,
  EXPORT_FORMATS,
  OsmoseError,
  type ConceptType,
  type ExportFormat,
} from '@osmose/core';
import type { FastifyInstance } from 'fastify';
import type { BlobStore } from '../blobs.js';
import type { CoreFacade } from '../core-facade.js';
import { ID_PARAM, LIMIT, OPEN } from '../schemas.js';

export function registerQueries(app: FastifyInstance, facade: CoreFacade, blobs: BlobStore): void {
  app.get(
    '/v1/concepts',
    {
      schema: {
        summary: 'Top concepts (CLI: osmose concepts --json)',
        querystring: {
          type: 'object',
          properties: {
            limit: LIMIT(30, 100_000),
            type: { type: 'string', enum: [...CONCEPT_TYPES, ...CONCEPT_TYPES.map((t) => t.toLowerCase())] },
            document: { type: 'string', maxLength: 200 },
            q: { type: 'string', maxLength: 500 },
          },
        },
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const q = req.query as { limit: number; type?: string; document?: string; q?: string };
      const type = q.type ? (q.type.toUpperCase() as ConceptType) : undefined;
      return { concepts: await facade.listConcepts({ limit: q.limit, type, document: q.document, q: q.q }) };
    },
  );

  app.get(
    '/v1/concepts/:id',
    {
      schema: {
        summary: 'One concept by id, name or alias (CLI: osmose show --json)',
        params: ID_PARAM,
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const id = (req.params as { id: string }).id;
      const c = await facade.showConcept(id);
      if (!c) throw new OsmoseError('OSM_NOT_FOUND', `No concept named "${id}".`);
      return c;
    },
  );

  app.get(
    '/v1/search',
    {
      schema: {
        summary: 'Nearest concepts and slides (CLI: osmose search --json)',
        querystring: {
          type: 'object',
          properties: { q: { type: 'string', minLength: 1, maxLength: 2000 }, limit: LIMIT(10, 1000) },
          required: ['q'],
        },
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const q = req.query as { q: string; limit: number };
      if (!q.q.trim()) throw new OsmoseError('OSM_BAD_REQUEST', 'Give a text to search for (q).');
      return facade.search(q.q.trim(), q.limit);
    },
  );

  app.get('/v1/documents', { schema: { summary: 'Stored documents', response: { 200: OPEN } } }, async () => {
    const docs = await facade.listDocuments();
    // the server-side path of the blob is not the client's business
    return { documents: docs.map(({ path: _path, ...d }) => d) };
  });

  app.delete(
    '/v1/documents/:id',
    {
      schema: {
        summary:
          'Remove a stored deck from every store: slides, mentions, relations, chart facts, vectors, and the concepts only it mentioned (CLI: osmose delete --json)',
        params: ID_PARAM,
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const id = (req.params as { id: string }).id;
      const r = await facade.deleteDocument(id);
      if (!r) throw new OsmoseError('OSM_NOT_FOUND', `No document ${id}.`);
      const { path: _path, ...deleted } = r.deleted;
      return { deleted, vectorsPending: r.vectorsPending };
    },
  );

  app.get(
    '/v1/documents/:id/slides',
    {
      schema: {
        summary: 'What extraction reads from a stored deck (CLI: osmose slides --json)',
        params: ID_PARAM,
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const { blob, name } = await blobOf(facade, blobs, (req.params as { id: string }).id);
      return facade.slidesJson(blob, name);
    },
  );

  app.get(
    '/v1/documents/:id/slides/:index/image',
    {
      schema: {
        summary: "A slide's rendered image (JPEG), rendered on demand and cached",
        params: {
          type: 'object',
          properties: { id: { type: 'string' }, index: { type: 'integer', minimum: 1, maximum: 100_000 } },
          required: ['id', 'index'],
        },
      },
    },
    async (req, reply) => {
      const p = req.params as { id: string; index: number };
      const { blob, sha } = await blobOf(facade, blobs, p.id);
      const img = await facade.slideImage(blob, sha, p.index);
      if (!img) throw new OsmoseError('OSM_NOT_FOUND', `The deck has no slide ${p.index}.`);
      return reply
        .type(img.mime)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(img.bytes);
    },
  );

  app.get(
    '/v1/graph',
    {
      schema: {
        summary: 'A neighbourhood of the graph: around a concept, or the concepts of a document',
        querystring: {
          type: 'object',
          properties: {
            concept: { type: 'string', maxLength: 500 },
            document: { type: 'string', maxLength: 200 },
            depth: { type: 'integer', minimum: 0, maximum: 4, default: 1 },
            limit: LIMIT(2000, 20_000),
          },
        },
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const q = req.query as { concept?: string; document?: string; depth: number; limit: number };
      let concept = q.concept;
      if (concept) {
        const c = await facade.showConcept(concept);
        if (!c) throw new OsmoseError('OSM_NOT_FOUND', `No concept named "${concept}".`);
        concept = c.id;
      }
      return facade.graphView({
        concept,
        document: q.document,
        depth: q.depth,
        limit: q.limit,
      });
    },
  );

  app.get(
    '/v1/export',
    {
      schema: {
        summary: 'The whole graph (CLI: osmose export)',
        querystring: {
          type: 'object',
          properties: { format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'json' } },
        },
      },
    },
    async (req, reply) => {
      const format = (req.query as { format: ExportFormat }).format;
      const text = await facade.exportGraph(format);
      const type =
        format === 'json' ? 'application/json' : format === 'graphml' ? 'application/xml' : 'text/plain';
      return reply
        .type(`${type}; charset=utf-8`)
        .header(
          'content-disposition',
          `attachment; filename="osmose-graph.${format === 'cypher' ? 'cypher' : format}"`,
        )
        .send(text);
    },
  );

  app.get(
    '/v1/merges',
    {
      schema: {
        summary: 'Entity-resolution merges (CLI: osmose merges --json)',
        querystring: { type: 'object', properties: { all: { type: 'boolean', default: false } } },
        response: { 200: OPEN },
      },
    },
    async (req) => {
      const list = await facade.listMerges();
      return { merges: (req.query as { all: boolean }).all ? list : list.filter((m) => !m.undoneAt) };
    },
  );

  app.post(
    '/v1/merges/:id/undo',
    {
      schema: {
        summary: 'Undo one merge (CLI: osmose unmerge --json)',
        params: ID_PARAM,
        response: { 200: OPEN },
      },
    },
    async (req) => {
      return facade.unmerge((req.params as { id: string }).id);
    },
  );
}

async function blobOf(
  facade: CoreFacade,
  blobs: BlobStore,
  docId: string,
): Promise<{ blob: string; name: string; sha: string }> {
  const doc = await facade.document(docId);
  if (!doc) throw new OsmoseError('OSM_NOT_FOUND', `No document ${docId}.`);
  // a deck uploaded here has its copy in the blob store; one ingested by the CLI into the same store is read from
  // the path it was ingested from, when the file there is still that deck (same sha256)
  const blob = (await blobs.find(doc.sha256)) ?? (await sameDeckAt(doc.path, doc.sha256));
  if (!blob)
    throw new OsmoseError(
      'OSM_BLOB_MISSING',
      `The stored copy of ${doc.fileName} is gone (it was not uploaded to this server, or was removed).`,
    );
  return { blob, name: doc.fileName, sha: doc.sha256 };
}

const verified = new Map<string, boolean>();

/** `path` when the file there is the deck with this sha256 (checked once per path, size and modification time). */
async function sameDeckAt(path: string, sha256: string): Promise<string | null> {
  const st = await stat(path).catch(() => null);
  if (!st?.isFile()) return null;
  const key = `${path}\0${st.size}\0${st.mtimeMs}\0${sha256}`;
  let ok = verified.get(key);
  if (ok === undefined) {
    const h = createHash('sha256');
    try {
      for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
      ok = h.digest('hex') === sha256;
    } catch {
      ok = false;
    }
    if (verified.size > 10_000) verified.clear();
    verified.set(key, ok);
  }
  return ok ? path : null;
}
