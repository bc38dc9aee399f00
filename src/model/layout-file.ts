/**
 * Layout files (`graphs/layouts/*.json`): a curator's arrangement of one view, which the
 * app and `graph figure` then draw instead of the automatic layout. The schemas here are
 * the types of views and arrangements everywhere (./arrangement.ts imports the types
 * only, so the browser does not load zod).
 *
 * A layout file is checked against the knowledge base as it is now: the view's therapies
 * must exist, every stored id must be a node of that view, and one view has one file.
 * Entities curated after the file was saved are not an error (the app places them beside
 * their neighbours) but a warning, so the curator knows to look and save again.
 */
import { z } from 'zod';
import { COMPONENT_WORDS, FRAME_PREFIX, LAYOUT_DIRECTIONS, viewKey, viewKeyString } from './arrangement';
import type { KnowledgeBase } from './knowledge-base';
import { suggest } from './load-knowledge-base';
import { describeZodIssue, parseSource, type SourceFile } from './parse-file';
import { formatJsonPath, type PathSegment, type Problem, quote } from './problems';
import { distinct, ID_PATTERN } from './schema';

/** A diagram node's id: an entity id, or `entity@mechanism` for an outcome drawn once per mechanism. */
export const ELEMENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:@[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const ELEMENT_ID_MESSAGE =
  'must be a node id of the diagram: an entity id, or "entity@mechanism" for an outcome drawn once per mechanism';

export const PointSchema = z.strictObject({ x: z.number(), y: z.number() });

export const ViewKeySchema = z.strictObject({
  /** Therapy ids; their order does not matter (a view key sorts them). */
  therapies: distinct(z.string().regex(ID_PATTERN, 'must be a therapy id')).min(1, 'a view shows at least one therapy'),
  /** Combinations include their component therapies (the app's default). */
  withComponents: z.boolean(),
  direction: z.enum(LAYOUT_DIRECTIONS),
});

export const ArrangementSchema = z.strictObject({
  view: ViewKeySchema,
  /** Node centres in diagram units (Cytoscape model coordinates); frames are not stored. */
  positions: z.record(z.string().regex(ELEMENT_ID_PATTERN, ELEMENT_ID_MESSAGE), PointSchema),
});

export const LayoutFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** What the arrangement is for, for curators. */
  description: z.string().optional(),
  ...ArrangementSchema.shape,
});

export type Point = z.infer<typeof PointSchema>;
export type ViewKey = z.infer<typeof ViewKeySchema>;
export type Arrangement = z.infer<typeof ArrangementSchema>;
export type LayoutFile = z.infer<typeof LayoutFileSchema>;

/** A valid layout file: the arrangement it holds and where it came from. */
export interface CuratedLayout {
  file: string;
  arrangement: Arrangement;
}

export interface LayoutLoad {
  /** Files without errors, one per view. */
  layouts: CuratedLayout[];
  problems: Problem[];
}

/** The node ids of a view's diagram (frames excluded), as the app draws it. */
export type ViewNodes = (view: ViewKey) => ReadonlySet<string>;

/** How many ids a warning lists before it says how many more there are. */
const LISTED = 20;
const listIds = (ids: readonly string[]) =>
  ids.length > LISTED ? `${ids.slice(0, LISTED).join(', ')} and ${ids.length - LISTED} more` : ids.join(', ');

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key') {
    const key = String(issue.path[issue.path.length - 1] ?? '');
    if (key.startsWith(FRAME_PREFIX))
      return `frames are not stored: a frame is drawn around its members, so its place follows theirs`;
    return issue.issues[0]?.message ?? issue.message;
  }
  return describeZodIssue(issue);
}

/**
 * Why `id` is not a node of the view, with the likeliest fix: the plain id of an outcome
 * drawn once here, the per-mechanism copies of one drawn several times, or a close id.
 */
function unknownNode(id: string, nodes: ReadonlySet<string>, kb: KnowledgeBase): string {
  const [entity] = id.split('@');
  if (id.includes('@') && nodes.has(entity))
    return `${quote(id)} is not a node of this view; did you mean "${entity}"?`;
  const copies = [...nodes].filter((n) => n.startsWith(`${entity}@`));
  if (copies.length > 0)
    return `${quote(id)} is drawn once per mechanism in this view; its nodes are ${copies.map((c) => `"${c}"`).join(', ')}`;
  if (kb.entityById.has(entity))
    return `entity ${quote(entity)} is not drawn in this view: no relation of the view's therapies touches it`;
  const close = suggest(id, nodes);
  return `${quote(id)} is not a node of this view${close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''}`;
}

/** Parses layout files and checks each against the knowledge base and the view it names. */
export function loadLayouts(sources: readonly SourceFile[], kb: KnowledgeBase, viewNodes: ViewNodes): LayoutLoad {
  const problems: Problem[] = [];
  const layouts: CuratedLayout[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const json = parseSource(source);
    problems.push(...json.problems);
    // A layout is one record: any problem in its text leaves the whole file out.
    if (json.problems.length > 0) continue;
    const fileProblems: Problem[] = [];
    const report = (path: PathSegment[], message: string, severity: Problem['severity'] = 'error') =>
      fileProblems.push({ severity, file: source.file, path: formatJsonPath(path), message, ...json.locate(path) });
    const result = LayoutFileSchema.safeParse(json.value);
    if (!result.success) {
      for (const issue of result.error.issues)
        report(
          issue.path.filter((p): p is PathSegment => typeof p !== 'symbol'),
          describeIssue(issue),
        );
      problems.push(...fileProblems);
      continue;
    }
    const { view: written, positions } = result.data;
    const view = viewKey(written.therapies, written.withComponents, written.direction);
    const key = viewKeyString(view);
    const unknown = written.therapies.map((t, i) => [t, i] as const).filter(([t]) => !kb.therapyById.has(t));
    for (const [t, i] of unknown)
      report(
        ['view', 'therapies', i],
        `unknown therapy ${quote(t)}; valid ids: ${[...kb.therapyById.keys()].join(', ')}`,
      );
    const earlier = seen.get(key);
    if (earlier)
      report(
        ['view'],
        `${earlier} already holds the layout of this view (${view.therapies.join(', ')}, ${COMPONENT_WORDS[view.withComponents ? 0 : 1]}, ${view.direction}); keep one file per view`,
      );
    else seen.set(key, source.file);
    if (unknown.length === 0) {
      const nodes = viewNodes(view);
      for (const id of Object.keys(positions))
        if (!nodes.has(id)) report(['positions', id], unknownNode(id, nodes, kb));
      const added = [...nodes].filter((n) => !(n in positions));
      if (added.length > 0)
        report(
          ['positions'],
          `stale layout: ${added.length} ${added.length === 1 ? 'entity' : 'entities'} added since it was saved will be placed automatically beside their neighbours: ${listIds(added)}`,
          'warning',
        );
    }
    problems.push(...fileProblems);
    if (!fileProblems.some((p) => p.severity === 'error'))
      layouts.push({ file: source.file, arrangement: { view, positions } });
  }
  return { layouts, problems };
}
