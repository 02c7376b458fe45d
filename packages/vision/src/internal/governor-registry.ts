/** One rate governor per endpoint and API key, shared by every client of the process. */
import type { ResolvedClientOptions } from '../options.js';
import { RateGovernor } from './rate-governor.js';

const governors = new Map<string, RateGovernor>();

export function governorFor(o: ResolvedClientOptions): RateGovernor {
  const id = `${o.baseURL ?? 'https://api.openai.com/v1'}|${o.apiKey}`;
  let g = governors.get(id);
  if (!g) governors.set(id, (g = new RateGovernor({ rpm: o.rpm, tpm: o.tpm })));
  return g;
}

/** Forgets the shared governors (tests). */
export function resetGovernors(): void {
  for (const g of governors.values()) g.close();
  governors.clear();
}
