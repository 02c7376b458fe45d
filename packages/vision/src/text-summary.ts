/** The text fallback: a summary built from the slide's own text, so a slide is never lost. */
export function textSummary(slide: { title: string | null; text: string }, maxChars = 500): string {
  const text = slide.text.replace(/\s+/g, ' ').trim();
  const title = slide.title?.replace(/\s+/g, ' ').trim() ?? '';
  const rest = title && text.startsWith(title) ? text.slice(title.length).trim() : text;
  const clipped = rest.length > maxChars ? `${rest.slice(0, maxChars).replace(/\s\S*$/, '')}…` : rest;
  if (title && clipped) return `${title}: ${clipped}`;
  return title || clipped || '(this slide has no text)';
}
