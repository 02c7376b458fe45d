/** Speaker notes: the body placeholder of the notes slide (never slide number, date, header, footer). */
import { bodyText } from './text-body.js';
import { child, findAll, path, type XmlElement } from './xml.js';

const NOT_NOTES = new Set(['sldNum', 'dt', 'hdr', 'ftr', 'sldImg', 'title']);

export interface NotesText {
  shapeId: string;
  text: string;
}

/** Reads the notes text of a p:notes root; falls back to non-placeholder text shapes when no body. */
export function notesText(root: XmlElement | undefined): NotesText {
  const tree = path(root, 'p:cSld', 'p:spTree');
  const shapes = findAll(tree, 'p:sp');
  const parts: NotesText[] = [];
  let hasBody = false;
  for (const sp of shapes) {
    const ph = path(sp, 'p:nvSpPr', 'p:nvPr', 'p:ph');
    if (ph && (ph.attrs.type ?? 'obj') === 'body') {
      hasBody = true;
      const text = bodyText(child(sp, 'p:txBody'));
      if (text) parts.push({ shapeId: path(sp, 'p:nvSpPr', 'p:cNvPr')?.attrs.id ?? '', text });
    }
  }
  if (!hasBody) {
    // producers that write notes without a body placeholder: any text shape that is not a
    // header/footer/date/slide-number placeholder and not only a field (slide number, date)
    for (const sp of shapes) {
      const ph = path(sp, 'p:nvSpPr', 'p:nvPr', 'p:ph');
      if (ph && NOT_NOTES.has(ph.attrs.type ?? 'obj')) continue;
      const body = child(sp, 'p:txBody');
      if (!findAll(body, 'a:r').length) continue;
      const text = bodyText(body);
      if (text) parts.push({ shapeId: path(sp, 'p:nvSpPr', 'p:cNvPr')?.attrs.id ?? '', text });
    }
  }
  return { shapeId: parts[0]?.shapeId ?? '', text: parts.map((p) => p.text).join('\n') };
}
