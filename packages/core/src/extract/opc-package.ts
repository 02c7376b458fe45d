/**
 * The Open Packaging Conventions layer over the zip: content types, relationships, part-name
 * resolution, and XML parts parsed once (required parts reject the deck when malformed, optional
 * ones become warnings).
 */
import { InputError } from '../errors.js';
import { parseXml, XmlParseError, childrenNamed, type XmlElement } from './xml.js';
import { type ZipReader } from './zip-reader.js';

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI (slide, slideLayout, image, chart, notesSlide…). */
  type: string;
  /** Resolved part name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

export function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return utf16le.decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16be.decode(b.subarray(2));
  return utf8.decode(b);
}

/** Resolves a relationship target against the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as is */
  }
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  if (t.startsWith('/')) return t.slice(1);
  const base = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/')).split('/') : [];
  for (const seg of t.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export class OpcPackage {
  readonly zip: ZipReader;
  readonly warnings: string[];
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private readonly relCache = new Map<string, Relationship[]>();
  /** Raw bytes of the XML parts already read (slide hashes reuse them). */
  private readonly xmlBytes = new Map<string, Uint8Array>();

  constructor(
    zip: ZipReader,
    private readonly checkTime: () => void,
  ) {
    this.zip = zip;
    this.warnings = this.zip.warnings;
    if (!this.zip.has('[Content_Types].xml')) {
      throw new InputError(
        'OSM_INPUT_MISSING_PART',
        'The deck is incomplete: [Content_Types].xml is missing.',
      );
    }
    const ct = this.xml('[Content_Types].xml', true)!;
    for (const d of childrenNamed(ct, 'ct:Default')) {
      if (d.attrs.Extension) this.defaults.set(d.attrs.Extension.toLowerCase(), d.attrs.ContentType ?? '');
    }
    for (const o of childrenNamed(ct, 'ct:Override')) {
      if (o.attrs.PartName)
        this.overrides.set(o.attrs.PartName.replace(/^\//, '').toLowerCase(), o.attrs.ContentType ?? '');
    }
  }

  has(part: string): boolean {
    return this.zip.has(part);
  }

  contentType(part: string): string {
    const o = this.overrides.get(part.toLowerCase());
    if (o) return o;
    const dot = part.lastIndexOf('.');
    return dot < 0 ? '' : (this.defaults.get(part.slice(dot + 1).toLowerCase()) ?? '');
  }

  /** Parts whose content type (override) matches the predicate. */
  partsWithContentType(pred: (ct: string) => boolean): string[] {
    const out: string[] = [];
    for (const [p, ct] of this.overrides) if (pred(ct)) out.push(this.zip.resolve(p) ?? p);
    return out;
  }

  bytes(part: string): Uint8Array {
    const cached = this.xmlBytes.get(part);
    if (cached) return cached;
    this.checkTime();
    return this.zip.read(part);
  }

  /**
   * Parses an XML part. Required: a malformed part rejects the deck (OSM_INPUT_XML_INVALID).
   * Optional: returns undefined and records a warning. A DTD/entity declaration always rejects.
   */
  xml(part: string, required: boolean): XmlElement | undefined {
    if (!this.zip.has(part)) {
      if (required)
        throw new InputError('OSM_INPUT_MISSING_PART', `The deck is incomplete: ${part} is missing.`);
      this.warnings.push(`missing part ${part}`);
      return undefined;
    }
    let text: string;
    try {
      const raw = this.bytes(part);
      this.xmlBytes.set(part, raw);
      text = decodeXmlBytes(raw);
    } catch (e) {
      if (!required && (e as { code?: string }).code === 'OSM_INPUT_CORRUPT_ZIP') {
        this.warnings.push(`unreadable part ${part}: ${(e as Error).message}`);
        return undefined;
      }
      throw e;
    }
    try {
      return parseXml(text);
    } catch (e) {
      if (e instanceof XmlParseError) {
        if (e.kind === 'forbidden') {
          throw new InputError(
            'OSM_INPUT_XML_FORBIDDEN',
            `A part of the deck (${part}) declares a DTD or entities, which are refused for safety.`,
            {
              details: { part },
            },
          );
        }
        if (required) {
          throw new InputError(
            'OSM_INPUT_XML_INVALID',
            `A part of the deck (${part}) is not well-formed XML: ${e.message}.`,
            {
              cause: e,
              details: { part },
            },
          );
        }
        this.warnings.push(`malformed XML in ${part}: ${e.message}`);
        return undefined;
      }
      throw e;
    }
  }

  /** Relationships of a part (empty when it has none or they are unreadable). */
  rels(part: string): Relationship[] {
    const cached = this.relCache.get(part);
    if (cached) return cached;
    const rp = part === '' ? '_rels/.rels' : relsPartFor(part);
    const out: Relationship[] = [];
    if (this.zip.has(rp)) {
      const root = this.xml(rp, false);
      for (const r of childrenNamed(root, 'rel:Relationship')) {
        const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
        const external = (r.attrs.TargetMode ?? '').toLowerCase() === 'external';
        const raw = r.attrs.Target ?? '';
        out.push({ id: r.attrs.Id ?? '', type, external, target: external ? raw : resolveTarget(part, raw) });
      }
    }
    this.relCache.set(part, out);
    return out;
  }

  rel(part: string, id: string | undefined): Relationship | undefined {
    if (!id) return undefined;
    return this.rels(part).find((r) => r.id === id);
  }
}
