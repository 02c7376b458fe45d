/** eval.md: the figures of tools/eval/run.ts as a readable table. */
import type { DeckScore } from './metrics.js';

interface EvalResult {
  generatedAt: string;
  command: string;
  stages: string;
  micro: { expected: number; nodes: number; precision: number; precisionAtN: number; recall: number; duplicateRate: number; typeAccuracy: number };
  decks: (DeckScore & { file: string; deck: string; kind: string; nlpConceptsMs: number; slides: number })[];
  crossDeck: { conceptsInStore: number; sharedExpected: number; sharedOnOneNode: number; splitAcrossDecks: string[]; merges: { kept: string; merged: string; method: string; score: number }[] };
  consistency: Record<string, { inBoth: number; inEither: number; ratio: number }>;
  batchedMs: number;
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

export function renderMarkdown(r: EvalResult): string {
  const lines = [
    '# Concept quality evaluation',
    '',
    `Generated ${r.generatedAt} by \`${r.command}\`; ${r.stages}.`,
    '',
    'Precision: share of a deck\'s concept nodes that match an expected concept (name or alias, normalised). ' +
      'Precision@N: the same over the N most-mentioned nodes, N = size of the expected list. Recall: share of expected ' +
      'concepts found. Duplicate rate: share of found expected concepts split over several nodes. Type accuracy: share of ' +
      'found expected concepts whose most-mentioned node has the expected type.',
    '',
    '| deck | kind | slides | expected | nodes | precision | precision@N | recall | duplicate rate | type accuracy | nlp+concepts |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.decks.map(
      (d) =>
        `| ${d.deck} | ${d.kind} | ${d.slides} | ${d.expected} | ${d.nodes} | ${pct(d.precision)} | ${pct(d.precisionAtN)} | ${pct(d.recall)} | ${pct(d.duplicateRate)} | ${pct(d.typeAccuracy)} | ${d.nlpConceptsMs} ms |`,
    ),
    `| **all (micro)** | | | ${r.micro.expected} | ${r.micro.nodes} | **${pct(r.micro.precision)}** | **${pct(r.micro.precisionAtN)}** | **${pct(r.micro.recall)}** | **${pct(r.micro.duplicateRate)}** | **${pct(r.micro.typeAccuracy)}** | |`,
    '',
    '## Batched vs one-by-one',
    '',
    ...Object.entries(r.consistency).map(([k, v]) => `- ${k}: ${pct(v.ratio)} (${v.inBoth} of ${v.inEither} per-deck concept ids in both)`),
    '',
    '## Cross-deck resolution',
    '',
    `Expected concepts listed for two decks and found in both: ${r.crossDeck.sharedExpected}; held by one node: ` +
      `${r.crossDeck.sharedOnOneNode} (${pct(r.crossDeck.sharedOnOneNode / Math.max(1, r.crossDeck.sharedExpected))}). ` +
      `Split across decks: ${r.crossDeck.splitAcrossDecks.join('; ') || '–'}.`,
    '',
    `Merges (${r.crossDeck.merges.length}; ${r.crossDeck.conceptsInStore} concepts in the store):`,
    '',
    ...r.crossDeck.merges.slice(0, 40).map((m) => `- ${m.merged} → ${m.kept} (${m.method}, ${m.score})`),
    '',
    '## Misses and errors per deck',
    '',
  ];
  for (const d of r.decks) {
    lines.push(`### ${d.deck}`, '');
    lines.push(`- missed: ${d.missed.join('; ') || '–'}`);
    lines.push(`- split over several nodes: ${d.duplicates.map((x) => `${x.expected} → [${x.nodes.join(' | ')}]`).join('; ') || '–'}`);
    lines.push(`- wrong types: ${d.wrongTypes.map((x) => `${x.expected} (${x.got}, expected ${x.want})`).join('; ') || '–'}`);
    lines.push(`- most-mentioned unmatched nodes: ${d.topUnmatched.join('; ') || '–'}`, '');
  }
  return lines.join('\n') + '\n';
}
