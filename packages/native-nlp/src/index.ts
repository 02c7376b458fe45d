export {
  NATIVE_ERROR_CODES,
  NativeError,
  NativeTypeError,
  isNativeError,
  type NativeErrorCode,
} from './errors.js';
export { NATIVE_DEFAULTS } from './defaults.js';
export { loadModel, type LoadModelOptions, type Device, type Task } from './load-model.js';
export { NlpModel, type EmbedOutput, type Span, type ModelInfo, type EmbedStats } from './nlp-model.js';
export { readModelConfig, resolveModelFolder, osmoseCacheDir, type ModelConfig } from './model-folder.js';
export { downloadFromHub, isHubRepoId, type HubOptions } from './hub.js';
export { addonBuilt, ADDON_PATH } from './internal/binding.js';
export { nearestRows, nearestAvailable, type NearestResult } from './nearest.js';
export { resolveOrtLibrary } from './internal/ort-library.js';
