export { resolveStage, type ResolveOptions, type ResolveReport } from './resolve-stage.js';
export { resolutionKey, acronymInfo, pairKey } from './keys.js';
export { compatibleTypes } from './types.js';
export type { PairJudge, JudgePair, JudgeTally } from './judge.js';
export { createLlmPairJudge } from './llm-judge.js';
