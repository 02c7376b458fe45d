export {
  embedTexts,
  embeddingCacheKey,
  encodeVector,
  decodeVector,
  type EmbedTextsResult,
  type EmbedTextsStats,
  type EmbedTextsOptions,
} from './embed-texts.js';
export { rankKeyphrases, type RankedPhrase, type RankKeyphrasesOptions } from './keyphrases.js';
export { clusterPhrases, type PhraseCluster } from './cluster.js';
export {
  createDefaultEmbedder,
  createNerClassifier,
  DEFAULT_EMBEDDING_MODEL,
  type DefaultModelOptions,
  type Loaded,
} from './default-embedder.js';
export { cosine, dot, centroid } from './vector-math.js';
