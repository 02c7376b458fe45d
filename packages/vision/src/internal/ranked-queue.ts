/**
 * Waiting lines ordered by rank, first come first served within a rank. A call's rank is its document's
 * place in a folder run (`CompleteOptions.rank`, given under `--provider-order input`; the default order is
 * arrival, no rank): the first deck's calls leave before the second's, so the
 * decks of a folder finish one after another and each one's own work after vision (LLM extraction, the
 * pair judge, its commit) overlaps the later decks' calls instead of all of it waiting for the run's last
 * answer. Calls without a rank (the server's jobs, a single deck) have rank Infinity: they keep their
 * arrival order, behind ranked ones. A hedge copy or a rescue goes ahead of everyone (`FRONT`).
 */
export const FRONT = -Infinity;

/** Inserts `item` behind every waiter of the same or a smaller rank, from index `from` on. */
export function insertByRank<T extends { rank: number }>(queue: T[], item: T, from = 0): void {
  let i = queue.length;
  // most waiters share a rank or arrive in rank order: walk back from the tail
  while (i > from && queue[i - 1].rank > item.rank) i--;
  queue.splice(i, 0, item);
}

/** A rank given by a caller: a finite number, or Infinity (none). */
export function rankOf(rank: number | undefined): number {
  return rank === undefined || Number.isNaN(rank) ? Infinity : rank;
}
