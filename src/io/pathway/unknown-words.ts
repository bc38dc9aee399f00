/**
 * One report entry per unknown interaction word, not one per edge: a network of 10,000
 * edges of an unknown type would otherwise bury the rest of the report. The entry sits at
 * the word's first edge and says how many edges carry it.
 */
import type { ReportEntry } from './pathway-import';
import { reportMessage } from './report-messages';

export function unknownWordsReport(positionsByWord: ReadonlyMap<string, string[]>): ReportEntry[] {
  return [...positionsByWord].map(([word, positions]) => ({
    position: positions[0],
    element: word,
    action: 'changed' as const,
    ...reportMessage('unknown-interaction', { word, edges: positions.length }),
  }));
}
