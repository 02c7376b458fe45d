import { isSimulatorProfile, OsmoseError, SIMULATOR_PROFILES, startSimulator } from '@osmose/core';
import type { Command } from './context.js';

export const simulate: Command = {
  summary: 'Run the OpenAI-compatible provider simulator, to test settings offline',
  usage: '[--profile ideal|realistic|outage|flaky] [--port N] [--time-scale X] [--rpm N] [--seed N]',
  help: `  --profile <name>     ${Object.keys(SIMULATOR_PROFILES).join(' | ')} (default realistic)
  --port <n>           port on 127.0.0.1 (default: a free one)
  --time-scale <x>     real time = simulated time × x (0.01 runs 100× faster; default 1)
  --rpm <n>            requests per minute per key (overrides the profile)
  --seed <n>           random seed (reproducible runs)
  --duration <s>       stop after this many seconds (default: until Ctrl-C)
Then, in another terminal: OPENAI_BASE_URL=<printed url> OPENAI_API_KEY=sim osmose ingest deck.pptx --vision all`,
  options: {
    profile: { type: 'string' },
    port: { type: 'string' },
    'time-scale': { type: 'string' },
    rpm: { type: 'string' },
    seed: { type: 'string' },
    duration: { type: 'string' },
  },
  async run(ctx) {
    const profile = typeof ctx.flags.profile === 'string' ? ctx.flags.profile : 'realistic';
    if (!isSimulatorProfile(profile))
      throw new OsmoseError('OSM_CONFIG_INVALID', `--profile must be one of ${Object.keys(SIMULATOR_PROFILES).join(', ')}.`);
    const numFlag = (n: string): number | undefined => {
      const v = ctx.flags[n];
      if (v === undefined) return undefined;
      const x = Number(v);
      if (!Number.isFinite(x) || x < 0) throw new OsmoseError('OSM_CONFIG_INVALID', `--${n} must be a non-negative number.`);
      return x;
    };
    const overrides: Record<string, number> = {};
    const ts = numFlag('time-scale');
    if (ts !== undefined) overrides.timeScale = ts;
    const rpm = numFlag('rpm');
    if (rpm !== undefined) overrides.rpm = rpm;
    const seed = numFlag('seed');
    if (seed !== undefined) overrides.seed = seed;
    const sim = await startSimulator({ profile, port: numFlag('port') ?? 0, ...overrides });
    const url = `${sim.url.replace(/\/$/, '')}${sim.url.endsWith('/v1') ? '' : '/v1'}`;
    if (ctx.json) ctx.stdout.write(JSON.stringify({ url, profile, config: sim.config }) + '\n');
    else ctx.stdout.write(`simulator (${profile}) listening on ${url}\nOPENAI_BASE_URL=${url} OPENAI_API_KEY=sim npx osmose ingest deck.pptx --vision all\n`);
    const duration = numFlag('duration');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (duration !== undefined) setTimeout(stop, duration * 1000).unref();
    });
    const stats = sim.stats();
    await sim.close();
    if (ctx.json) ctx.stdout.write(JSON.stringify({ stats }) + '\n');
    else ctx.stdout.write(`stopped; ${JSON.stringify(stats)}\n`);
    return 0;
  },
};
