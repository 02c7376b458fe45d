import { createEngine, resolveConfig } from './src/index.js';
import { startSimulator } from '../vision/src/index.js';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const work = mkdtempSync(join(tmpdir(), 'dbgf-'));
const sim = await startSimulator({ profile: (process.env.PROF as 'ideal') ?? 'ideal', rpm: 500 });
const config = resolveConfig(
  { store: join(work, 'store'), vision: 'all', 'base-url': sim.url, 'api-key': 'k', 'embedding-model': 'none', concurrency: '2' },
  { OSMOSE_CACHE_DIR: process.env.KEEP_CACHE ? join(tmpdir(), 'dbgf-cache') : join(work, 'cache'), OSMOSE_LLM_EXTRACT: '0' },
);
const tc = performance.now();
const engine = await createEngine(config);
console.log('engine', Math.round(performance.now() - tc));
const t0 = performance.now();
const at = (s: string) => console.log(s, Math.round(performance.now() - t0));
let firstSlide = true;
let firstProv = true;
await engine.ingest([process.argv[2]], {
  observer: {
    phaseStart: (_p, ph) => at('start ' + ph),
    phaseEnd: (_p, ph) => at('end ' + ph),
    slide: () => { if (firstSlide) { firstSlide = false; at('first slide answer'); } },
    provider: (_p, e) => { if (firstProv) { firstProv = false; at('first provider event ' + e.type); } },
  },
});
at('done');
const ev = sim.stats().events;
console.log('first call accepted (sim t)', ev[0]?.t);
await engine.close();
await sim.close();
