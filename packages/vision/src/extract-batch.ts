/**
 * LLM batch extraction: one JSON-mode call per `batchSize` topics (default 5) asking for concepts and
 * relations, validated against a schema; a malformed answer is repaired once (locally, else by one repair
 * call) or that batch is dropped with a reason; never throws for provider trouble. Cached and governed
 * like vision: pass the engine's `hub` to share its chat, governor, breaker and run budget. A fired
 * `signal` rejects with OSM_PROVIDER_CANCELLED (no batch is dropped for it: the run was cancelled).
 */
import { isVisionError, throwIfAborted } from './errors.js';
import { ResilientChat } from './internal/resilient-chat.js';
import { getDefaultHub } from './provider-hub.js';
import { resolveClientOptions, type ClientOptions } from './options.js';
import {
  EXTRACTION_SYSTEM_PROMPT,
  REPAIR_SYSTEM_PROMPT,
  approxTokens,
  extractionUserPrompt,
} from './prompts.js';
import { responseCacheKey } from './response-cache.js';
import { repairJson, validate, type Schema } from './schema.js';

export interface ExtractedConcept {
  name: string;
  type: string;
  definition: string;
  topicId: string;
}

export interface ExtractedRelation {
  source: string;
  target: string;
  type: string;
}

export interface ExtractionResult {
  concepts: ExtractedConcept[];
  relations: ExtractedRelation[];
  /** Batches that produced nothing usable, with the reason (provider error code or 'malformed'). */
  dropped: { topicIds: string[]; reason: string }[];
  calls: number;
  repaired: number;
}

export interface ExtractOptions extends ClientOptions {
  batchSize?: number;
  /** Reuse an existing chat (a vision client's `chat`); prefer `hub`. */
  chat?: ResilientChat;
  signal?: AbortSignal;
  /** The calls' place in the line for the provider (CompleteOptions.rank). */
  rank?: number;
}

export const EXTRACTION_SCHEMA: Schema = {
  type: 'object',
  required: ['concepts', 'relations'],
  properties: {
    concepts: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['name', 'type', 'definition', 'topicId'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          type: { type: 'string', minLength: 1, maxLength: 60 },
          definition: { type: 'string', maxLength: 2_000 },
          topicId: { type: 'string', minLength: 1 },
        },
      },
    },
    relations: {
      type: 'array',
      maxItems: 1_000,
      items: {
        type: 'object',
        required: ['source', 'target', 'type'],
        properties: {
          source: { type: 'string', minLength: 1 },
          target: { type: 'string', minLength: 1 },
          type: { type: 'string', minLength: 1 },
        },
      },
    },
  },
};

type Parsed = { concepts: ExtractedConcept[]; relations: ExtractedRelation[] };

function parseValid(text: string): Parsed | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  return validate(v, EXTRACTION_SCHEMA).length === 0 ? (v as Parsed) : null;
}

/** Keeps the valid concepts and relations of a repaired answer; null when nothing of the shape is left. */
function salvage(v: unknown): Parsed | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (!Array.isArray(o.concepts)) return null;
  const props = (EXTRACTION_SCHEMA as { properties: Record<string, { items: Schema }> }).properties;
  const keep = (a: unknown, s: Schema): unknown[] =>
    Array.isArray(a) ? a.filter((x) => validate(x, s).length === 0) : [];
  return {
    concepts: keep(o.concepts, props.concepts.items) as ExtractedConcept[],
    relations: keep(o.relations, props.relations.items) as ExtractedRelation[],
  };
}

export async function extractConceptsBatch(
  topics: { id: string; text: string }[],
  opts: ExtractOptions = {},
): Promise<ExtractionResult> {
  throwIfAborted(opts.signal);
  const resolved = opts.chat ? null : resolveClientOptions(opts);
  const chat =
    opts.chat ?? (opts.hub ? opts.hub.chatFor(resolved!) : new ResilientChat(resolved!, getDefaultHub()));
  // this run's own metrics, events, cap and cache when the chat is shared
  const caller =
    resolved && opts.hub
      ? chat.caller({
          onEvent: resolved.onEvent,
          budgetUsd: resolved.budgetUsd,
          cache: resolved.cache,
          cacheTtlSeconds: resolved.cacheTtlSeconds,
        })
      : chat.own;
  const signal = opts.signal;
  const size = Math.max(1, opts.batchSize ?? 5);
  const out: ExtractionResult = { concepts: [], relations: [], dropped: [], calls: 0, repaired: 0 };
  const batches: { id: string; text: string }[][] = [];
  for (let i = 0; i < topics.length; i += size) batches.push(topics.slice(i, i + size));

  const perBatch: Parsed[] = batches.map(() => ({ concepts: [], relations: [] }));
  await Promise.all(
    batches.map(async (batch, bi) => {
      const mine = perBatch[bi];
      const ids = new Set(batch.map((t) => t.id));
      const prompt = extractionUserPrompt(batch);
      const key = responseCacheKey('llm', chat.model, `${EXTRACTION_SYSTEM_PROMPT}\n${prompt}`);
      let parsed: Parsed | null = null;
      try {
        out.calls++;
        // Unparseable JSON is not retried as an error: it is repaired below (cache stores only valid answers).
        const r = await chat.complete(
          {
            system: EXTRACTION_SYSTEM_PROMPT,
            parts: [{ type: 'text', text: prompt }],
            jsonMode: true,
            maxTokens: 1_500,
          },
          {
            cacheKey: key,
            estTokens: approxTokens(EXTRACTION_SYSTEM_PROMPT + prompt),
            cacheable: (c) => parseValid(c) !== null,
            signal,
            caller,
            rank: opts.rank,
          },
        );
        const raw = r.content;
        parsed = parseValid(raw);
        if (!parsed) {
          const local = salvage(repairJson(raw));
          if (local && local.concepts.length > 0) parsed = local;
          else {
            out.calls++;
            const fix = await chat.complete(
              {
                system: REPAIR_SYSTEM_PROMPT,
                parts: [{ type: 'text', text: `SCHEMA: ${EXTRACTION_SYSTEM_PROMPT}\nTEXT:\n${raw}` }],
                jsonMode: true,
                maxTokens: 1_500,
              },
              { cacheKey: null, estTokens: approxTokens(raw) + 200, signal, caller, rank: opts.rank },
            );
            parsed = parseValid(fix.content) ?? salvage(repairJson(fix.content));
          }
          if (parsed) {
            out.repaired++;
            await caller.o.cache
              ?.set(key, JSON.stringify(parsed), caller.o.cacheTtlSeconds ?? chat.options.cacheTtlSeconds)
              .catch(() => undefined);
          }
        }
      } catch (e) {
        if (signal?.aborted) return;
        out.dropped.push({ topicIds: [...ids], reason: isVisionError(e) ? e.code : 'error' });
        return;
      }
      if (!parsed) {
        out.dropped.push({ topicIds: [...ids], reason: 'malformed' });
        return;
      }
      const names = new Set<string>();
      for (const c of parsed.concepts) {
        if (!ids.has(c.topicId)) continue; // an answer about a topic we did not send is ignored
        mine.concepts.push({
          name: c.name.trim(),
          type: c.type.trim(),
          definition: c.definition.trim(),
          topicId: c.topicId,
        });
        names.add(c.name.trim().toLowerCase());
      }
      for (const r of parsed.relations) {
        if (names.has(r.source.trim().toLowerCase()) && names.has(r.target.trim().toLowerCase())) {
          mine.relations.push({ source: r.source.trim(), target: r.target.trim(), type: r.type.trim() });
        }
      }
    }),
  );
  throwIfAborted(signal);
  for (const b of perBatch) {
    out.concepts.push(...b.concepts);
    out.relations.push(...b.relations);
  }
  return out;
}
