/**
 * One report entry per unknown interaction word, not one per edge: a network of 10,000
 * edges of an unknown type would otherwise bury the rest of the report.
 */
import type { ReportEntry } from './pathway-import';

export function unknownWordsReport(positionsByWord: ReadonlyMap<string, string[]>): ReportEntry[] {
  return [...positionsByWord].map(([word, positions]) => ({
    position: positions.length > 1 ? `${positions[0]} and ${positions.length - 1} more` : positions[0],
    element: word,
    action: 'changed' as const,
    message: `unknown interaction "${word}" on ${positions.length} edge${positions.length > 1 ? 's' : ''}; kept as "associated"`,
  }));
}
