import { basename, resolve } from 'node:path';
import { estimateDeck, extractDeck, OsmoseError, resolveConfig } from '@osmose/core';
import type { Command } from './context.js';
import { printJson } from './context.js';

export const estimate: Command = {
  summary: 'Predict vision and LLM calls, tokens, cost and time for a deck before a run',
  usage: '<deck> [--vision all|visual] [--vision-model M] [--rpm N] [--concurrency N] [--latency-ms N]',
  help: `  --vision <mode>        all | visual (default all)
  --vision-model <name>  model (prices from the built-in table)
  --rpm <n>              provider requests per minute (default 500)
  --concurrency <n>      concurrency ceiling (default 128)
  --latency-ms <n>       median provider latency (default 12000)
  --json                 {"file","deckSlides","slides","visionSlides","calls","duplicates","promptTokens","completionTokens",
                          "costUsd","seconds","llm":{"extraction":{"min","max"},"pairJudge":{"min","max"}},"totalCalls":{"min","max"},"assumptions"}
  Vision calls are exact (the run's own needs-vision rule); LLM extraction (thin topics, 5 per call) and the
  pair judge (ambiguous pairs, 20 per call) depend on what the run finds, so they are a range.`,
  options: {
    vision: { type: 'string' },
    'vision-model': { type: 'string' },
    rpm: { type: 'string' },
    concurrency: { type: 'string' },
    'latency-ms': { type: 'string' },
  },
  async run(ctx) {
    if (ctx.args.length !== 1) throw new OsmoseError('OSM_CONFIG_INVALID', 'Name exactly one deck.');
    const cfg = resolveConfig({
      ...ctx.flags,
      vision: typeof ctx.flags.vision === 'string' ? ctx.flags.vision : 'all',
    });
    const path = resolve(ctx.args[0]);
    const deck = await extractDeck({ path });
    const n = (k: string) => (ctx.flags[k] === undefined ? undefined : Number(ctx.flags[k]));
    const e = estimateDeck(deck, {
      policy: cfg.vision.mode,
      model: cfg.vision.model,
      rpm: n('rpm'),
      concurrency: n('concurrency'),
      latencyMedianMs: n('latency-ms'),
    });
    if (ctx.json) printJson(ctx, { file: path, ...e });
    else
      ctx.stdout.write(
        `${basename(path)}: ${deck.slides.length} slides, ${e.slides} need vision (${cfg.vision.mode}), ${e.duplicates} duplicates\n` +
          `calls ${e.calls} · tokens ${e.promptTokens.toLocaleString('en')} in / ${e.completionTokens.toLocaleString('en')} out · ` +
          `cost $${e.costUsd.toFixed(4)} (${e.assumptions.model}) · time ≈ ${e.seconds} s at ${e.assumptions.rpm} RPM, ` +
          `concurrency ${e.assumptions.concurrency}, median ${e.assumptions.latencyMedianMs} ms\n` +
          `llm calls: extraction ${e.llm.extraction.min}–${e.llm.extraction.max}, pair judge ${e.llm.pairJudge.min}–${e.llm.pairJudge.max} ` +
          `(total calls ${e.totalCalls.min}–${e.totalCalls.max})\n`,
      );
    return 0;
  },
};
