/**
 * What reading a public pathway file yields, whatever its format: our own graph document
 * (entities, relations, one mechanism per group) that `graph validate` accepts, and the
 * report of everything dropped or changed on the way, with its position in the file.
 * Only the shape lives here; each format's reader is a module beside it.
 */
import type { GraphDocument } from '../../model/schema';
import type { ReportMessage } from './report-messages';

/** 50 MB of text: the largest file `importPathway` reads (here, so the page can check a size without loading the readers). */
export const MAX_PATHWAY_CHARACTERS = 50 * 1024 * 1024;

export const PATHWAY_FORMATS = ['gpml', 'cx2', 'cx', 'sbgn', 'cyjs', 'sif'] as const;
export type PathwayFormat = (typeof PATHWAY_FORMATS)[number];

/** What the reader is doing, as it reports progress (said in the reader's language by src/i18n). */
export const IMPORT_STAGES = [
  'reading the file',
  'parsing XML',
  'building the graph',
  'checking the graph',
  'done',
] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export const REPORT_ACTIONS = ['dropped', 'changed', 'kept'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * How labels that are aliases (or previous symbols another gene also has as an alias) are
 * read: `suggest` keeps the label and reports the gene HGNC names (the default: an alias is
 * no rename, and ERK is an alias of MAPK1 but a previous symbol of EPHB2); `apply` reads them
 * as that gene. A list applies the suggestions for those labels only (case-insensitively).
 */
export const ALIAS_RULES = ['suggest', 'apply'] as const;
export type AliasRule = (typeof ALIAS_RULES)[number];
export type AliasChoice = AliasRule | { apply: readonly string[] };

/**
 * One entry: where, which element, what was done, and what was found as a code with its
 * parameters (./report-messages.ts), e.g. `previous-applied` { label: "PKM2", symbol: "PKM" }.
 */
export type ReportEntry = ReportMessage & {
  /** Where in the file: "line 42" for XML and SIF, a JSON path such as "$[3].nodes[17]" for JSON, "file". */
  position: string;
  /** The source's own id or label of the element, when it has one. */
  element?: string;
  action: ReportAction;
};

export interface PathwayImport {
  format: PathwayFormat;
  /** The format's version as the file declares it, e.g. "GPML2013a", "GPML2021", "CX2 2.0". */
  version?: string;
  /** Notes on the format when the file is not what its name or the user claimed ("this is GPML2021, not GPML2013a"). */
  formatNotes?: ReportMessage[];
  /** The pathway's title from the file, else the file name. */
  title: string;
  /** The pathway as our graph document, validated (defaults applied) when it was read. */
  document: GraphDocument;
  report: ReportEntry[];
}

/** A file that cannot be read at all (an HTML error page, a file over the size limit): nothing is imported. */
export class PathwayImportError extends Error {
  constructor(
    message: string,
    readonly fileName: string,
  ) {
    super(message);
    this.name = 'PathwayImportError';
  }
}
