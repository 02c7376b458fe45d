import { parseArgs } from 'node:util';
import { isOsmoseError, OsmoseError } from '@osmose/core';
import { COMMANDS, type CommandContext } from './commands/index.js';

const HELP = `osmose — turn PowerPoint decks into a knowledge graph

Usage: osmose <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
  .join('\n')}

Common options:
  --store <dir>     embedded store folder (default ./.osmose, env OSMOSE_STORE)
  --json            machine-readable output on stdout only
  --verbose         show error details and stack traces
  -h, --help        help for a command

Exit codes: 0 ok, 2 some input rejected, 1 internal or usage error.
Docs: docs/cli.md, docs/configuration.md, docs/errors.md`;

/**
 * After a cancel (Ctrl-C, SIGTERM) provider or native calls still settling reject with *_CANCELLED codes that
 * nobody awaits any more: they are the expected end of abandoned work, never a reason to crash the command
 * (which still prints its report). Any other stray rejection is an internal error, reported with its code.
 */
function onStrayRejection(e: unknown): void {
  const code = isOsmoseError(e) ? e.code : '';
  if (code.endsWith('_CANCELLED')) return;
  process.stderr.write(
    `error ${code || 'OSM_INTERNAL'}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`,
  );
  process.exitCode = 1;
}

export async function main(argv: string[]): Promise<number> {
  if (!process.listeners('unhandledRejection').includes(onStrayRejection))
    process.on('unhandledRejection', onStrayRejection);
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('osmose 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  const verbose = rest.includes('--verbose');
  const json = rest.includes('--json');
  try {
    if (!cmd) throw new OsmoseError('OSM_CONFIG_INVALID', `Unknown command "${name}"; run "osmose --help".`);
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(`osmose ${name} ${cmd.usage}\n\n${cmd.summary}\n\nOptions:\n${cmd.help}\n`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: {
          ...cmd.options,
          store: { type: 'string' },
          json: { type: 'boolean' },
          verbose: { type: 'boolean' },
          'cache-dir': { type: 'string' },
        },
      });
    } catch (e) {
      throw new OsmoseError('OSM_CONFIG_INVALID', `${argsProblem(e, rest)} (see "osmose ${name} --help").`);
    }
    const ctx: CommandContext = {
      flags: parsed.values as Record<string, string | boolean | undefined>,
      args: parsed.positionals,
      json,
      verbose,
      stdout: process.stdout,
      stderr: process.stderr,
    };
    return await cmd.run(ctx);
  } catch (e) {
    const err = isOsmoseError(e) ? e : new OsmoseError('OSM_INTERNAL', undefined, { cause: e });
    if (json)
      process.stdout.write(JSON.stringify({ error: { code: err.code, message: err.message } }) + '\n');
    else process.stderr.write(`error ${err.code}: ${err.message}\n`);
    if (verbose)
      process.stderr.write(
        `${(e as Error)?.stack ?? String(e)}\n${err.cause ? `cause: ${(err.cause as Error)?.stack ?? String(err.cause)}\n` : ''}`,
      );
    return err.code === 'OSM_INTERNAL' ? 1 : err.code.startsWith('OSM_INPUT_') ? 2 : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`error OSM_INTERNAL: ${String(e)}\n`);
    process.exitCode = 1;
  },
);

/** One sentence of ours for node's parseArgs errors (theirs run to three lines with unbalanced quotes). */
function argsProblem(e: unknown, args: string[]): string {
  const msg = String((e as Error)?.message ?? e);
  const opt = /'(-{1,2}[^' ]+)/.exec(msg)?.[1] ?? 'an option';
  const code = (e as { code?: string })?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${opt}`;
  if (/ambiguous/.test(msg)) {
    // "--limit -5" (a value starting with "-") or "--limit --store x" (no value at all)
    const next = args[args.indexOf(opt) + 1] ?? '';
    return /^--?[a-z]/i.test(next)
      ? `${opt} needs a value`
      : `${opt} needs a value; a value that starts with "-" is written ${opt}=-…`;
  }
  if (/argument missing/.test(msg)) return `${opt} needs a value`;
  if (/does not take an argument/.test(msg)) return `${opt} takes no value`;
  return msg.split('\n')[0].replace(/\.$/, '');
}
