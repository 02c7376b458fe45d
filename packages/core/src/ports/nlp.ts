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
  embed(texts: string[]): Promise<EmbeddingResult>;
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
  classifyTokens(texts: string[]): Promise<EntitySpan[][]>;
  dispose(): Promise<void> | void;
}
