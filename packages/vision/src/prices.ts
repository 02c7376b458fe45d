/** USD per million tokens, input and output. Override with the `prices` option (config). */
export interface Price {
  inputPerMTok: number;
  outputPerMTok: number;
}

export const DEFAULT_PRICES: Record<string, Price> = {
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'osmose-sim-vision': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
};

/** Price for unknown models: the most expensive known, so a budget errs on the safe side. */
const FALLBACK: Price = { inputPerMTok: 2.5, outputPerMTok: 10 };

export function priceOf(model: string, table: Record<string, Price> = DEFAULT_PRICES): Price {
  return table[model] ?? DEFAULT_PRICES[model] ?? FALLBACK;
}

export function costUsd(price: Price, promptTokens: number, completionTokens: number): number {
  return (promptTokens * price.inputPerMTok + completionTokens * price.outputPerMTok) / 1e6;
}
