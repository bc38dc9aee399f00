/**
 * `graph figure`: the app's figure, regenerated from a script. Lays the therapies' graph
 * out headlessly with the app's layout settings and writes the same SVG as the Export
 * menu (at its natural size: 1 unit = 1 px).
 */
import { writeSvg } from '../export/svg-writer';
import { filterGraph } from '../model/query';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { headlessFigure } from './figure-layout';
import { UsageError, writeAtomically } from './files';
import { checkTherapyIds, loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

export const LAYOUTS = ['TB', 'LR'] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export function runFigure(options: Options): number {
  const direction = oneOf('layout', options.layout, LAYOUTS, 'TB');
  const language = oneOf<Language>('lang', options.lang, LANGUAGES, 'en');
  const kb = loadCleanKnowledgeBase(options.graphs);
  const therapies = options.therapy ?? [];
  if (therapies.length === 0)
    throw new UsageError(`figure needs at least one --therapy; valid ids: ${[...kb.therapyById.keys()].join(', ')}`);
  checkTherapyIds(kb, therapies);
  if (filterGraph(kb, { therapies, withComponents: true }).relations.length === 0)
    throw new UsageError(`the knowledge base has no relations for ${therapies.join(', ')}; there is nothing to draw`);
  const figure = headlessFigure(kb, { therapies, direction, language });
  const svg = writeSvg(figure);
  if (options.out) {
    writeAtomically(options.out, svg);
    process.stderr.write(
      `wrote ${options.out}: ${figure.nodes.length} entities, ${figure.edges.length} relations (${language}, ${direction})\n`,
    );
  } else process.stdout.write(svg);
  return 0;
}
