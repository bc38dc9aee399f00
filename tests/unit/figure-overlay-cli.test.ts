/**
 * `graph figure --overlay`: the figure drawn with a table's colours and the overlay legend,
 * and each wrong option refused in one line. The table's expected colours are RdBu's end
 * classes (ColorBrewer): PD-L1 (CD274) at +2 of ±2 is #67001f, HIF1A at −2 is #053061;
 * TP53 is in the TACE view without a value (hatched grey, #bdbdbd with white lines).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinNegativeLimits, parseLimits } from '../../src/cli/overlay-option';

const dir = mkdtempSync(join(tmpdir(), 'overlay-cli-'));
const table = join(dir, 'de.tsv');
writeFileSync(table, 'gene\tday1\tnote\nPD-L1\t2\tup\nHIF1A\t-2\tdown\nNOTAGENE\t1\tx\n');
const graph = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('graph figure --overlay', () => {
  it('colours the genes, hatches those without a value and puts the overlay legend in the figure', () => {
    const out = join(dir, 'fig.svg');
    const result = graph('figure', '--therapy', 'tace', '--overlay', table, '--column', 'day1', '--out', out);
    expect(result.stderr).toContain('overlay: ');
    expect(result.stderr).toContain(
      'column day1, limits -2 to 2; 2 identifiers in the atlas, 0 real genes not in it, 0 ambiguous, 1 not recognised',
    );
    expect(result.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/data-entity="cd274"[^>]*>(?:(?!<\/g>).)*fill="#67001f"/s);
    expect(svg).toMatch(/data-entity="hif1a"[^>]*>(?:(?!<\/g>).)*fill="#053061"/s);
    expect(svg).toMatch(/data-entity="tp53"[^>]*>(?:(?!<\/g>).)*fill="url\(#no-data-hatch\)"/s);
    expect(svg).toContain('gene without a value');
    expect(svg).toContain('class="legend-overlay"');
    expect(svg).toContain('day1: -2 to 2');
    expect(svg).toContain('families: the member of largest magnitude');
  }, 60_000);

  it('takes --limits, and refuses a text column, an unknown column and options without --overlay', () => {
    const limited = graph('figure', '--therapy', 'tace', '--overlay', table, '--limits', '-4,4');
    expect(limited.status).toBe(0);
    expect(limited.stdout).toContain('day1: -4 to 4');
    const text = graph('figure', '--therapy', 'tace', '--overlay', table, '--column', 'note');
    expect(text.status).toBe(2);
    expect(text.stderr).toContain(
      '--column "note" holds text (e.g. "up" in row 2), not numbers; columns of numbers: day1',
    );
    const unknown = graph('figure', '--therapy', 'tace', '--overlay', table, '--column', 'day9');
    expect(unknown.stderr).toContain('--column "day9" is not a column of');
    const alone = graph('figure', '--therapy', 'tace', '--limits', '-3,3');
    expect(alone.stderr).toContain('--column and --limits need --overlay FILE');
    const missing = graph('figure', '--therapy', 'tace', '--overlay', join(dir, 'nope.csv'));
    expect(missing.stderr).toContain('no such file');
  }, 120_000);

  it('reads --limits as LOW,HIGH, a negative LOW included (parseArgs would take it for an option)', () => {
    expect(joinNegativeLimits(['figure', '--limits', '-3,3', '--out', 'x'])).toEqual([
      'figure',
      '--limits=-3,3',
      '--out',
      'x',
    ]);
    expect(joinNegativeLimits(['--limits', '0,3'])).toEqual(['--limits', '0,3']);
    expect(parseLimits('-3,3')).toEqual({ low: -3, high: 3 });
    expect(parseLimits(' 0 , 10 ')).toEqual({ low: 0, high: 10 });
    for (const bad of ['3', '3,-3', 'a,b', '1,1', ',2']) expect(() => parseLimits(bad)).toThrow(/--limits must be/);
  });
});
