/**
 * Builds a statically quantised int8 model (models.json entries with a `quantize` recipe) from its pinned fp32
 * model and the committed activation ranges (tools/models/quant/<ranges>.json): no calibration data and no
 * corpus needed, so a clean machine rebuilds the same bytes, which are checked against the pinned sha256.
 * The toolchain (onnxruntime + onnx from PyPI, exact versions in requirements.txt) lives in a venv under
 * <cache>/quant/venv, created on first use. Recipe and figures: tools/models/quant/README.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface QuantRecipe {
  /** The fp32 model (a models.json name) it is made from. */
  from: string;
  /** Activation ranges, relative to tools/models/quant/. */
  ranges: string;
}

export const sha256File = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** The venv with the pinned toolchain; created (pip, PyPI) when missing or when requirements.txt changed. */
export function quantVenv(cache: string): string {
  const venv = join(cache, 'quant', 'venv');
  const py = join(venv, 'bin', 'python');
  const req = join(here, 'requirements.txt');
  const stamp = join(venv, '.requirements.sha256');
  const want = sha256File(req);
  if (existsSync(py) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) return py;
  console.log(`models: creating the quantisation venv at ${venv} (onnxruntime, onnx from PyPI)`);
  try {
    if (!existsSync(py)) execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(py, ['-m', 'pip', 'install', '-q', '--no-deps', '-r', req], { stdio: 'inherit' });
  } catch (e) {
    throw new Error(
      `cannot create the quantisation venv (python3 with venv and PyPI access are needed): ${(e as Error).message}`,
    );
  }
  writeFileSync(stamp, want + '\n');
  return py;
}

/**
 * Writes <dir>/model.onnx (built), tokenizer.json (the fp32 model's) after checking both against `pins`.
 * `fp32Dir` must hold the installed fp32 model.
 */
export function buildQuantModel(
  cache: string,
  recipe: QuantRecipe,
  fp32Dir: string,
  dir: string,
  pins: Record<string, string>,
): void {
  const py = quantVenv(cache);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, 'model.onnx.tmp');
  rmSync(tmp, { force: true });
  execFileSync(
    py,
    [join(here, 'quantize.py'), 'build', join(fp32Dir, 'model.onnx'), join(here, recipe.ranges), tmp],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const got = sha256File(tmp);
  if (got !== pins['model.onnx']) {
    rmSync(tmp, { force: true });
    throw new Error(
      `the rebuilt ${recipe.from} int8 model has sha256 ${got}, the pin is ${pins['model.onnx']} ` +
        '(toolchain versions differ from tools/models/quant/requirements.txt?)',
    );
  }
  renameSync(tmp, join(dir, 'model.onnx'));
  copyFileSync(join(fp32Dir, 'tokenizer.json'), join(dir, 'tokenizer.json'));
  if (sha256File(join(dir, 'tokenizer.json')) !== pins['tokenizer.json'])
    throw new Error(`tokenizer.json of ${recipe.from} does not match the pin`);
}
