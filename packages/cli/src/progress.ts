import type { DocumentReport, IngestObserver, Phase, PhaseStats } from '@osmose/core';
import { PHASES } from '@osmose/core';
import { pad, truncate } from './format.js';

const BAR = 24;

/** How progress is shown: bars redrawn in place (terminal), one line per phase and deck (logs, pipes), or nothing (--json). */
export type ProgressMode = 'tty' | 'lines' | 'quiet';

export interface ProgressOptions {
  /** Milliseconds clock (tests pass a fake one). */
  now?: () => number;
  /** Redraw the bars every second while a document runs, so elapsed time and ETA move (default true). */
  tick?: boolean;
}

interface PhaseState {
  done: number;
  total: number;
  /** When the phase first started for this document. */
  startedAt: number;
  /** When `done` last changed (for the ETA). */
  movedAt: number;
  /** Cumulative time inside the phase (from the pipeline's own clock once it ends). */
  ms: number | null;
  items: number;
  running: boolean;
  printed: boolean;
}

interface DocState {
  file: string;
  pos: number;
  total: number;
  startedAt: number;
  phases: Map<Phase, PhaseState>;
  /** Phase whose line is not printed yet (lines mode). */
  pending: Phase | null;
}

export function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms - m * 60_000) / 1000)} s`;
}

const short = (file: string) => file.split('/').slice(-1)[0];

/**
 * Progress of an ingest. On a terminal: one bar per phase for each deck in progress, with `done/total`
 * inside the phase (slides, texts), the time spent and an ETA, redrawn in place and every second.
 * Not on a terminal: one line per finished phase (with its time and item count) and one per deck.
 * Under --json: nothing.
 */
export class ProgressView implements IngestObserver {
  private readonly docs = new Map<string, DocState>();
  private lines = 0;
  private last = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  private readonly tick: boolean;

  constructor(
    private readonly out: NodeJS.WritableStream & { columns?: number },
    private readonly mode: ProgressMode,
    opts: ProgressOptions = {},
  ) {
    this.now = opts.now ?? (() => performance.now());
    this.tick = opts.tick ?? true;
  }

  documentStart(file: string, position: number, total: number): void {
    if (this.mode === 'quiet') return;
    this.docs.set(file, {
      file,
      pos: position,
      total,
      startedAt: this.now(),
      phases: new Map(),
      pending: null,
    });
    if (this.mode === 'tty') {
      if (this.tick && !this.timer) {
        this.timer = setInterval(() => this.draw(true), 1000);
        this.timer.unref();
      }
      this.draw(true);
    }
  }

  phaseStart(file: string, phase: Phase): void {
    const d = this.docs.get(file);
    if (!d) return;
    const now = this.now();
    const st = d.phases.get(phase);
    if (st) st.running = true;
    else
      d.phases.set(phase, {
        done: 0,
        total: 0,
        startedAt: now,
        movedAt: now,
        ms: null,
        items: 0,
        running: true,
        printed: false,
      });
    if (this.mode === 'lines' && d.pending && d.pending !== phase) this.printPhase(d, d.pending);
    this.draw(true);
  }

  phase(file: string, phase: Phase, done: number, total: number): void {
    const d = this.docs.get(file);
    if (!d) return;
    const now = this.now();
    let st = d.phases.get(phase);
    if (!st) {
      st = {
        done: 0,
        total: 0,
        startedAt: now,
        movedAt: now,
        ms: null,
        items: 0,
        running: true,
        printed: false,
      };
      d.phases.set(phase, st);
    }
    if (done === total && st.total > total) {
      // a stage that counted in texts and ends with "1 of 1": keep its own units, full
      st.done = st.total;
    } else {
      if (done !== st.done) st.movedAt = now;
      st.done = done;
      st.total = total;
    }
    this.draw(done === total);
  }

  phaseEnd(file: string, phase: Phase, stats: PhaseStats): void {
    const d = this.docs.get(file);
    if (!d) return;
    const st = d.phases.get(phase);
    if (!st) return;
    st.running = false;
    st.ms = stats.ms;
    st.items = stats.items;
    if (st.total === 0) st.done = st.total = 1;
    if (this.mode === 'lines') d.pending = phase; // printed when the next phase starts or the deck ends
    this.draw(true);
  }

  documentEnd(r: DocumentReport): void {
    if (this.mode === 'quiet') return;
    const d = this.docs.get(r.file) ?? [...this.docs.values()].find((x) => x.file.endsWith(r.file));
    if (d && this.mode === 'lines' && d.pending) this.printPhase(d, d.pending);
    if (d) this.docs.delete(d.file);
    if (this.docs.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    const tty = this.mode === 'tty';
    this.clear();
    const color = (code: string, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
    const tag =
      r.status === 'ingested'
        ? color('32', 'ingested')
        : r.status === 'unchanged'
          ? color('36', 'unchanged')
          : color('31', r.status);
    const detail = r.error
      ? `${r.error.code}: ${r.error.message}`
      : `${r.slides} slides, ${r.concepts} concepts, ${seconds(r.timingsMs.total ?? 0)}`;
    const where = d ? `[${d.pos}/${d.total}] ` : '';
    this.out.write(`${where}${tag} ${short(r.file)} — ${detail}\n`);
    this.draw(true);
  }

  warn(message: string): void {
    if (this.mode === 'quiet') return;
    this.clear();
    this.out.write(`${this.mode === 'tty' ? '\x1b[33mwarning\x1b[0m' : 'warning'} ${message}\n`);
    this.draw(true);
  }

  /** Stops the once-a-second redraw (the CLI calls it when the run ends, whatever happened). */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }

  private printPhase(d: DocState, phase: Phase): void {
    d.pending = null;
    const st = d.phases.get(phase);
    if (!st || st.printed) return;
    st.printed = true;
    const count = st.total > 1 ? ` ${st.done}/${st.total}` : st.items ? ` ${st.items} items` : '';
    this.out.write(
      `[${d.pos}/${d.total}] ${short(d.file)} · ${phase}${count} · ${seconds(st.ms ?? this.now() - st.startedAt)}\n`,
    );
  }

  private clear(): void {
    if (this.mode !== 'tty') return;
    if (this.lines > 0) this.out.write(`\x1b[${this.lines}A\x1b[0J`);
    this.lines = 0;
  }

  /** The bars of every deck in progress, as text (exported for tests through `render`). */
  render(): string[] {
    const now = this.now();
    const cols = this.out.columns ?? 0; // 0 on a pseudo-terminal without a size
    const width = cols > 0 ? Math.max(40, cols) : 120;
    const rows: string[] = [];
    for (const d of this.docs.values()) {
      rows.push(
        truncate(`[${d.pos}/${d.total}] ${short(d.file)} · ${seconds(now - d.startedAt)}`, width - 1),
      );
      for (const p of PHASES) {
        const st = d.phases.get(p);
        const frac = st && st.total > 0 ? Math.min(1, st.done / st.total) : 0;
        const fill = Math.round(frac * BAR);
        let tail = '';
        if (st) {
          const spent = st.running ? now - st.startedAt + 0 : (st.ms ?? now - st.startedAt);
          tail = `${st.total > 0 ? `${st.done}/${st.total}` : ''}`.padEnd(12) + seconds(spent);
          if (st.running && st.done > 0 && st.done < st.total) {
            const rate = (st.movedAt - st.startedAt) / st.done;
            const eta = Math.max(0, rate * (st.total - st.done) - (now - st.movedAt));
            tail += `  ETA ${seconds(eta)}`;
          } else if (st.running && st.done === 0) tail += '  ETA …';
        }
        rows.push(
          truncate(
            `  ${pad(p, 10)} ${'█'.repeat(fill)}${'░'.repeat(BAR - fill)} ${tail}`.trimEnd(),
            width - 1,
          ),
        );
      }
    }
    return rows;
  }

  private draw(force: boolean): void {
    if (this.mode !== 'tty') return;
    const now = this.now();
    if (!force && now - this.last < 80) return;
    this.last = now;
    this.clear();
    const rows = this.render();
    if (rows.length === 0) return;
    this.out.write(rows.join('\n') + '\n');
    this.lines = rows.length;
  }
}
