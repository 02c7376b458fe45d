/** The `osmose slides --json` shape (issue 2): the extraction itself, stable field order. */
import { type DeckData, type Layer } from '../model/deck.js';

export interface SlidesJson {
  slides: SlideJson[];
}

export interface SlideJson {
  index: number;
  hidden: boolean;
  title: string | null;
  section: string | null;
  layout: string | null;
  texts: { shapeId: string; layer: Layer; text: string }[];
  notes: string;
  tables: { rows: string[][] }[];
  charts: {
    title: string | null;
    type: string;
    series: { name: string; categories: string[]; values: (number | null)[] }[];
  }[];
  images: { sha256: string; altText: string }[];
}

export function toSlidesJson(deck: DeckData): SlidesJson {
  return {
    slides: deck.slides.map((s) => ({
      index: s.index,
      hidden: s.hidden,
      title: s.title,
      section: s.section,
      layout: s.layout,
      texts: s.texts.map((t) => ({ shapeId: t.shapeId, layer: t.layer, text: t.text })),
      notes: s.notes,
      tables: s.tables.map((t) => ({ rows: t.rows.map((r) => [...r]) })),
      charts: s.charts.map((c) => ({
        title: c.title,
        type: c.type,
        series: c.series.map((se) => ({
          name: se.name,
          categories: [...se.categories],
          values: [...se.values],
        })),
      })),
      images: s.images.map((i) => ({ sha256: i.sha256, altText: i.altText })),
    })),
  };
}
