/**
 * The run budget: USD a whole run (or job) may spend, shared by every client of a ProviderHub. Each
 * paid call reserves its estimated cost first and settles the real cost after, so concurrent calls
 * never overshoot by more than the calls in flight. The Redis-backed budget (shared-budget.ts) has the
 * same shape and holds across processes.
 */
export interface BudgetReservation {
  readonly estUsd: number;
}

export interface BudgetSnapshot {
  limitUsd: number | null;
  spentUsd: number;
  reservedUsd: number;
  /** Paid provider attempts settled against this budget. */
  calls: number;
  /** Reservations refused because the budget was reached. */
  denied: number;
  /** Spent beyond the limit (≤ what the calls in flight cost), 0 when none. */
  overshootUsd: number;
}

export interface RunBudget {
  readonly limitUsd: number | undefined;
  /** Reserves `estUsd`; null when that would exceed the limit (nothing reserved then). */
  reserve(estUsd: number): Promise<BudgetReservation | null>;
  /** Releases the reservation and adds what was really paid (`calls` attempts, `actualUsd`). */
  settle(r: BudgetReservation, actualUsd: number, calls: number): Promise<void>;
  snapshot(): BudgetSnapshot;
  close(): Promise<void>;
}

export class LocalRunBudget implements RunBudget {
  private spent = 0;
  private reserved = 0;
  private calls = 0;
  private denied = 0;
  constructor(readonly limitUsd: number | undefined) {}

  async reserve(estUsd: number): Promise<BudgetReservation | null> {
    if (this.limitUsd !== undefined && this.spent + this.reserved + estUsd > this.limitUsd) {
      this.denied++;
      return null;
    }
    this.reserved += estUsd;
    return { estUsd };
  }

  async settle(r: BudgetReservation, actualUsd: number, calls: number): Promise<void> {
    this.reserved = Math.max(0, this.reserved - r.estUsd);
    this.spent += actualUsd;
    this.calls += calls;
  }

  snapshot(): BudgetSnapshot {
    return {
      limitUsd: this.limitUsd ?? null,
      spentUsd: this.spent,
      reservedUsd: this.reserved,
      calls: this.calls,
      denied: this.denied,
      overshootUsd: this.limitUsd === undefined ? 0 : Math.max(0, this.spent - this.limitUsd),
    };
  }

  async close(): Promise<void> {}
}
