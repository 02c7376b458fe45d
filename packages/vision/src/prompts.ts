/** The prompts we send. The simulator keys on the 'SLIDE TEXT:' and 'TOPICS_JSON:' markers. */
export const VISION_SYSTEM_PROMPT =
  'You describe presentation slides for a knowledge graph. Answer in 2 to 4 plain sentences: what the slide ' +
  'shows (charts, diagrams, pictures, tables) and the facts it states. No preamble.';

export function visionUserPrompt(title: string | null, text: string): string {
  const body = text.length > 4_000 ? `${text.slice(0, 4_000)}…` : text;
  return `Summarise this slide.${title ? ` Its title is "${title}".` : ''}\nSLIDE TEXT:\n${body}`;
}

export const EXTRACTION_SYSTEM_PROMPT =
  'You extract a knowledge graph from presentation topics. Answer with one JSON object only: ' +
  '{"concepts":[{"name":string,"type":string,"definition":string,"topicId":string}],' +
  '"relations":[{"source":string,"target":string,"type":string}]}. ' +
  'Concepts are the domain entities the topic is about (products, organisations, metrics, methods); ' +
  'relation endpoints are concept names.';

export function extractionUserPrompt(topics: { id: string; text: string }[]): string {
  const clipped = topics.map((t) => ({
    id: t.id,
    text: t.text.length > 3_000 ? t.text.slice(0, 3_000) : t.text,
  }));
  return `Extract concepts and relations from these topics.\nTOPICS_JSON:\n${JSON.stringify(clipped)}`;
}

export const REPAIR_SYSTEM_PROMPT =
  'The following text was meant to be one JSON object matching the schema given. Return only the corrected JSON object.';

/** Rough token count of a text (≈ 4 characters per token). */
export function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Tokens charged per slide image (1024×768, high detail). */
export const IMAGE_PROMPT_TOKENS = 765;
