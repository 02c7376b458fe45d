/**
 * Thin launcher of the OpenAI-compatible simulator (the server lives in @osmose/vision).
 *   npx tsx tools/simulator/cli.ts --profile realistic --port 0 [--time-scale 0.01] [--seed 7] [--rpm 500]
 * Prints the base URL on stdout (first line), then runs until SIGINT/SIGTERM.
 */
import { isSimulatorProfile, startSimulator, type StartSimulatorOptions } from '@osmose/vision';

function parseArgs(argv: string[]): StartSimulatorOptions {
  const opts: StartSimulatorOptions = {};
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    switch (a) {
      case '--profile':
        if (!v || !isSimulatorProfile(v))
          throw new Error('--profile must be one of ideal, realistic, outage, flaky');
        opts.profile = v;
        i++;
        break;
      case '--port':
        opts.port = num(a, v);
        i++;
        break;
      case '--host':
        opts.host = v;
        i++;
        break;
      case '--time-scale':
        opts.timeScale = num(a, v);
        i++;
        break;
      case '--seed':
        opts.seed = num(a, v);
        i++;
        break;
      case '--rpm':
        opts.rpm = num(a, v);
        i++;
        break;
      case '--tpm':
        opts.tpm = num(a, v);
        i++;
        break;
      case '--median-ms':
        opts.latencyMedianMs = num(a, v);
        i++;
        break;
      case '--p95-ms':
        opts.latencyP95Ms = num(a, v);
        i++;
        break;
      case '--help':
        process.stdout.write(
          'usage: cli.ts [--profile ideal|realistic|outage|flaky] [--port 0] [--host 127.0.0.1] [--time-scale 1] [--seed 42] [--rpm N] [--tpm N] [--median-ms N] [--p95-ms N]\n',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a}`);
    }
  }
  return opts;
}

try {
  const sim = await startSimulator(parseArgs(process.argv.slice(2)));
  process.stdout.write(`${sim.url}\n`);
  const stop = (): void => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  process.stderr.write(`simulator: ${(e as Error).message}\n`);
  process.exit(2);
}
