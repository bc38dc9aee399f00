/**
 * `importPathway`: one entry for every pathway format. Detects the format from the content
 * (never from the name alone), notes where the name or the caller claimed another, refuses
 * what cannot be read at all (an HTML page, a file above MAX_PATHWAY_CHARACTERS, text that
 * is no pathway format) with a PathwayImportError that says so, and otherwise hands the
 * reader's SourceGraph to the document builder. The document is validated here, once (the
 * app's merge and storage trust it from then on); a document the loader would refuse is a
 * refusal naming the first problems, never a crash later. Pure and DOM-free: callable from
 * a worker (which must load src/zod-jitless.ts first, as the page does).
 *
 * Detection:
 * | content                                              | format            |
 * |------------------------------------------------------|-------------------|
 * | `<html`, `<!DOCTYPE html` near the start             | refused (HTML)    |
 * | XML root `Pathway` in a pathvisio.org/GPML namespace | gpml (its version from the namespace) |
 * | XML root `sbgn`                                      | sbgn              |
 * | JSON array with a `CXVersion` aspect                 | cx2               |
 * | JSON array of aspects without one                    | cx (CX1)          |
 * | JSON object with `elements`                          | cyjs              |
 * | anything else, lines of 1 or ≥ 3 fields              | sif               |
 */
import { GraphDocumentSchema } from '../../model/schema';
import type { SymbolResolver } from '../../model/symbol-resolver';
import { buildPathwayDocument } from './build-document';
import { readCxPathway } from './cx-reader';
import { readCyjsPathway } from './cyjs-reader';
import { gpmlVersion, readGpml } from './gpml';
import {
  type AliasChoice,
  type ImportStage,
  MAX_PATHWAY_CHARACTERS,
  type PathwayFormat,
  type PathwayImport,
  PathwayImportError,
} from './pathway-import';
import { type ReportMessage, reportMessage } from './report-messages';
import { readSbgn } from './sbgn';
import { readSifPathway } from './sif-reader';
import type { SourceGraph } from './source-graph';
import { parseXmlTree } from './xml-tree';

export { MAX_PATHWAY_CHARACTERS } from './pathway-import';

export interface ImportOptions {
  fileName: string;
  /** What the user said the file is (`--format`, a menu); a mismatch is noted, not obeyed. */
  format?: PathwayFormat;
  resolver?: SymbolResolver;
  /** Alias suggestions: reported only (`suggest`, the default), applied, or applied for the labels listed. */
  aliases?: AliasChoice;
  /** Called as reading goes on: a fraction from 0 to 1 and what is being done. */
  onProgress?: (fraction: number, stage: ImportStage) => void;
}

const EXTENSIONS: Record<string, PathwayFormat> = {
  gpml: 'gpml',
  cx2: 'cx2',
  cx: 'cx',
  sbgn: 'sbgn',
  sbgnml: 'sbgn',
  cyjs: 'cyjs',
  sif: 'sif',
};

const FORMAT_NAMES: Record<PathwayFormat, string> = {
  gpml: 'GPML',
  cx2: 'CX2',
  cx: 'CX (version 1)',
  sbgn: 'SBGN-ML',
  cyjs: 'Cytoscape .cyjs',
  sif: 'SIF',
};

/** The format a file name suggests ("WP3614.gpml" → gpml, "x.cyjs.json" → cyjs), if any. */
export function formatFromName(fileName: string): PathwayFormat | undefined {
  const parts = fileName
    .toLowerCase()
    .replace(/^.*[\\/]/, '')
    .split('.')
    .slice(1);
  for (const part of parts.reverse()) {
    const format = EXTENSIONS[part];
    if (format) return format;
  }
  return undefined;
}

function jsonFormat(value: unknown): PathwayFormat | undefined {
  if (Array.isArray(value)) {
    const aspects = value.filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null);
    if (aspects.some((a) => 'CXVersion' in a)) return 'cx2';
    if (aspects.length > 0) return 'cx';
    return undefined;
  }
  if (typeof value === 'object' && value !== null && 'elements' in value) return 'cyjs';
  return undefined;
}

function readSource(text: string, fileName: string, onProgress?: ImportOptions['onProgress']): SourceGraph {
  const start = text.slice(0, 4096).trimStart();
  if (/^(?:<!doctype html|<html)|<html[\s>]/i.test(start)) {
    throw new PathwayImportError(
      `${fileName} is an HTML page (a web page or a server's error page), not a pathway file; download the file itself (GPML, CX2, CX, SBGN-ML, .cyjs or SIF)`,
      fileName,
    );
  }
  if (start.startsWith('<')) {
    const root = parseXmlTree(text, fileName, (f) => onProgress?.(0.5 * f, 'parsing XML'));
    if (root.name === 'Pathway') {
      if (!gpmlVersion(root.namespace)) {
        throw new PathwayImportError(
          `${fileName} has a <Pathway> root but no GPML namespace (xmlns="${root.namespace ?? ''}"); GPML 2013a or GPML2021 is read`,
          fileName,
        );
      }
      return readGpml(root);
    }
    if (root.name === 'sbgn') return readSbgn(root);
    throw new PathwayImportError(
      `${fileName} is XML with the root <${root.name}>, line ${root.line}; the XML formats read are GPML (<Pathway>) and SBGN-ML (<sbgn>)`,
      fileName,
    );
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new PathwayImportError(`${fileName} is not valid JSON: ${(error as Error).message}`, fileName);
    }
    const format = jsonFormat(value);
    if (format === 'cyjs') return readCyjsPathway(value, fileName);
    if (format === 'cx2' || format === 'cx') return readCxPathway(value as unknown[], format);
    throw new PathwayImportError(
      `${fileName} is JSON but neither CX2, CX (an array of aspects) nor Cytoscape .cyjs (an object with "elements")`,
      fileName,
    );
  }
  const graph = readSifPathway(text);
  if (graph.nodes.length === 0) {
    throw new PathwayImportError(
      `${fileName} is no pathway format read here (GPML, CX2, CX, SBGN-ML, .cyjs, SIF): no SIF line "source interaction target" in it`,
      fileName,
    );
  }
  return graph;
}

/** The numbers of a position ("line 42" → [42], "$[5].edges[12]" → [5, 12]); "file" (the whole file) has none. */
const positionKey = (position: string) => (position.match(/\d+/g) ?? []).map(Number);

/** Report entries in file order, the whole-file notes first; entries at one position keep their order. */
function inFileOrder(report: PathwayImport['report']): PathwayImport['report'] {
  const keyed = report.map((entry, i) => ({ entry, i, key: positionKey(entry.position) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < Math.max(a.key.length, b.key.length); k++) {
      const d = (a.key[k] ?? -1) - (b.key[k] ?? -1);
      if (d !== 0) return d;
    }
    return a.i - b.i;
  });
  return keyed.map((k) => k.entry);
}

export function importPathway(text: string, options: ImportOptions): PathwayImport {
  const { fileName, onProgress } = options;
  if (text.length > MAX_PATHWAY_CHARACTERS) {
    throw new PathwayImportError(
      `${fileName} is ${(text.length / 1024 / 1024).toFixed(1)} MB; pathway files up to ${MAX_PATHWAY_CHARACTERS / 1024 / 1024} MB are read`,
      fileName,
    );
  }
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  onProgress?.(0, 'reading the file');
  const graph = readSource(clean, fileName, onProgress);
  onProgress?.(0.6, 'building the graph');
  const built = buildPathwayDocument(graph, {
    fileName,
    resolver: options.resolver,
    ...(options.aliases ? { aliases: options.aliases } : {}),
  });
  onProgress?.(0.8, 'checking the graph');
  const checked = GraphDocumentSchema.safeParse(built.document);
  if (!checked.success) {
    const issues = checked.error.issues
      .slice(0, 3)
      .map((i) => `$.${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new PathwayImportError(`${fileName} was read, but the graph made of it is not valid (${issues})`, fileName);
  }
  onProgress?.(1, 'done');

  // Named with its version where the file gives one: "this is GPML2021, not CX2".
  const detected = graph.version ?? FORMAT_NAMES[graph.format];
  const notes: ReportMessage[] = [];
  if (options.format && options.format !== graph.format) {
    notes.push(reportMessage('format-claimed', { detected, claimed: FORMAT_NAMES[options.format] }));
  }
  const byName = formatFromName(fileName);
  if (byName && byName !== graph.format && byName !== options.format) {
    notes.push(reportMessage('format-by-name', { named: FORMAT_NAMES[byName], detected }));
  }
  return {
    format: graph.format,
    ...(graph.version ? { version: graph.version } : {}),
    ...(notes.length > 0 ? { formatNotes: notes } : {}),
    title: built.title,
    document: checked.data,
    report: inFileOrder(built.report),
  };
}
