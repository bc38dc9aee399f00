/**
 * Teaching stories: an ordered list of steps over the knowledge base. Each step reveals
 * entities and relations (earlier steps stay visible, quieter), has a caption in both
 * languages and cites references. Stories are data in graphs/stories/, validated like
 * graph files: unknown ids are errors with file and path.
 */
import { z } from 'zod';
import type { KnowledgeBase } from './knowledge-base';
import { describeZodIssue, type ParsedJson, parseSource, type SourceFile } from './parse-file';
import { formatJsonPath, type PathSegment, type Problem, quote } from './problems';
import { BilingualSchema, checkCitation, distinct, ID_PATTERN } from './schema';
import { CITATION_STATES } from './vocabulary';

const id = z.string().regex(ID_PATTERN, 'must be lower-case letters and digits joined by single hyphens');

export const StoryStepSchema = z
  .strictObject({
    caption: BilingualSchema,
    /** Entities and relations that appear at this step (relations bring their two ends). */
    reveal: z.strictObject({
      entities: distinct(id).default([]),
      relations: distinct(id).default([]),
    }),
    /** Already-visible items to emphasise again at this step. */
    highlight: z
      .strictObject({
        entities: distinct(id).default([]),
        relations: distinct(id).default([]),
      })
      .optional(),
    /** The numbers the review prints for the sentences the caption retells; empty only when uncited. */
    references: distinct(z.number().int().positive()).default([]),
    /** `"uncited"` where the review prints no reference for what the step says. */
    citation: z.enum(CITATION_STATES).optional(),
  })
  .superRefine(checkCitation);

export const StorySchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: BilingualSchema,
  summary: BilingualSchema.optional(),
  /** The therapies whose colours the story uses. */
  therapies: distinct(id).min(1),
  mechanisms: distinct(id).default([]),
  steps: z.array(StoryStepSchema).min(1, 'a story needs at least one step'),
});

export type StoryStep = z.infer<typeof StoryStepSchema>;
export type Story = z.infer<typeof StorySchema>;

export interface StoryLoad {
  stories: Story[];
  problems: Problem[];
}

/**
 * One story file read and checked against the story schema: what needs no knowledge base,
 * so a caller validating many knowledge bases against one set of stories reads them once.
 */
export interface StoryFile {
  file: string;
  story?: Story;
  problems: Problem[];
  locate: ParsedJson['locate'];
}

export function readStory(source: SourceFile): StoryFile {
  const json = parseSource(source);
  const problems = [...json.problems];
  // A story is one record: any problem in its text leaves the whole file out.
  if (json.problems.length > 0) return { file: source.file, problems, locate: json.locate };
  const result = StorySchema.safeParse(json.value);
  if (result.success) return { file: source.file, story: result.data, problems, locate: json.locate };
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    problems.push({
      severity: 'error',
      file: source.file,
      path: formatJsonPath(path),
      message: describeZodIssue(issue),
      ...json.locate(path),
    });
  }
  return { file: source.file, problems, locate: json.locate };
}

/** Parses story files and checks every id against the knowledge base. */
export function loadStories(sources: readonly SourceFile[], kb: KnowledgeBase): StoryLoad {
  return checkStories(sources.map(readStory), kb);
}

/** Checks stories already read against the knowledge base. */
export function checkStories(files: readonly StoryFile[], kb: KnowledgeBase): StoryLoad {
  const problems: Problem[] = [];
  const stories: Story[] = [];
  const seen = new Map<string, string>();
  for (const read of files) {
    problems.push(...read.problems);
    if (!read.story) continue;
    const source = read;
    const locate = read.locate;
    const report = (path: PathSegment[], message: string) =>
      problems.push({ severity: 'error', file: source.file, path: formatJsonPath(path), message, ...locate(path) });
    const story = read.story;
    const earlier = seen.get(story.id);
    if (earlier) report(['id'], `duplicate story id ${quote(story.id)}: already used by ${earlier}`);
    seen.set(story.id, source.file);
    story.therapies.forEach((t, i) => {
      if (!kb.therapyById.has(t))
        report(['therapies', i], `unknown therapy ${quote(t)}; known: ${[...kb.therapyById.keys()].join(', ')}`);
    });
    story.mechanisms.forEach((m, i) => {
      if (!kb.mechanismById.has(m)) report(['mechanisms', i], `unknown mechanism ${quote(m)}`);
    });
    story.steps.forEach((step, s) => {
      const checkRefs = (numbers: number[], path: PathSegment[]) =>
        numbers.forEach((n, i) => {
          if (!kb.referenceByNumber.has(n)) report([...path, i], `reference [${n}] is not in the reference list`);
        });
      for (const part of ['reveal', 'highlight'] as const) {
        const items = step[part];
        if (!items) continue;
        items.entities.forEach((e, i) => {
          if (!kb.entityById.has(e)) report(['steps', s, part, 'entities', i], `unknown entity ${quote(e)}`);
        });
        items.relations.forEach((r, i) => {
          if (!kb.relationById.has(r)) report(['steps', s, part, 'relations', i], `unknown relation ${quote(r)}`);
        });
      }
      if (
        step.reveal.entities.length +
          step.reveal.relations.length +
          (step.highlight?.entities.length ?? 0) +
          (step.highlight?.relations.length ?? 0) ===
        0
      ) {
        report(['steps', s], 'a step must reveal or highlight at least one entity or relation');
      }
      checkRefs(step.references, ['steps', s, 'references']);
      checkStepCitation(kb, step, (path, message) => report(['steps', s, ...path], message));
    });
    stories.push(story);
  }
  return { stories, problems };
}

/**
 * A caption retells the relations its step shows, so it cites what they cite and nothing
 * else: a number none of them carries was borrowed from elsewhere, and a step marked
 * uncited while the relations it reveals cite the review would hide their sources.
 */
function checkStepCitation(kb: KnowledgeBase, step: StoryStep, report: (path: PathSegment[], message: string) => void) {
  const revealed = step.reveal.relations.flatMap((id) => kb.relationById.get(id) ?? []);
  const shown = [...revealed, ...(step.highlight?.relations ?? []).flatMap((id) => kb.relationById.get(id) ?? [])];
  if (shown.length === 0) return;
  const cited = new Set(shown.flatMap((r) => r.references));
  const list = (ns: Iterable<number>) => [...ns].sort((a, b) => a - b).join(', ');
  step.references.forEach((n, i) => {
    if (!cited.has(n)) {
      report(
        ['references', i],
        `the step cites [${n}], which none of the relations it shows cites (${cited.size > 0 ? `they cite ${list(cited)}` : 'they are all uncited'}); cite what the review cites for the sentences the caption retells`,
      );
    }
  });
  const revealedCited = new Set(revealed.flatMap((r) => r.references));
  if (step.citation === 'uncited' && revealedCited.size > 0) {
    report(['citation'], `the step is marked uncited, but the relations it reveals cite ${list(revealedCited)}`);
  }
}

export { type StepState, storyStepState } from './story-state';
