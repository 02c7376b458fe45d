/** Where the ONNX Runtime shared library is: option > OSMOSE_ORT_LIB > the onnxruntime-node package. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NativeError } from '../errors.js';

export function resolveOrtLibrary(explicit?: string): string {
  const chosen = explicit ?? process.env.OSMOSE_ORT_LIB;
  if (chosen) {
    if (!existsSync(chosen))
      throw new NativeError('OSM_NATIVE_ORT_NOT_FOUND', `ONNX Runtime library not found: ${chosen}`);
    return chosen;
  }
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('onnxruntime-node/package.json');
    const lib = join(dirname(pkg), 'bin', 'napi-v6', process.platform, process.arch, 'libonnxruntime.so.1');
    if (existsSync(lib)) return lib;
  } catch {
    // fall through
  }
  throw new NativeError(
    'OSM_NATIVE_ORT_NOT_FOUND',
    'no ONNX Runtime library found: install onnxruntime-node or set OSMOSE_ORT_LIB',
  );
}
