/**
 * Reads one deck: sniff → zip directory (limits) → OPC package → presentation (slide order,
 * sections) → every slide (shapes, notes, layout/master names, hash) → boilerplate → DeckData.
 *
 * A deck on disk is never loaded whole: the zip reader works on the open file with positioned reads,
 * only the XML parts are held in memory, media above MEDIA_STREAM_ABOVE are hashed as a stream, and
 * the file's sha256 (the document identity) is computed as a stream too.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { InputError, isOsmoseError } from '../errors.js';
import { type DeckData, type MediaInfo, type SectionData, type SlideData } from '../model/deck.js';
import { flagBoilerplate } from './boilerplate.js';
import { joinHyphenatedBreaks } from './hyphenation.js';
import { imageSize, MEDIA_HEAD_BYTES, MEDIA_STREAM_ABOVE, sha256Hex } from './media.js';
import { notesText } from './notes.js';
import { OpcPackage } from './opc-package.js';
import { resolveExtractOptions, type ExtractOptions, type ResolvedExtractOptions } from './options.js';
import { SlideWalker } from './slide-shapes.js';
import { sniffSource } from './sniff.js';
import { BufferSource, FileSource, type ByteSource } from './source.js';
import { child, childrenNamed, findAll, isStrictNamespace, path, textOf, type XmlElement } from './xml.js';
import { ZipReader, type StreamedEntry } from './zip-reader.js';

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

/**
 * The time limit of a deck: parsing counts, streaming large media does not (its time is linear in the
 * package size, which `maxFileBytes` bounds), so a big video on a slow disk is no timeout.
 */
class Deadline {
  private readonly start = Date.now();
  private excludedMs = 0;
  constructor(private readonly limitMs: number) {}

  check = (): void => {
    if (Date.now() - this.start - this.excludedMs > this.limitMs) {
      throw new InputError('OSM_INPUT_TIMEOUT', `Reading the deck took longer than ${this.limitMs} ms.`);
    }
  };

  /** Runs `fn` without counting its time. */
  excluding<T>(fn: () => T): T {
    const t0 = Date.now();
    try {
      return fn();
    } finally {
      this.excludedMs += Date.now() - t0;
    }
  }

  async excludingAsync<T>(fn: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      this.excludedMs += Date.now() - t0;
    }
  }
}

const PRESENTATION_CT = /presentationml\.(presentation|slideshow|template)\.main|macroEnabled\.main/i;

/** What a package that is not a presentation is, in words ("a Word document (word/document.xml)"). */
function notPresentation(zip: ZipReader, officeTarget?: string, contentType = ''): InputError {
  const has = (p: string): boolean => zip.has(p);
  let what: string;
  if (/wordprocessingml/i.test(contentType) || has('word/document.xml')) what = 'a Word document';
  else if (/spreadsheetml/i.test(contentType) || has('xl/workbook.xml')) what = 'an Excel spreadsheet';
  else if (/visio|drawingml\.diagram/i.test(contentType) || has('visio/document.xml'))
    what = 'a Visio drawing';
  else if (officeTarget || has('[Content_Types].xml')) what = 'an Office package of another kind';
  else what = 'a zip archive but not an Office package';
  const main = officeTarget ? ` (main part ${officeTarget})` : '';
  return new InputError(
    'OSM_INPUT_NOT_PRESENTATION',
    `The file is ${what}${main}, not a PowerPoint presentation; only decks (.pptx, .pptm, .potx, .ppsx…) are read.`,
    { details: { kind: what, officeTarget, contentType } },
  );
}

/** True when the package holds parts of a PowerPoint deck (a damaged deck, not another document). */
function looksLikeDeck(zip: ZipReader): boolean {
  return zip.names().some((n) => n.toLowerCase().startsWith('ppt/'));
}

function findPresentationPart(pkg: OpcPackage): string {
  const office = pkg.rels('').find((r) => r.type === 'officeDocument' && !r.external && pkg.has(r.target));
  if (office) {
    const ct = pkg.contentType(office.target);
    const foreign =
      /wordprocessingml|spreadsheetml|visio/i.test(ct) || /^(word|xl|visio)\//i.test(office.target);
    if (!foreign) return office.target;
    if (!pkg.has('ppt/presentation.xml')) throw notPresentation(pkg.zip, office.target, ct);
  }
  const byType = pkg.partsWithContentType((ct) => PRESENTATION_CT.test(ct));
  const found = byType.find((p) => pkg.has(p));
  if (found) return found;
  if (pkg.has('ppt/presentation.xml')) return 'ppt/presentation.xml';
  if (!looksLikeDeck(pkg.zip))
    throw notPresentation(pkg.zip, office?.target, office ? pkg.contentType(office.target) : '');
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
  /** Large media read as a stream: sha256, size and first bytes. */
  private readonly streamed = new Map<string, StreamedEntry>();
  private readonly layoutInfo = new Map<string, { layout: string | null; master: string | null }>();

  constructor(
    private readonly pkg: OpcPackage,
    private readonly deadline: Deadline,
  ) {}

  /** True for a part too large to be read whole (it is hashed as a stream). */
  private isLarge(part: string): boolean {
    return (this.pkg.zip.entry(part)?.size ?? 0) > MEDIA_STREAM_ABOVE;
  }

  private streamedSync(part: string): StreamedEntry {
    let s = this.streamed.get(part);
    if (!s) {
      s = this.deadline.excluding(() => this.pkg.zip.hashEntrySync(part, MEDIA_HEAD_BYTES));
      this.streamed.set(part, s);
    }
    return s;
  }

  /** Hashes the large media parts as streams without blocking the event loop (file sources). */
  async prehashLargeMedia(): Promise<void> {
    for (const n of this.pkg.zip.names()) {
      if (n.startsWith('ppt/media/') && this.isLarge(n) && !this.streamed.has(n)) {
        const st = await this.deadline.excludingAsync(() => this.pkg.zip.hashEntry(n, MEDIA_HEAD_BYTES));
        this.streamed.set(n, st);
      }
    }
  }

  hashMedia = (part: string): string | undefined => {
    const known = this.mediaHash.get(part);
    if (known) return known;
    if (!this.pkg.has(part)) {
      this.pkg.warnings.push(`missing media part ${part}`);
      return undefined;
    }
    const sha = this.isLarge(part) ? this.streamedSync(part).sha256 : sha256Hex(this.pkg.bytes(part));
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
      if (this.isLarge(p)) {
        const st = this.streamedSync(p);
        const info: MediaInfo = {
          path: p,
          sha256: st.sha256,
          bytes: st.size,
          contentType: this.pkg.contentType(p),
        };
        const size = imageSize(st.head);
        if (size) Object.assign(info, size);
        out.push(info);
        continue;
      }
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

function tooLarge(size: number, opts: ResolvedExtractOptions): InputError {
  const gib = (n: number): string => `${(n / 1024 ** 3).toFixed(n < 1024 ** 3 ? 3 : 1)} GiB`;
  return new InputError(
    'OSM_INPUT_TOO_LARGE',
    `The deck is ${size} bytes (${gib(size)}), above the ${opts.maxFileBytes}-byte (${gib(opts.maxFileBytes)}) limit on the package size (ExtractOptions.maxFileBytes).`,
    { details: { size, limit: opts.maxFileBytes } },
  );
}

/** Rejects a package larger than the ceiling (OSM_INPUT_TOO_LARGE), before anything reads it. */
export function assertPackageSize(size: number, options?: ExtractOptions): void {
  const opts = resolveExtractOptions(options);
  if (size > opts.maxFileBytes) throw tooLarge(size, opts);
}

/**
 * The document identity of a deck on disk: the sha256 of the file, read as a stream (the same value
 * as hashing its bytes). Checks first that it is a readable file within the package-size ceiling.
 */
export async function packageSha256(path: string, options?: ExtractOptions): Promise<string> {
  const opts = resolveExtractOptions(options);
  let src: FileSource;
  try {
    src = await FileSource.open(path);
  } catch (e) {
    throw new InputError('OSM_INPUT_NOT_FOUND', `The file ${path} does not exist or cannot be read.`, {
      cause: e,
    });
  }
  try {
    if (src.size > opts.maxFileBytes) throw tooLarge(src.size, opts);
    return await src.sha256();
  } catch (e) {
    if (isOsmoseError(e)) throw e;
    throw new InputError('OSM_INPUT_NOT_FOUND', `The file ${path} cannot be read.`, { cause: e });
  } finally {
    await src.close();
  }
}

/** Anything unexpected while reading hostile bytes is a damaged deck, never a crash. */
function asInputError(e: unknown): unknown {
  if (isOsmoseError(e)) return e;
  return new InputError(
    'OSM_INPUT_CORRUPT_ZIP',
    `The deck could not be read: ${(e as Error)?.message ?? String(e)}.`,
    { cause: e },
  );
}

interface OpenDeck {
  deadline: Deadline;
  pkg: OpcPackage;
  presPart: string;
  pres: XmlElement;
  reader: DeckReader;
}

/** Zip directory, content types and the presentation part; rejects what is not a deck. */
function openDeck(src: ByteSource, opts: ResolvedExtractOptions): OpenDeck {
  const zip = new ZipReader(src, opts);
  if (!zip.has('[Content_Types].xml') && !looksLikeDeck(zip)) throw notPresentation(zip);
  const deadline = new Deadline(opts.timeoutMs);
  const pkg = new OpcPackage(zip, deadline.check);
  const presPart = findPresentationPart(pkg);
  const pres = pkg.xml(presPart, true)!;
  if (pres.name !== 'p:presentation') {
    if (!looksLikeDeck(zip) || /^(word|xl)\//i.test(presPart))
      throw notPresentation(zip, presPart, pkg.contentType(presPart));
    throw new InputError(
      'OSM_INPUT_XML_INVALID',
      `A part of the deck (${presPart}) is not a presentation part: its root element is ${pres.name}.`,
      { details: { part: presPart } },
    );
  }
  return { deadline, pkg, presPart, pres, reader: new DeckReader(pkg, deadline) };
}

/** Synchronous core: extracts a deck from its bytes (name used for sniffing and the format). */
export function extractDeckSync(bytes: Uint8Array, name: string, options?: ExtractOptions): DeckData {
  const opts = resolveExtractOptions(options);
  if (bytes.length > opts.maxFileBytes) throw tooLarge(bytes.length, opts);
  const src = new BufferSource(bytes);
  sniffSource(src, name);
  try {
    const deck = openDeck(src, opts);
    return readSlides(deck, name, options?.sha256 ?? sha256Hex(bytes), bytes.length);
  } catch (e) {
    throw asInputError(e);
  }
}

function readSlides(deck: OpenDeck, name: string, sha256: string, size: number): DeckData {
  const { pkg, presPart, pres, reader } = deck;
  const strict = Object.values(pres.attrs).some(isStrictNamespace);
  const sections = sectionsOf(pres);
  const sectionById = new Map<string, string>();
  for (const s of sections) for (const id of s.ids) sectionById.set(id, s.name);

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
  joinHyphenatedBreaks(slides);
  flagBoilerplate(slides);

  const sectionData: SectionData[] = sections.map((s) => ({
    name: s.name,
    slides: slides.filter((_, i) => s.ids.includes(slideIds[i])).map((sl) => sl.index),
  }));
  const coreXml = pkg.has('docProps/core.xml') ? pkg.xml('docProps/core.xml', false) : undefined;
  const docTitle = textOf(child(coreXml, 'dc:title')).trim();
  return {
    sha256,
    bytes: size,
    format: formatOf(pkg.contentType(presPart), name),
    strict,
    title: docTitle || slides.find((s) => s.title)?.title || null,
    slides,
    sections: sectionData,
    media: reader.media(),
    warnings: pkg.warnings,
  };
}

/** sha256 of a whole source, read in order in 1 MiB chunks. */
async function sourceSha256(src: ByteSource): Promise<string> {
  if (src instanceof FileSource) return src.sha256();
  const h = createHash('sha256');
  for (let pos = 0; pos < src.size; pos += 1024 * 1024) h.update(await src.readAsync(pos, 1024 * 1024));
  return h.digest('hex');
}

/**
 * Extracts a deck from any random-access source; large media and the source's sha256 (unless
 * `options.sha256` gives it) are read as streams without blocking the event loop, and their time does
 * not count against `timeoutMs`.
 */
export async function extractDeckFromSource(
  src: ByteSource,
  name: string,
  options?: ExtractOptions,
): Promise<DeckData> {
  const opts = resolveExtractOptions(options);
  if (src.size > opts.maxFileBytes) throw tooLarge(src.size, opts);
  sniffSource(src, name);
  try {
    const deck = openDeck(src, opts);
    await deck.reader.prehashLargeMedia();
    const sha = options?.sha256 ?? (await deck.deadline.excludingAsync(() => sourceSha256(src)));
    return readSlides(deck, name, sha, src.size);
  } catch (e) {
    throw asInputError(e);
  }
}

/**
 * Extracts a deck from a file path or from bytes. Rejections are InputErrors with OSM_INPUT_* codes.
 * A path is read with positioned reads, never whole: memory stays small whatever the package size.
 */
export async function extractDeck(input: ExtractInput, options?: ExtractOptions): Promise<DeckData> {
  if (!('path' in input)) return extractDeckSync(input.bytes, input.name, options);
  let src: FileSource;
  try {
    src = await FileSource.open(input.path);
  } catch (e) {
    throw new InputError('OSM_INPUT_NOT_FOUND', `The file ${input.path} does not exist or cannot be read.`, {
      cause: e,
    });
  }
  try {
    return await extractDeckFromSource(src, options?.name ?? basename(input.path), options);
  } finally {
    await src.close();
  }
}
