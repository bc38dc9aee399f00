/**
 * Colours for imported pathways. The atlas's therapies take the Okabe–Ito palette in their
 * order (./palette.ts), which nine therapies use up. Imported views take, in the order they
 * were opened, colours of ColorBrewer's Dark2, Tableau 10 and d3's Category 10 whose hues Okabe–Ito does not
 * already have (Dark2's teal, orange and yellow are near Okabe–Ito's bluish green,
 * vermillion and orange, so they are left out), so an import never looks like a therapy
 * and keeps its colour while others are added after it.
 */
import { schemeCategory10, schemeDark2, schemeTableau10 } from 'd3-scale-chromatic';
import { type TherapyColours, therapyColourScale } from './palette';

export const IMPORTED_COLOURS: readonly string[] = [
  schemeDark2[2], // purple #7570b3
  schemeDark2[6], // brown #a6761d
  schemeDark2[4], // olive green #66a61e
  schemeTableau10[2], // red #e15759
  schemeCategory10[9], // cyan #17becf
  schemeDark2[3], // magenta #e7298a
  schemeTableau10[7], // pink #ff9da7
];

export function atlasColours(therapyIds: readonly string[], importedIds: readonly string[]): TherapyColours {
  const therapies = therapyColourScale(therapyIds);
  const imported = new Map(importedIds.map((id, i) => [id, IMPORTED_COLOURS[i % IMPORTED_COLOURS.length]]));
  return (id) => imported.get(id) ?? therapies(id);
}
