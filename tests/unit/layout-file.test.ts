/**
 * Layout files (graphs/layouts/): checked against the small knowledge base, whose views
 * are known by construction (tests/fixtures/small-kb.ts), and `graph validate` on a copy
 * of graphs/ with layout files added (exit code, warnings that stay warnings).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeBasePlugin } from '../../scripts/vite-knowledge-base';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { viewNodeIds } from '../../src/cli/view-nodes';
import { viewKey } from '../../src/model/arrangement';
import { loadLayouts } from '../../src/model/layout-file';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { formatProblem } from '../../src/model/problems';
import { smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;
const nodes = viewNodeIds(kb);
const at = (x: number, y: number) => ({ x, y });
/** Therapy a draws hyp -> h1 -> s1 -> out. */
const viewA = { therapies: ['a'], withComponents: true, direction: 'TB' };
const full = { hyp: at(0, 0), h1: at(0, 100), s1: at(0, 200), out: at(0, 300) };
const file = (value: unknown, name = 'graphs/layouts/a-tb.json') => ({
  file: name,
  text: JSON.stringify(value, null, 2),
});
const check = (...files: Array<{ file: string; text: string }>) => loadLayouts(files, kb, nodes);
const lines = (...files: Array<{ file: string; text: string }>) => check(...files).problems.map(formatProblem);

describe('layout files', () => {
  it('knows the node ids of a view as the app draws them', () => {
    expect([...nodes(viewKey(['a'], true, 'TB'))].sort()).toEqual(['h1', 'hyp', 'out', 's1']);
    // In the combination's view "out" ends chains of two mechanisms: one node for each.
    expect(nodes(viewKey(['ab'], true, 'TB')).has('out@m-ab')).toBe(true);
  });

  it('accept a complete layout of a known view', () => {
    const { layouts, problems } = check(
      file({ $schema: '../schema/layout.schema.json', view: viewA, positions: full }),
    );
    expect(problems).toEqual([]);
    expect(layouts).toEqual([
      { file: 'graphs/layouts/a-tb.json', arrangement: { view: viewKey(['a'], true, 'TB'), positions: full } },
    ]);
  });

  it('warn, and still use, a stale layout that lacks entities added since', () => {
    const { hyp, h1 } = full;
    const { layouts, problems } = check(file({ view: viewA, positions: { hyp, h1 } }));
    expect(layouts).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^graphs\/layouts\/a-tb\.json:\d+:\d+: warning: \$\.positions: stale layout: 2 entities added since it was saved will be placed automatically beside their neighbours: s1, out$/,
      ),
    ]);
  });

  it('reject an unknown therapy, listing the valid ids', () => {
    expect(lines(file({ view: { ...viewA, therapies: ['zz'] }, positions: full }))).toEqual([
      expect.stringMatching(
        /a-tb\.json:\d+:\d+: error: \$\.view\.therapies\[0\]: unknown therapy "zz"; valid ids: a, b, ab$/,
      ),
    ]);
    expect(check(file({ view: { ...viewA, therapies: ['zz'] }, positions: full })).layouts).toEqual([]);
  });

  it('reject ids that are not nodes of the view, saying what was probably meant', () => {
    const out = lines(
      file({ view: viewA, positions: { ...full, h2: at(1, 1), 'out@m-a': at(2, 2), x1: at(3, 3) } }),
      file({ view: { ...viewA, therapies: ['ab'] }, positions: { out: at(0, 0) } }, 'graphs/layouts/ab-tb.json'),
    );
    expect(out.filter((l) => l.includes('error'))).toEqual([
      expect.stringMatching(
        /a-tb\.json:\d+:\d+: error: \$\.positions\.h2: "h2" is not a node of this view; did you mean "h1"/,
      ),
      expect.stringMatching(/\$\.positions\["out@m-a"\]: "out@m-a" is not a node of this view; did you mean "out"\?$/),
      expect.stringMatching(/\$\.positions\.x1: entity "x1" is not drawn in this view/),
      expect.stringMatching(
        /ab-tb\.json:\d+:\d+: error: \$\.positions\.out: "out" is drawn once per mechanism in this view; its nodes are "out@m-a", "out@m-ab"$/,
      ),
    ]);
  });

  it('reject non-finite numbers, frames and malformed ids, with line and column', () => {
    const text = JSON.stringify({ view: viewA, positions: full }, null, 2).replace('"y": 100', '"y": 1e999');
    expect(lines({ file: 'graphs/layouts/a-tb.json', text })).toEqual([
      expect.stringMatching(/a-tb\.json:16:12: error: \$\.positions\.h1\.y: expected number, received Infinity$/),
    ]);
    expect(lines(file({ view: viewA, positions: { ...full, 'frame:m-a': at(0, 0), 'S 1': at(0, 0) } }))).toEqual([
      expect.stringMatching(/\$\.positions\["frame:m-a"\]: frames are not stored/),
      expect.stringMatching(/\$\.positions\["S 1"\]: must be a node id of the diagram/),
    ]);
    expect(lines(file({ view: { ...viewA, direction: 'up' }, positions: full, extra: 1 }))).toEqual([
      expect.stringMatching(/\$\.view\.direction: is not allowed; allowed: "TB", "LR"$/),
      expect.stringMatching(/\$: unknown field "extra"$/),
    ]);
    expect(check({ file: 'x.json', text: '{"view": ' }).problems[0]).toMatchObject({ line: 1, path: '$' });
  });

  it('reject a second file for the same view, however its therapies are ordered', () => {
    const both = { therapies: ['b', 'a'], withComponents: true, direction: 'TB' };
    const first = file({ view: { ...both, therapies: ['a', 'b'] }, positions: {} }, 'graphs/layouts/one.json');
    const second = file({ view: both, positions: {} }, 'graphs/layouts/two.json');
    const { layouts, problems } = check(first, second);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      expect.stringMatching(
        /^graphs\/layouts\/two\.json:\d+:\d+: error: \$\.view: graphs\/layouts\/one\.json already holds the layout of this view \(a, b, components, TB\); keep one file per view$/,
      ),
    ]);
    expect(layouts.map((l) => l.file)).toEqual(['graphs/layouts/one.json']);
  });
});

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('graph validate with layout files', () => {
  const real = loadKnowledgeBase(readSources(findGraphFiles('graphs'))).kb;
  const tace = [...viewNodeIds(real)(viewKey(['tace'], true, 'TB'))];
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'layouts-'));
    cpSync('graphs', dir, { recursive: true });
    mkdirSync(join(dir, 'layouts'), { recursive: true });
    return dir;
  };
  const write = (dir: string, name: string, ids: string[], extra: Record<string, unknown> = {}) =>
    writeFileSync(
      join(dir, 'layouts', name),
      JSON.stringify({
        view: { therapies: ['tace'], withComponents: true, direction: 'TB' },
        positions: { ...Object.fromEntries(ids.map((id, i) => [id, at(i * 10, i * 20)])), ...extra },
      }),
    );

  it('passes a stale layout with a warning (exit 0) and fails on an unknown id (exit 1)', () => {
    const dir = copy();
    write(dir, 'tace-tb.json', tace.slice(1));
    const stale = graph('validate', '--graphs', dir);
    expect(stale.code, stale.out + stale.err).toBe(0);
    expect(stale.out).toContain(
      `warning: $.positions: stale layout: 1 entity added since it was saved will be placed automatically beside their neighbours: ${tace[0]}`,
    );
    expect(stale.out).toMatch(/1 layouts; 0 error\(s\), [1-9]\d* warning\(s\)/);

    write(dir, 'tace-tb.json', tace, { 'no-such-entity': at(0, 0) });
    const bad = graph('validate', '--graphs', dir);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(
      /layouts\/tace-tb\.json:1:\d+: error: \$\.positions\["no-such-entity"\]: .*not a node of this view/,
    );
  }, 60_000);
});

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const pluginContext = {
  addWatchFile() {},
  error(message: string) {
    throw new Error(message);
  },
};
function build(dir: string, command: 'build' | 'serve' = 'build') {
  const plugin = knowledgeBasePlugin(dir);
  (plugin.configResolved as Hook).call(pluginContext, { command });
  const code = (plugin.load as Hook).call(pluginContext, '\0virtual:knowledge-base') as string;
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
}

describe('the build-time knowledge base with layout files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-layouts-'));
  mkdirSync(join(dir, 'layouts'));
  mkdirSync(join(dir, 'stories'));
  writeFileSync(join(dir, 'small.json'), smallSources()[0].text);

  it('ships the curated layouts, stale ones too (a warning does not fail a build)', () => {
    writeFileSync(join(dir, 'layouts', 'a-tb.json'), JSON.stringify({ view: viewA, positions: { hyp: at(5, 6) } }));
    const data = build(dir);
    expect(data.layouts).toEqual([
      {
        file: expect.stringMatching(/layouts\/a-tb\.json$/),
        arrangement: { view: viewKey(['a'], true, 'TB'), positions: { hyp: at(5, 6) } },
      },
    ]);
    expect(data.problems.map((p: { severity: string }) => p.severity)).toEqual(['warning']);
  });

  it('fails a build on a layout error; the dev server passes it on and ships no layout for that file', () => {
    writeFileSync(join(dir, 'layouts', 'a-tb.json'), JSON.stringify({ view: viewA, positions: { nope: at(5, 6) } }));
    expect(() => build(dir)).toThrow(/layouts\/a-tb\.json:1:\d+: error: \$\.positions\.nope: "nope" is not a node/);
    const served = build(dir, 'serve');
    expect(served.layouts).toEqual([]);
    expect(served.problems.some((p: { severity: string }) => p.severity === 'error')).toBe(true);
  });
});
