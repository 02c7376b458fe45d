// Shared by the browser tests and the UI benchmark: Debian's chromium driven by puppeteer-core, a real
// `osmose serve` (from source, like the CLI tests) on a free port with a temp store, and the built web app.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus', 'pptx');
export const SHOTS = join(REPO_ROOT, 'bench', 'results', 'ui');

/** Chromium's path, or why there is none (the tests then skip, loudly). */
export function findChromium(): { path: string | null; why: string } {
  for (const c of [process.env.CHROMIUM_PATH, 'chromium', 'chromium-browser']) {
    if (!c) continue;
    const r = spawnSync('sh', ['-c', `command -v "${c}"`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return { path: r.stdout.trim(), why: '' };
  }
  return {
    path: null,
    why: 'chromium is not installed (tools/setup/chromium.sh installs Debian chromium; run npm run setup -- --test)',
  };
}

/** Newest modification time of the app's sources (src/, index.html, vite.config.ts, package.json). */
function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds packages/web/dist (vite) when it is missing or older than a source, so the server serves the app under
 * test, not a stale build (and a fresh build from the setup step is not redone under other tests).
 */
export function buildWebApp(): void {
  const web = join(REPO_ROOT, 'packages', 'web');
  const built = join(web, 'dist', 'index.html');
  if (existsSync(built)) {
    const src = Math.max(
      newestSource(join(web, 'src')),
      ...['index.html', 'vite.config.ts', 'package.json'].map((f) => statSync(join(web, f)).mtimeMs),
    );
    if (statSync(built).mtimeMs >= src) return;
  }
  // the web package's own vite (the root one belongs to vitest and may be another major)
  const vite = join(
    dirname(createRequire(join(REPO_ROOT, 'packages', 'web', 'package.json')).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const r = spawnSync(
    process.execPath,
    [vite, 'build', join(REPO_ROOT, 'packages', 'web'), '--logLevel', 'error'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (r.status !== 0 || !existsSync(join(REPO_ROOT, 'packages', 'web', 'dist', 'index.html')))
    throw new Error(`vite build failed: ${r.stderr || r.stdout}`);
}

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
}

/** `osmose serve --port 0` (the real CLI command) on a store folder; resolves with the URL it prints. */
export async function startOsmose(
  store: string,
  extra: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'packages', 'cli', 'src', 'main.ts'),
      'serve',
      '--port',
      '0',
      '--store',
      store,
      '--embedding-model',
      'none',
      '--vision',
      'off',
      '--rate-limit',
      '0',
      '--json',
      ...extra,
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '', OSMOSE_API_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`osmose serve did not start in 120 s:\n${err}`)), 120_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /"url":"([^"]+)"/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`osmose serve exited (${code}):\n${err}`));
    });
  });
  return {
    url,
    proc,
    log: () => err,
    stop: () =>
      new Promise<void>((done) => {
        if (proc.exitCode !== null) return done();
        const k = setTimeout(() => proc.kill('SIGKILL'), 20_000);
        proc.once('exit', () => {
          clearTimeout(k);
          done();
        });
        proc.kill('SIGTERM');
      }),
  };
}

export async function launch(executablePath: string): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath,
    headless: true,
    protocolTimeout: 600_000,
    // no sandbox: CI containers run as root; no network beyond the loopback server
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--disable-extensions',
      '--disable-background-networking',
    ],
  });
}

/** A page that records every request leaving the loopback server and every page error. */
export async function newPage(
  browser: Browser,
  base: string,
): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  // tsx/esbuild (keepNames) wraps functions handed to page.evaluate in __name(): make it exist in the page
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
  const external: string[] = [];
  const errors: string[] = [];
  const origin = new URL(base).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  return { page, external, errors };
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, type: 'png' });
  return path;
}
