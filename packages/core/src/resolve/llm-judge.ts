import { createHash } from 'node:crypto';
import {
  getDefaultHub,
  isPendingDrop,
  isVisionError,
  ResilientChat,
  resolveClientOptions,
  type ClientOptions,
} from '@osmose/vision';
import type { JudgeContext, JudgePair, PairJudge } from './judge.js';

const SYSTEM =
  'You decide whether two concept names from presentation decks denote the same real-world thing. ' +
  'Answer with one JSON object only: {"same":[boolean, …]} with exactly one boolean per pair, in order. ' +
  'Say true only when they are certainly the same (an acronym and its expansion, a spelling variant); ' +
  'different versions, parts, or related but distinct things are false.';

function prompt(pairs: JudgePair[]): string {
  const side = (s: JudgePair['a']) => ({
    name: s.name,
    type: s.type,
    aliases: s.aliases.slice(0, 5),
    definition: s.definition,
    context: s.context.slice(0, 2),
  });
  return `PAIRS_JSON:\n${JSON.stringify(pairs.map((p, i) => ({ i, a: side(p.a), b: side(p.b), why: p.reason })))}`;
}

function parse(content: string, n: number): boolean[] | null {
  try {
    const v = JSON.parse(content) as { same?: unknown };
    if (!Array.isArray(v.same) || v.same.length !== n || !v.same.every((x) => typeof x === 'boolean'))
      return null;
    return v.same as boolean[];
  } catch {
    return null;
  }
}

/**
 * The LLM check for ambiguous entity-resolution pairs, on the same resilient client as vision
 * (governor, retries, breaker, response cache). An unusable answer counts as "not the same": the
 * cheap methods' decision stands and nothing is merged on a guess. A batch that provider trouble kept from an
 * answer (isPendingDrop: down, slow, over its limits, a refused key, an open circuit) answers null for each pair:
 * the pairs wait for a later run, which asks again.
 * Pass the engine's `hub` (ClientOptions.hub) to share its chat, governor, breaker and run budget with
 * vision and LLM extraction; a call's `ctx.cache` (the store's response cache) keeps its answers, so a document
 * re-done asks only for what it did not get before; `signal` cancels: a pending call rejects with OSM_PROVIDER_CANCELLED.
 */
export function createLlmPairJudge(
  opts: ClientOptions & { batchSize?: number; signal?: AbortSignal },
): PairJudge & { calls: () => number } {
  const resolved = resolveClientOptions(opts);
  const chat = opts.hub ? opts.hub.chatFor(resolved) : new ResilientChat(resolved, getDefaultHub());
  const caller = opts.hub
    ? chat.caller({
        onEvent: resolved.onEvent,
        budgetUsd: resolved.budgetUsd,
        cache: resolved.cache,
        cacheTtlSeconds: resolved.cacheTtlSeconds,
      })
    : chat.own;
  // a caller per response cache the calls name (the store's cache, given per document by the pipeline)
  const cached = new WeakMap<NonNullable<JudgeContext['cache']>, typeof caller>();
  const callerFor = (cache: JudgeContext['cache']): typeof caller => {
    if (!cache) return caller;
    let c = cached.get(cache);
    if (!c) {
      c = chat.caller({
        onEvent: resolved.onEvent,
        budgetUsd: resolved.budgetUsd,
        cache,
        cacheTtlSeconds: resolved.cacheTtlSeconds,
      });
      cached.set(cache, c);
    }
    return c;
  };
  let calls = 0;
  return {
    batchSize: opts.batchSize ?? 20,
    calls: () => calls,
    async judgePairs(pairs: JudgePair[], ctx: JudgeContext = {}) {
      const tally = ctx.tally;
      if (pairs.length === 0) return [];
      const p = prompt(pairs);
      const key = 'llm:judge:' + createHash('sha256').update(`${chat.model}\n${SYSTEM}\n${p}`).digest('hex');
      calls++;
      try {
        const r = await chat.complete(
          {
            system: SYSTEM,
            parts: [{ type: 'text', text: p }],
            jsonMode: true,
            maxTokens: 20 + pairs.length * 8,
          },
          {
            cacheKey: key,
            estTokens: Math.ceil((SYSTEM.length + p.length) / 4),
            cacheable: (c) => parse(c, pairs.length) !== null,
            signal: opts.signal,
            caller: callerFor(ctx.cache),
            rank: ctx.rank,
          },
        );
        if (tally) {
          if (r.source === 'provider') tally.calls++;
          else tally.cacheHits++;
          tally.costUsd += r.costUsd;
        }
        return parse(r.content, pairs.length) ?? pairs.map(() => false);
      } catch (e) {
        if (isVisionError(e) && e.code === 'OSM_PROVIDER_CANCELLED') throw e;
        // (not counted as a call: the batch is counted as waiting, or as answered "different", by the caller)
        const pending = isVisionError(e) && isPendingDrop(e.code);
        return pairs.map(() => (pending ? null : false));
      }
    },
  };
}
