import { rmSync, writeFileSync } from 'node:fs';
import { isSimulatorProfile, OsmoseError, SIMULATOR_PROFILES, startSimulator } from '@osmose/core';
import type { Command } from './context.js';

export const simulate: Command = {
  summary: 'Run the OpenAI-compatible provider simulator, to test settings offline',
  usage:
    '[--profile ideal|realistic|outage|flaky] [--port N] [--time-scale X] [--rpm N] [--seed N] [--duration S] [--pid-file F] [--reject-key K]',
  help: `  --profile <name>     ${Object.keys(SIMULATOR_PROFILES).join(' | ')} (default realistic)
  --port <n>           port on 127.0.0.1 (default: a free one)
  --time-scale <x>     real time = simulated time × x (0.01 runs 100× faster; default 1)
  --rpm <n>            requests per minute per key (overrides the profile)
  --seed <n>           random seed (reproducible runs)
  --duration <s>       stop after this many seconds (default: until Ctrl-C or SIGTERM)
  --pid-file <file>    write the server's own process id there (removed on exit), for scripts that stop it
  --reject-key <key>   answer 401 invalid_api_key to this API key (a revoked key; repeat for several)
Runs in the foreground and stops cleanly on Ctrl-C / SIGTERM (port closed, stats printed); it also stops
when the process that started it goes away (an npx/npm wrapper killed by a script).
Then, in another terminal: OPENAI_BASE_URL=<printed url> OPENAI_API_KEY=sim osmose ingest deck.pptx --vision all
Beside an ingest in one script:
  node packages/cli/bin/osmose.js simulate --port 8765 & SIM=$!   # $! is the server itself, not a wrapper
  OPENAI_BASE_URL=http://127.0.0.1:8765/v1 OPENAI_API_KEY=sim node packages/cli/bin/osmose.js ingest deck.pptx --vision all
  kill $SIM`,
  options: {
    profile: { type: 'string' },
    port: { type: 'string' },
    'time-scale': { type: 'string' },
    rpm: { type: 'string' },
    seed: { type: 'string' },
    duration: { type: 'string' },
    'pid-file': { type: 'string' },
    'reject-key': { type: 'string', multiple: true },
  },
  async run(ctx) {
    const profile = typeof ctx.flags.profile === 'string' ? ctx.flags.profile : 'realistic';
    if (!isSimulatorProfile(profile))
      throw new OsmoseError(
        'OSM_CONFIG_INVALID',
        `--profile must be one of ${Object.keys(SIMULATOR_PROFILES).join(', ')}.`,
      );
    const numFlag = (n: string): number | undefined => {
      const v = ctx.flags[n];
      if (v === undefined) return undefined;
      const x = Number(v);
      if (!Number.isFinite(x) || x < 0)
        throw new OsmoseError('OSM_CONFIG_INVALID', `--${n} must be a non-negative number.`);
      return x;
    };
    const overrides: Record<string, number> = {};
    const ts = numFlag('time-scale');
    if (ts !== undefined) overrides.timeScale = ts;
    const rpm = numFlag('rpm');
    if (rpm !== undefined) overrides.rpm = rpm;
    const seed = numFlag('seed');
    if (seed !== undefined) overrides.seed = seed;
    const duration = numFlag('duration');
    const pidFile = typeof ctx.flags['pid-file'] === 'string' ? ctx.flags['pid-file'] : undefined;
    // stop conditions first: a SIGTERM sent as soon as the URL is printed must find its handler in place
    const parent = process.ppid;
    let why = 'stopped';
    let watch: NodeJS.Timeout | undefined;
    let timer: NodeJS.Timeout | undefined;
    const stopped = new Promise<void>((resolve) => {
      const stop = (reason: string) => () => {
        why = reason;
        resolve();
      };
      process.on('SIGINT', stop('SIGINT'));
      process.on('SIGTERM', stop('SIGTERM'));
      process.on('SIGHUP', stop('SIGHUP'));
      if (duration !== undefined)
        timer = setTimeout(stop(`--duration ${duration} s`), duration * 1000).unref();
      // started through a wrapper (npx, npm exec) that a script killed: the server must not outlive it
      watch = setInterval(() => {
        if (process.ppid !== parent) stop('the process that started it exited')();
      }, 1000);
      watch.unref();
    });
    const rejected = ctx.flags['reject-key'];
    const rejectKeys = (Array.isArray(rejected) ? rejected : rejected === undefined ? [] : [rejected]).map(
      String,
    );
    const sim = await startSimulator({ profile, port: numFlag('port') ?? 0, rejectKeys, ...overrides });
    const url = `${sim.url.replace(/\/$/, '')}${sim.url.endsWith('/v1') ? '' : '/v1'}`;
    if (pidFile) writeFileSync(pidFile, `${process.pid}\n`);
    if (ctx.json) ctx.stdout.write(JSON.stringify({ url, profile, config: sim.config }) + '\n');
    else
      ctx.stdout.write(
        `simulator (${profile}) listening on ${url}\nOPENAI_BASE_URL=${url} OPENAI_API_KEY=sim npx osmose ingest deck.pptx --vision all\n`,
      );
    // the listening server keeps the process alive until one of the stop conditions fires
    await stopped;
    clearInterval(watch);
    clearTimeout(timer);
    const stats = sim.stats();
    await sim.close();
    if (pidFile) rmSync(pidFile, { force: true });
    if (ctx.json) ctx.stdout.write(JSON.stringify({ stats }) + '\n');
    else ctx.stdout.write(`stopped (${why}), port closed; ${JSON.stringify(stats)}\n`);
    return 0;
  },
};
