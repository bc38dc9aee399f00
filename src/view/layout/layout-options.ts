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
