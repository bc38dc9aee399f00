/**
 * Colours for imported pathways. The atlas's therapies take the Okabe–Ito palette in their
 * order (./palette.ts), which nine therapies use up; imported views take ColorBrewer's
 * Dark2 in the order they were opened, so an import never takes a therapy's colour and
 * keeps its own while others are added after it.
 */
import { schemeDark2 } from 'd3-scale-chromatic';
import { type TherapyColours, therapyColourScale } from './palette';

export function atlasColours(therapyIds: readonly string[], importedIds: readonly string[]): TherapyColours {
  const therapies = therapyColourScale(therapyIds);
  const imported = new Map(importedIds.map((id, i) => [id, schemeDark2[i % schemeDark2.length]]));
  return (id) => imported.get(id) ?? therapies(id);
}
