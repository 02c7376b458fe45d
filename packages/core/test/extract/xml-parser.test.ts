import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../src/extract/opc-package.js';
import { parseXml, textOf, XmlParseError, type XmlElement } from '../../src/extract/xml.js';
import { bodyText } from '../../src/extract/text-body.js';

const kind = (xml: string): string => {
  try {
    parseXml(xml);
    return 'ok';
  } catch (e) {
    return e instanceof XmlParseError ? e.kind : 'other';
  }
};

describe('parseXml', () => {
  it('decodes only predefined entities and character references', () => {
    const el = parseXml(
      '<a:t xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">R&amp;D &lt;pilot&gt; &#x4E2D;&#25991; &quot;q&quot; &apos;</a:t>',
    );
    expect(textOf(el)).toBe('R&D <pilot> 中文 "q" \'');
    expect(kind('<a>&nbsp;</a>')).toBe('invalid');
    // (names of an object's built-in properties are no entities either)
    for (const e of ['constructor', 'toString', '__proto__', 'valueOf'])
      expect(kind(`<a>&${e};</a>`), e).toBe('invalid');
    const el2 = parseXml('<x:t xmlns:x="constructor">s</x:t>');
    expect(el2.name).toBe('x:t');
  });

  it('refuses DOCTYPE and ENTITY declarations', () => {
    expect(kind('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toBe('forbidden');
    expect(kind('<?xml version="1.0"?>\n<!doctype x SYSTEM "http://evil/x.dtd"><x/>')).toBe('forbidden');
    expect(kind('<x><!ENTITY a "b"></x>')).toBe('forbidden');
  });

  it('rejects malformed documents', () => {
    for (const bad of ['<a><b></a>', '<a>', '<a b=c/>', '<a/><b/>', 'text', '<a b="1"', '<a><!-- x </a>'])
      expect(kind(bad), bad).toBe('invalid');
    expect(kind('<a><![CDATA[<not markup>]]></a>')).toBe('ok');
    expect(kind('<a>'.repeat(5000) + '</a>'.repeat(5000))).toBe('invalid');
    expect(kind('<a>'.repeat(500) + '</a>'.repeat(500))).toBe('ok');
  });

  it('maps Strict and transitional namespaces (any prefix) to the same canonical names', () => {
    const strict = parseXml(
      '<x:sld xmlns:x="http://purl.oclc.org/ooxml/presentationml/main" xmlns:d="http://purl.oclc.org/ooxml/drawingml/main" xmlns:rr="http://purl.oclc.org/ooxml/officeDocument/relationships"><d:t rr:id="rId1">s</d:t></x:sld>',
    );
    expect(strict.name).toBe('p:sld');
    const t = strict.children[0] as XmlElement;
    expect(t.name).toBe('a:t');
    expect(t.attrs['r:id']).toBe('rId1');
    const def = parseXml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml"/></Types>',
    );
    expect(def.name).toBe('ct:Types');
    expect((def.children[0] as XmlElement).name).toBe('ct:Default');
  });

  it('keeps text exactly (RTL, CJK, whitespace) and joins paragraphs, breaks, tabs and fields', () => {
    const body = parseXml(
      '<p:txBody xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
        '<a:p><a:r><a:t>שלום </a:t></a:r><a:r><a:t>עולם</a:t></a:r></a:p>' +
        '<a:p><a:r><a:t>a</a:t></a:r><a:br/><a:r><a:t>b</a:t></a:r><a:tab/><a:fld type="slidenum"><a:t>7</a:t></a:fld></a:p>' +
        '<a:p><a:r><a:t>  データ  </a:t></a:r></a:p></p:txBody>',
    );
    expect(bodyText(body)).toBe('שלום עולם\na\nb\t7\n  データ  ');
  });

  it('joins a drop cap to its word: a capital as its own paragraph, or a flagged run set off by spaces', () => {
    const ns =
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
    const body = parseXml(
      `<p:txBody ${ns}>` +
        '<a:p><a:r><a:t>D</a:t></a:r></a:p><a:p><a:r><a:t>rop caps are used.</a:t></a:r></a:p>' +
        '<a:p><a:r><a:t>H</a:t></a:r><a:r><a:t>  </a:t></a:r><a:r><a:rPr err="1"/><a:t>altung</a:t></a:r></a:p>' +
        '<a:p><a:r><a:t>A</a:t></a:r><a:r><a:t> </a:t></a:r><a:r><a:t>bird sings</a:t></a:r></a:p>' +
        '<a:p><a:r><a:t>B</a:t></a:r></a:p><a:p><a:r><a:t>Capital next</a:t></a:r></a:p></p:txBody>',
    );
    expect(bodyText(body)).toBe('Drop caps are used.\nHaltung\nA bird sings\nB\nCapital next');
  });

  it('decodes UTF-16 parts by their byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('<a>é</a>', 'utf16le')]);
    expect(textOf(parseXml(decodeXmlBytes(le)))).toBe('é');
  });
});
