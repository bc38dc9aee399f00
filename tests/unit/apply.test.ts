/**
 * The changes `src/view/apply.ts` makes to a live Cytoscape instance, on a small headless
 * instance per test (as cytoscape.js's own tests build theirs): each function must leave
 * the instance in the wanted state and touch only the elements whose state changes, since
 * every restyled element costs a style pass on large graphs.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyElements, applyHighlight, applyVisibility } from '../../src/view/apply';
import type { Highlight } from '../../src/view/CytoscapeView';
import { stylesheet } from '../../src/view/stylesheet';

/** Two mechanism frames; `out` is an outcome repeated in each (`out@m1`, `out@m2`). */
const frame = (mechanism: string): ElementDefinition => ({
  group: 'nodes',
  data: { id: `frame:${mechanism}`, frame: mechanism, label: mechanism.toUpperCase() },
  classes: 'frame',
});
const entity = (id: string, parent: string, extra: Record<string, unknown> = {}): ElementDefinition => ({
  group: 'nodes',
  data: { id, entity: id, parent, label: id, therapies: ['tace'], ...extra },
});
const repeated = (entityId: string, mechanism: string): ElementDefinition => ({
  group: 'nodes',
  data: { id: `${entityId}@${mechanism}`, entity: entityId, mechanism, parent: `frame:${mechanism}`, label: entityId },
});
const relation = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, relation: id, source, target, site: '' },
});
const link = (a: string, b: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `link:${a}|${b}`, source: a, target: b },
  classes: 'link',
});

const base = (): ElementDefinition[] => [
  frame('m1'),
  frame('m2'),
  entity('a', 'frame:m1'),
  entity('b', 'frame:m1'),
  entity('c', 'frame:m2'),
  repeated('out', 'm1'),
  repeated('out', 'm2'),
  relation('r1', 'a', 'b'),
  relation('r2', 'b', 'out@m1'),
  relation('r3', 'c', 'out@m2'),
  link('frame:m1', 'frame:m2'),
];

let cy: Core | null = null;
function instance(elements: ElementDefinition[] = base()): Core {
  cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
  applyElements(cy, elements);
  return cy;
}
afterEach(() => {
  cy?.destroy();
  cy = null;
});

/** Counts the `data` and `class` events the instance emits from now on, by element id. */
function record(core: Core) {
  const data: string[] = [];
  const classes: string[] = [];
  core.on('data', (e) => data.push(e.target.id()));
  core.on('class', (e) => classes.push(e.target.id()));
  return { data, classes };
}

const ids = (core: Core, selector: string) =>
  core
    .$(selector)
    .map((e) => e.id())
    .sort();

const highlight = (parts: Partial<Highlight>): Highlight => ({
  focusNodes: new Set(),
  focusRelations: new Set(),
  nodes: new Set(),
  relations: new Set(),
  pathNodes: new Set(),
  pathRelations: new Set(),
  ...parts,
});

describe('applyElements', () => {
  it('makes the instance hold exactly the wanted elements, adding and removing by id', () => {
    const core = instance();
    const next = base().filter((e) => e.data.id !== 'r1' && e.data.id !== 'a');
    next.push(entity('d', 'frame:m2'), relation('r4', 'c', 'd'));
    applyElements(core, next);
    expect(ids(core, '*')).toEqual(next.map((e) => String(e.data.id)).sort());
    expect(
      core
        .getElementById('d')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['frame:m2']);
  });

  it('replaces an edge whose ends change, and keeps one whose ends stay', () => {
    const core = instance();
    const r1 = core.getElementById('r1');
    const r2 = core.getElementById('r2');
    applyElements(
      core,
      base().map((e) => (e.data.id === 'r1' ? relation('r1', 'a', 'c') : e)),
    );
    expect(r1.removed()).toBe(true);
    const now = core.getElementById('r1');
    expect(now.same(r1)).toBe(false);
    expect([now.source().id(), now.target().id()]).toEqual(['a', 'c']);
    // The other edges are the same objects as before.
    expect(r2.removed()).toBe(false);
    expect(core.getElementById('r2').same(r2)).toBe(true);
  });

  it('does not rewrite unchanged data or classes, even when arrays are new objects with the same items', () => {
    const core = instance();
    const seen = record(core);
    // Cytoscape emits no event for classes set to what they were, but the call still costs:
    // count the calls that set classes (with an argument), on every collection.
    const setClasses = vi.spyOn(Object.getPrototypeOf(core.collection()), 'classes');
    // A fresh copy of every definition: equal content, no shared objects.
    applyElements(core, structuredClone(base()));
    const sets = setClasses.mock.calls.filter((args) => args.length > 0).length;
    setClasses.mockRestore();
    expect(seen.data).toEqual([]);
    expect(seen.classes).toEqual([]);
    expect(sets).toBe(0);
  });

  it('rewrites the data of only the element that changed', () => {
    const core = instance();
    const seen = record(core);
    applyElements(
      core,
      base().map((e) =>
        e.data.id === 'a' ? entity('a', 'frame:m1', { label: 'A!', therapies: ['tace', 'haic'] }) : e,
      ),
    );
    expect(seen.data).toEqual(['a']);
    expect(core.getElementById('a').data('label')).toBe('A!');
    expect(core.getElementById('a').data('therapies')).toEqual(['tace', 'haic']);
  });

  it('sets the classes only where they differ', () => {
    const core = instance();
    const seen = record(core);
    applyElements(
      core,
      base().map((e) => (e.data.id === 'b' ? { ...e, classes: 'hub' } : e)),
    );
    expect(seen.classes).toEqual(['b']);
    expect(core.getElementById('b').classes()).toEqual(['hub']);
  });

  it('moves a node out of a frame that goes into a frame that comes, without losing it', () => {
    const core = instance();
    // m1 is gone, m3 is new: `a` moves into m3 before m1 (a compound, which would take its
    // children with it) is removed.
    const next = [frame('m2'), frame('m3'), entity('a', 'frame:m3'), entity('c', 'frame:m2'), relation('r5', 'a', 'c')];
    applyElements(core, next);
    expect(ids(core, '*')).toEqual(['a', 'c', 'frame:m2', 'frame:m3', 'r5']);
    expect(
      core
        .getElementById('a')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['frame:m3']);
    expect(core.getElementById('a').data('label')).toBe('a');
    expect(core.getElementById('r5').source().id()).toBe('a');
  });

  it('with positions, puts new nodes in place and moves the nodes that stay', () => {
    const core = instance();
    const positions = new Map([
      ['a', { x: 10, y: 20 }],
      ['b', { x: 30, y: 40 }],
      ['d', { x: -5, y: 7 }],
    ]);
    const added: Array<{ id: string; x: number; y: number }> = [];
    core.on('add', 'node', (e) => added.push({ id: e.target.id(), ...e.target.position() }));
    applyElements(core, [...base(), entity('d', 'frame:m2')], positions);
    expect(core.getElementById('a').position()).toEqual({ x: 10, y: 20 });
    expect(core.getElementById('b').position()).toEqual({ x: 30, y: 40 });
    // The new node is never at the origin: it is added where it belongs.
    expect(added).toEqual([{ id: 'd', x: -5, y: 7 }]);
    // Nodes without a position keep theirs.
    expect(core.getElementById('c').position()).toEqual({ x: 0, y: 0 });
  });
});

describe('applyVisibility', () => {
  it('shows an edge when its relation is visible and a node when its entity is', () => {
    const core = instance();
    applyVisibility(core, new Set(['a', 'b', 'c', 'out']), new Set(['r1', 'r2']));
    expect(ids(core, '.hidden')).toEqual(['out@m2', 'r3']);
    expect(core.getElementById('r3').visible()).toBe(false);
    applyVisibility(core, new Set(['b', 'c', 'out']), new Set(['r2', 'r3']));
    expect(ids(core, '.hidden')).toEqual(['a', 'r1']);
  });

  it('hides a repeated outcome with its edges, though its entity is visible', () => {
    const core = instance();
    applyVisibility(core, new Set(['a', 'b', 'c', 'out']), new Set(['r1', 'r2']));
    expect(core.getElementById('out@m1').hasClass('hidden')).toBe(false);
    expect(core.getElementById('out@m2').hasClass('hidden')).toBe(true);
    applyVisibility(core, new Set(['a', 'b', 'c', 'out']), new Set(['r3']));
    expect(core.getElementById('out@m1').hasClass('hidden')).toBe(true);
    expect(core.getElementById('out@m2').hasClass('hidden')).toBe(false);
    // An entity that is filtered out hides every copy, whatever its edges.
    applyVisibility(core, new Set(['a', 'b', 'c']), new Set(['r1', 'r2', 'r3']));
    expect(ids(core, '[mechanism].hidden')).toEqual(['out@m1', 'out@m2']);
  });

  it('shows a frame while any of its entities shows, and a link while both its frames do', () => {
    const core = instance();
    applyVisibility(core, new Set(['a', 'b']), new Set(['r1']));
    expect(core.getElementById('frame:m1').hasClass('hidden')).toBe(false);
    expect(core.getElementById('frame:m2').hasClass('hidden')).toBe(true);
    expect(core.getElementById('link:frame:m1|frame:m2').hasClass('hidden')).toBe(true);
    applyVisibility(core, new Set(['a', 'c']), new Set());
    expect(ids(core, '.frame.hidden')).toEqual([]);
    expect(core.getElementById('link:frame:m1|frame:m2').hasClass('hidden')).toBe(false);
  });

  it('counts what a closed frame stands for and says how many show', () => {
    const closed: ElementDefinition = {
      group: 'nodes',
      data: { id: 'frame:m9', frame: 'm9', closedTitle: 'M 9', label: 'M 9\n(3)', members: ['x', 'y', 'z'] },
      classes: 'frame closed',
    };
    const core = instance([closed]);
    applyVisibility(core, new Set(['x', 'z']), new Set());
    expect(core.getElementById('frame:m9').data('label')).toBe('M 9\n(2)');
    expect(core.getElementById('frame:m9').hasClass('hidden')).toBe(false);
    applyVisibility(core, new Set(['q']), new Set());
    expect(core.getElementById('frame:m9').hasClass('hidden')).toBe(true);
  });

  it('leaves positions alone and changes nothing when nothing changes', () => {
    const positions = new Map([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 3, y: 4 }],
      ['c', { x: 5, y: 6 }],
    ]);
    const core = instance();
    applyElements(core, base(), positions);
    const visible = new Set(['a', 'b', 'c', 'out']);
    applyVisibility(core, visible, new Set(['r1']));
    const seen = record(core);
    applyVisibility(core, new Set(visible), new Set(['r1']));
    expect(seen.classes).toEqual([]);
    expect(seen.data).toEqual([]);
    expect(core.getElementById('a').position()).toEqual({ x: 1, y: 2 });
    expect(core.getElementById('c').position()).toEqual({ x: 5, y: 6 });
  });
});

describe('applyHighlight', () => {
  const selectB = highlight({
    focusNodes: new Set(['b']),
    nodes: new Set(['a', 'b', 'out']),
    relations: new Set(['r1', 'r2']),
  });

  it('marks the focus and its neighbours and fades the rest, one class per element', () => {
    const core = instance();
    applyHighlight(core, selectB);
    expect(ids(core, '.focus')).toEqual(['b']);
    // Both copies of a repeated outcome follow their entity.
    expect(ids(core, '.neighbour')).toEqual(['a', 'out@m1', 'out@m2', 'r1', 'r2']);
    expect(ids(core, '.faded')).toEqual(['c', 'link:frame:m1|frame:m2', 'r3']);
    const classes = ['focus', 'neighbour', 'faded', 'quiet', 'path-node', 'path-edge'];
    core.elements('[entity], [relation]').forEach((e) => {
      expect(
        classes.filter((c) => e.hasClass(c)),
        e.id(),
      ).toHaveLength(1);
    });
  });

  it('never fades a frame, and outlines the chosen mechanism’s', () => {
    const core = instance();
    applyHighlight(core, { ...selectB, focusFrames: new Set(['m2']) });
    expect(ids(core, '.frame.faded, .frame.quiet, .frame.neighbour')).toEqual([]);
    expect(ids(core, '.frame.focus')).toEqual(['frame:m2']);
  });

  it('draws paths with their own classes', () => {
    const core = instance();
    applyHighlight(core, highlight({ pathNodes: new Set(['a', 'b']), pathRelations: new Set(['r1']) }));
    expect(ids(core, '.path-node')).toEqual(['a', 'b']);
    expect(ids(core, '.path-edge')).toEqual(['r1']);
    expect(ids(core, '.faded')).toContain('c');
  });

  it('keeps the rest quiet rather than faded in teaching mode', () => {
    const core = instance();
    applyHighlight(core, highlight({ focusNodes: new Set(['c']), focusRelations: new Set(['r3']), quietOthers: true }));
    expect(ids(core, '.focus')).toEqual(['c', 'r3']);
    expect(ids(core, '.faded')).toEqual([]);
    expect(ids(core, '.quiet')).toContain('a');
    expect(ids(core, '.quiet')).toContain('r1');
  });

  it('does not fade (or quieten) the rest of a large graph', () => {
    const core = instance();
    applyHighlight(core, selectB, false);
    expect(ids(core, '.focus')).toEqual(['b']);
    expect(ids(core, '.neighbour')).toEqual(['a', 'out@m1', 'out@m2', 'r1', 'r2']);
    expect(ids(core, '.faded, .quiet')).toEqual([]);
    applyHighlight(core, { ...selectB, quietOthers: true }, false);
    expect(ids(core, '.faded, .quiet')).toEqual([]);
  });

  it('clears every highlight class when there is no highlight', () => {
    const core = instance();
    applyHighlight(core, { ...selectB, focusFrames: new Set(['m1']) });
    applyHighlight(core, null);
    expect(ids(core, '.focus, .neighbour, .faded, .quiet, .path-node, .path-edge')).toEqual([]);
  });

  it('changes only the elements whose highlight differs', () => {
    const core = instance();
    applyHighlight(core, selectB);
    const seen = record(core);
    applyHighlight(core, selectB);
    expect(seen.classes).toEqual([]);
    // Selecting `a` instead: `a` becomes the focus, `b` a neighbour, `r2` and `out@…` fade;
    // `c`, `r3` and the link stay faded and are not touched.
    applyHighlight(
      core,
      highlight({ focusNodes: new Set(['a']), nodes: new Set(['a', 'b']), relations: new Set(['r1']) }),
    );
    expect([...new Set(seen.classes)].sort()).toEqual(['a', 'b', 'out@m1', 'out@m2', 'r2']);
  });
});
