import { createEngine, OsmoseError, resolveConfig, type IngestReport } from '@osmose/core';
import { ms, table } from '../format.js';
import { ProgressView } from '../progress.js';
import type { Command } from './context.js';
import { printJson } from './context.js';
import { ENGINE_OPTIONS } from './engine-options.js';

/** ` (12 timeout, 3 circuit-open)`: why a phase's fallbacks fell back, most frequent first. */
function reasonsOf(r: Record<string, number> | undefined): string {
  const e = Object.entries(r ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return e.length ? ` (${e.map(([why, n]) => `${n} ${why}`).join(', ')})` : '';
}

export const ingest: Command = {
  summary: 'Ingest decks (files or folders, recursive) into the store',
  usage: '<files or folders…> [options]',
  help: `  --store <dir>            embedded store folder (default ./.osmose)
  --graph <url>            Neo4j (neo4j://user:pass@host:7687) instead of the embedded graph
  --vectors <url>          Qdrant (http://host:6333) instead of the embedded vectors
  --cache <url>            Redis (redis://host:6379) instead of the embedded cache
  --vision <mode>          all | visual | off (default: visual with an endpoint, else off)
  --vision-model <name>    model for slide summaries (env OSMOSE_VISION_MODEL)
  --base-url <url>         OpenAI-compatible endpoint (env OPENAI_BASE_URL)
  --profile <name>         default | baseline (the original pipeline's behaviour, for comparison)
  --budget <usd>           stop issuing vision calls past this cost (slides fall back to text)
  --concurrency <n>        documents processed at once (default: cores, at least 4; env OSMOSE_CONCURRENCY);
                           a deck that only waits for vision answers lets the next one start
  --provider-order <o>     arrival | input: a folder's provider calls as they come (default), or the first
                           deck's first, so decks are stored one after another (env OSMOSE_PROVIDER_ORDER)
  --vision-concurrency <n> vision concurrency ceiling (default adaptive)
  --embedding-model <name> embedding model folder or name (default: the installed default; "none" to disable)
  --device <d>             auto | cpu | cuda for the native models
  --embedding-threads <n>  the embedding model's CPU threads (default: the cores the CPU workers leave free)
  --ner-model <folder>     token-classification model (HF-style folder) for NER
  --force                  re-ingest even unchanged decks
  --json                   print only the JSON report`,
  options: {
    ...ENGINE_OPTIONS,
    force: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.args.length === 0)
      throw new OsmoseError('OSM_CONFIG_INVALID', 'Name at least one deck or folder to ingest.');
    const cfg = resolveConfig(ctx.flags);
    const engine = await createEngine(cfg);
    const view = new ProgressView(ctx.stderr, ctx.json ? 'quiet' : ctx.stderr.isTTY ? 'tty' : 'lines');
    if (!ctx.json) for (const n of engine.notes) ctx.stderr.write(`${n}\n`);
    // Ctrl-C / SIGTERM: stop paying at once, keep what is checkpointed, still print the report
    const abort = new AbortController();
    const onSignal = (): void => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let report: IngestReport;
    try {
      report = await engine.ingest(ctx.args, {
        observer: view,
        force: !!ctx.flags.force,
        signal: abort.signal,
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      view.close();
      await engine.close();
    }
    if (ctx.json) printJson(ctx, report);
    else ctx.stdout.write(renderReport(report, cfg.storeDir) + '\n');
    const internal = report.documents.some(
      (d) => d.status === 'failed' || d.status === 'cancelled' || d.error?.code === 'OSM_INTERNAL',
    );
    return internal ? 1 : report.totals.rejected > 0 ? 2 : 0;
  },
};

export function renderReport(r: IngestReport, storeDir: string): string {
  const rows = r.documents.map((d) => [
    d.file.split('/').slice(-1)[0],
    d.status,
    d.slides,
    d.notes,
    d.tables,
    d.charts,
    d.images,
    d.concepts,
    d.mentions,
    ms(d.timingsMs.total),
  ]);
  const t = r.totals;
  const lines = [
    table(
      ['deck', 'status', 'slides', 'notes', 'tables', 'charts', 'images', 'concepts', 'mentions', 'time'],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    `${t.files} file(s): ${t.ingested} ingested, ${t.unchanged} unchanged, ${t.rejected} rejected` +
      (t.failed ? `, ${t.failed} failed` : '') +
      (t.cancelled ? `, ${t.cancelled} cancelled` : '') +
      (Object.keys(t.rejectedByCode).length
        ? ` (${Object.entries(t.rejectedByCode)
            .map(([c, n]) => `${c}×${n}`)
            .join(', ')})`
        : ''),
    `${t.slides} slides, ${t.textChars.toLocaleString('en')} characters of text, ${t.mentions} mentions; ${t.concepts} concepts in the store (${storeDir})`,
    'phases: ' +
      (Object.keys(t.phases).length === 0 ? 'nothing to do' : '') +
      Object.entries(t.phases)
        .map(
          ([p, s]) =>
            `${p} ${ms(s.ms)}${s.calls ? ` ${s.calls} call${s.calls === 1 ? '' : 's'}` : ''}${s.cacheHits ? ` ${s.cacheHits} cached` : ''}${s.fallbacks ? ` ${s.fallbacks} fallback${s.fallbacks === 1 ? '' : 's'}${reasonsOf(s.fallbackReasons)}` : ''}`,
        )
        .join(' · ') +
      `${Object.keys(t.phases).length ? ' · ' : ', '}total ${ms(t.timingsMs.total)}`,
  ];
  if (r.skipped.length) {
    const byReason = new Map<string, number>();
    for (const s of r.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    lines.push(
      `skipped ${r.skipped.length} file(s) in folders: ${[...byReason].map(([why, n]) => `${n} ${why}`).join(', ')} (e.g. ${r.skipped
        .slice(0, 3)
        .map((s) => s.file.split('/').slice(-1)[0])
        .join(', ')}; --json lists them all)`,
    );
  }
  if (t.pendingVectors > 0)
    lines.push(
      `warning: ${t.pendingVectors} vector(s) wait for the vector store (it was unreachable); the graph is written and the decks are ingested. They are written on the next run, or now with "osmose repair".`,
    );
  // a refused key is the user's to fix, not the provider's trouble: say so first
  const refused = [
    [t.phases.summarise?.fallbackReasons?.auth ?? 0, 'slide(s)'],
    [t.phases.concepts?.fallbackReasons?.OSM_PROVIDER_AUTH ?? 0, 'topic batch(es)'],
  ].filter(([n]) => Number(n) > 0);
  if (refused.length > 0)
    lines.push(
      `warning: the provider refused the API key (401/403): ${refused.map(([n, what]) => `${n} ${what}`).join(' and ')} could not be asked. Check OPENAI_API_KEY (and the model's access); the next "osmose ingest" with a valid key asks for what waits.`,
    );
  if (t.visionPending > 0)
    lines.push(
      `warning: ${t.visionPending} slide(s) kept their text summary for a reason a later run may not meet (the phases line says which: the provider down, slow, over its limits or refusing the key, a render that timed out or could not start); the decks are ingested. The next "osmose ingest" with a provider asks for those slides again (and only those).`,
    );
  if (t.llmPending > 0)
    lines.push(
      `warning: ${t.llmPending} topic(s) with few concepts did not get the LLM's extraction because the provider was unavailable, slow or over its limits; the decks are ingested with the concepts of their text. The next "osmose ingest" with a provider asks for those topics again (unless the response cache is off: OSMOSE_CACHE=0).`,
    );
  if (t.judgePending > 0)
    lines.push(
      `warning: ${t.judgePending} ambiguous concept pair(s) were left unmerged without the LLM judge's answer because the provider was unavailable, slow or over its limits. The next "osmose ingest" with a provider resolves those decks' concepts again (unless the response cache is off: OSMOSE_CACHE=0).`,
    );
  // each deck's own warnings (no slides, a part that could not be read, slides asked again…)
  const warned = r.documents.flatMap((d) =>
    (d.warnings ?? []).map((w) => `  warning  ${d.file.split('/').slice(-1)[0]}: ${w}`),
  );
  lines.push(...warned.slice(0, 30));
  if (warned.length > 30) lines.push(`  … ${warned.length - 30} more warnings (use --json)`);
  const rejected = r.documents.filter((d) => d.error);
  for (const d of rejected.slice(0, 30))
    lines.push(`  ${d.error!.code}  ${d.file.split('/').slice(-1)[0]}: ${d.error!.message}`);
  if (rejected.length > 30) lines.push(`  … ${rejected.length - 30} more rejected (use --json)`);
  return lines.join('\n');
}
