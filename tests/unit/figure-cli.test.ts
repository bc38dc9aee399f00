/**
 * `graph figure`: the figure of every therapy, in English and Chinese, written to disk the
 * way the command writes it, must pass `xmllint --noout` and render with `rsvg-convert`
 * (the checks CI runs; skipped with a message where those tools are not installed). The
 * command's own arguments are checked by running it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlessFigure } from '../../src/cli/figure-layout';
import { findGraphFiles, readSources, writeAtomically } from '../../src/cli/files';
import { figureName } from '../../src/export/file-name';
import { writeSvg } from '../../src/export/svg-writer';
import { loadKnowledgeBase } from '../../src/model/knowledge-base';
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
      it.skipIf(empty)(`${therapy.id} (${language}) passes xmllint and renders with rsvg-convert`, () => {
        const file = join(dir, figureName([therapy.id], language, 'svg'));
        writeAtomically(file, writeSvg(headlessFigure(kb, { therapies: [therapy.id], language })));
        if (XMLLINT) execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
        if (RSVG) {
          const png = file.replace(/\.svg$/, '.png');
          const result = spawnSync('rsvg-convert', ['-o', png, file], { encoding: 'utf8' });
          expect(result.status, result.stderr).toBe(0);
          expect(result.stderr).toBe('');
          expect(statSync(png).size).toBeGreaterThan(10_000);
        }
      });
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
    expect(graph('figure').err).toMatch(/figure needs at least one --therapy; valid ids: tace/);
  }, 30_000);
});
