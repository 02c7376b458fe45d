/**
 * Errors of the native addon. This package may not import core, so it defines its own error class
 * with the same shape as core's OsmoseError (name 'OsmoseError', stable `code`, `retryable`, `cause`);
 * core's `isOsmoseError` guard recognises it structurally.
 */
export const NATIVE_ERROR_CODES = {
  OSM_NATIVE_NOT_BUILT: 'The native-nlp addon is not built; run `npm run setup` (tools/setup/native.sh).',
  OSM_NATIVE_ORT_NOT_FOUND:
    'The ONNX Runtime shared library could not be loaded (set OSMOSE_ORT_LIB or ortLibraryPath).',
  OSM_NATIVE_ORT_VERSION: 'The ONNX Runtime library is too old for this addon.',
  OSM_NATIVE_ORT_INIT: 'ONNX Runtime failed to initialise.',
  OSM_NATIVE_ORT_MISMATCH: 'A different ONNX Runtime library is already loaded in this process.',
  OSM_NATIVE_CUDA_UNAVAILABLE:
    "The CUDA execution provider was requested (device: 'cuda') but is not available.",
  OSM_NATIVE_MODEL_NOT_FOUND:
    'The model folder or one of its files (model.onnx, tokenizer.json) does not exist.',
  OSM_NATIVE_MODEL_INVALID: 'The model file is corrupt or is not a supported encoder model.',
  OSM_NATIVE_TOKENIZER_INVALID: 'The tokenizer.json file is corrupt or inconsistent.',
  OSM_NATIVE_TOKENIZER_UNSUPPORTED: 'The tokenizer model type is not supported (WordPiece and Unigram are).',
  OSM_NATIVE_BAD_OPTION: 'A model option is missing or has an invalid value.',
  OSM_NATIVE_BAD_ARGUMENT:
    'A call received an argument of the wrong type (texts must be an array of strings).',
  OSM_NATIVE_WRONG_TASK: 'The call does not match the task the model was loaded for.',
  OSM_NATIVE_DISPOSED: 'The model has been disposed.',
  OSM_NATIVE_BUSY: 'The model cannot be disposed while runs are in flight.',
  OSM_NATIVE_CANCELLED: 'The run was cancelled by its AbortSignal; the model stays usable.',
  OSM_NATIVE_INFERENCE_FAILED: 'ONNX Runtime failed while running the model.',
  OSM_NATIVE_OUT_OF_MEMORY: 'The native addon ran out of memory.',
  OSM_NATIVE_HUB_DOWNLOAD_FAILED: 'Downloading the model from the Hugging Face hub failed.',
} as const;

export type NativeErrorCode = keyof typeof NATIVE_ERROR_CODES;

const RETRYABLE = new Set<string>(['OSM_NATIVE_BUSY', 'OSM_NATIVE_HUB_DOWNLOAD_FAILED']);

export class NativeError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly isOsmoseError = true as const;

  constructor(code: string, message?: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message ?? (NATIVE_ERROR_CODES as Record<string, string>)[code] ?? code, { cause: options.cause });
    this.name = 'OsmoseError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
  }
}

/**
 * A NativeError that is also a TypeError: the addon throws it when the options object it receives
 * lacks a field or has one of the wrong type (a bug in the caller, not a bad value from a user).
 */
export class NativeTypeError extends TypeError {
  readonly code: string;
  readonly retryable = false;
  readonly isOsmoseError = true as const;

  constructor(code: string, message?: string, options: { cause?: unknown } = {}) {
    super(message ?? (NATIVE_ERROR_CODES as Record<string, string>)[code] ?? code, { cause: options.cause });
    this.name = 'OsmoseError';
    this.code = code;
  }
}

export function isNativeError(e: unknown): e is NativeError | NativeTypeError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { isOsmoseError?: unknown }).isOsmoseError === true &&
    typeof (e as { code?: unknown }).code === 'string' &&
    (e as { code: string }).code.startsWith('OSM_NATIVE_')
  );
}
