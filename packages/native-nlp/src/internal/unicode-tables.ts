/**
 * Unicode tables for the C++ BERT normaliser, computed once per process from the JS engine's Unicode
 * data (so the addon needs no ICU): a class byte per code point, and the code points whose
 * normalised form differs (NFD minus Mn when stripping accents, then lowercase).
 */
export const CLASS_WHITESPACE = 1;
export const CLASS_CONTROL = 2;
export const CLASS_PUNCT = 4;
export const CLASS_CJK = 8;
export const CLASS_MARK = 16;

export interface UnicodeTables {
  classes: Uint8Array;
  mapKeys: Uint32Array;
  mapOffsets: Uint32Array;
  mapValues: Uint32Array;
}

const CJK: [number, number][] = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b73f],
  [0x2b740, 0x2b81f],
  [0x2b820, 0x2ceaf],
  [0xf900, 0xfaff],
  [0x2f800, 0x2fa1f],
];

const cache = new Map<string, UnicodeTables>();

/** Code points tested at once for being unassigned or private use (a power of two). */
const BLOCK = 256;
const UNASSIGNED_OR_PRIVATE = /^[\p{Cn}\p{Co}]+$/u;
const OTHER_LETTERS = /^\p{Lo}+$/u;

/**
 * The class of every code point of the block starting at `cp` when the whole block needs no code point by code point
 * look: CLASS_CONTROL for unassigned or private use, 0 for other letters (no case) that the block's NFD leaves
 * unchanged; null otherwise (surrogates included).
 */
function plainBlock(cp: number): number | null {
  if (cp >= 0xd800 && cp < 0xe000) return null;
  let s = '';
  for (let c = cp; c < cp + BLOCK; c++) s += String.fromCodePoint(c);
  if (UNASSIGNED_OR_PRIVATE.test(s)) return CLASS_CONTROL;
  if (OTHER_LETTERS.test(s) && s.normalize('NFD') === s && s.toLowerCase() === s) return 0;
  return null;
}

/**
 * `wholeBlocks` (default true): blocks of 256 code points that need no code point by code point look are filled at
 * once (a third of the time); false computes every code point (the tests' reference; not cached).
 */
export function unicodeTables(lowercase: boolean, stripAccents: boolean, wholeBlocks = true): UnicodeTables {
  const key = `${lowercase}:${stripAccents}`;
  const hit = wholeBlocks ? cache.get(key) : undefined;
  if (hit) return hit;
  const classes = new Uint8Array(0x110000);
  const ws = /\p{White_Space}/u;
  const ctrl = /\p{C}/u;
  const punct = /\p{P}/u;
  const mark = /\p{Mn}/u;
  const keys: number[] = [];
  const offsets: number[] = [0];
  const values: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (wholeBlocks && (cp & (BLOCK - 1)) === 0) {
      const kind = plainBlock(cp);
      if (kind !== null) {
        // a block of unassigned or private-use code points (three quarters of the code space: \p{C}, no
        // whitespace, punctuation or mark, its own NFD and lower case): a control class and no mapping; a block
        // of caseless letters that NFD leaves alone (CJK ideographs, syllabaries): no class and no mapping
        classes.fill(kind, cp, cp + BLOCK);
        cp += BLOCK - 1;
        continue;
      }
    }
    const ch = String.fromCodePoint(cp);
    let cls = 0;
    if (cp === 9 || cp === 10 || cp === 13) cls |= CLASS_WHITESPACE;
    else if (ctrl.test(ch)) cls |= CLASS_CONTROL;
    else if (ws.test(ch)) cls |= CLASS_WHITESPACE;
    if (
      (cp >= 33 && cp <= 47) ||
      (cp >= 58 && cp <= 64) ||
      (cp >= 91 && cp <= 96) ||
      (cp >= 123 && cp <= 126) ||
      punct.test(ch)
    )
      cls |= CLASS_PUNCT;
    if (mark.test(ch)) cls |= CLASS_MARK;
    classes[cp] = cls;
    if (cp < 0x80 && !lowercase) continue;
    let out = ch;
    if (stripAccents) {
      const d = ch.normalize('NFD');
      if (d !== ch || cls & CLASS_MARK)
        out = Array.from(d)
          .filter((c) => !mark.test(c))
          .join('');
    }
    if (lowercase)
      out = Array.from(out)
        .map((c) => c.toLowerCase())
        .join('');
    if (out !== ch) {
      keys.push(cp);
      for (const c of out) values.push(c.codePointAt(0)!);
      offsets.push(values.length);
    }
  }
  for (const [a, b] of CJK) for (let cp = a; cp <= b; cp++) classes[cp] |= CLASS_CJK;
  const t = {
    classes,
    mapKeys: Uint32Array.from(keys),
    mapOffsets: Uint32Array.from(offsets),
    mapValues: Uint32Array.from(values),
  };
  if (wholeBlocks) cache.set(key, t);
  return t;
}
