/** Layout settings shared by the screen and headless figure generation (no React here). */
export const DAGRE_OPTIONS = { nodeSep: 26, rankSep: 58, edgeSep: 12, ranker: 'network-simplex' } as const;

/** Space between packed components, in model units. */
export const COMPONENT_GAP = 30;
