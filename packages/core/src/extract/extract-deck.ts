/**
 * Reads one deck: sniff → zip directory (limits) → OPC package → presentation (slide order,
 * sections) → every slide (shapes, notes, layout/master names, hash) → boilerplate → DeckData.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError, isOsmoseError } from '../errors.js';
import { type DeckData, type MediaInfo, type SectionData, type SlideData } from '../model/deck.js';
import { flagBoilerplate } from './boilerplate.js';
import { imageSize, sha256Hex } from './media.js';
import { notesText } from './notes.js';
import { OpcPackage } from './opc-package.js';
import { resolveExtractOptions, type ExtractOptions, type ResolvedExtractOptions } from './options.js';
import { SlideWalker } from './slide-shapes.js';
import { sniff } from './sniff.js';
import { child, childrenNamed, findAll, isStrictNamespace, path, textOf, type XmlElement } from './xml.js';

export type ExtractInput = { path: string } | { bytes: Uint8Array; name: string };

const FORMATS: [RegExp, string][] = [
  [/presentationml\.slideshow\.main/, 'ppsx'],
  [/presentationml\.template\.main/, 'potx'],
  [/slideshow\.macroEnabled/i, 'ppsm'],
  [/template\.macroEnabled/i, 'potm'],
  [/presentation\.macroEnabled/i, 'pptm'],
  [/presentationml\.presentation\.main/, 'pptx'],
];

function formatOf(contentType: string, name: string): string {
  for (const [re, f] of FORMATS) if (re.test(contentType)) return f;
  const ext = /\.(pptx|pptm|potx|potm|ppsx|ppsm)$/i.exec(name)?.[1];
  return ext ? ext.toLowerCase() : 'pptx';
}

function timer(opts: ResolvedExtractOptions): () => void {
  const start = Date.now();
  return () => {
    if (Date.now() - start > opts.timeoutMs) {
      throw new InputError('OSM_INPUT_TIMEOUT', `Reading the deck took longer than ${opts.timeoutMs} ms.`);
    }
  };
}

function findPresentationPart(pkg: OpcPackage): string {
  const office = pkg.rels('').find((r) => r.type === 'officeDocument' && !r.external && pkg.has(r.target));
  if (office) return office.target;
  const byType = pkg.partsWithContentType((ct) =>
    /presentationml\.(presentation|slideshow|template)\.main|macroEnabled\.main/i.test(ct),
  );
  const found = byType.find((p) => pkg.has(p));
  if (found) return found;
  if (pkg.has('ppt/presentation.xml')) return 'ppt/presentation.xml';
  throw new InputError('OSM_INPUT_MISSING_PART', 'The deck is incomplete: ppt/presentation.xml is missing.');
}

function sectionsOf(pres: XmlElement): { name: string; ids: string[] }[] {
  const out: { name: string; ids: string[] }[] = [];
  for (const lst of findAll(child(pres, 'p:extLst'), 'p14:sectionLst')) {
    for (const sec of childrenNamed(lst, 'p14:section')) {
      out.push({
        name: sec.attrs.name ?? '',
        ids: childrenNamed(child(sec, 'p14:sldIdLst'), 'p14:sldId').map((s) => s.attrs.id ?? ''),
      });
    }
  }
  return out;
}

class DeckReader {
  private readonly mediaHash = new Map<string, string>();
  private readonly layoutInfo = new Map<string, { layout: string | null; master: string | null }>();

  constructor(private readonly pkg: OpcPackage) {}

  hashMedia = (part: string): string | undefined => {
    const known = this.mediaHash.get(part);
    if (known) return known;
    if (!this.pkg.has(part)) {
      this.pkg.warnings.push(`missing media part ${part}`);
      return undefined;
    }
    const sha = sha256Hex(this.pkg.bytes(part));
    this.mediaHash.set(part, sha);
    return sha;
  };

  layoutOf(slidePart: string): { layout: string | null; master: string | null } {
    const rel = this.pkg.rels(slidePart).find((r) => r.type === 'slideLayout' && !r.external);
    if (!rel) return { layout: null, master: null };
    const cached = this.layoutInfo.get(rel.target);
    if (cached) return cached;
    const lroot = this.pkg.xml(rel.target, false);
    const mrel = this.pkg.rels(rel.target).find((r) => r.type === 'slideMaster' && !r.external);
    const mroot = mrel ? this.pkg.xml(mrel.target, false) : undefined;
    const info = {
      layout: child(lroot, 'p:cSld')?.attrs.name ?? null,
      master: child(mroot, 'p:cSld')?.attrs.name ?? null,
    };
    this.layoutInfo.set(rel.target, info);
    return info;
  }

  slide(part: string, index: number, section: string | null): SlideData {
    const pkg = this.pkg;
    const root = pkg.xml(part, true)!;
    const hash = [sha256Hex(pkg.bytes(part))];
    const content = new SlideWalker(pkg, part, this.hashMedia).walk(path(root, 'p:cSld', 'p:spTree'));
    const titleBlock = content.texts.find((t) => t.layer === 'title');
    let notes = '';
    const notesRel = pkg.rels(part).find((r) => r.type === 'notesSlide' && !r.external);
    if (notesRel) {
      const nroot = pkg.xml(notesRel.target, false);
      if (nroot) {
        const n = notesText(nroot);
        notes = n.text;
        hash.push(sha256Hex(pkg.bytes(notesRel.target)));
      }
    }
    for (const p of content.relatedParts) hash.push(sha256Hex(pkg.bytes(p)));
    for (const img of content.images) hash.push(img.sha256);
    const { layout, master } = this.layoutOf(part);
    return {
      index,
      part,
      hidden: root.attrs.show === '0' || root.attrs.show === 'false',
      title: titleBlock ? titleBlock.text : null,
      section,
      layout,
      master,
      texts: content.texts,
      notes,
      tables: content.tables,
      charts: content.charts,
      images: content.images,
      hasSmartArt: content.hasSmartArt,
      hash: sha256Hex(hash.join('\n')),
    };
  }

  media(): MediaInfo[] {
    const out: MediaInfo[] = [];
    const parts = new Set<string>([
      ...this.pkg.zip.names().filter((n) => n.startsWith('ppt/media/')),
      ...this.mediaHash.keys(),
    ]);
    for (const p of [...parts].sort()) {
      const bytes = this.pkg.bytes(p);
      const info: MediaInfo = {
        path: p,
        sha256: this.mediaHash.get(p) ?? sha256Hex(bytes),
        bytes: bytes.length,
        contentType: this.pkg.contentType(p),
      };
      const size = imageSize(bytes);
      if (size) Object.assign(info, size);
      out.push(info);
    }
    return out;
  }
}

/** Synchronous core: extracts a deck from its bytes (name used for sniffing and the format). */
export function extractDeckSync(bytes: Uint8Array, name: string, options?: ExtractOptions): DeckData {
  const opts = resolveExtractOptions(options);
  if (bytes.length > opts.maxFileBytes) {
    throw new InputError(
      'OSM_INPUT_TOO_LARGE',
      `The deck is ${bytes.length} bytes (limit ${opts.maxFileBytes}).`,
    );
  }
  sniff(bytes, name);
  try {
    return readPackage(bytes, name, opts);
  } catch (e) {
    if (isOsmoseError(e)) throw e;
    // anything unexpected while reading hostile bytes is a damaged deck, never a crash
    throw new InputError(
      'OSM_INPUT_CORRUPT_ZIP',
      `The deck could not be read: ${(e as Error)?.message ?? String(e)}.`,
      { cause: e },
    );
  }
}

function readPackage(bytes: Uint8Array, name: string, opts: ResolvedExtractOptions): DeckData {
  const pkg = new OpcPackage(bytes, opts, timer(opts));
  const presPart = findPresentationPart(pkg);
  const pres = pkg.xml(presPart, true)!;
  const strict = Object.values(pres.attrs).some(isStrictNamespace);
  const sections = sectionsOf(pres);
  const sectionById = new Map<string, string>();
  for (const s of sections) for (const id of s.ids) sectionById.set(id, s.name);

  const reader = new DeckReader(pkg);
  const slides: SlideData[] = [];
  const seen = new Set<string>();
  const slideIds: string[] = [];
  for (const sldId of childrenNamed(child(pres, 'p:sldIdLst'), 'p:sldId')) {
    const rel = pkg.rel(presPart, sldId.attrs['r:id']);
    if (!rel || rel.external || !pkg.has(rel.target)) {
      pkg.warnings.push(
        `slide id ${sldId.attrs.id ?? '?'} points to a missing part (${rel?.target ?? 'no relationship'})`,
      );
      continue;
    }
    if (seen.has(rel.target)) continue;
    seen.add(rel.target);
    const section = sectionById.get(sldId.attrs.id ?? '') ?? null;
    slides.push(reader.slide(rel.target, slides.length + 1, section));
    slideIds.push(sldId.attrs.id ?? '');
  }
  flagBoilerplate(slides);

  const sectionData: SectionData[] = sections.map((s) => ({
    name: s.name,
    slides: slides.filter((_, i) => s.ids.includes(slideIds[i])).map((sl) => sl.index),
  }));
  const coreXml = pkg.has('docProps/core.xml') ? pkg.xml('docProps/core.xml', false) : undefined;
  const docTitle = textOf(child(coreXml, 'dc:title')).trim();
  return {
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
    format: formatOf(pkg.contentType(presPart), name),
    strict,
    title: docTitle || slides.find((s) => s.title)?.title || null,
    slides,
    sections: sectionData,
    media: reader.media(),
    warnings: pkg.warnings,
  };
}

/** Extracts a deck from a file path or from bytes. Rejections are InputErrors with OSM_INPUT_* codes. */
export async function extractDeck(input: ExtractInput, options?: ExtractOptions): Promise<DeckData> {
  if ('path' in input) {
    const opts = resolveExtractOptions(options);
    let size: number;
    try {
      const st = await stat(input.path);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch (e) {
      throw new InputError(
        'OSM_INPUT_NOT_FOUND',
        `The file ${input.path} does not exist or cannot be read.`,
        { cause: e },
      );
    }
    if (size > opts.maxFileBytes) {
      throw new InputError('OSM_INPUT_TOO_LARGE', `The deck is ${size} bytes (limit ${opts.maxFileBytes}).`);
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(input.path);
    } catch (e) {
      throw new InputError('OSM_INPUT_NOT_FOUND', `The file ${input.path} cannot be read.`, { cause: e });
    }
    return extractDeckSync(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      options?.name ?? basename(input.path),
      options,
    );
  }
  return extractDeckSync(input.bytes, input.name, options);
}
