import { defineConfig } from 'vite';

// The app is served by `osmose serve` at `/` as static files: relative asset URLs, everything bundled
// (no external requests), one chunk for the graph view so the first screen stays small.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  // `npx vite packages/web` / `vite preview`: the API of a running `osmose serve` (OSMOSE_API, default :8080).
  server: { proxy: { '/v1': process.env.OSMOSE_API ?? 'http://127.0.0.1:8080' } },
  preview: { proxy: { '/v1': process.env.OSMOSE_API ?? 'http://127.0.0.1:8080' } },
});
