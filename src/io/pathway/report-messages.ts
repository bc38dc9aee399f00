/**
 * What an import report entry says, as data: a code and its parameters, never a sentence.
 * The app renders it in the reader's language (src/i18n/pathway-report-strings.ts), the
 * command line in English (with the code beside it in a JSON report), so one reading of a
 * file reads the same in both languages. Parameters are the file's own words (labels, ids,
 * type names) and numbers; the wording around them belongs to the renderer.
 */

/** Why an interaction's end could not be followed to a node (GPML). */
export type EndProblem =
  | { end: 'source' | 'target'; kind: 'unconnected' }
  | { end: 'source' | 'target'; kind: 'missing'; ref: string }
  | { end: 'source' | 'target'; kind: 'drawing'; what: string; label?: string }
  | { end: 'source' | 'target'; kind: 'anchor-nowhere' };

/**
 * How a label that is not an approved symbol relates to HGNC's genes: `alias` of one gene,
 * or `previous` symbol of one gene that is also another gene's alias (ERK: a previous
 * symbol of EPHB2 and an alias of MAPK1), `others` naming those other genes.
 */
export interface Suggestion {
  sourceType: string;
  label: string;
  symbol: string;
  kind: 'alias' | 'previous';
  others: string[];
}

/** Every code with the parameters it carries. */
export interface ReportParams {
  /** Whole-file notes. */
  'no-symbol-table': Record<string, never>;
  'format-claimed': { detected: string; claimed: string };
  'format-by-name': { named: string; detected: string };
  /** Symbols (the builder). */
  'not-a-symbol': { sourceType: string; label: string };
  'ambiguous-symbol': { sourceType: string; label: string; via: 'previous' | 'alias'; candidates: string[] };
  'previous-applied': { label: string; symbol: string };
  'alias-suggested': Suggestion;
  'alias-applied': Suggestion;
  microrna: { sourceType: string; label: string; symbol: string };
  /** Nodes, groups and edges (the builder). */
  'duplicate-id': { key: string; first: string };
  'no-label': { sourceType: string; label: string };
  'drawn-twice': { label: string; into: string };
  'undefined-group': { node: string; group: string };
  'duplicate-group-id': { key: string; first: string };
  'empty-group': { sourceType: string; label: string };
  'duplicate-edge-id': { key: string; first: string };
  'edge-to-missing': { sourceType: string; missing: string[] };
  'self-loop': { sourceType: string; label: string };
  /** Any reader. */
  'unknown-interaction': { word: string; edges: number };
  'unmapped-node-type': { what: string; type: string };
  /** GPML. */
  'group-without-id': Record<string, never>;
  'datanode-without-id': { label: string };
  'interaction-without-id': Record<string, never>;
  'interaction-ends': { arrowHead: string; problems: EndProblem[] };
  'unknown-arrowhead': { arrowHead: string };
  'reversed-arrowhead': { arrowHead: string };
  'anchor-end': { interaction: string };
  /** SBGN-ML. */
  'no-map': Record<string, never>;
  'glyph-without-id': { cls: string };
  'glyph-not-entity': { cls: string };
  'state-variables': { states: string[]; label: string };
  'arc-without-ends': { cls: string };
  'arc-without-id': { cls: string };
  'equivalence-arc': Record<string, never>;
  'unmapped-arc': { cls: string };
  'process-no-output': { cls: string; id: string; arcs: number };
  'process-collapsed': { cls: string; id: string; relations: string[] };
  /** CX and CX2. */
  'node-without-id': { field: string };
  'edge-without-ends': { field: string };
  'unnamed-node': { drawn?: string };
  'edge-ends-unnamed': { word: string; node: string; drawn?: string };
  'edge-starts-unnamed': { word: string; node: string; drawn?: string };
  'edges-joined': { edges: string[]; word: string; target: string };
  /** SIF. */
  'two-fields': { line: string };
  /** An entry stored by an earlier version, which wrote English sentences: shown as written. */
  legacy: { message: string };
}

export type ReportCode = keyof ReportParams;

/** The codes, for checking what comes back from storage. */
export const REPORT_CODES = [
  'no-symbol-table',
  'format-claimed',
  'format-by-name',
  'not-a-symbol',
  'ambiguous-symbol',
  'previous-applied',
  'alias-suggested',
  'alias-applied',
  'microrna',
  'duplicate-id',
  'no-label',
  'drawn-twice',
  'undefined-group',
  'duplicate-group-id',
  'empty-group',
  'duplicate-edge-id',
  'edge-to-missing',
  'self-loop',
  'unknown-interaction',
  'unmapped-node-type',
  'group-without-id',
  'datanode-without-id',
  'interaction-without-id',
  'interaction-ends',
  'unknown-arrowhead',
  'reversed-arrowhead',
  'anchor-end',
  'no-map',
  'glyph-without-id',
  'glyph-not-entity',
  'state-variables',
  'arc-without-ends',
  'arc-without-id',
  'equivalence-arc',
  'unmapped-arc',
  'process-no-output',
  'process-collapsed',
  'node-without-id',
  'edge-without-ends',
  'unnamed-node',
  'edge-ends-unnamed',
  'edge-starts-unnamed',
  'edges-joined',
  'two-fields',
  'legacy',
] as const satisfies readonly ReportCode[];

// The list holds every code: a code added to ReportParams but not here fails to compile.
type Missing = Exclude<ReportCode, (typeof REPORT_CODES)[number]>;
const everyCodeListed: Missing extends never ? true : Missing = true;
void everyCodeListed;

/** One message: a code with its own parameters. */
export type ReportMessage = { [C in ReportCode]: { code: C; params: ReportParams[C] } }[ReportCode];

/** A message of a known code, typed by it. */
export function reportMessage<C extends ReportCode>(code: C, params: ReportParams[C]): ReportMessage {
  // TypeScript cannot relate a generic code to its member of the union; the signature does.
  return { code, params } as ReportMessage;
}

export function isReportCode(value: unknown): value is ReportCode {
  return typeof value === 'string' && (REPORT_CODES as readonly string[]).includes(value);
}
