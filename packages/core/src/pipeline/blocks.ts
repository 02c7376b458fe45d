import type { DeckData } from '../model/deck.js';
import type { LinkBlock } from '../concepts/link.js';
import { slideIdOf } from './ids.js';

/**
 * Every readable text of the deck as blocks with provenance (slide, shape, layer). Table and chart
 * text comes from the extracted texts when present, else from the table cells / chart labels.
 */
export function deckBlocks(
  deck: DeckData,
  docId: string,
  summaries?: Map<number, { summary: string; source: string }>,
): LinkBlock[] {
  const out: LinkBlock[] = [];
  for (const s of deck.slides) {
    const slideId = slideIdOf(docId, s.index);
    const shapesWithText = new Set(s.texts.map((t) => t.shapeId));
    for (const t of s.texts)
      out.push({
        slideIndex: s.index,
        slideId,
        shapeId: t.shapeId,
        layer: t.layer,
        text: t.text,
        boilerplate: t.boilerplate,
      });
    for (const tb of s.tables)
      if (!shapesWithText.has(tb.shapeId))
        out.push({
          slideIndex: s.index,
          slideId,
          shapeId: tb.shapeId,
          layer: 'table',
          text: tb.rows.map((r) => r.join('\t')).join('\n'),
        });
    for (const ch of s.charts)
      if (!shapesWithText.has(ch.shapeId)) {
        const text = [ch.title ?? '', ...ch.series.map((x) => x.name), ...(ch.series[0]?.categories ?? [])]
          .filter(Boolean)
          .join('\n');
        if (text) out.push({ slideIndex: s.index, slideId, shapeId: ch.shapeId, layer: 'chart', text });
      }
    if (s.notes.trim())
      out.push({ slideIndex: s.index, slideId, shapeId: 'notes', layer: 'notes', text: s.notes });
    const sum = summaries?.get(s.index);
    if (sum && sum.source === 'vision')
      out.push({ slideIndex: s.index, slideId, shapeId: 'vision', layer: 'vision', text: sum.summary });
  }
  return out;
}
