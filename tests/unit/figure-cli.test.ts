/**
 * `graph figure`: the figure of every therapy, in English and Chinese, written to disk the
 * way the command writes it, must pass `xmllint --noout` and render with `rsvg-convert`
 * (the checks CI runs; skipped with a message where those tools are not installed). The
 * command's own arguments are checked by running it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlessFigure } from '../../src/cli/figure-layout';
import { findGraphFiles, readSources, writeAtomically } from '../../src/cli/files';
import { figureName } from '../../src/export/file-name';
import { writeSvg } from '../../src/export/svg-writer';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { filterGraph } from '../../src/model/query';

function has(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
}

const XMLLINT = has('xmllint');
const RSVG = has('rsvg-convert');
if (!XMLLINT)
  console.warn('figure-cli: xmllint is not installed; skipping the xmllint check (apt-get install libxml2-utils)');
if (!RSVG)
  console.warn(
    'figure-cli: rsvg-convert is not installed; skipping the rendering check (apt-get install librsvg2-bin)',
  );

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('figures of every therapy in both languages', () => {
  const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  for (const therapy of kb.therapies) {
    const empty = filterGraph(kb, { therapies: [therapy.id], withComponents: true }).relations.length === 0;
    for (const language of ['en', 'zh'] as const) {
      it.skipIf(empty)(
        `${therapy.id} (${language}) passes xmllint and renders with rsvg-convert`,
        () => {
          const file = join(dir, figureName({ therapies: [therapy.id], language, extension: 'svg' }));
          writeAtomically(file, writeSvg(headlessFigure(kb, { therapies: [therapy.id], language })));
          if (XMLLINT) execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
          if (RSVG) {
            const png = file.replace(/\.svg$/, '.png');
            const result = spawnSync('rsvg-convert', ['-o', png, file], { encoding: 'utf8' });
            expect(result.status, result.stderr).toBe(0);
            expect(result.stderr).toBe('');
            expect(statSync(png).size).toBeGreaterThan(10_000);
          }
        },
        30_000,
      );
    }
  }
});

describe('graph figure', () => {
  it('writes the SVG atomically with --out, in the language and layout asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figure-'));
    const out = join(dir, 'tace-zh.svg');
    const r = graph('figure', '--therapy', 'tace', '--lang', 'zh', '--layout', 'LR', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/wrote .*tace-zh\.svg: \d+ entities, \d+ relations \(zh, LR\)/);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('xml:lang="zh-CN"');
    expect(svg).toContain('>缺氧<');
  }, 30_000);

  it('prints to stdout without --out', () => {
    const r = graph('figure', '--therapy', 'haic');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^<\?xml /);
    expect(r.out.trimEnd()).toMatch(/<\/svg>$/);
  }, 30_000);

  it('rejects unknown therapies, listing the valid ids, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figure-'));
    const out = join(dir, 'x.svg');
    const r = graph('figure', '--therapy', 'tace', '--therapy', 'surgery', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown therapy "surgery"; valid ids: tace, haic, /);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('rejects an unknown layout or language, naming the allowed values', () => {
    expect(graph('figure', '--therapy', 'tace', '--layout', 'RL').err).toMatch(
      /--layout must be one of TB, LR \(got "RL"\)/,
    );
    expect(graph('figure', '--therapy', 'tace', '--lang', 'fr').err).toMatch(
      /--lang must be one of en, zh \(got "fr"\)/,
    );
    expect(graph('figure').err).toMatch(
      /figure needs at least one --therapy \(or a --mechanism, or a --story\); valid ids: tace/,
    );
  }, 30_000);

  it('sets a title (escaped) and a size preset', () => {
    const r = graph('figure', '--therapy', 'tace', '--title', 'TACE <resistance> & "more"', '--size', 'journal-85');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/<svg [^>]*width="85mm"/);
    expect(r.out).toContain('<title>TACE &lt;resistance&gt; &amp; &quot;more&quot;</title>');
    expect(graph('figure', '--therapy', 'tace', '--size', 'a4').err).toMatch(
      /--size must be one of journal-85, journal-180, slide-16x9 \(got "a4"\)/,
    );
  }, 30_000);

  it('draws one step of a story: its elements only, this step outlined, its caption and citations', () => {
    const r = graph('figure', '--story', 'tace-hypoxia-autophagy', '--step', '3', '--size', 'slide-16x9');
    expect(r.code, r.err).toBe(0);
    const svg = r.out;
    expect(svg).toMatch(/<svg [^>]*width="1920" height="1080"/);
    expect(svg).toContain('<title>TACE: hypoxia and autophagy (3/6)</title>');
    expect(svg).toMatch(/<g id="node-ampk-mtor"[^>]*data-emphasis="current"/);
    expect(svg).toMatch(/<g id="node-tace"[^>]*data-emphasis="earlier"/);
    expect(svg).not.toContain('id="node-autophagy"');
    expect(svg).toMatch(/class="figure-caption"[\s\S]*AMPK\/mTOR[\s\S]*\[3-5\]/);
    if (XMLLINT) {
      const dir = mkdtempSync(join(tmpdir(), 'figure-'));
      const file = join(dir, 'step.svg');
      writeFileSync(file, svg);
      expect(spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' }).stderr).toBe('');
    }
  }, 30_000);

  it('draws one mechanism: its relations in its frame, titled with its title, with legend and source', () => {
    const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
    const id = 'tace-hypoxia-autophagy';
    const r = graph('figure', '--mechanism', id, '--size', 'journal-85', '--lang', 'zh');
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/warning/);
    const svg = r.out;
    expect(svg).toMatch(/<svg [^>]*width="85mm"/);
    const frames = [...svg.matchAll(/<g id="frame-[^"]*" class="frame" data-mechanism="([^"]+)"/g)].map((m) => m[1]);
    expect(frames).toEqual([id]);
    const relations = [...svg.matchAll(/data-relation="([^"]+)"/g)].map((m) => m[1]);
    const mine = kb.relations.filter((rel) => rel.mechanism === id).map((rel) => rel.id);
    expect(new Set(relations)).toEqual(new Set(mine));
    expect(svg).toContain(`<title>${kb.mechanismById.get(id)?.title.zh}</title>`);
    expect(svg).toContain('<g id="legend" class="legend">');
    expect(svg).toMatch(/class="figure-caption"[\s\S]*资料来源：牛艺/);
    // With a therapy too: only the mechanism's relations in that therapy.
    const both = graph('figure', '--mechanism', 'immuno-caf', '--mechanism', 'immuno-b-cell', '--title', 'Two');
    expect(both.code, both.err).toBe(0);
    expect([...both.out.matchAll(/class="frame" data-mechanism="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
      'immuno-b-cell',
      'immuno-caf',
    ]);
    expect(both.out).toContain('<title>Two</title>');
  }, 60_000);

  it('rejects an unknown mechanism, listing the valid ids, and a mechanism with a story', () => {
    const r = graph('figure', '--mechanism', 'tace-hypoxia-autophagy', '--mechanism', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /unknown mechanism "nope"; valid ids: conversion-resistance-overview, tace-clinical-response, tace-hypoxia-autophagy, /,
    );
    expect(graph('figure', '--mechanism', 'immuno-caf', '--story', 'tace-hypoxia-autophagy').err).toMatch(
      /--mechanism and --story draw different things/,
    );
    expect(graph('figure', '--mechanism', 'immuno-caf', '--therapy', 'tace').err).toMatch(
      /no relations for immuno-caf, tace; there is nothing to draw/,
    );
  }, 60_000);

  it('still writes a figure whose labels print below 6 pt, but warns on stderr and says what to try', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figure-'));
    const out = join(dir, 'tace-85.svg');
    const r = graph('figure', '--therapy', 'tace', '--size', 'journal-85', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(
      /^warning: labels print at \d+\.\d pt at journal-85 \(journals ask for at least 6 pt\); try --size journal-180 or one mechanism at a time with --mechanism ID \(this figure's: [a-z0-9-]+(, [a-z0-9-]+)+\)$/m,
    );
    expect(r.err).toContain('tace-hypoxia-autophagy');
    expect(readFileSync(out, 'utf8')).toMatch(/<svg [^>]*width="85mm"/);
    // At full width TACE prints at 6 pt or more: no warning, and the size is reported.
    const wide = graph('figure', '--therapy', 'tace', '--size', 'journal-180', '--out', join(dir, 'tace-180.svg'));
    expect(wide.code, wide.err).toBe(0);
    expect(wide.err).not.toMatch(/warning/);
    expect(wide.err).toMatch(
      /wrote .*tace-180\.svg: \d+ entities, \d+ relations \(en, (TB|LR), labels (6|7|8|9)\.\d pt\)/,
    );
  }, 60_000);

  it('rejects an unknown story, a step out of range and a step without a story', () => {
    expect(graph('figure', '--story', 'nope').err).toMatch(/unknown story "nope"; valid ids: .*tace-hypoxia-autophagy/);
    expect(graph('figure', '--story', 'tace-hypoxia-autophagy', '--step', '9').err).toMatch(
      /--step must be a whole number from 1 to 6 \(got "9"\)/,
    );
    expect(graph('figure', '--therapy', 'tace', '--step', '2').err).toMatch(/--step needs --story/);
  }, 30_000);
});
