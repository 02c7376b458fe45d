/**
 * The native addon's defaults, defined once. loadModel() resolves every option against these and passes
 * the addon a complete flat object; the C++ side has no defaults of its own and rejects a missing or
 * mistyped field with a TypeError (OSM_NATIVE_BAD_OPTION).
 */
export const NATIVE_DEFAULTS = Object.freeze({
  /** 'auto': CUDA when the ONNX Runtime build has it, else CPU (logged). */
  device: 'auto' as const,
  deviceId: 0,
  /** Padded tokens per inference batch (rows × longest row) on CUDA; raised to maxLength when smaller. */
  maxBatchTokens: 16384,
  /**
   * On the CPU provider: padded tokens per batch per intra-op thread (1024 × threads, at most maxBatchTokens).
   * A batch's activations then stay near the core's cache: the int8 MiniLM embeds the corpus's slide texts
   * 1.5× faster on one thread than with 16384-token batches (bench/results/embed-batch.md).
   */
  cpuBatchTokensPerThread: 1024,
  /** Rows per inference batch. */
  maxBatchSize: 256,
  /** Tokens per text (special tokens included) when the model folder's config.json names none. */
  maxLength: 512,
  /** Let idle ONNX Runtime threads spin between ops (lower latency, burns CPU). */
  allowSpinning: true,
  /** CUDA only: I/O binding with page-locked host buffers for inputs and outputs. */
  pinnedHostBuffers: true,
  /** Pooling and normalisation when the model folder's config.json names none. */
  pooling: 'mean' as const,
  normalize: true,
  /** Wait this long (ms) to merge concurrent embed() calls into one native call (0: the same tick). */
  coalesceMs: 0,
});
