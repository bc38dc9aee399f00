import { describe, expect, it } from 'vitest';
import {
  type Arrangement,
  arrange,
  arrangementOf,
  asArrangement,
  layoutFileName,
  layoutFileText,
  type Point,
  parseViewKey,
  THERAPY_ID_PATTERN,
  viewKey,
  viewKeyString,
} from '../../src/model/arrangement';
import { LayoutFileSchema } from '../../src/model/layout-file';
import { ID_PATTERN } from '../../src/model/schema';

const view = viewKey(['tace'], true, 'TB');
const map = (entries: Record<string, Point>) => new Map(Object.entries(entries));
/** A chain a - b - c, and d on its own. */
const edges: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: ['b'], d: [] };
const neighbours = (id: string) => edges[id] ?? [];
const size = () => ({ width: 100, height: 40 });
const overlap = (p: Point, q: Point, w = 100, h = 40) => Math.abs(p.x - q.x) < w && Math.abs(p.y - q.y) < h;

describe('arrange', () => {
  const auto = map({ a: { x: 0, y: 0 }, b: { x: 0, y: 100 }, c: { x: 0, y: 200 }, d: { x: 300, y: 0 } });

  it('is the automatic layout when nothing is saved', () => {
    const out = arrange(auto, null, neighbours, { size });
    expect(Object.fromEntries(out.positions)).toEqual(Object.fromEntries(auto));
    expect(out).toMatchObject({ placedBeside: [], missing: [] });
  });

  it('draws saved positions where they were saved', () => {
    const saved: Arrangement = {
      view,
      positions: { a: { x: 500, y: 500 }, b: { x: 520, y: 600 }, c: { x: -40, y: 7 }, d: { x: 1, y: 2 } },
    };
    const out = arrange(auto, saved, neighbours, { size });
    expect(Object.fromEntries(out.positions)).toEqual(saved.positions);
    expect(out.placedBeside).toEqual([]);
  });

  it('places a node the arrangement does not know beside its placed neighbour, overlapping nothing', () => {
    const saved: Arrangement = {
      view,
      positions: { a: { x: 500, y: 500 }, b: { x: 500, y: 600 }, d: { x: 610, y: 600 } },
    };
    const out = arrange(auto, saved, neighbours, { size, gap: 10 });
    expect(out.placedBeside).toEqual(['c']);
    const c = out.positions.get('c') as Point;
    // Beside b (its only neighbour), not at its automatic (0, 200) far away.
    expect(Math.hypot(c.x - 500, c.y - 600)).toBeLessThan(200);
    for (const other of ['a', 'b', 'd']) expect(overlap(c, out.positions.get(other) as Point), other).toBe(false);
    // The saved ones did not move.
    expect(out.positions.get('d')).toEqual({ x: 610, y: 600 });
  });

  it('grows a new chain from where it attaches, and keeps the automatic place of a node with no placed neighbour', () => {
    const saved: Arrangement = { view, positions: { a: { x: 1000, y: 1000 } } };
    const out = arrange(auto, saved, neighbours, { size });
    expect(out.placedBeside).toEqual(['b', 'c']);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => out.positions.get(id) as Point);
    expect(overlap(a, b)).toBe(false);
    expect(overlap(b, c)).toBe(false);
    expect(overlap(a, c)).toBe(false);
    expect(Math.hypot(c.x - 1000, c.y - 1000)).toBeLessThan(400);
    expect(out.positions.get('d')).toEqual({ x: 300, y: 0 });
  });

  it('reports saved ids that are no longer nodes, and never stores or returns frames', () => {
    const saved: Arrangement = {
      view,
      positions: { a: { x: 1, y: 1 }, gone: { x: 5, y: 5 }, 'frame:m1': { x: 9, y: 9 } },
    };
    const withFrame = new Map([...auto, ['frame:m1', { x: 0, y: 0 }]]);
    const out = arrange(withFrame, saved, neighbours, { size });
    expect(out.missing).toEqual(['gone']);
    expect(out.positions.has('frame:m1')).toBe(false);
    expect(Object.keys(arrangementOf(view, withFrame).positions)).not.toContain('frame:m1');
  });
});

describe('view keys', () => {
  it('sort the therapies, so one view has one key', () => {
    expect(viewKeyString(viewKey(['tace'], true, 'TB'))).toBe('tace|components|TB');
    expect(viewKeyString({ therapies: ['tace', 'haic', 'tace'], withComponents: false, direction: 'LR' })).toBe(
      'haic,tace|alone|LR',
    );
  });

  it.each([
    viewKey(['tace'], true, 'TB'),
    viewKey(['tki-pd1', 'haic'], false, 'LR'),
    viewKey(['a', 'b', 'c'], true, 'LR'),
  ])('round-trip %j', (key) => {
    expect(parseViewKey(viewKeyString(key))).toEqual({ ok: true, view: key });
  });

  it.each([
    [42, /is a string, not number/],
    ['tace|components', /three parts separated by "\|"/],
    ['tace|components|TB|x', /three parts/],
    ['|components|TB', /names no therapy/],
    ['TACE|components|TB', /"TACE" .* is not a therapy id/],
    ['tace,,haic|components|TB', /"" .* is not a therapy id/],
    ['tace,haic|components|TB', /sorted and listed once: "haic,tace", not "tace,haic"/],
    ['tace,tace|components|TB', /sorted and listed once: "tace"/],
    ['tace|with|TB', /middle part .* "components" or "alone" \(got "with"\)/],
    ['tace|components|tb', /last part of a view key is TB or LR \(got "tb"\)/],
  ])('reject %j', (text, message) => {
    const parsed = parseViewKey(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('check therapy ids as the schema does', () => {
    expect(THERAPY_ID_PATTERN.source).toBe(ID_PATTERN.source);
  });
});

describe('stored and saved arrangements', () => {
  it('read back only an arrangement of the asked view with finite positions', () => {
    const good = { view, positions: { a: { x: 1, y: 2 } } };
    expect(asArrangement(good, view)).toEqual(good);
    expect(asArrangement(good, viewKey(['tace'], true, 'LR'))).toBeNull();
    expect(asArrangement({ view, positions: { a: { x: Number.NaN, y: 2 } } }, view)).toBeNull();
    expect(asArrangement({ view, positions: [] }, view)).toBeNull();
    expect(asArrangement('nonsense', view)).toBeNull();
    expect(asArrangement(undefined, view)).toBeNull();
  });

  it('write a layout file the schema accepts, sorted and rounded, without frames', () => {
    const text = layoutFileText({
      view: { therapies: ['tace', 'haic'], withComponents: true, direction: 'LR' },
      positions: { z: { x: 1.234, y: -5.06 }, a: { x: 10, y: 20 }, 'frame:m': { x: 0, y: 0 } },
    });
    const file = LayoutFileSchema.parse(JSON.parse(text));
    expect(file.$schema).toBe('../schema/layout.schema.json');
    expect(file.view.therapies).toEqual(['haic', 'tace']);
    expect(Object.keys(file.positions)).toEqual(['a', 'z']);
    expect(file.positions.z).toEqual({ x: 1.2, y: -5.1 });
    expect(layoutFileName(file.view)).toBe('haic+tace-lr.json');
    expect(layoutFileName(viewKey(['tace'], false, 'TB'))).toBe('tace-alone-tb.json');
  });
});
