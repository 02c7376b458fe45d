import type { OsmoseConfig } from '../config.js';
import type { SofficePool } from '../render/soffice-pool.js';
import type { ProviderHub } from '@osmose/vision';
import type { TokenClassifier } from '../ports/nlp.js';
import type { PipelineStages, StageStats } from './stages.js';

export interface StagesHandle {
  stages: PipelineStages;
  /** One line per stage: what runs and why (printed once by the CLI). */
  notes: string[];
  close(): Promise<void>;
}

/**
 * Builds the optional stages from the configuration: the vision summariser (when an endpoint is
 * configured and --vision is not off), the native embedding model (when installed) and NER (when
 * --ner-model names a folder). Each missing piece degrades with a note, never a failure.
 */
export async function createStages(
  cfg: OsmoseConfig,
  opts: {
    embeddings?: boolean;
    providers?: boolean;
    pool?: SofficePool;
    hub?: ProviderHub;
    /** The native models' CPU threads when the configuration names none (the engine: the cores its workers leave). */
    modelThreads?: number;
  } = {},
): Promise<StagesHandle> {
  const modelThreads = cfg.embedding.threads ?? opts.modelThreads;
  const notes: string[] = [];
  const stages: PipelineStages = { summariserKey: 'text-v1', embedder: null, ner: null };

  // embeddings (native addon)
  if (opts.embeddings !== false && cfg.embedding.model !== 'none') {
    const { createDefaultEmbedder } = await import('../nlp/index.js');
    let fallback = '';
    const r = await createDefaultEmbedder({
      model: cfg.embedding.model === 'default' ? undefined : cfg.embedding.model,
      cacheDir: cfg.cacheDir,
      device: cfg.embedding.device,
      threads: modelThreads,
      // the CPU fallback of device "auto" is reported once, briefly, with the other notes
      log: (m) => {
        fallback = /cannot open shared object|Failed to load library/.test(m)
          ? 'CUDA provider libraries not installed'
          : m.replace(/^native-nlp: /, '').slice(0, 160);
      },
    });
    if (r.model) {
      stages.embedder = r.model;
      const n = r.threads ?? 0;
      const where =
        r.provider === 'cpu'
          ? `, CPU${n > 0 ? ` with ${n} thread${n === 1 ? '' : 's'}` : ''}${fallback ? `; ${fallback}` : ''}`
          : '';
      notes.push(`embeddings: ${r.model.modelId} (native addon${where})`);
    } else notes.push(`embeddings: off (${r.reason})`);
  } else notes.push('embeddings: off (--embedding-model none)');

  if (cfg.nerModel) {
    const { createNerClassifier } = await import('../nlp/index.js');
    const r = await createNerClassifier(cfg.nerModel, {
      device: cfg.embedding.device,
      threads: modelThreads,
    });
    if (r.model) {
      stages.ner = r.model as TokenClassifier;
      notes.push(`ner: ${cfg.nerModel}`);
    } else notes.push(`ner: off (${r.reason})`);
  }

  // vision summaries and LLM batch extraction need an OpenAI-compatible endpoint
  const endpoint = opts.providers !== false && (cfg.vision.apiKey || cfg.vision.baseURL);
  if (endpoint && cfg.llmExtract) {
    const { extractConceptsBatch, isPendingDrop } = await import('@osmose/vision');
    const v = cfg.vision;
    stages.llmExtract = async (topics, cache, rank) => {
      const r = await extractConceptsBatch(topics, {
        rank,
        baseURL: v.baseURL,
        apiKey: v.apiKey ?? 'none',
        model: v.model,
        cache: cfg.responseCache ? cache : null,
        budgetUsd: v.budgetUsd,
        hub: opts.hub,
      });
      const reasons: Record<string, number> = {};
      for (const d of r.dropped) reasons[d.reason] = (reasons[d.reason] ?? 0) + 1;
      return {
        concepts: r.concepts,
        relations: r.relations,
        calls: r.calls,
        dropped: r.dropped.length,
        reasons,
        pending: r.dropped.filter((d) => isPendingDrop(d.reason)).reduce((a, d) => a + d.topicIds.length, 0),
        finalDropped: r.dropped
          .filter((d) => !isPendingDrop(d.reason))
          .reduce((a, d) => a + d.topicIds.length, 0),
      };
    };
    stages.llmCached = cfg.responseCache;
    notes.push(`llm extraction: topics with fewer than 2 concepts, 5 topics per call (${v.model})`);
    const { createLlmPairJudge } = await import('../resolve/index.js');
    stages.pairJudge = createLlmPairJudge({
      baseURL: v.baseURL,
      apiKey: v.apiKey ?? 'none',
      model: v.model,
      budgetUsd: v.budgetUsd,
      hub: opts.hub,
    });
  }
  if (endpoint && (stages.llmExtract || cfg.vision.mode !== 'off')) {
    // the breaker the provider stages' calls go through (one per endpoint, on the engine's hub)
    const { DEFAULT_ENDPOINT, getDefaultHub, resolveClientOptions } = await import('@osmose/vision');
    const hub = opts.hub ?? getDefaultHub();
    const url =
      resolveClientOptions({ baseURL: cfg.vision.baseURL, apiKey: cfg.vision.apiKey ?? 'none' }).baseURL ??
      DEFAULT_ENDPOINT;
    const key = cfg.vision.apiKey ?? 'none';
    stages.providerDown = () => hub.isDown(url, key, cfg.vision.model);
  }
  if (cfg.vision.mode === 'off' || !endpoint) {
    notes.push(
      endpoint
        ? 'vision: off (--vision off); slide summaries come from their text'
        : 'vision: off (no OPENAI_API_KEY / OPENAI_BASE_URL); slide summaries come from their text',
    );
  } else {
    const { summariseSlides } = await import('../summarise/index.js');
    const { visionInputOf } = await import('@osmose/vision');
    const v = cfg.vision;
    stages.summariserKey = `vision-v1:${v.model}:${v.mode}`;
    notes.push(`vision: ${v.mode} slides via ${v.baseURL ?? 'OpenAI'} (${v.model}, profile ${v.profile})`);
    stages.summarise = async (input): Promise<StageStats> => {
      const r = await summariseSlides({
        deckSha: input.deck.sha256,
        deckPath: input.deckPath,
        slideCount: input.deck.slides.length,
        // vision's visionInputOf: what the needs-vision rule reads (the same as `osmose estimate`); the
        // slide's own parts make a text fallback identical to the pipeline's text summary
        slides: input.slides.map((s) => ({
          index: s.index,
          hash: s.hash,
          texts: s.texts,
          tables: s.tables,
          charts: s.charts,
          notes: s.notes,
          ...visionInputOf(s),
        })),
        cache: cfg.responseCache ? input.cache : null,
        options: {
          vision: v.mode,
          baseURL: v.baseURL,
          apiKey: v.apiKey ?? 'none',
          model: v.model,
          profile: v.profile === 'baseline' ? 'baseline' : 'default',
          budgetUsd: v.budgetUsd,
          concurrencyCeiling: v.concurrency,
          hub: opts.hub,
          onEvent: input.onProviderEvent,
          render: {
            cacheDir: cfg.cacheDir,
            pool: opts.pool,
            cache: cfg.responseCache,
            programs: { pdftoppm: cfg.render.pdftoppm, pdfinfo: cfg.render.pdfinfo },
          },
          signal: input.signal,
          rank: input.rank,
        },
        onProgress: input.onProgress,
        onHandedOff: input.onHandedOff,
        onSlide: (index, s) =>
          input.onSlide(index, { summary: s.summary, source: s.source, reason: s.reason }),
      });
      const st = r.stats;
      return { ...st, calls: st.calls ?? 0, cacheHits: st.cacheHits ?? 0, fallbacks: st.fallbacks ?? 0 };
    };
  }
  return {
    stages,
    notes,
    close: async () => {
      await stages.embedder?.dispose();
      await stages.ner?.dispose();
    },
  };
}
