/** GET / serves the built web app (or says how to build it); /v1/openapi.json documents the API. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers.js';

describe('web app and OpenAPI', { timeout: 120_000 }, () => {
  it('serves the web app folder at / and its assets; a short page when it is not built', async () => {
    const web = mkdtempSync(join(tmpdir(), 'osmose-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>OSMOSE web</title><div id=app></div>');
    writeFileSync(join(web, 'app.js'), 'console.log("app")');
    const s = await startTestServer({ webDir: web });
    try {
      const root = await fetch(`${s.url}/`);
      expect(root.status).toBe(200);
      expect(await root.text()).toContain('OSMOSE web');
      const js = await fetch(`${s.url}/app.js`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      // API routes still answer next to the static files
      expect((await fetch(`${s.url}/v1/jobs`)).status).toBe(200);
    } finally {
      await s.close();
    }
    const bare = await startTestServer({ webDir: join(web, 'missing') });
    try {
      const page = await fetch(`${bare.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/web app is not built/);
    } finally {
      await bare.close();
    }
  });

  it('/v1/openapi.json lists every API route', async () => {
    const s = await startTestServer();
    try {
      const doc = (await (await fetch(`${s.url}/v1/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      };
      expect(doc.openapi).toMatch(/^3\./);
      for (const [path, method] of [
        ['/v1/documents', 'post'],
        ['/v1/jobs', 'get'],
        ['/v1/jobs/{id}', 'delete'],
        ['/v1/jobs/{id}/events', 'get'],
        ['/v1/concepts', 'get'],
        ['/v1/concepts/{id}', 'get'],
        ['/v1/search', 'get'],
        ['/v1/graph', 'get'],
        ['/v1/export', 'get'],
        ['/v1/merges', 'get'],
        ['/v1/merges/{id}/undo', 'post'],
        ['/v1/documents/{id}/slides/{index}/image', 'get'],
        ['/readyz', 'get'],
        ['/mcp', 'post'],
      ])
        expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    } finally {
      await s.close();
    }
  });
});
