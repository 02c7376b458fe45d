/**
 * POST /v1/documents: multipart decks (field "file", one or more) or, with --allow-paths, JSON
 * {paths:[…]}. Each file is streamed to the blob folder, sniffed and checked by core's extractor
 * before anything is kept: one bad file rejects the whole request and nothing is stored or queued.
 * An unchanged deck (same content already in the store) gets a job that is already finished.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { isOsmoseError, OsmoseError } from '@osmose/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BlobStore, TempBlob } from './blobs.js';
import type { CoreFacade, FacadeDocReport } from './core-facade.js';
import { newJob, type Job } from './jobs/job.js';
import type { JobRunner } from './jobs/runner.js';
import { JOB_SCHEMA } from './schemas.js';

export interface UploadDeps {
  facade: CoreFacade;
  runner: JobRunner;
  blobs: BlobStore;
  allowPaths: string | null;
  maxFiles: number;
  maxBytes: number;
  /** Called for each file kept (metrics). */
  onAccepted?: (bytes: number) => void;
  /** A deck refused before it became a job (its error code), and one answered unchanged at once (its report). */
  onRefused?: (code: string) => void;
  onFinished?: (report: FacadeDocReport) => void;
  checkDeck: (bytes: Buffer, name: string) => Promise<unknown>;
}

const FILE_FIELDS = new Set(['file', 'files', 'file[]', 'files[]']);

export function registerUpload(app: FastifyInstance, d: UploadDeps): void {
  app.post(
    '/v1/documents',
    {
      schema: {
        summary: 'Upload decks (multipart field "file") or name server-side paths (JSON, with --allow-paths)',
        consumes: ['multipart/form-data', 'application/json'],
        response: { 202: { type: 'object', properties: { jobs: { type: 'array', items: JOB_SCHEMA } } } },
      },
    },
    async (req, reply) => {
      const received: TempBlob[] = [];
      let force = false;
      try {
        if (req.isMultipart()) force = await receiveMultipart(req, d, received);
        else force = await receivePaths(req, d, received);
        if (received.length === 0) throw new OsmoseError('OSM_UPLOAD_NO_FILE');
        for (const t of received) await check(t, d);
        const jobs: Job[] = [];
        for (const t of received) jobs.push(await enqueue(t, d, force));
        return reply.code(202).send({ jobs });
      } finally {
        // whatever was not kept is removed (keep() already moved the accepted ones)
        await Promise.all(received.map((t) => d.blobs.discard(t)));
      }
    },
  );
}

async function receiveMultipart(req: FastifyRequest, d: UploadDeps, out: TempBlob[]): Promise<boolean> {
  let force = false;
  let badField: string | null = null;
  for await (const part of req.parts({ limits: { files: d.maxFiles, fileSize: d.maxBytes } })) {
    if (part.type === 'file') {
      if (!FILE_FIELDS.has(part.fieldname)) {
        badField = part.fieldname;
        part.file.resume();
        continue;
      }
      const t = await d.blobs.receive(part.file, part.filename);
      out.push(t);
      if (part.file.truncated)
        throw new OsmoseError(
          'OSM_INPUT_TOO_LARGE',
          `${t.name} is larger than the server accepts (${Math.round(d.maxBytes / 1048576)} MB).`,
        );
    } else if (part.fieldname === 'force')
      force = String(part.value) === 'true' || String(part.value) === '1';
  }
  if (badField !== null)
    throw new OsmoseError(
      'OSM_UPLOAD_FIELD',
      `The upload has a file under the form field "${badField}"; send decks as "file".`,
    );
  return force;
}

async function receivePaths(req: FastifyRequest, d: UploadDeps, out: TempBlob[]): Promise<boolean> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new OsmoseError(
      'OSM_INPUT_UNSUPPORTED_TYPE',
      'Unsupported content type: send decks as multipart/form-data (field "file"), or JSON {"paths":[…]}.',
    );
  const body = req.body as { paths?: unknown; force?: unknown } | undefined;
  if (!body || !Array.isArray(body.paths) || body.paths.some((p) => typeof p !== 'string'))
    throw new OsmoseError(
      'OSM_BAD_REQUEST',
      'Send decks as multipart/form-data (field "file"), or JSON {"paths":["…"]}.',
    );
  if (!d.allowPaths)
    throw new OsmoseError(
      'OSM_PATH_FORBIDDEN',
      'This server does not read server-side paths (start it with --allow-paths DIR).',
    );
  if (body.paths.length > d.maxFiles) throw new OsmoseError('OSM_UPLOAD_TOO_MANY_FILES');
  const root = await realpath(d.allowPaths);
  for (const p of body.paths as string[]) {
    const real = await realpath(p).catch(() => null);
    if (real === null) {
      // say "not found" only when the path's nearest existing folder is inside the allowed one (after "..", links):
      // the answer then reveals nothing about what exists outside it
      if (!(await insideOf(root, p)))
        throw new OsmoseError('OSM_PATH_FORBIDDEN', `${basename(p)} is outside the allowed folder.`);
      throw new OsmoseError('OSM_INPUT_NOT_FOUND', `${basename(p)} does not exist.`);
    }
    if (real !== root && !real.startsWith(root + sep))
      throw new OsmoseError('OSM_PATH_FORBIDDEN', `${basename(p)} is outside the allowed folder.`);
    const st = await stat(real);
    if (!st.isFile()) throw new OsmoseError('OSM_INPUT_UNSUPPORTED_TYPE', `${basename(p)} is not a file.`);
    if (st.size > d.maxBytes)
      throw new OsmoseError('OSM_INPUT_TOO_LARGE', `${basename(p)} is larger than the server accepts.`);
    out.push(await d.blobs.receive(createReadStream(real), basename(real)));
  }
  return body.force === true;
}

/** Whether a path that does not exist would lie in `root`: its nearest existing ancestor, resolved, is inside. */
async function insideOf(root: string, p: string): Promise<boolean> {
  // ".." after a link would be undone on the text before the link is followed: refuse it rather than guess
  if (p.split(/[\\/]/).includes('..')) return false;
  let dir = dirname(resolve(p));
  for (;;) {
    const real = await realpath(dir).catch(() => null);
    if (real !== null) return real === root || real.startsWith(root + sep);
    const up = dirname(dir);
    if (up === dir) return false;
    dir = up;
  }
}

async function check(t: TempBlob, d: UploadDeps): Promise<void> {
  if (t.size === 0) {
    d.onRefused?.('OSM_INPUT_EMPTY');
    throw new OsmoseError('OSM_INPUT_EMPTY', `${t.name} is empty (0 bytes).`);
  }
  const bytes = await readFile(t.tmpPath);
  try {
    await d.checkDeck(bytes, t.name);
  } catch (e) {
    if (isOsmoseError(e)) {
      d.onRefused?.(e.code);
      throw new OsmoseError(e.code, `${t.name}: ${e.message}`);
    }
    throw e;
  }
}

async function enqueue(t: TempBlob, d: UploadDeps, force: boolean): Promise<Job> {
  const blobPath = await d.blobs.keep(t);
  d.onAccepted?.(t.size);
  const id = randomUUID();
  const existing = force ? null : await d.facade.unchangedDocument(t.sha256);
  if (existing) {
    const job = newJob({ id, name: t.name });
    const now = job.createdAt;
    Object.assign(job, { status: 'unchanged', docId: existing.id, startedAt: now, finishedAt: now });
    job.report = { ...(await d.facade.unchangedReport(t.name, existing)), timingsMs: { total: 0 } };
    d.onFinished?.(job.report);
    await d.runner.record(job);
    return job;
  }
  return d.runner.submit({ id, name: t.name, blobPath, sha256: t.sha256, force });
}
