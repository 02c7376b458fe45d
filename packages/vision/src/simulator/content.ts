/**
 * What the simulator answers: a plausible slide summary built from the prompt's text and the image
 * (type, size, sha256 prefix), or, for JSON-mode extraction prompts, concepts and relations drawn from
 * the topics' own words. Deterministic for a given request.
 */
import { createHash } from 'node:crypto';

export interface ParsedImage {
  mime: string;
  bytes: number;
  sha256: string;
}

export interface ParsedRequest {
  model: string;
  text: string;
  images: ParsedImage[];
  jsonMode: boolean;
  maxTokens: number;
}

/** Image tokens charged per picture (a 1024×768 high-detail image costs 765 at OpenAI). */
export const IMAGE_TOKENS = 765;

type Part = { type?: string; text?: string; image_url?: { url?: string } | string };

export function parseChatRequest(body: unknown): ParsedRequest {
  if (typeof body !== 'object' || body === null) throw new Error('body must be a JSON object');
  const b = body as Record<string, unknown>;
  if (typeof b.model !== 'string' || b.model === '') throw new Error("'model' is required");
  if (!Array.isArray(b.messages) || b.messages.length === 0)
    throw new Error("'messages' must be a non-empty array");
  const texts: string[] = [];
  const images: ParsedImage[] = [];
  for (const m of b.messages as { content?: unknown }[]) {
    const c = m?.content;
    if (typeof c === 'string') texts.push(c);
    else if (Array.isArray(c)) {
      for (const p of c as Part[]) {
        if (p?.type === 'text' && typeof p.text === 'string') texts.push(p.text);
        else if (p?.type === 'image_url') {
          const url = typeof p.image_url === 'string' ? p.image_url : p.image_url?.url;
          if (typeof url !== 'string') throw new Error('image_url.url is required');
          const match = /^data:([^;,]+);base64,(.*)$/s.exec(url);
          if (!match) throw new Error('only data: URLs are supported by the simulator');
          const buf = Buffer.from(match[2], 'base64');
          images.push({
            mime: match[1],
            bytes: buf.length,
            sha256: createHash('sha256').update(buf).digest('hex'),
          });
        }
      }
    }
  }
  const rf = b.response_format as { type?: string } | undefined;
  const maxTokens = Number(b.max_completion_tokens ?? b.max_tokens ?? 512) || 512;
  return { model: b.model, text: texts.join('\n'), images, jsonMode: rf?.type === 'json_object', maxTokens };
}

export function promptTokens(req: ParsedRequest): number {
  return Math.ceil(req.text.length / 4) + req.images.length * IMAGE_TOKENS;
}

const STOP = new Set(
  'the and for with that this from are was were will have has into over under about your our their its slide slides page deck text title summary summarise describe image json only answer return each these those than then also more most such very which what when where there other'.split(
    ' ',
  ),
);

function keywords(text: string, n: number): string[] {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9-]{3,}/g) ?? []) {
    if (!STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w]) => w);
}

/** The slide text the client put after its instruction (everything after a line 'SLIDE TEXT:'), or all. */
function slideText(text: string): string {
  const i = text.indexOf('SLIDE TEXT:');
  return (i >= 0 ? text.slice(i + 11) : text).trim();
}

export function buildSummary(req: ParsedRequest): string {
  const body = slideText(req.text);
  const firstLine =
    body
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const kw = keywords(body, 5);
  const parts: string[] = [];
  parts.push(firstLine ? `The slide "${firstLine.slice(0, 80)}"` : 'The slide');
  parts.push(kw.length ? ` covers ${kw.join(', ')}.` : ' carries little text.');
  for (const img of req.images) {
    const kind = img.mime.split('/')[1]?.toUpperCase() ?? 'image';
    parts.push(
      ` Its rendered ${kind} image (${img.bytes.toLocaleString('en-US')} bytes, sha256 ${img.sha256.slice(0, 12)}) ` +
        `shows ${img.bytes > 60_000 ? 'a dense layout with visual elements such as charts or pictures' : 'a sparse layout dominated by text'}.`,
    );
  }
  return parts.join('');
}

interface Topic {
  id: string;
  text: string;
}

/** Topics the extraction prompt carries after a 'TOPICS_JSON:' line. */
function topicsOf(text: string): Topic[] {
  const i = text.indexOf('TOPICS_JSON:');
  if (i < 0) return [];
  try {
    const parsed = JSON.parse(text.slice(i + 12).trim()) as unknown;
    return Array.isArray(parsed)
      ? parsed.filter((t): t is Topic => typeof t?.id === 'string' && typeof t?.text === 'string')
      : [];
  } catch {
    return [];
  }
}

function phrases(text: string): string[] {
  const caps = text.match(/\b[A-Z][A-Za-z0-9&]+(?:\s+[A-Z][A-Za-z0-9&]+)*\b/g) ?? [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of [...caps, ...keywords(text, 6)]) {
    const k = p.toLowerCase();
    if (p.length < 3 || STOP.has(k) || seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out.slice(0, 4);
}

function typeOf(name: string): string {
  if (/\b(inc|corp|ltd|gmbh|sa|group|company)\b/i.test(name)) return 'organization';
  if (/\d/.test(name)) return 'metric';
  if (/^[A-Z]{2,6}$/.test(name)) return 'acronym';
  return 'concept';
}

export function buildExtraction(req: ParsedRequest): string {
  const concepts: { name: string; type: string; definition: string; topicId: string }[] = [];
  const relations: { source: string; target: string; type: string }[] = [];
  for (const t of topicsOf(req.text)) {
    const names = phrases(t.text);
    for (const name of names) {
      const sentence = t.text.split(/(?<=[.!?])\s+/).find((s) => s.includes(name)) ?? t.text;
      concepts.push({ name, type: typeOf(name), definition: sentence.trim().slice(0, 160), topicId: t.id });
    }
    for (let k = 1; k < names.length; k++)
      relations.push({ source: names[0], target: names[k], type: 'related_to' });
  }
  return JSON.stringify({ concepts, relations });
}

export function buildAnswer(req: ParsedRequest): string {
  if (req.jsonMode) {
    if (req.text.includes('TOPICS_JSON:')) return buildExtraction(req);
    if (req.text.includes('PAIRS_JSON:')) return buildJudgement(req);
    return JSON.stringify({ summary: buildSummary(req) });
  }
  return buildSummary(req);
}

interface JudgedSide {
  name?: unknown;
  aliases?: unknown;
}

/** Lower-case letters and digits only ("Single Sign-On" → "singlesignon"). */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The initials of a spelled-out name ("Key Performance Indicator" → "kpi"), or null for one word. */
function initials(s: string): string | null {
  const words = s.split(/[\s/-]+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0].toLowerCase()).join('') : null;
}

function namesOf(side: JudgedSide): string[] {
  const names = [side.name, ...(Array.isArray(side.aliases) ? side.aliases : [])];
  return names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

/**
 * The entity-resolution judge's answer for the pairs after a 'PAIRS_JSON:' line, one boolean per pair: the
 * same thing when a name of one side equals a name of the other once case and punctuation are dropped, or
 * is an acronym of the other's words ("KPI" / "Key Performance Indicator"). A stand-in for a model's
 * judgement, deterministic so that the tests can predict the merges.
 */
export function buildJudgement(req: ParsedRequest): string {
  const i = req.text.indexOf('PAIRS_JSON:');
  let pairs: { a?: JudgedSide; b?: JudgedSide }[] = [];
  try {
    const parsed = JSON.parse(req.text.slice(i + 11).trim()) as unknown;
    if (Array.isArray(parsed)) pairs = parsed as typeof pairs;
  } catch {
    pairs = [];
  }
  const same = pairs.map((p) => {
    const a = namesOf(p?.a ?? {});
    const b = namesOf(p?.b ?? {});
    return a.some((x) =>
      b.some(
        (y) =>
          squash(x) === squash(y) ||
          (squash(x).length >= 2 && squash(x) === initials(y)) ||
          (squash(y).length >= 2 && squash(y) === initials(x)),
      ),
    );
  });
  return JSON.stringify({ same });
}
