/** What the nlp stage needs from an embedding model (the native addon satisfies it). */
export interface EmbeddingResult {
  /** n × dim, row-major, L2-normalised. */
  data: Float32Array;
  n: number;
  dim: number;
}

export interface Embedder {
  /** A stable model identifier used in cache keys and vector collections. */
  readonly modelId: string;
  readonly dim: number;
  /** `signal`: a cancelled ingest stops the model run (the addon rejects with OSM_NATIVE_CANCELLED). */
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<EmbeddingResult>;
  dispose(): Promise<void> | void;
}

export interface EntitySpan {
  start: number;
  end: number;
  text: string;
  label: string;
  score: number;
}

export interface TokenClassifier {
  readonly modelId: string;
  classifyTokens(texts: string[], options?: { signal?: AbortSignal }): Promise<EntitySpan[][]>;
  dispose(): Promise<void> | void;
}
