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

/** A run PowerPoint's speller marked as misspelt (`err="1"`). */
function flagged(r: XmlElement): boolean {
  const pr = r.children.find((x) => typeof x !== 'string' && x.name === 'a:rPr') as XmlElement | undefined;
  return pr?.attrs.err === '1';
}

/** Text of one a:p paragraph. */
export function paragraphText(p: XmlElement): string {
  let s = '';
  let runs = 0;
  for (const c of p.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'a:r':
      case 'a:fld': {
        const t = runText(c);
        // a large initial in a run of its own, set off by spaces ("H" + "  " + "altung", an acrostic's letter): the
        // word is whole again when PowerPoint's speller flagged the rest, or the letter is no word ("A  bird")
        if (
          runs === 2 &&
          /^\p{Lu}[ \u00a0]+$/u.test(s) &&
          /^\p{Ll}/u.test(t) &&
          (!/^[AIO]/.test(s) || flagged(c))
        )
          s = s.trimEnd();
        s += t;
        runs++;
        break;
      }
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
    if (typeof c !== 'string' && c.name === 'a:p') {
      const t = paragraphText(c);
      // a drop cap: one capital letter as a paragraph of its own, the word going on in the next ("D" / "rop caps
      // are used…"): one paragraph, "Drop caps are used…"
      if (out.length > 0 && /^\p{Lu}$/u.test(out[out.length - 1]) && /^\p{Ll}/u.test(t))
        out[out.length - 1] += t;
      else out.push(t);
    }
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
