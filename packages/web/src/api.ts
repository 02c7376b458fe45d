// The HTTP API the app speaks (packages/server). Types only come from @osmose/core: nothing of ours runs here.
import type {
  ConceptDetail,
  ConceptSummary,
  DocumentReport,
  MergeView,
  Phase,
  SearchResult,
} from '@osmose/core';

export type { ConceptDetail, ConceptSummary, DocumentReport, MergeView, Phase, SearchResult };

/** The pipeline's phases in order (mirrors PHASES in core; the compiler checks each name). */
export const PHASES = [
  'extract',
  'summarise',
  'segment',
  'nlp',
  'concepts',
  'store',
] as const satisfies readonly Phase[];

export type JobStatus = 'queued' | 'running' | 'ingested' | 'unchanged' | 'rejected' | 'failed' | 'cancelled';
export const FINAL: ReadonlySet<JobStatus> = new Set([
  'ingested',
  'unchanged',
  'rejected',
  'failed',
  'cancelled',
]);

export interface PhaseProgress {
  done: number;
  total: number;
  ms: number;
  calls: number;
  cacheHits: number;
  fallbacks: number;
}

export interface Job {
  id: string;
  status: JobStatus;
  name: string;
  docId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  phases: Partial<Record<Phase, PhaseProgress>>;
  visionCalls: number;
  costUsd: number;
  report: DocumentReport | null;
  error: { code: string; message: string } | null;
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
}
export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  type: string;
}
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface DocumentInfo {
  id: string;
  name: string;
  slides: number | null;
  /** When it was ingested (ISO), when the server says. */
  ingestedAt?: string;
}

/** An API error: the server's stable code and one sentence. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      e?.code ?? `HTTP_${res.status}`,
      e?.message ?? (text.slice(0, 200) || res.statusText),
      res.status,
    );
  }
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' }, signal }));
}

export async function send<T>(method: string, path: string, body?: BodyInit): Promise<T> {
  return parse<T>(await fetch(path, { method, body, headers: { accept: 'application/json' } }));
}

export const api = {
  upload(files: File[]): Promise<{ jobs: Job[] }> {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    return send('POST', '/v1/documents', form);
  },
  jobs: async (): Promise<Job[]> => {
    const r = await getJson<{ jobs: Job[] } | Job[]>('/v1/jobs');
    return Array.isArray(r) ? r : r.jobs;
  },
  job: (id: string) => getJson<Job>(`/v1/jobs/${encodeURIComponent(id)}`),
  cancel: (id: string) => send<unknown>('DELETE', `/v1/jobs/${encodeURIComponent(id)}`),
  concepts: async (signal?: AbortSignal): Promise<ConceptSummary[]> => {
    const r = await getJson<{ concepts: ConceptSummary[] } | ConceptSummary[]>(
      '/v1/concepts?limit=100000',
      signal,
    );
    return Array.isArray(r) ? r : r.concepts;
  },
  concept: (id: string) => getJson<ConceptDetail>(`/v1/concepts/${encodeURIComponent(id)}`),
  search: (q: string) => getJson<SearchResult>(`/v1/search?q=${encodeURIComponent(q)}`),
  documents: async (): Promise<DocumentInfo[]> => {
    const r = await getJson<{ documents: Record<string, unknown>[] } | Record<string, unknown>[]>(
      '/v1/documents',
    );
    const list = Array.isArray(r) ? r : r.documents;
    return list.map((d) => ({
      id: String(d.id ?? d.docId ?? ''),
      name: String(d.fileName ?? d.file_name ?? d.name ?? d.title ?? d.path ?? d.id),
      slides:
        typeof d.slides === 'number' ? d.slides : typeof d.slideCount === 'number' ? d.slideCount : null,
      ...(typeof d.ingestedAt === 'string' ? { ingestedAt: d.ingestedAt } : {}),
    }));
  },
  /** A concept's or a deck's neighbourhood; neither: the whole store's most mentioned concepts. */
  graph: (q: { concept?: string; document?: string }, depth = 1, limit = 2000) => {
    const by = q.concept
      ? `concept=${encodeURIComponent(q.concept)}&`
      : q.document
        ? `document=${encodeURIComponent(q.document)}&`
        : '';
    return getJson<GraphData>(`/v1/graph?${by}depth=${depth}&limit=${limit}`);
  },
  merges: async (): Promise<MergeView[]> => {
    const r = await getJson<{ merges: MergeView[] } | MergeView[]>('/v1/merges?all=true');
    return Array.isArray(r) ? r : r.merges;
  },
  undoMerge: (id: string) => send<unknown>('POST', `/v1/merges/${encodeURIComponent(id)}/undo`),
  deleteDocument: (id: string) =>
    send<{ deleted: Record<string, unknown>; vectorsPending: boolean }>(
      'DELETE',
      `/v1/documents/${encodeURIComponent(id)}`,
    ),
};

export const slideImageUrl = (docId: string, index: number): string =>
  `/v1/documents/${encodeURIComponent(docId)}/slides/${index}/image`;
