import { doctor as runDoctor, resolveConfig } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';

export const doctor: Command = {
  summary: 'Show what is installed and configured',
  usage: '[--json]',
  help: '  --json   {"node","config":{…},"checks":[{"name","ok","detail","required"}]}',
  options: { graph: { type: 'string' }, vectors: { type: 'string' }, cache: { type: 'string' } },
  async run(ctx) {
    const r = await runDoctor(resolveConfig(ctx.flags));
    if (ctx.json) printJson(ctx, r);
    else {
      const lines = [
        `node ${r.node}`,
        '',
        'configuration:',
        ...Object.entries(r.config).map(([k, v]) => `  ${k.padEnd(16)} ${String(v)}`),
        '',
        'checks:',
      ];
      // work waiting (vectors, slides, topics) and a provider that refuses are warnings, not a missing tool
      const warn = new Set([
        'pending vectors',
        'slides waiting for vision',
        'topics waiting for the LLM',
        'vision/LLM provider',
      ]);
      const mark = (c: (typeof r.checks)[number]) =>
        c.ok ? '✔' : c.required ? '✘' : warn.has(c.name) ? '!' : '–';
      for (const c of r.checks) lines.push(`  ${mark(c)} ${c.name.padEnd(22)} ${c.detail}`);
      ctx.stdout.write(lines.join('\n') + '\n');
    }
    return r.checks.some((c) => c.required && !c.ok) ? 1 : 0;
  },
};
