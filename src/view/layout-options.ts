/** Layout settings shared by the screen and headless figure generation (no React here). */
export const DAGRE_OPTIONS = { nodeSep: 20, rankSep: 44, edgeSep: 10, ranker: 'network-simplex' } as const;

/** Space between packed components, in model units. */
export const COMPONENT_GAP = 30;
