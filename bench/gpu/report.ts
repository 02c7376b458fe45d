/** Markdown for the GPU benchmark (gpu-bench.ts). */
export interface GpuResult {
  date: string;
  label: string;
  machine: {
    cpus: number;
    cpu?: string;
    node: string;
    gpu?: string;
    loadAverageAtStart: number;
    loadAverageAtEnd?: number;
  };
  config: {
    devices: string[];
    cpuThreads: number;
    models: string[];
    nerModel: string;
    batches: number[];
    textsPer: { cpu: number; cuda: number };
    ortLibrary: string;
  };
  providers: {
    model: string;
    device: string;
    provider: string;
    ortVersion: string;
    pinned: boolean;
    note: string;
  }[];
  parity: {
    model: string;
    reference: string;
    test: string;
    vectors: number;
    worstCosine: number;
    below: number;
  }[];
  nerParity: {
    model: string;
    test: string;
    texts: number;
    spans: number;
    mismatchedTexts: number;
    maxScoreDiff: number;
  }[];
  throughput: {
    model: string;
    device: string;
    batch: number;
    items: number;
    tokens: number;
    paddedTokens: number;
    ms: number;
    itemsPerS: number;
    tokensPerS: number;
  }[];
  pinned: {
    model: string;
    pinnedRequested: boolean;
    pinnedUsed: boolean;
    batch: number;
    itemsPerS: number;
    ms: number;
  }[];
  deck250: {
    device: string;
    threads: number;
    texts: number;
    slides: number;
    embedMs: number;
    nerMs: number;
    totalMs: number;
  }[];
  errors: { section: string; code?: string; message: string }[];
  /** --probe-cuda on a machine without a GPU: what loadModel({ device: 'cuda' }) answered. */
  cudaProbe?: string;
  totalS: number;
}

const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : String(x));

export function renderGpuMarkdown(r: GpuResult): string {
  const L: string[] = [];
  L.push('# native-nlp on a GPU (CUDA execution provider)', '');
  L.push(`**${r.label}.** ${r.date}, produced by \`bash bench/gpu/run.sh\` (bench/gpu/gpu-bench.ts).`, '');
  L.push(
    `Machine: ${r.machine.cpus} cores (${r.machine.cpu ?? '?'}), Node ${r.machine.node}, GPU: ${r.machine.gpu ?? 'none'}; ` +
      `load average ${f(r.machine.loadAverageAtStart, 2)} at start${r.machine.loadAverageAtEnd !== undefined ? `, ${f(r.machine.loadAverageAtEnd, 2)} at end` : ''}. ` +
      `CPU runs use ${r.config.cpuThreads} intra-op threads. ONNX Runtime: ${r.config.ortLibrary}. Total ${f(r.totalS, 1)} s.`,
    '',
  );
  if (r.providers.length) {
    L.push('| model | device asked | provider | ORT | pinned buffers | note |', '|---|---|---|---|---|---|');
    for (const p of r.providers)
      L.push(
        `| ${p.model} | ${p.device} | ${p.provider} | ${p.ortVersion} | ${p.pinned ? 'yes' : 'no'} | ${p.note.replace(/\|/g, '/')} |`,
      );
    L.push('');
  }
  L.push(
    '## Parity',
    '',
    'Cosine per vector between two runs of the same texts (1,000 corpus texts unless noted); the bar is ≥ 0.9999 for every vector.',
    '',
  );
  L.push(
    '| model | reference | test | vectors | worst cosine | under 0.9999 |',
    '|---|---|---|---:|---:|---:|',
  );
  for (const p of r.parity)
    L.push(
      `| ${p.model} | ${p.reference} | ${p.test} | ${p.vectors} | ${f(p.worstCosine, 7)} | ${p.below} |`,
    );
  L.push('', 'NER spans (offsets and labels must be identical):', '');
  L.push(
    '| model | test vs cpu | texts | spans | texts that differ | max score diff |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const p of r.nerParity)
    L.push(
      `| ${p.model} | ${p.test} | ${p.texts} | ${p.spans} | ${p.mismatchedTexts} | ${p.maxScoreDiff.toExponential(2)} |`,
    );
  L.push(
    '',
    '## Embeddings/s',
    '',
    'Corpus-mix texts (candidate phrases and slide paragraphs 3:1), one `embed()` call per batch, sequential.',
    '',
  );
  L.push(
    '| model | device | batch | texts | embeddings/s | tokens/s | padded/real tokens |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const t of r.throughput)
    L.push(
      `| ${t.model} | ${t.device} | ${t.batch} | ${t.items} | ${f(t.itemsPerS)} | ${f(t.tokensPerS)} | ${f(t.paddedTokens / Math.max(1, t.tokens), 2)} |`,
    );
  const ratio = r.throughput
    .filter((t) => t.device === 'cuda')
    .map((g) => {
      const c = r.throughput.find((t) => t.device === 'cpu' && t.model === g.model && t.batch === g.batch);
      return c ? `${g.model} batch ${g.batch}: ${f(g.itemsPerS / c.itemsPerS, 1)}×` : '';
    })
    .filter(Boolean);
  if (ratio.length)
    L.push('', `CUDA vs CPU (${r.config.cpuThreads} threads), same run: ${ratio.join('; ')}.`);
  if (r.pinned.length) {
    L.push(
      '',
      '## Pinned host buffers (I/O binding) on CUDA',
      '',
      '| batch | pageable: embeddings/s | pinned: embeddings/s | pinned used |',
      '|---:|---:|---:|---|',
    );
    for (const b of r.config.batches) {
      const off = r.pinned.find((p) => !p.pinnedRequested && p.batch === b);
      const on = r.pinned.find((p) => p.pinnedRequested && p.batch === b);
      L.push(
        `| ${b} | ${off ? f(off.itemsPerS) : '—'} | ${on ? f(on.itemsPerS) : '—'} | ${on ? (on.pinnedUsed ? 'yes' : 'no') : '—'} |`,
      );
    }
  }
  L.push(
    '',
    '## nlp phase of a 250-slide deck',
    '',
    `The model work of the nlp phase: one embedding pass over the deck's deduplicated candidate phrases and slide texts (all-minilm-l6-v2), then NER (${r.config.nerModel.split(', ')[0]}) over its 250 slide texts; best of 3 after a warm-up.`,
    '',
  );
  L.push(
    '| device | threads | texts | slides | embed ms | NER ms | total ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const d of r.deck250)
    L.push(
      `| ${d.device} | ${d.threads} | ${d.texts} | ${d.slides} | ${f(d.embedMs)} | ${f(d.nerMs)} | ${f(d.totalMs)} |`,
    );
  const cpu = r.deck250.find((d) => d.device === 'cpu');
  const gpu = r.deck250.find((d) => d.device === 'cuda');
  if (cpu && gpu)
    L.push('', `GPU vs CPU (${cpu.threads} threads): **${f(cpu.totalMs / gpu.totalMs, 1)}×** (goal ≥ 5×).`);
  if (r.cudaProbe) L.push('', `\`device: 'cuda'\` on this machine: ${r.cudaProbe.replace(/\|/g, '/')}`);
  if (r.errors.length) {
    L.push('', '## Sections that failed', '');
    for (const e of r.errors) L.push(`- ${e.section}: ${e.code ?? ''} ${e.message}`);
  }
  return L.join('\n') + '\n';
}
