/** Seeded pseudo-random numbers (mulberry32) so a simulator run can be reproduced exactly. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Log-normal with the given median and 95th percentile. */
  logNormal(median: number, p95: number): number;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    normal,
    logNormal(median: number, p95: number): number {
      if (median <= 0) return 0;
      const sigma = p95 > median ? Math.log(p95 / median) / 1.6448536 : 0;
      return median * Math.exp(sigma * normal());
    },
  };
}
