/**
 * `graph figure --overlay FILE --column NAME [--limits LOW,HIGH]`: the same overlay the app
 * draws, read by the same reader and coloured by the same scale, for the figure and its
 * legend. Every way the options or the file can be wrong is one line naming it.
 */
import { readFileSync, statSync } from 'node:fs';
import { deriveOverlayView, figureOverlay } from '../app/derive/overlay';
import { loadHgncResolver } from '../data/hgnc/load-hgnc';
import type { FigureOverlay } from '../export/figure';
import { tableErrorMessage } from '../i18n/overlay-strings';
import { readTable } from '../io/table/read-table';
import { MAX_TABLE_BYTES } from '../io/table/table-report';
import type { KnowledgeBase } from '../model/knowledge-base';
import { atlasGeneSymbols, matchDataset } from '../model/overlay-match';
import type { Language } from '../model/vocabulary';
import type { LoadedOverlay } from '../store/overlay-slice';
import type { OverlayLimits } from '../style/overlay-colour';
import { UsageError } from './files';

export interface OverlayOptions {
  overlay?: string;
  column?: string;
  limits?: string;
}

/** `-3,3` → { low: −3, high: 3 }; the low limit must be below the high one. */
export function parseLimits(text: string): OverlayLimits {
  const parts = text.split(',').map((p) => p.trim());
  const [low, high] = parts.map(Number);
  if (
    parts.length !== 2 ||
    parts.some((p) => p === '') ||
    !Number.isFinite(low) ||
    !Number.isFinite(high) ||
    low >= high
  )
    throw new UsageError(`--limits must be two numbers LOW,HIGH with LOW below HIGH, e.g. -3,3 (got "${text}")`);
  return { low, high };
}

export async function overlayForFigure(
  kb: KnowledgeBase,
  options: OverlayOptions,
  language: Language,
): Promise<{ overlay: FigureOverlay; summary: string } | null> {
  if (options.overlay === undefined) {
    if (options.column !== undefined || options.limits !== undefined)
      throw new UsageError('--column and --limits need --overlay FILE: the table to draw');
    return null;
  }
  const file = options.overlay;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`--overlay ${file}: no such file`);
  }
  if (size > MAX_TABLE_BYTES)
    throw new UsageError(tableErrorMessage({ kind: 'too-large', fileName: file, size, limit: MAX_TABLE_BYTES }, 'en'));
  const resolver = await loadHgncResolver();
  const result = await readTable(file, new Uint8Array(readFileSync(file)), { resolver });
  if (!result.ok) throw new UsageError(tableErrorMessage(result.error, 'en'));
  const { dataset, report } = result;
  const names = dataset.columns.map((c) => c.name);
  if (names.length === 0)
    throw new UsageError(`--overlay ${file}: no column of numbers to draw (a list of genes has nothing to colour)`);
  const column = options.column ?? names[0];
  if (!names.includes(column)) {
    const text = report.columns.find((c) => c.name === column && c.kind === 'text');
    throw new UsageError(
      text
        ? `--column "${column}" holds text (e.g. "${text.example?.text ?? ''}" in row ${text.example?.row ?? '?'}), not numbers; columns of numbers: ${names.join(', ')}`
        : `--column "${column}" is not a column of ${file}; columns of numbers: ${names.join(', ')}`,
    );
  }
  const loaded: LoadedOverlay = {
    dataset,
    report,
    derived: [],
    slices: [],
    limits: options.limits === undefined ? null : parseLimits(options.limits),
    limitRule: 'max',
  };
  const match = matchDataset(dataset, resolver, atlasGeneSymbols(kb));
  const view = deriveOverlayView(kb, loaded, column, match);
  if (!view) throw new UsageError(`--overlay ${file}: nothing to draw`);
  const { low, high } = view.scale.limits;
  const summary = `overlay: ${file}, column ${column}, limits ${low} to ${high}; ${match.counts['in-atlas']} identifiers in the atlas, ${match.counts['not-in-atlas']} real genes not in it, ${match.counts.ambiguous} ambiguous, ${match.counts.unrecognised} not recognised; ${report.unreadableCount} cells not numbers, ${report.duplicates.length} repeated identifiers (first kept)\n`;
  return { overlay: figureOverlay(view, language), summary };
}

/**
 * `--limits -3,3` as the help writes it: Node's parseArgs takes an option value that starts
 * with "-" only in the form `--limits=-3,3`, so a negative first limit is joined to it.
 */
export function joinNegativeLimits(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === '--limits' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`--limits=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}
