/**
 * Colours for imported pathways. The atlas's therapies take the Okabe–Ito palette in their
 * order (./palette.ts), which nine therapies use up. Imported views take colours of
 * ColorBrewer's Dark2, Tableau 10 and d3's Category 10 whose hues Okabe–Ito does not
 * already have (Dark2's teal, orange and yellow are near Okabe–Ito's bluish green,
 * vermillion and orange, so they are left out), so an import never looks like a therapy.
 *
 * Each pathway keeps its colour: it is chosen when the pathway is opened (the first one no
 * open pathway has, else the least used) and stored with it, so removing or adding another
 * pathway never recolours it. A pathway stored before colours were stored takes one derived
 * from its storage key, which does not change either.
 */
import { type TherapyColours, therapyColourScale } from './palette';

/**
 * Written out rather than read from d3-scale-chromatic: that module's schemes and
 * interpolators are built when it loads (16 KB the first load would carry for seven
 * colours; the data overlay loads it when used). tests/unit/pathway-colours.test.ts checks
 * each against the scheme it comes from.
 */
export const IMPORTED_COLOURS: readonly string[] = [
  '#7570b3', // purple, Dark2[2]
  '#a6761d', // brown, Dark2[6]
  '#66a61e', // olive green, Dark2[4]
  '#e15759', // red, Tableau10[2]
  '#17becf', // cyan, Category10[9]
  '#e7298a', // magenta, Dark2[3]
  '#ff9da7', // pink, Tableau10[7]
];

/** The colour for a pathway opened beside pathways of colours `used`: the first unused, else the least used. */
export function nextPathwayColour(used: readonly (number | undefined)[]): number {
  const uses = IMPORTED_COLOURS.map(() => 0);
  for (const c of used) if (c !== undefined) uses[c % uses.length]++;
  const fewest = Math.min(...uses);
  return uses.indexOf(fewest);
}

/** A colour derived from a storage key (FNV-1a), for pathways stored without one. */
export function keyColour(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % IMPORTED_COLOURS.length;
}

/** The therapies' colours and each imported view's own: `imported` maps a view's id to its colour index. */
export function atlasColours(therapyIds: readonly string[], imported: ReadonlyMap<string, number>): TherapyColours {
  const therapies = therapyColourScale(therapyIds);
  return (id) => {
    const colour = imported.get(id);
    return colour === undefined ? therapies(id) : IMPORTED_COLOURS[colour % IMPORTED_COLOURS.length];
  };
}
