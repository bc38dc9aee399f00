/** Layout settings shared by the screen and headless figure generation (no React here). */
export interface DagreOptions {
  nodeSep: number;
  rankSep: number;
  edgeSep: number;
  ranker: 'network-simplex';
}
export const DAGRE_OPTIONS: DagreOptions = { nodeSep: 20, rankSep: 44, edgeSep: 10, ranker: 'network-simplex' };

/** Space between packed components, in model units. */
export const COMPONENT_GAP = 30;

/**
 * A mechanism frame of more entities than this is drawn as several frames, its parts
 * (./frame-parts.ts): a reader takes in a frame of a hundred entities, not one of thousands
 * (an imported network without groups is one mechanism), and the overview of a very large
 * graph opens frames one by one, so a frame is also what a zoom or a search adds at once.
 */
export const FRAME_MAX = 120;

/** Connected pieces of fewer entities than this are gathered into one part with others. */
export const PIECE_MIN = 8;

/**
 * No single dagre call gets more nodes than this: a larger block is laid out in pieces
 * (./block-layout.ts). Dagre's time grows faster than its input (about 0.2 s for 150 nodes
 * on this project's machine, minutes for 4,700), and a frozen page loses a person's work.
 */
export const DAGRE_MAX = 300;
