/**
 * What every pathway reader hands the document builder (./build-document.ts): the file's
 * nodes, edges and groups in the source's own terms, already mapped to our vocabulary by
 * the reader's table, each with its position in the file. The builder alone resolves
 * symbols, merges duplicates, makes ids and writes the report's entries about them, so
 * the six readers do not each do it their own way.
 */
import type { Origin } from '../../model/schema';
import type { EntityType, RelationType, Sign } from '../../model/vocabulary';
import type { PathwayFormat, ReportEntry } from './pathway-import';

export type Xref = NonNullable<Origin['xrefs']>[number];

export interface SourceNode {
  /** The source's id, unique in the file (GraphId, glyph id, SIF name). */
  key: string;
  label: string;
  /** The source's own type name ("GeneProduct", "macromolecule", "Protein"). */
  sourceType: string;
  /** Our type; `gene` means "a gene product: resolve its label to an HGNC symbol". */
  type: EntityType;
  position: string;
  xrefs?: Xref[];
  /** The key of the group the node is drawn in, if any. */
  group?: string;
}

export interface SourceEdge {
  /** The source's id of the edge, if it has one. */
  key?: string;
  source: string;
  target: string;
  /** The source's own type name ("TBar", "mim-binding", "-1", "in-complex-with"). */
  sourceType: string;
  type: RelationType;
  /** Only for neutral and association types. */
  sign?: Sign;
  position: string;
}

export interface SourceGroup {
  key: string;
  label?: string;
  /** The source's own type name ("Group", "Complex", "compartment"). */
  sourceType: string;
  /** A molecular complex (GPML Style="Complex", an SBGN complex): members form it. */
  complex: boolean;
  position: string;
  /** The key of the group this group is drawn in, if any. */
  group?: string;
}

export interface SourceGraph {
  format: PathwayFormat;
  version?: string;
  title?: string;
  nodes: SourceNode[];
  edges: SourceEdge[];
  groups: SourceGroup[];
  /** What the reader itself dropped or changed (ends on labels, unknown arrowheads...). */
  report: ReportEntry[];
}

/**
 * Text the knowledge base refuses (see `forbiddenCharacter` in model/parse-file.ts):
 * control characters, bidirectional embeddings, overrides and isolates, unpaired surrogates.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Collapses the line breaks and runs of spaces pathway editors put in labels
 * ("Gene &#xA;transcription") and removes characters a graph file may not hold.
 */
export function cleanLabel(text: string | undefined): string {
  if (text === undefined) return '';
  // Most labels and ids are printable ASCII words single-spaced: nothing to clean (and 10,000s of them).
  if (PLAIN.test(text)) return text;
  return text.replace(/\s+/g, ' ').replace(FORBIDDEN, '').trim();
}

const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
