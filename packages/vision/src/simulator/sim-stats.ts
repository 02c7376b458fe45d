/** Counters of the simulator, in total and per API key, plus a bounded event log for tests and benches. */
export type SimOutcome =
  | 'ok'
  | 'slow'
  | 'malformed'
  | 'rate_limited'
  | 'error'
  | 'outage'
  | 'hang'
  | 'aborted'
  | 'bad_request'
  | 'unauthorized';

export interface KeyStats {
  calls: number;
  ok: number;
  rateLimited: number;
  errors: number;
  hangs: number;
}

export interface SimulatorStats extends KeyStats {
  malformed: number;
  slowBodies: number;
  outageRejects: number;
  aborted: number;
  badRequests: number;
  /** Requests answered 401 (a key the simulator was told to refuse). */
  unauthorized: number;
  promptTokens: number;
  completionTokens: number;
  openConnections: number;
  maxOpenConnections: number;
  byKey: Record<string, KeyStats>;
  /**
   * Arrival time in real ms since start and the outcome, the last 50,000, in the order they are recorded:
   * a refusal at once, an answer when it leaves (so the first event is the first call ANSWERED; the first
   * call that arrived is the smallest `t`).
   */
  events: { t: number; outcome: SimOutcome }[];
}

const MAX_EVENTS = 50_000;

export class SimStats {
  private s: Omit<SimulatorStats, 'byKey' | 'events'> = {
    calls: 0,
    ok: 0,
    rateLimited: 0,
    errors: 0,
    hangs: 0,
    malformed: 0,
    slowBodies: 0,
    outageRejects: 0,
    aborted: 0,
    badRequests: 0,
    unauthorized: 0,
    promptTokens: 0,
    completionTokens: 0,
    openConnections: 0,
    maxOpenConnections: 0,
  };
  private byKey = new Map<string, KeyStats>();
  private events: { t: number; outcome: SimOutcome }[] = [];

  open(): void {
    this.s.openConnections++;
    this.s.maxOpenConnections = Math.max(this.s.maxOpenConnections, this.s.openConnections);
  }
  closed(): void {
    this.s.openConnections--;
  }

  record(key: string, outcome: SimOutcome, t: number, ptoks = 0, ctoks = 0): void {
    let k = this.byKey.get(key);
    if (!k) this.byKey.set(key, (k = { calls: 0, ok: 0, rateLimited: 0, errors: 0, hangs: 0 }));
    const s = this.s;
    s.calls++;
    k.calls++;
    switch (outcome) {
      case 'ok':
      case 'slow':
      case 'malformed':
        s.ok++;
        k.ok++;
        if (outcome === 'slow') s.slowBodies++;
        if (outcome === 'malformed') s.malformed++;
        s.promptTokens += ptoks;
        s.completionTokens += ctoks;
        break;
      case 'rate_limited':
        s.rateLimited++;
        k.rateLimited++;
        break;
      case 'error':
        s.errors++;
        k.errors++;
        break;
      case 'outage':
        s.outageRejects++;
        s.errors++;
        k.errors++;
        break;
      case 'hang':
        s.hangs++;
        k.hangs++;
        break;
      case 'aborted':
        s.aborted++;
        break;
      case 'bad_request':
        s.badRequests++;
        break;
      case 'unauthorized':
        s.unauthorized++;
        break;
    }
    this.events.push({ t, outcome });
    if (this.events.length > MAX_EVENTS) this.events.splice(0, this.events.length - MAX_EVENTS);
  }

  snapshot(): SimulatorStats {
    return {
      ...this.s,
      byKey: Object.fromEntries([...this.byKey].map(([k, v]) => [k, { ...v }])),
      events: [...this.events],
    };
  }
}
