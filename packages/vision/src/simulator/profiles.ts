/** Simulator configuration and its named profiles. Durations are simulated milliseconds (see timeScale). */
export interface SimulatorConfig {
  /** Latency of a successful answer: log-normal given by its median and 95th percentile. */
  latencyMedianMs: number;
  latencyP95Ms: number;
  /** Requests and tokens per (simulated) minute allowed for each API key; 0 = unlimited. */
  rpm: number;
  tpm: number;
  /** Seconds of traffic the per-key buckets may absorb at once (OpenAI enforces limits over short periods). */
  burstSeconds: number;
  /** Probabilities in [0, 1] per request. */
  error500Rate: number;
  error503Rate: number;
  hangRate: number;
  slowBodyRate: number;
  malformedRate: number;
  /** How long a slow body takes to trickle out. */
  slowBodyMs: number;
  /** Every request in [startMs, startMs + durationMs) after start answers 503. */
  outage: { startMs: number; durationMs: number } | null;
  /** Real time = simulated time × timeScale (0.01 runs 100× faster). */
  timeScale: number;
  seed: number;
  models: string[];
}

export type SimulatorProfileName = 'ideal' | 'realistic' | 'outage' | 'flaky';

const BASE: SimulatorConfig = {
  latencyMedianMs: 800,
  latencyP95Ms: 1500,
  rpm: 0,
  tpm: 0,
  burstSeconds: 3,
  error500Rate: 0,
  error503Rate: 0,
  hangRate: 0,
  slowBodyRate: 0,
  malformedRate: 0,
  slowBodyMs: 5_000,
  outage: null,
  timeScale: 1,
  seed: 42,
  models: ['gpt-4o-mini', 'gpt-4o', 'osmose-sim-vision'],
};

export const SIMULATOR_PROFILES: Record<SimulatorProfileName, SimulatorConfig> = {
  ideal: { ...BASE },
  realistic: {
    ...BASE,
    latencyMedianMs: 12_000,
    latencyP95Ms: 30_000,
    rpm: 500,
    tpm: 2_000_000,
    error500Rate: 0.005,
    error503Rate: 0.005,
    hangRate: 0.005,
    slowBodyRate: 0.01,
    malformedRate: 0.002,
  },
  outage: {
    ...BASE,
    latencyMedianMs: 2_000,
    latencyP95Ms: 5_000,
    rpm: 500,
    tpm: 2_000_000,
    outage: { startMs: 5_000, durationMs: 60_000 },
  },
  flaky: {
    ...BASE,
    latencyMedianMs: 3_000,
    latencyP95Ms: 15_000,
    rpm: 300,
    tpm: 1_000_000,
    error500Rate: 0.05,
    error503Rate: 0.05,
    hangRate: 0.03,
    slowBodyRate: 0.05,
    malformedRate: 0.05,
  },
};

export function isSimulatorProfile(name: string): name is SimulatorProfileName {
  return Object.prototype.hasOwnProperty.call(SIMULATOR_PROFILES, name);
}

export function resolveSimulatorConfig(
  profile: SimulatorProfileName = 'realistic',
  overrides: Partial<SimulatorConfig> = {},
): SimulatorConfig {
  const cfg = { ...SIMULATOR_PROFILES[profile], ...overrides };
  if (!(cfg.timeScale > 0)) throw new RangeError('timeScale must be > 0');
  return cfg;
}
