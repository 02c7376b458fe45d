import type { Phase, PhaseStats } from './observer.js';
import { PHASES, emptyPhaseStats } from './observer.js';
import type { SkippedFile } from './files.js';
import type { DeckData } from '../model/deck.js';
import type { DocumentStats } from '../model/graph.js';

/** The deck's counts as reports give them; stored with the document so an unchanged re-run repeats them. */
export function deckStats(deck: DeckData): DocumentStats {
  return {
    notes: deck.slides.filter((s) => s.notes.trim().length > 0).length,
    tables: deck.slides.reduce((a, s) => a + s.tables.length, 0),
    charts: deck.slides.reduce((a, s) => a + s.charts.length, 0),
    images: deck.slides.filter((s) => s.images.length > 0).length,
    textChars: deck.slides.reduce(
      (a, s) => a + s.texts.reduce((b, t) => b + t.text.length, 0) + s.notes.length,
      0,
    ),
  };
}

/**
 * `rejected`: the input is not a usable deck (OSM_INPUT_*); `failed`: a stage failed (store, native,
 * provider…) and nothing of the document was written; `cancelled`: the run was cancelled (checkpoints kept).
 */
export type DocumentStatus = 'ingested' | 'rejected' | 'unchanged' | 'failed' | 'cancelled';

export interface DocumentReport {
  file: string;
  status: DocumentStatus;
  error?: { code: string; message: string };
  docId?: string;
  slides: number;
  hiddenSlides: number;
  /** Slides having speaker notes. */
  notes: number;
  /** Table objects. */
  tables: number;
  /** Chart objects. */
  charts: number;
  /** Slides having pictures. */
  images: number;
  textChars: number;
  concepts: number;
  mentions: number;
  /** Slides whose expensive work came from checkpoints (an edited deck redoes only changed slides). */
  slidesReused: number;
  timingsMs: Partial<Record<Phase | 'total', number>>;
  phases: Partial<Record<Phase, PhaseStats>>;
  /** The document's detected language and the concept path used for it (see nlp-stage.ts). */
  language?: { code: string; script: string; confidence: number; path: string };
  warnings?: string[];
  /** Provider spend for this document in USD (present when a provider was paid). */
  costUsd?: number;
  /** Vectors of this document the vector store has not received yet (an outage): kept in the outbox. */
  pendingVectors?: number;
  /** Slides left on their text by provider trouble or a render timeout; the next run with a provider retries them (DocumentStats). */
  visionPending?: number;
  /** Thin topics whose LLM extraction provider trouble dropped; the next run with a provider asks again (DocumentStats). */
  llmPending?: number;
  /** Ambiguous concept pairs the LLM judge could not be asked about; the next run with a provider asks again (DocumentStats). */
  judgePending?: number;
}

export interface IngestReport {
  documents: DocumentReport[];
  /** Files found inside folders that were not tried (not a deck, not a regular file, unreadable), with why. */
  skipped: SkippedFile[];
  totals: {
    files: number;
    /** Files skipped inside folders (see `skipped`). */
    skipped: number;
    ingested: number;
    rejected: number;
    unchanged: number;
    failed: number;
    cancelled: number;
    /** Vectors waiting in the outbox for the vector store after this run (0 when it is complete). */
    pendingVectors: number;
    /** Slides of the stored documents left on their text by provider trouble (retried by the next run). */
    visionPending: number;
    /** Thin topics of the stored documents waiting for the LLM's extraction (retried by the next run). */
    llmPending: number;
    /** Ambiguous concept pairs of the stored documents waiting for the LLM judge (retried by the next run). */
    judgePending: number;
    slides: number;
    hiddenSlides: number;
    notes: number;
    tables: number;
    charts: number;
    images: number;
    textChars: number;
    concepts: number;
    mentions: number;
    timingsMs: Partial<Record<Phase | 'total', number>>;
    phases: Partial<Record<Phase, PhaseStats>>;
    /** Rejections by error code. */
    rejectedByCode: Record<string, number>;
  };
}

export const emptyDocReport = (file: string, status: DocumentStatus): DocumentReport => ({
  file,
  status,
  slides: 0,
  hiddenSlides: 0,
  notes: 0,
  tables: 0,
  charts: 0,
  images: 0,
  textChars: 0,
  concepts: 0,
  mentions: 0,
  slidesReused: 0,
  timingsMs: {},
  phases: {},
});

export function summarise(
  documents: DocumentReport[],
  wallMs: number,
  skipped: SkippedFile[] = [],
): IngestReport {
  const t: IngestReport['totals'] = {
    files: documents.length,
    skipped: skipped.length,
    ingested: 0,
    rejected: 0,
    unchanged: 0,
    failed: 0,
    cancelled: 0,
    pendingVectors: 0,
    visionPending: 0,
    llmPending: 0,
    judgePending: 0,
    slides: 0,
    hiddenSlides: 0,
    notes: 0,
    tables: 0,
    charts: 0,
    images: 0,
    textChars: 0,
    concepts: 0,
    mentions: 0,
    timingsMs: { total: Math.round(wallMs) },
    phases: {},
    rejectedByCode: {},
  };
  for (const d of documents) {
    t[d.status]++;
    t.visionPending += d.visionPending ?? 0;
    t.llmPending += d.llmPending ?? 0;
    t.judgePending += d.judgePending ?? 0;
    if (d.error) t.rejectedByCode[d.error.code] = (t.rejectedByCode[d.error.code] ?? 0) + 1;
    for (const k of [
      'slides',
      'hiddenSlides',
      'notes',
      'tables',
      'charts',
      'images',
      'textChars',
      'mentions',
    ] as const)
      t[k] += d[k];
    for (const p of PHASES) {
      const s = d.phases[p];
      if (!s) continue;
      const acc = (t.phases[p] ??= emptyPhaseStats());
      acc.ms += s.ms;
      acc.calls += s.calls;
      acc.cacheHits += s.cacheHits;
      acc.fallbacks += s.fallbacks;
      for (const [why, n] of Object.entries(s.fallbackReasons ?? {}))
        (acc.fallbackReasons ??= {})[why] = (acc.fallbackReasons?.[why] ?? 0) + n;
      acc.items += s.items;
      t.timingsMs[p] = Math.round(acc.ms);
    }
  }
  return { documents, skipped, totals: t };
}
