/**
 * The run budget shared through Redis: each paid call reserves its estimate atomically (scripts.ts
 * BUDGET_RESERVE) and settles the real cost after (BUDGET_SETTLE), so every process together overshoots
 * by at most the calls in flight. While Redis is unreachable, this process spends from a local share of
 * what was left (÷ live workers) and pays the difference back into Redis when it returns.
 */
import {
  LocalRunBudget,
  type BudgetReservation,
  type BudgetSnapshot,
  type RunBudget,
} from '../internal/run-budget.js';
import type { SharedContext } from './shared-state.js';

interface SharedReservation extends BudgetReservation {
  shared: boolean;
}

export class SharedBudget implements RunBudget {
  private last: BudgetSnapshot;
  private fallback: LocalRunBudget | null = null;
  /** Spent while Redis was away, and reservations Redis still holds for calls settled meanwhile. */
  private pending = { usd: 0, calls: 0, release: 0 };

  constructor(
    private readonly ctx: SharedContext,
    private readonly key: string,
    readonly limitUsd: number | undefined,
  ) {
    this.last = {
      limitUsd: limitUsd ?? null,
      spentUsd: 0,
      reservedUsd: 0,
      calls: 0,
      denied: 0,
      overshootUsd: 0,
    };
  }

  private keep(r: [number, string, string, string, string]): void {
    const spent = Number(r[1]);
    this.last = {
      limitUsd: this.limitUsd ?? null,
      spentUsd: spent,
      reservedUsd: Number(r[2]),
      calls: Number(r[3]),
      denied: Number(r[4]),
      overshootUsd: this.limitUsd === undefined ? 0 : Math.max(0, spent - this.limitUsd),
    };
  }

  private local(): LocalRunBudget {
    if (!this.fallback) {
      const left =
        this.limitUsd === undefined
          ? undefined
          : Math.max(0, this.limitUsd - this.last.spentUsd - this.last.reservedUsd) /
            Math.max(1, this.ctx.liveWorkers);
      this.fallback = new LocalRunBudget(left);
    }
    return this.fallback;
  }

  async onRestoredAsync(): Promise<void> {
    const p = this.pending;
    if (p.usd === 0 && p.calls === 0 && p.release === 0) return;
    this.pending = { usd: 0, calls: 0, release: 0 };
    const r = await this.ctx.run(() => this.ctx.redis.osmBudgetSettle(this.key, p.release, p.usd, p.calls));
    if (r) this.keep(r as [number, string, string, string, string]);
    else
      this.pending = {
        usd: this.pending.usd + p.usd,
        calls: this.pending.calls + p.calls,
        release: this.pending.release + p.release,
      };
  }

  onRestored(): void {
    this.fallback = null;
    void this.onRestoredAsync();
  }

  async reserve(estUsd: number): Promise<BudgetReservation | null> {
    if (this.ctx.healthy) {
      const r = (await this.ctx.run(() =>
        this.ctx.redis.osmBudgetReserve(this.key, this.limitUsd ?? -1, estUsd),
      )) as [number, string, string, string, string] | undefined;
      if (r) {
        this.keep(r);
        return Number(r[0]) === 1 ? ({ estUsd, shared: true } as SharedReservation) : null;
      }
    }
    const l = await this.local().reserve(estUsd);
    return l ? ({ estUsd, shared: false } as SharedReservation) : null;
  }

  async settle(res: BudgetReservation, actualUsd: number, calls: number): Promise<void> {
    const r = res as SharedReservation;
    if (r.shared) {
      const out = await this.ctx.run(() =>
        this.ctx.redis.osmBudgetSettle(this.key, r.estUsd, actualUsd, calls),
      );
      if (out) return this.keep(out as [number, string, string, string, string]);
      this.pending.release += r.estUsd;
    } else await this.local().settle(res, actualUsd, calls);
    this.pending.usd += actualUsd;
    this.pending.calls += calls;
    this.last = { ...this.last, spentUsd: this.last.spentUsd + actualUsd, calls: this.last.calls + calls };
  }

  snapshot(): BudgetSnapshot {
    return { ...this.last };
  }

  async close(): Promise<void> {
    await this.onRestoredAsync();
  }
}
