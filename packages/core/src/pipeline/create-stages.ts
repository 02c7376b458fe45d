import type { OsmoseConfig } from '../config.js';
import type { PipelineStages } from './stages.js';

export interface StagesHandle {
  stages: PipelineStages;
  /** One line per stage: what runs and why (printed once by the CLI). */
  notes: string[];
  close(): Promise<void>;
}

/** Builds the optional stages (vision summariser, embedding model, NER) from the configuration. */
export async function createStages(cfg: OsmoseConfig): Promise<StagesHandle> {
  const notes: string[] = [];
  const stages: PipelineStages = { summariserKey: 'text-v1', embedder: null };
  if (cfg.vision.mode === 'off') {
    notes.push(
      cfg.vision.apiKey || cfg.vision.baseURL
        ? 'vision: off (--vision off); slide summaries come from their text'
        : 'vision: off (no OPENAI_API_KEY / OPENAI_BASE_URL); slide summaries come from their text',
    );
  }
  return {
    stages,
    notes,
    close: async () => {
      await stages.embedder?.dispose();
    },
  };
}
