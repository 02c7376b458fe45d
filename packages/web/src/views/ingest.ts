// Ingest: drop or pick decks; one row per deck with a live bar per phase (SSE), counters, cost and the final status.
import { ApiError, FINAL, PHASES, api, type Job, type JobStatus } from '../api.js';
import { announce, errorBox, fill, fmtInt, fmtMs, fmtUsd, h } from '../dom.js';

const ACCEPT = '.pptx,.pptm,.ppt,.potx,.potm,.ppsx,.ppsm';
const STATUS_ICON: Record<JobStatus | 'uploading', string> = {
  uploading: '↑',
  queued: '…',
  running: '▶',
  ingested: '✓',
  unchanged: '＝',
  rejected: '✕',
  failed: '!',
  cancelled: '⊘',
};

interface Row {
  key: string;
  job: Job;
  /** Live tallies from `slide` events, by summary source (vision, cache, text-fallback, text, skipped). */
  sources: Record<string, number>;
  provider: string | null;
  phaseStart: Record<string, number>;
  el: HTMLLIElement;
  stream: EventSource | null;
}

const placeholderJob = (name: string): Job => ({
  id: '',
  status: 'queued',
  name,
  docId: null,
  createdAt: new Date().toISOString(),
  startedAt: null,
  finishedAt: null,
  phases: {},
  visionCalls: 0,
  costUsd: 0,
  report: null,
  error: null,
});

export function ingestView(root: HTMLElement): () => void {
  const rows = new Map<string, Row>();
  let uploads = 0;
  let closed = false;

  const input = h('input', {
    type: 'file',
    id: 'deck-input',
    multiple: true,
    accept: ACCEPT,
    class: 'sr-only',
  });
  const zone = h(
    'section',
    { class: 'dropzone', 'aria-labelledby': 'drop-title' },
    h('h1', { id: 'drop-title' }, 'Ingest decks'),
    h('p', {}, 'Drop PowerPoint decks here (.pptx, .ppt, .potx, .ppsx), several at once, or '),
    h('label', { for: 'deck-input', class: 'button primary' }, 'Choose decks…'),
    input,
    h(
      'p',
      { class: 'hint' },
      'Each deck gets a row with a live bar per phase. A deck already in the store says "unchanged" at once.',
    ),
  );
  const list = h('ol', { class: 'jobs', 'aria-label': 'Ingest jobs', reversed: true });
  const empty = h('p', { class: 'muted', id: 'jobs-empty' }, 'No jobs yet.');
  root.append(zone, h('h2', { class: 'jobs-title' }, 'Jobs'), empty, list);

  // --- drop handling (the whole page accepts a drop, so a near miss never opens the file in the tab)
  const over = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    zone.classList.add('over');
  };
  const leave = () => zone.classList.remove('over');
  const drop = (e: DragEvent) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    leave();
    void submit([...e.dataTransfer.files]);
  };
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', leave);
  document.addEventListener('drop', drop);
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void submit(files);
  });

  // One request per file: a refused file (415, 413) gets its own row and never takes the others down.
  async function submit(files: File[]): Promise<void> {
    announce(`Uploading ${files.length} deck${files.length === 1 ? '' : 's'}`);
    await Promise.all(
      files.map(async (file) => {
        const key = `upload-${++uploads}`;
        const row = addRow(key, placeholderJob(file.name), true);
        try {
          const { jobs } = await api.upload([file]);
          const job = jobs[0];
          if (!job) throw new ApiError('NO_JOB', 'The server accepted the file but returned no job.', 202);
          rows.delete(key);
          row.key = job.id;
          row.job = job;
          rows.set(job.id, row);
          row.el.dataset.jobId = job.id;
          track(row);
        } catch (e) {
          const err =
            e instanceof ApiError
              ? { code: e.code, message: e.message }
              : { code: 'UPLOAD_FAILED', message: String((e as Error).message ?? e) };
          row.job = { ...row.job, status: 'rejected', error: err, finishedAt: new Date().toISOString() };
          paint(row);
        }
      }),
    );
  }

  function addRow(key: string, job: Job, uploading = false): Row {
    const el = h('li', { class: 'job' });
    const row: Row = { key, job, sources: {}, provider: null, phaseStart: {}, el, stream: null };
    rows.set(key, row);
    el.dataset.uploading = uploading ? '1' : '';
    list.prepend(el);
    empty.hidden = true;
    paint(row);
    return row;
  }

  function track(row: Row): void {
    paint(row);
    if (FINAL.has(row.job.status) || closed) {
      if (row.job.status === 'unchanged') announce(`${row.job.name}: unchanged`);
      return;
    }
    const es = new EventSource(`/v1/jobs/${encodeURIComponent(row.job.id)}/events`);
    row.stream = es;
    const data = (e: Event) => JSON.parse((e as MessageEvent).data as string);
    es.addEventListener('state', (e) => {
      row.job = { ...row.job, ...(data(e) as Job) };
      paint(row);
    });
    es.addEventListener('phase', (e) => {
      const p = data(e) as { phase: (typeof PHASES)[number]; done: number; total: number; elapsedMs: number };
      const prev = row.job.phases[p.phase] ?? {
        done: 0,
        total: 0,
        ms: 0,
        calls: 0,
        cacheHits: 0,
        fallbacks: 0,
      };
      // elapsedMs counts from the job's start: a phase's time is measured from its first event.
      const start = row.phaseStart[p.phase] ?? (row.phaseStart[p.phase] = p.elapsedMs - prev.ms);
      row.job.phases = {
        ...row.job.phases,
        [p.phase]: {
          ...prev,
          done: p.done,
          total: p.total,
          ms: Math.max(prev.ms, Math.round(p.elapsedMs - start)),
        },
      };
      if (row.job.status === 'queued') row.job.status = 'running';
      paint(row);
    });
    es.addEventListener('slide', (e) => {
      const s = data(e) as { slide: number; source: string };
      row.sources[s.source] = (row.sources[s.source] ?? 0) + 1;
      paint(row);
    });
    es.addEventListener('provider', (e) => {
      row.provider = String((data(e) as { type: string }).type);
      paint(row);
    });
    es.addEventListener('report', (e) => {
      row.job.report = (data(e) as { report: Job['report'] }).report;
      paint(row);
    });
    es.addEventListener('end', (e) => {
      const status = (data(e) as { status: JobStatus }).status;
      es.close();
      row.stream = null;
      // the row turns final with the job's final counters (phase fallbacks, cost), not a moment before them: the
      // stream's phase events carry progress only
      void refresh(row).then(() => {
        if (!FINAL.has(row.job.status)) row.job.status = status;
        paint(row);
        announce(`${row.job.name}: ${row.job.status}`);
      });
    });
    es.onerror = () => {
      // The stream dropped (server restart, proxy): the poller below carries on until the job is final.
      if (es.readyState === EventSource.CLOSED) row.stream = null;
    };
  }

  async function refresh(row: Row): Promise<void> {
    if (!row.job.id) return;
    try {
      const j = await api.job(row.job.id);
      row.job = j;
      paint(row);
    } catch {
      /* keep the last state */
    }
  }

  // Cost and counters between events, and the fallback when a stream drops: poll running jobs every 2 s.
  const poll = setInterval(() => {
    for (const row of rows.values())
      if (row.job.id && !FINAL.has(row.job.status))
        void refresh(row).then(() => FINAL.has(row.job.status) && row.stream?.close());
  }, 2000);

  function paint(row: Row): void {
    const { job, el } = row;
    const uploading = el.dataset.uploading === '1' && !job.id && !job.error;
    const status: JobStatus | 'uploading' = uploading ? 'uploading' : job.status;
    el.dataset.status = status;
    el.dataset.name = job.name;
    if (job.id) el.dataset.uploading = '';
    const phases = PHASES.map((p) => {
      const s = job.phases[p];
      const done = s?.done ?? 0;
      const total = s?.total ?? 0;
      const final = FINAL.has(job.status);
      const pct = total > 0 ? Math.min(1, done / total) : final && job.status === 'ingested' ? 1 : 0;
      const label =
        total > 0 ? `${fmtInt(done)}/${fmtInt(total)}` : final && job.status === 'ingested' ? 'done' : '–';
      return h(
        'div',
        { class: 'phase', 'data-phase': p, 'data-complete': pct >= 1 ? '1' : '' },
        h('span', { class: 'phase-name', id: `${row.key}-${p}` }, p),
        h('progress', {
          max: 1,
          value: pct.toFixed(3),
          'aria-labelledby': `${row.key}-${p}`,
          'aria-valuetext': label,
        }),
        h(
          'span',
          { class: 'phase-count' },
          label,
          s?.ms ? h('span', { class: 'muted' }, ` · ${fmtMs(s.ms)}`) : null,
        ),
      );
    });
    const sum = (k: 'cacheHits' | 'fallbacks' | 'calls') =>
      PHASES.reduce((a, p) => a + (job.phases[p]?.[k] ?? 0), 0);
    const slides = job.report?.slides ?? job.phases.extract?.total ?? job.phases.summarise?.total ?? null;
    const vision = Math.max(job.visionCalls ?? 0, row.sources.vision ?? 0);
    const cache = Math.max(sum('cacheHits'), row.sources.cache ?? 0);
    const fallbacks = Math.max(sum('fallbacks'), row.sources['text-fallback'] ?? 0);
    const elapsed = job.startedAt
      ? (job.finishedAt ? Date.parse(job.finishedAt) : Date.now()) - Date.parse(job.startedAt)
      : null;
    const stat = (name: string, value: string, key: string, title?: string) =>
      h('div', { 'data-stat': key, title }, h('dt', {}, name), h('dd', {}, value));
    // slides left on their text by provider or rendering trouble: the next ingest of the deck asks again
    const pending = job.report?.visionPending ?? 0;
    const topicsPending = job.report?.llmPending ?? 0;
    const pairsPending = job.report?.judgePending ?? 0;
    const canCancel = !!job.id && (job.status === 'queued' || job.status === 'running');
    // Rows are redrawn on every event: keep keyboard focus on the same control across redraws.
    const focused = el.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).textContent
      : null;
    fill(
      el,
      h(
        'div',
        { class: 'job-head' },
        h('span', { class: 'job-name', title: job.name }, job.name),
        h(
          'span',
          { class: `status status-${status}` },
          h('span', { 'aria-hidden': 'true' }, STATUS_ICON[status] + ' '),
          status,
        ),
        canCancel
          ? h(
              'button',
              {
                type: 'button',
                class: 'button small',
                'aria-label': `Cancel ${job.name}`,
                onclick: () =>
                  void api.cancel(job.id).then(
                    () => refresh(row),
                    () => refresh(row),
                  ),
              },
              'Cancel',
            )
          : null,
        job.docId && job.status !== 'rejected'
          ? h(
              'a',
              { class: 'button small', href: `#/graph?document=${encodeURIComponent(job.docId)}` },
              'Graph',
            )
          : null,
      ),
      job.error
        ? h('p', { class: 'job-error', role: 'alert' }, h('code', {}, job.error.code), ' ', job.error.message)
        : h('div', { class: 'phases' }, phases),
      job.error && !job.id
        ? null
        : h(
            'dl',
            { class: 'stats' },
            stat('slides', slides === null ? '–' : fmtInt(slides), 'slides'),
            stat('vision calls', fmtInt(vision), 'vision'),
            stat('cache hits', fmtInt(cache), 'cache'),
            stat('fallbacks', fmtInt(fallbacks), 'fallbacks'),
            pending > 0
              ? stat(
                  'waiting for vision',
                  fmtInt(pending),
                  'vision-pending',
                  'Slides kept their text because the vision provider was unavailable, slow or over its limits (or ' +
                    'rendering timed out). Ingest the deck again once the provider is back: only those slides are asked again.',
                )
              : null,
            topicsPending > 0
              ? stat(
                  'waiting for the LLM',
                  fmtInt(topicsPending),
                  'llm-pending',
                  'Topics with few concepts did not get the LLM extraction because the provider was unavailable, slow or ' +
                    'over its limits; they keep the concepts of their text. Ingest the deck again once the provider is back.',
                )
              : null,
            pairsPending > 0
              ? stat(
                  'pairs waiting for the judge',
                  fmtInt(pairsPending),
                  'judge-pending',
                  "Ambiguous concept pairs were left unmerged without the LLM judge's answer because the provider was " +
                    'unavailable, slow or over its limits. Ingest the deck again once the provider is back.',
                )
              : null,
            stat('cost', fmtUsd(job.costUsd ?? 0), 'cost'),
            job.report ? stat('concepts', fmtInt(job.report.concepts), 'concepts') : null,
            elapsed !== null ? stat('time', fmtMs(elapsed), 'time') : null,
            row.provider && !FINAL.has(job.status) ? stat('provider', row.provider, 'provider') : null,
          ),
    );
    if (focused)
      [...el.querySelectorAll<HTMLElement>('a,button')].find((b) => b.textContent === focused)?.focus();
  }

  // Jobs already known to the server (a reload keeps the picture), newest first.
  void api.jobs().then(
    (jobs) => {
      if (closed) return;
      const sorted = [...jobs].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      for (const j of sorted) if (!rows.has(j.id)) track(addRow(j.id, j));
      list.dataset.loaded = '1';
    },
    (e) => root.append(errorBox(e)),
  );

  return () => {
    closed = true;
    clearInterval(poll);
    document.removeEventListener('dragover', over);
    document.removeEventListener('dragleave', leave);
    document.removeEventListener('drop', drop);
    for (const r of rows.values()) r.stream?.close();
  };
}
