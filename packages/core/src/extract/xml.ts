/**
 * A small, fast, non-validating XML parser for OOXML parts.
 *
 * - Never expands entities: any DOCTYPE / ENTITY declaration is refused (XmlParseError 'forbidden');
 *   only the five predefined entities and numeric character references are decoded.
 * - Namespace prefixes are rewritten to canonical ones by namespace URI, so transitional and Strict
 *   OOXML (purl.oclc.org) parts read the same way (`p:sp`, `a:t`, `r:id`, …) whatever prefixes a
 *   producer chose. Unknown namespaces keep their declared prefix.
 * - Produces a compact tree: elements with attributes and children (elements or text strings).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlParseError extends Error {
  constructor(
    readonly kind: 'forbidden' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'XmlParseError';
  }
}

const NS: Record<string, string> = {
  'http://schemas.openxmlformats.org/presentationml/2006/main': 'p',
  'http://purl.oclc.org/ooxml/presentationml/main': 'p',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'c',
  'http://purl.oclc.org/ooxml/drawingml/chart': 'c',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram': 'dgm',
  'http://purl.oclc.org/ooxml/drawingml/diagram': 'dgm',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.microsoft.com/office/powerpoint/2010/main': 'p14',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/drawing/2014/chartex': 'cx',
  'http://schemas.microsoft.com/office/drawing/2008/diagram': 'dsp',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
};

/** True when the URI is one of the Strict OOXML (ISO 29500 Strict) namespaces. */
export function isStrictNamespace(uri: string): boolean {
  return uri.startsWith('http://purl.oclc.org/ooxml/');
}

type Scope = Map<string, string>;

/** Deeper nesting than this is refused (real OOXML stays under ~40 levels; recursion stays safe). */
export const MAX_XML_DEPTH = 1000;

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let last = 0;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', last)) {
    const semi = s.indexOf(';', i);
    if (semi < 0 || semi - i > 12) throw new XmlParseError('invalid', 'unterminated entity reference');
    const ent = s.slice(i + 1, semi);
    let rep: string | undefined;
    if (ent.charCodeAt(0) === 35 /* # */) {
      const cp = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!Number.isFinite(cp) || cp < 0 || cp > 0x10ffff) {
        throw new XmlParseError('invalid', `bad character reference &${ent};`);
      }
      rep = String.fromCodePoint(cp);
    } else {
      rep = Object.hasOwn(ENTITY, ent) ? ENTITY[ent] : undefined;
      if (rep === undefined) throw new XmlParseError('invalid', `undeclared entity &${ent};`);
    }
    out += s.slice(last, i) + rep;
    last = semi + 1;
  }
  return out + s.slice(last);
}

function canonical(qname: string, scope: Scope | null, isAttr: boolean): string {
  const colon = qname.indexOf(':');
  if (colon < 0) {
    if (isAttr || !scope) return qname;
    const def = scope.get('');
    return def ? `${def}:${qname}` : qname;
  }
  if (!scope) return qname;
  const prefix = qname.slice(0, colon);
  const mapped = scope.get(prefix);
  return mapped === undefined || mapped === prefix ? qname : `${mapped}:${qname.slice(colon + 1)}`;
}

function isNameChar(c: number): boolean {
  // anything but whitespace, '/', '>', '='
  return c > 32 && c !== 47 && c !== 62 && c !== 61;
}

/** Parses a whole document; returns the root element. */
export function parseXml(xml: string): XmlElement {
  const len = xml.length;
  let i = 0;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  const stack: XmlElement[] = [];
  const scopes: (Scope | null)[] = [];
  let scope: Scope | null = null;
  let root: XmlElement | null = null;
  const rawNames: string[] = [];

  while (i < len) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? len : lt;
    if (textEnd > i) {
      if (stack.length) {
        stack[stack.length - 1].children.push(decodeEntities(xml.slice(i, textEnd)));
      } else if (xml.slice(i, textEnd).trim() !== '') {
        throw new XmlParseError('invalid', 'text outside the root element');
      }
    }
    if (lt < 0) break;
    i = lt;
    const c1 = xml.charCodeAt(i + 1);
    if (c1 === 63 /* ? */) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) throw new XmlParseError('invalid', 'unterminated processing instruction');
      i = end + 2;
      continue;
    }
    if (c1 === 33 /* ! */) {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) throw new XmlParseError('invalid', 'unterminated comment');
        i = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        if (end < 0 || !stack.length) throw new XmlParseError('invalid', 'bad CDATA section');
        stack[stack.length - 1].children.push(xml.slice(i + 9, end));
        i = end + 3;
        continue;
      }
      const decl = xml.slice(i, i + 9).toUpperCase();
      if (decl.startsWith('<!DOCTYPE') || decl.startsWith('<!ENTITY')) {
        throw new XmlParseError('forbidden', 'DTD / entity declarations are refused');
      }
      throw new XmlParseError('invalid', 'unexpected markup declaration');
    }
    if (c1 === 47 /* / */) {
      const end = xml.indexOf('>', i + 2);
      if (end < 0) throw new XmlParseError('invalid', 'unterminated end tag');
      const name = xml.slice(i + 2, end).trim();
      const open = rawNames.pop();
      if (open !== name)
        throw new XmlParseError('invalid', `mismatched end tag </${name}> for <${open ?? ''}>`);
      stack.pop();
      scope = scopes.pop() ?? null;
      i = end + 1;
      continue;
    }
    // start tag
    let j = i + 1;
    while (j < len && isNameChar(xml.charCodeAt(j))) j++;
    const rawName = xml.slice(i + 1, j);
    if (!rawName) throw new XmlParseError('invalid', 'empty element name');
    const attrsRaw: [string, string][] = [];
    let selfClose = false;
    let newScope: Scope | null = null;
    for (;;) {
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (j >= len) throw new XmlParseError('invalid', 'unterminated start tag');
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */) {
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(j + 1) !== 62) throw new XmlParseError('invalid', 'bad empty-element tag');
        selfClose = true;
        j += 2;
        break;
      }
      const ns = j;
      while (j < len && isNameChar(xml.charCodeAt(j))) j++;
      const an = xml.slice(ns, j);
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (!an || xml.charCodeAt(j) !== 61 /* = */)
        throw new XmlParseError('invalid', `attribute without value in <${rawName}>`);
      j++;
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      const q = xml.charCodeAt(j);
      if (q !== 34 && q !== 39) throw new XmlParseError('invalid', 'unquoted attribute value');
      const ve = xml.indexOf(q === 34 ? '"' : "'", j + 1);
      if (ve < 0) throw new XmlParseError('invalid', 'unterminated attribute value');
      const raw = xml.slice(j + 1, ve);
      if (raw.indexOf('<') >= 0) throw new XmlParseError('invalid', "'<' in attribute value");
      const val = decodeEntities(raw);
      j = ve + 1;
      if (an === 'xmlns' || an.startsWith('xmlns:')) {
        if (!newScope) newScope = new Map(scope ?? []);
        const prefix = an === 'xmlns' ? '' : an.slice(6);
        newScope.set(prefix, Object.hasOwn(NS, val) ? NS[val] : prefix);
      }
      attrsRaw.push([an, val]);
    }
    const parentScope = scope;
    if (newScope) scope = newScope;
    const attrs: Record<string, string> = {};
    for (const [k, v] of attrsRaw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) attrs[k] = v;
      else attrs[canonical(k, scope, true)] = v;
    }
    const el: XmlElement = { name: canonical(rawName, scope, false), attrs, children: [] };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (root) throw new XmlParseError('invalid', 'more than one root element');
    else root = el;
    if (selfClose) {
      scope = parentScope;
    } else {
      if (stack.length >= MAX_XML_DEPTH)
        throw new XmlParseError('invalid', `elements nested deeper than ${MAX_XML_DEPTH}`);
      stack.push(el);
      scopes.push(parentScope);
      rawNames.push(rawName);
    }
    i = j;
  }
  if (stack.length) throw new XmlParseError('invalid', `unclosed element <${rawNames[rawNames.length - 1]}>`);
  if (!root) throw new XmlParseError('invalid', 'no root element');
  return root;
}

// ---- tiny query helpers -------------------------------------------------------------------------

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

export function elements(el: XmlElement | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (const c of el.children) if (typeof c !== 'string') out.push(c);
  return out;
}

/** Follows a path of child names (first match at each step). */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let cur = el;
  for (const n of names) cur = child(cur, n);
  return cur;
}

/** All descendants with the given name, in document order (does not descend into matches). */
export function findAll(el: XmlElement | undefined, name: string, out: XmlElement[] = []): XmlElement[] {
  if (!el) return out;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** Concatenated text content of an element (all descendant text nodes). */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
