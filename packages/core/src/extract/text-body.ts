/**
 * DrawingML text: paragraphs joined with '\n', runs concatenated, `a:br` = newline, `a:tab` = tab,
 * field text (`a:fld`: slide numbers, dates) kept as written. Text is never normalised.
 */
import { type XmlElement } from './xml.js';

function runText(r: XmlElement): string {
  let s = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'a:t') {
      for (const t of c.children) if (typeof t === 'string') s += t;
    }
  }
  return s;
}

/** Text of one a:p paragraph. */
export function paragraphText(p: XmlElement): string {
  let s = '';
  for (const c of p.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'a:r':
      case 'a:fld':
        s += runText(c);
        break;
      case 'a:br':
        s += '\n';
        break;
      case 'a:tab':
        s += '\t';
        break;
      case 'mc:AlternateContent': {
        // e.g. a14:m math with a run fallback: read the fallback's runs
        const fb = c.children.find((x) => typeof x !== 'string' && x.name === 'mc:Fallback') as
          XmlElement | undefined;
        if (fb) s += paragraphText(fb);
        break;
      }
      default:
        break;
    }
  }
  return s;
}

/** Paragraph texts of a text body (p:txBody, a:txBody, dgm:t…), in order. */
export function paragraphs(body: XmlElement | undefined): string[] {
  const out: string[] = [];
  if (!body) return out;
  for (const c of body.children) {
    if (typeof c !== 'string' && c.name === 'a:p') out.push(paragraphText(c));
  }
  return out;
}

/** Text of a text body: paragraphs joined with '\n', trailing empty paragraphs dropped. */
export function bodyText(body: XmlElement | undefined): string {
  const ps = paragraphs(body);
  while (ps.length && ps[ps.length - 1] === '') ps.pop();
  while (ps.length && ps[0] === '') ps.shift();
  return ps.join('\n');
}
