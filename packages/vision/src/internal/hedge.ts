/**
 * Hedged requests: one copy goes out; once it has run longer than `hedgeAfterMs()` and `mayHedge()`
 * agrees (or longer than `rescueAfterMs()` and `mayRescue()` agrees), a second copy is sent. `hedgeAfterMs()` is asked again at least every `recheckMs()`, so a
 * threshold that drops while the copy runs (the run's tail: nothing else waits for the provider) takes
 * effect at once. The first answer wins and the other copy is cancelled; the call fails only when every
 * copy has failed. The clock starts when the first copy is actually sent (not while it waits for a slot
 * or a rate token). `onCopyWon` tells when the hedge copy answered first (a hedge that paid off); any
 * other hedge was a wasted call.
 */
export interface HedgeOptions {
  signal?: AbortSignal;
  /** Delay after which a copy is sent, or null while not enough is known. */
  hedgeAfterMs: () => number | null;
  recheckMs: () => number;
  /** Takes the copy from a budget; false = no copy now (asked again at the next check). */
  mayHedge: () => boolean;
  /**
   * A straggler's rescue: once the first copy has run this long (far in the latency tail: most likely a hung
   * or lost call), a copy may go even when `mayHedge` refuses, if `mayRescue` agrees. Null: no rescue.
   */
  rescueAfterMs?: () => number | null;
  mayRescue?: () => boolean;
  onHedge: () => void;
  /** The copy actually left (it may still be waiting for a slot or a rate token when the first answers). */
  onCopySent?: () => void;
  onCopyWon?: () => void;
}

/** `copy`: this is the hedge copy (it rides on the first copy's pool slot). */
export type HedgedAttempt<T> = (signal: AbortSignal, onSent?: () => void, copy?: boolean) => Promise<T>;

export function runHedged<T>(attempt: HedgedAttempt<T>, o: HedgeOptions): Promise<T> {
  let started = 0;
  return new Promise<T>((resolve, reject) => {
    const controllers: AbortController[] = [];
    let pending = 0;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const launch = (first: boolean): void => {
      const ac = new AbortController();
      controllers.push(ac);
      const signal = o.signal ? AbortSignal.any([o.signal, ac.signal]) : ac.signal;
      pending++;
      const onSent = first
        ? () => {
            started = Date.now();
            if (!settled) arm();
          }
        : () => o.onCopySent?.();
      attempt(signal, onSent, !first).then(
        (r) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          for (const c of controllers) if (c !== ac) c.abort();
          if (!first) o.onCopyWon?.();
          resolve(r);
        },
        (e) => {
          pending--;
          if (settled || pending > 0) return;
          settled = true;
          clearTimeout(timer);
          reject(e);
        },
      );
    };
    const arm = (): void => {
      const elapsed = Date.now() - started;
      let due = o.recheckMs();
      for (const at of [o.hedgeAfterMs(), o.rescueAfterMs?.() ?? null])
        if (at !== null && at - elapsed > 0) due = Math.min(due, at - elapsed);
      timer = setTimeout(
        () => {
          if (settled) return;
          const ran = Date.now() - started + 5;
          const after = o.hedgeAfterMs();
          const rescue = o.rescueAfterMs?.() ?? null;
          const go =
            (after !== null && ran >= after && o.mayHedge()) ||
            (rescue !== null && ran >= rescue && (o.mayRescue?.() ?? false));
          // no copy now (no room, no budget): the call is looked at again, a rescue may still come
          if (!go) return arm();
          o.onHedge();
          launch(false);
        },
        Math.max(1, due),
      );
      timer.unref?.();
    };
    launch(true);
  });
}
