export interface CommandContext {
  flags: Record<string, string | boolean | undefined>;
  args: string[];
  json: boolean;
  verbose: boolean;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export interface Command {
  summary: string;
  usage: string;
  help: string;
  options: OptionSpec;
  run(ctx: CommandContext): Promise<number>;
}

export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
