import type { DocumentReport, IngestObserver, Phase } from '@osmose/core';
import { PHASES } from '@osmose/core';

const BAR = 24;

/** One bar per phase for the current document, redrawn in place; silent when not a TTY or under --json. */
export class ProgressView implements IngestObserver {
  private lines = 0;
  private file = '';
  private pos = 0;
  private total = 0;
  private state = new Map<Phase, [number, number]>();
  private last = 0;

  constructor(private readonly out: NodeJS.WriteStream, private readonly enabled: boolean) {}

  documentStart(file: string, position: number, total: number): void {
    this.file = file;
    this.pos = position;
    this.total = total;
    this.state.clear();
    this.draw(true);
  }

  phase(_file: string, phase: Phase, done: number, total: number): void {
    this.state.set(phase, [done, total]);
    this.draw(done === total);
  }

  documentEnd(r: DocumentReport): void {
    if (!this.enabled) return;
    this.clear();
    const name = r.file.split('/').slice(-2).join('/');
    const tag = r.status === 'ingested' ? '\x1b[32mingested\x1b[0m' : r.status === 'unchanged' ? '\x1b[36munchanged\x1b[0m' : '\x1b[31mrejected\x1b[0m';
    const detail = r.error ? `${r.error.code}` : `${r.slides} slides, ${r.concepts} concepts, ${r.timingsMs.total ?? 0} ms`;
    this.out.write(`[${this.pos}/${this.total}] ${tag} ${name} — ${detail}\n`);
  }

  warn(message: string): void {
    if (!this.enabled) return;
    this.clear();
    this.out.write(`\x1b[33mwarning\x1b[0m ${message}\n`);
  }

  private clear(): void {
    if (this.lines > 0) this.out.write(`\x1b[${this.lines}A\x1b[0J`);
    this.lines = 0;
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 80) return;
    this.last = now;
    this.clear();
    const width = this.out.columns ?? 100;
    const rows = [`[${this.pos}/${this.total}] ${this.file.split('/').slice(-1)[0]}`.slice(0, width - 1)];
    for (const p of PHASES) {
      const s = this.state.get(p);
      const [d, t] = s ?? [0, 0];
      const frac = t > 0 ? Math.min(1, d / t) : 0;
      const fill = Math.round(frac * BAR);
      rows.push(`  ${p.padEnd(10)} ${'█'.repeat(fill)}${'░'.repeat(BAR - fill)} ${s ? `${d}/${t}` : ''}`);
    }
    this.out.write(rows.join('\n') + '\n');
    this.lines = rows.length;
  }
}
