/** What extraction produces: a faithful, provenance-keeping view of one deck. */

/** Where a piece of text came from on its slide. */
export type Layer = 'title' | 'body' | 'table' | 'chart' | 'notes' | 'alt' | 'vision';

export interface TextBlock {
  /** The `p:cNvPr/@id` of the shape (for tables and charts, of the graphicFrame). */
  shapeId: string;
  layer: Layer;
  text: string;
  /** Placeholder type when the shape is a placeholder (title, ctrTitle, subTitle, body, ftr, …). */
  placeholder?: string;
  /** True when this text repeats on most slides (footers, confidential notices). */
  boilerplate?: boolean;
  /** 'smartart' when the text comes from a diagram data part; 'group' when from a grouped shape. */
  source?: 'shape' | 'group' | 'smartart' | 'table' | 'chart' | 'picture';
}

export interface TableData {
  shapeId: string;
  /** Cells row by row; a merged cell's text appears once (in its anchor cell), covered cells are ''. */
  rows: string[][];
}

export interface ChartSeries {
  name: string;
  categories: string[];
  /** Numbers; a missing point is null. */
  values: (number | null)[];
}

export interface ChartData {
  shapeId: string;
  /** The chart part's name inside the package (e.g. ppt/charts/chart1.xml). */
  part: string;
  title: string | null;
  /** e.g. bar, col, line, pie, doughnut, area, scatter, radar, bubble; several joined by '+'. */
  type: string;
  series: ChartSeries[];
  /** Number format code of the values when declared (e.g. 0%, "$"#,##0). */
  format?: string;
}

export interface ImageRef {
  shapeId: string;
  sha256: string;
  altText: string;
  /** Path of the media part (ppt/media/image1.png). */
  media: string;
}

export interface MediaInfo {
  path: string;
  sha256: string;
  bytes: number;
  contentType: string;
  width?: number;
  height?: number;
}

export interface SlideData {
  /** 1-based, in presentation order. */
  index: number;
  /** The slide's part name (ppt/slides/slide3.xml). */
  part: string;
  hidden: boolean;
  title: string | null;
  section: string | null;
  layout: string | null;
  master: string | null;
  texts: TextBlock[];
  /** Speaker notes (body placeholder of the notes slide), '' when none. */
  notes: string;
  tables: TableData[];
  charts: ChartData[];
  images: ImageRef[];
  hasSmartArt: boolean;
  /** sha256 over the slide XML, its notes, charts, diagrams and the media it uses. */
  hash: string;
}

export interface SectionData {
  name: string;
  /** 1-based slide indices. */
  slides: number[];
}

export interface DeckData {
  /** sha256 of the file bytes. */
  sha256: string;
  bytes: number;
  /** pptx | pptm | potx | potm | ppsx | ppsm, from the main content type. */
  format: string;
  strict: boolean;
  title: string | null;
  slides: SlideData[];
  sections: SectionData[];
  media: MediaInfo[];
  /** Non-fatal problems met while reading (a broken chart part, an unknown relationship…). */
  warnings: string[];
}
