/**
 * When a change of the view becomes a new history entry. Pure (the clock is passed in), so
 * the coalescing is unit-tested without a browser.
 *
 * Each view change a person makes is an entry, so Back and Forward walk through them. A
 * burst of changes (typing, dragging a slider, one gesture that updates the store several
 * times, such as a search result adding a therapy and selecting an entity) is one entry:
 * a change within COALESCE_MS of the previous one replaces the entry the burst pushed.
 * The address the page opened with is only tidied (replaced), never a separate entry,
 * and a view restored by Back or Forward is written back in place.
 */

/** A change this soon after the previous one belongs to the same burst. */
export const COALESCE_MS = 450;

export type HistoryAction = 'none' | 'push' | 'replace';

/** What the last write left: the query it wrote and when the change behind it happened. */
export interface HistoryMemory {
  query: string;
  changedAt: number;
}

export interface HistoryInput {
  /** The previous write, or null for the first one (the page has just opened). */
  previous: HistoryMemory | null;
  /** The query the view now needs. */
  query: string;
  now: number;
  /** The change restores a view from the address (popstate): nothing new to remember. */
  restoring?: boolean;
}

export function historyAction({ previous, query, now, restoring = false }: HistoryInput): HistoryAction {
  if (previous === null) return 'replace';
  if (query === previous.query) return 'none';
  if (restoring) return 'replace';
  return now - previous.changedAt < COALESCE_MS ? 'replace' : 'push';
}

/**
 * The memory after a write. The first write and a restored view start no burst, so the next
 * change a person makes is always an entry of its own.
 */
export function nextMemory(input: HistoryInput, action: HistoryAction): HistoryMemory | null {
  if (action === 'none') return input.previous;
  const quiet = input.previous === null || input.restoring === true;
  return { query: input.query, changedAt: quiet ? Number.NEGATIVE_INFINITY : input.now };
}
