/**
 * `graph figure` draws a view as its layout file in graphs/layouts/ arranges it, says which
 * file it used, and still draws (beside their neighbours) entities the file does not know.
 * Runs the command on a copy of graphs/ and reads node centres off the SVG (each node's
 * label is centred on it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { viewNodeIds } from '../../src/cli/view-nodes';
import { layoutFileText, type Point, viewKey } from '../../src/model/arrangement';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Node id (as the SVG writes it) → the centre of its first label line. */
function labelCentres(svg: string): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const m of svg.matchAll(/<g id="node-([^"]+)"[^>]*>.*?<tspan x="([-\d.]+)" y="([-\d.]+)"/gs))
    out.set(m[1], { x: Number(m[2]), y: Number(m[3]) });
  return out;
}
/** The SVG writes `entity@mechanism` ids with "_" for "@". */
const svgId = (id: string) => id.replace('@', '_');

describe('graph figure with a layout file', () => {
  const kb = loadKnowledgeBase(readSources(findGraphFiles('graphs'))).kb;
  const view = viewKey(['haic'], true, 'TB');
  const ids = [...viewNodeIds(kb)(view)];
  const moved = ids[1];
  const dir = mkdtempSync(join(tmpdir(), 'layout-figure-'));
  cpSync('graphs', dir, { recursive: true });
  mkdirSync(join(dir, 'layouts'), { recursive: true });
  const file = join(dir, 'layouts', 'haic-tb.json');
  /** Every node in one column 100 units apart, `moved` 3000 units to the right of the column's top. */
  const column = (leaveOut?: string) => {
    const positions: Record<string, Point> = {};
    ids.forEach((id, i) => {
      if (id !== leaveOut) positions[id] = { x: 0, y: i * 100 };
    });
    positions[moved] = { x: 3000, y: 0 };
    return positions;
  };
  const figure = () => {
    // Outside the knowledge base folder: `--out` refuses a path inside `--graphs`.
    const out = join(mkdtempSync(join(tmpdir(), 'layout-figure-out-')), 'haic.svg');
    const r = graph('figure', '--therapy', 'haic', '--graphs', dir, '--out', out);
    expect(r.code, r.err).toBe(0);
    return { err: r.err, centres: labelCentres(readFileSync(out, 'utf8')) };
  };

  it('draws the nodes where the file puts them and names the file on stderr', () => {
    writeFileSync(file, layoutFileText({ view, positions: column() }));
    const { err, centres } = figure();
    expect(err).toMatch(/^layout: .*layouts\/haic-tb\.json\n/m);
    expect(centres.size).toBe(ids.length);
    const top = centres.get(svgId(ids[0])) as Point;
    const far = centres.get(svgId(moved)) as Point;
    expect(far.x - top.x).toBeCloseTo(3000, 0);
    for (const id of ids.slice(2)) expect((centres.get(svgId(id)) as Point).x).toBeCloseTo(top.x, 0);
  }, 60_000);

  it('draws an entity a stale file lacks, beside its neighbours, and says so', () => {
    const added = ids[ids.length - 1];
    writeFileSync(file, layoutFileText({ view, positions: column(added) }));
    const { err, centres } = figure();
    expect(err).toContain(`stale: 1 not in it, placed beside their neighbours: ${added}`);
    const at = centres.get(svgId(added)) as Point;
    expect(at).toBeDefined();
    // Its neighbours sit in the column; it lands near them, not at its automatic place.
    const neighbours = kb.relations
      .filter((r) => r.source === added.split('@')[0] || r.target === added.split('@')[0])
      .flatMap((r) => [r.source, r.target]);
    const near = ids
      .filter((id) => id !== added && neighbours.includes(id.split('@')[0]))
      .map((id) => centres.get(svgId(id)) as Point);
    expect(near.length).toBeGreaterThan(0);
    expect(Math.min(...near.map((p) => Math.hypot(p.x - at.x, p.y - at.y)))).toBeLessThan(400);
    for (const [id, p] of centres)
      if (id !== svgId(added)) expect(Math.abs(p.x - at.x) > 20 || Math.abs(p.y - at.y) > 20, id).toBe(true);
  }, 60_000);

  it('does without a layout file with errors, and says so', () => {
    writeFileSync(file, JSON.stringify({ view, positions: { 'not-a-node': { x: 0, y: 0 } } }));
    const { err } = figure();
    expect(err).toMatch(/layout file\(s\) with errors not used .*haic-tb\.json/);
    expect(err).not.toMatch(/^layout: /m);
  }, 60_000);
});
