/**
 * `graph figure`: the app's figure, regenerated from a script. Lays the therapies' graph
 * out headlessly with the app's layout settings and writes the same SVG as the Export
 * menu (at its natural size, 1 unit = 1 px, unless --size names a preset). With --story,
 * one step of a teaching story, drawn as the story player's step export draws it.
 */
import { SIZE_PRESETS, type SizePreset, writeSvg } from '../export/svg-writer';
import { viewKey } from '../model/arrangement';
import type { KnowledgeBase } from '../model/knowledge-base';
import { countErrors } from '../model/problems';
import { filterGraph } from '../model/query';
import { loadStories } from '../model/story';
import { storyStepState } from '../model/story-state';
import { citationMarks, pick } from '../model/text';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { type HeadlessFigureOptions, headlessFigure } from './figure-layout';
import { findStoryFiles, readSources, UsageError, writeAtomically } from './files';
import { checkTherapyIds, loadCleanKnowledgeBase } from './load';
import type { Options } from './main';
import { viewLayout } from './view-nodes';

export const LAYOUTS = ['TB', 'LR'] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

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
    caption: `${pick(caption.caption, language)} ${citationMarks(caption.references)}`.trim(),
  };
}

export function runFigure(options: Options): number {
  const direction = oneOf('layout', options.layout, LAYOUTS, 'TB');
  const language = oneOf<Language>('lang', options.lang, LANGUAGES, 'en');
  const sizeName =
    options.size === undefined
      ? undefined
      : oneOf<SizePreset>('size', options.size, Object.keys(SIZE_PRESETS) as SizePreset[], 'journal-180');
  if (options.step !== undefined && options.story === undefined)
    throw new UsageError('--step needs --story: the step of which story?');
  const kb = loadCleanKnowledgeBase(options.graphs);
  const step = options.story === undefined ? null : storyStep(kb, options, language);
  const therapies = step?.therapies ?? options.therapy ?? [];
  if (therapies.length === 0)
    throw new UsageError(
      `figure needs at least one --therapy (or a --story); valid ids: ${[...kb.therapyById.keys()].join(', ')}`,
    );
  checkTherapyIds(kb, therapies);
  if (filterGraph(kb, { therapies, withComponents: true }).relations.length === 0)
    throw new UsageError(`the knowledge base has no relations for ${therapies.join(', ')}; there is nothing to draw`);
  // A figure of a view is drawn as its curated layout file arranges it; a story step keeps
  // the automatic layout, as the story player does.
  const curated = step ? null : viewLayout(options.graphs, kb, viewKey(therapies, true, direction));
  if (curated?.broken.length)
    process.stderr.write(
      `layout file(s) with errors not used (run "npm run graph -- validate"): ${curated.broken.join(', ')}\n`,
    );
  if (curated?.layout)
    process.stderr.write(
      `layout: ${curated.layout.file}${curated.added.length ? ` (stale: ${curated.added.length} not in it, placed beside their neighbours: ${curated.added.join(', ')})` : ''}\n`,
    );
  const figure = headlessFigure(kb, {
    ...step,
    therapies,
    direction,
    language,
    arrangement: curated?.layout?.arrangement ?? null,
    ...(options.title !== undefined ? { title: options.title } : {}),
  });
  const svg = writeSvg(figure, sizeName ? { size: SIZE_PRESETS[sizeName] } : {});
  if (options.out) {
    writeAtomically(options.out, svg);
    process.stderr.write(
      `wrote ${options.out}: ${figure.nodes.length} entities, ${figure.edges.length} relations (${language}, ${direction})\n`,
    );
  } else process.stdout.write(svg);
  return 0;
}
