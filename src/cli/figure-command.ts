/**
 * `graph figure`: the app's figure, regenerated from a script. Lays the therapies' graph
 * (or only some mechanisms' relations, with --mechanism) out headlessly with the app's
 * layout code and writes the same SVG as the Export menu: at its natural size (1 unit =
 * 1 px) or on a slide as on screen; at a journal size laid out for the page (see
 * printFigure), with a warning on stderr when labels still print below 6 pt. With
 * --story, one step of a teaching story, drawn as the story player's step export draws it.
 */
import { printedLabelSize, SIZE_PRESETS, type SizePreset, writeSvg } from '../export/svg-writer';
import { LAYOUT_DIRECTIONS, viewKey } from '../model/arrangement';
import { citationSuffix } from '../model/citation';
import type { KnowledgeBase } from '../model/knowledge-base';
import { countErrors } from '../model/problems';
import { loadStories } from '../model/story';
import { storyStepState } from '../model/story-state';
import { pick } from '../model/text';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { figureGraph, type HeadlessFigureOptions, headlessFigure, printFigure } from './figure-layout';
import { findStoryFiles, oneOf, readSources, UsageError, writeOutput } from './files';
import { checkTherapyIds, loadCleanKnowledgeBase } from './load';
import type { Options } from './main';
import { overlayForFigure } from './overlay-option';
import { viewLayout } from './view-nodes';

/**
 * What a story step adds to the figure options: the story's therapies (unless given), only
 * the step's elements, the step's own emphasised from step 2 on, its title and caption.
 */
function storyStep(
  kb: KnowledgeBase,
  options: Options,
  language: Language,
): Partial<HeadlessFigureOptions> & { therapies: string[] } {
  const { stories, problems } = loadStories(readSources(findStoryFiles(options.graphs)), kb);
  if (countErrors(problems) > 0)
    throw new UsageError(`the stories in ${options.graphs}/stories/ have errors; run "npm run graph -- validate"`);
  const story = stories.find((s) => s.id === options.story);
  if (!story)
    throw new UsageError(`unknown story "${options.story}"; valid ids: ${stories.map((s) => s.id).join(', ')}`);
  const step = options.step === undefined ? 1 : Number(options.step);
  if (!Number.isInteger(step) || step < 1 || step > story.steps.length)
    throw new UsageError(`--step must be a whole number from 1 to ${story.steps.length} (got "${options.step}")`);
  const state = storyStepState(story, step - 1, kb);
  const caption = story.steps[step - 1];
  return {
    therapies: options.therapy?.length ? options.therapy : [...story.therapies],
    only: { entities: state.entities, relations: state.relations },
    ...(step > 1 ? { emphasis: { entities: state.currentEntities, relations: state.currentRelations } } : {}),
    title: `${pick(story.title, language)} (${step}/${story.steps.length})`,
    caption: `${pick(caption.caption, language)}${citationSuffix(caption, language)}`.trim(),
  };
}

/** Journals ask for labels of at least this size, in points. */
export const MIN_PRINT_POINTS = 6;

/**
 * The warning for a figure whose labels print smaller than journals ask, with what to try:
 * a wider size, or one of its mechanisms at a time (naming them).
 */
export function smallLabelWarning(points: number, size: SizePreset, mechanisms: readonly string[]): string {
  const tries = [
    ...(size === 'journal-85' ? ['--size journal-180'] : []),
    ...(mechanisms.length > 1
      ? [`one mechanism at a time with --mechanism ID (this figure's: ${mechanisms.join(', ')})`]
      : []),
  ];
  return `warning: labels print at ${points.toFixed(1)} pt at ${size} (journals ask for at least ${MIN_PRINT_POINTS} pt)${
    tries.length ? `; try ${tries.join(' or ')}` : ''
  }\n`;
}

/** Checks mechanism ids given on the command line, listing the valid ones. */
function checkMechanismIds(kb: KnowledgeBase, ids: readonly string[]): void {
  const unknown = ids.filter((id) => !kb.mechanismById.has(id));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown mechanism ${unknown.map((u) => `"${u}"`).join(', ')}; valid ids: ${[...kb.mechanismById.keys()].join(', ')}`,
    );
}

export async function runFigure(options: Options): Promise<number> {
  const given = options.layout === undefined ? undefined : oneOf('layout', options.layout, LAYOUT_DIRECTIONS, 'TB');
  const language = oneOf<Language>('lang', options.lang, LANGUAGES, 'en');
  const sizeName =
    options.size === undefined
      ? undefined
      : oneOf<SizePreset>('size', options.size, Object.keys(SIZE_PRESETS) as SizePreset[], 'journal-180');
  if (options.step !== undefined && options.story === undefined)
    throw new UsageError('--step needs --story: the step of which story?');
  const mechanisms = options.mechanism ?? [];
  if (mechanisms.length > 0 && options.story !== undefined)
    throw new UsageError('--mechanism and --story draw different things: give one of them');
  const kb = loadCleanKnowledgeBase(options.graphs);
  checkMechanismIds(kb, mechanisms);
  const step = options.story === undefined ? null : storyStep(kb, options, language);
  const therapies = step?.therapies ?? options.therapy ?? [];
  if (therapies.length === 0 && mechanisms.length === 0)
    throw new UsageError(
      `figure needs at least one --therapy (or a --mechanism, or a --story); valid ids: ${[...kb.therapyById.keys()].join(', ')}`,
    );
  checkTherapyIds(kb, therapies);
  if (figureGraph(kb, { therapies, mechanisms }).graph.relations.length === 0)
    throw new UsageError(
      `the knowledge base has no relations for ${[...mechanisms, ...therapies].join(', ')}; there is nothing to draw`,
    );
  const size = sizeName ? SIZE_PRESETS[sizeName] : undefined;
  // A figure of a view is drawn as its curated layout file arranges it; a story step and a
  // mechanism keep the automatic layout, as the story player does.
  const direction = given ?? 'TB';
  const curated =
    step || mechanisms.length > 0 ? null : viewLayout(options.graphs, kb, viewKey(therapies, true, direction));
  if (curated?.broken.length)
    process.stderr.write(
      `layout file(s) with errors not used (run "npm run graph -- validate"): ${curated.broken.join(', ')}\n`,
    );
  if (curated?.layout)
    process.stderr.write(
      `layout: ${curated.layout.file}${curated.added.length ? ` (stale: ${curated.added.length} not in it, placed beside their neighbours: ${curated.added.join(', ')})` : ''}\n`,
    );
  const title =
    options.title ??
    (mechanisms.length > 0
      ? mechanisms.map((m) => pick(kb.mechanismById.get(m)?.title ?? { en: m, zh: m }, language)).join('; ')
      : undefined);
  const overlay = await overlayForFigure(kb, options, language);
  if (overlay) process.stderr.write(overlay.summary);
  const base = {
    ...step,
    therapies,
    mechanisms,
    language,
    ...(title !== undefined ? { title } : {}),
    ...(overlay ? { overlay: overlay.overlay } : {}),
  };
  // In print (a size in mm), a layout of its own for the page, TB and LR both tried unless
  // --layout says which; a curated layout or a story step is drawn as on screen.
  const print =
    size?.unit === 'mm' && !step && !curated?.layout
      ? printFigure(kb, { ...base, size, ...(given ? { direction: given } : {}) })
      : null;
  const figure =
    print?.figure ?? headlessFigure(kb, { ...base, direction, arrangement: curated?.layout?.arrangement ?? null });
  const svgOptions = print?.svg ?? (size ? { size } : {});
  const drawn = print?.direction ?? direction;
  const svg = writeSvg(figure, svgOptions);
  const points = printedLabelSize(figure, svgOptions);
  if (sizeName && points !== null && points < MIN_PRINT_POINTS)
    process.stderr.write(
      smallLabelWarning(
        points,
        sizeName,
        figure.frames.map((f) => f.mechanism),
      ),
    );
  if (options.out !== undefined) {
    writeOutput(options.out, svg, { graphs: options.graphs });
    process.stderr.write(
      `wrote ${options.out}: ${figure.nodes.length} entities, ${figure.edges.length} relations (${language}, ${drawn}${
        points !== null ? `, labels ${points.toFixed(1)} pt` : ''
      })\n`,
    );
  } else process.stdout.write(svg);
  return 0;
}
