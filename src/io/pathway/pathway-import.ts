/**
 * What reading a public pathway file yields, whatever its format: our own graph document
 * (entities, relations, one mechanism per group) that `graph validate` accepts, and the
 * report of everything dropped or changed on the way, with its position in the file.
 * Only the shape lives here; each format's reader is a module beside it.
 */
import type { GraphDocumentInput } from '../../model/schema';

/** 50 MB of text: the largest file `importPathway` reads (here, so the page can check a size without loading the readers). */
export const MAX_PATHWAY_CHARACTERS = 50 * 1024 * 1024;

export const PATHWAY_FORMATS = ['gpml', 'cx2', 'cx', 'sbgn', 'cyjs', 'sif'] as const;
export type PathwayFormat = (typeof PATHWAY_FORMATS)[number];

export const REPORT_ACTIONS = ['dropped', 'changed', 'kept'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export interface ReportEntry {
  /** Where in the file: "line 42" for XML and SIF, a JSON path such as "$[3].nodes[17]" for JSON. */
  position: string;
  /** The source's own id or label of the element, when it has one. */
  element?: string;
  action: ReportAction;
  /** What was found and what was done, in a sentence, e.g. "previous symbol PKM2 resolved to PKM". */
  message: string;
}

export interface PathwayImport {
  format: PathwayFormat;
  /** The format's version as the file declares it, e.g. "GPML2013a", "GPML2021", "CX2 2.0". */
  version?: string;
  /** A note on the format when the file is not what its name or the user claimed ("this is GPML2021, not GPML2013a"). */
  formatNote?: string;
  /** The pathway's title from the file, else the file name. */
  title: string;
  document: GraphDocumentInput;
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
