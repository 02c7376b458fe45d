// Concept types: a colour AND a shape and a short tag each, so colour is never the only signal.
export interface TypeStyle {
  color: string;
  /** cytoscape node shape */
  shape: string;
  /** the same shape as a text glyph, for legends and badges */
  glyph: string;
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  ENTITY: { color: '#4e79a7', shape: 'ellipse', glyph: '●' },
  PRODUCT: { color: '#f28e2b', shape: 'round-rectangle', glyph: '▬' },
  TOOL: { color: '#59a14f', shape: 'diamond', glyph: '◆' },
  STANDARD: { color: '#b07aa1', shape: 'hexagon', glyph: '⬢' },
  PRACTICE: { color: '#e15759', shape: 'triangle', glyph: '▲' },
  ROLE: { color: '#76b7b2', shape: 'vee', glyph: '▼' },
  ORGANIZATION: { color: '#9c755f', shape: 'rectangle', glyph: '■' },
  PERSON: { color: '#edc948', shape: 'star', glyph: '★' },
  PLACE: { color: '#499894', shape: 'pentagon', glyph: '⬟' },
  METRIC: { color: '#ff9da7', shape: 'octagon', glyph: '✚' },
  CONCEPT: { color: '#8a8f98', shape: 'round-tag', glyph: '◗' },
  DOCUMENT: { color: '#2f3b52', shape: 'cut-rectangle', glyph: '▤' },
};

export const styleOf = (type: string): TypeStyle =>
  TYPE_STYLES[type] ?? { color: '#8a8f98', shape: 'ellipse', glyph: '○' };

import { h } from './dom.js';

/** A type badge: glyph + name on a tinted background. */
export function typeBadge(type: string): HTMLElement {
  const s = styleOf(type);
  return h(
    'span',
    { class: 'type-badge', style: `--type-color:${s.color}` },
    h('span', { 'aria-hidden': 'true', class: 'glyph' }, s.glyph),
    ' ',
    type,
  );
}
