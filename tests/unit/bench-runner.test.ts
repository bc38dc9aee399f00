/** The benchmark runner's pure parts: medians, option parsing and the numbers' format. */
import { describe, expect, it } from 'vitest';
import { importNodes, parseArgs } from '../../scripts/bench/options';
import { format, sizeLabel } from '../../scripts/bench/report';
import { median, summarise } from '../../scripts/bench/stats';
import type { Run } from '../../scripts/bench/types';

describe('median', () => {
  it('is the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores what is not a finite number, and is null when nothing is left', () => {
    expect(median([null, 7, Number.NaN, 'x', 9, Number.POSITIVE_INFINITY])).toBe(8);
    expect(median([null, undefined])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('summarise', () => {
  it('takes each metric over every run that measured it and counts the runs that completed', () => {
    const runs: Run[] = [
      { metrics: { first: 100, filter: 10 }, notes: [] },
      { metrics: { first: 300, filter: null }, notes: [] },
      { metrics: { first: 200 }, notes: [], failed: 'timeout' },
    ];
    expect(summarise(runs)).toEqual({ median: { first: 200, filter: 10 }, runs: 3, ok: 2 });
  });
});

describe('parseArgs', () => {
  it('keeps the defaults when given nothing', () => {
    const o = parseArgs([]);
    expect(o.sizes).toEqual(['review', '1000', '5000', '20000', 'cyjs5000']);
    expect(o.runs.cyjs5000).toBe(3);
    expect(o.runs.review).toBe(5);
    expect(o.build).toBe(true);
  });
  it('sets runs per size ("review=2,1000=1") or for every size listed so far (a bare number)', () => {
    expect(parseArgs(['--sizes', 'review,1000', '--runs', 'review=2,1000=1']).runs).toMatchObject({
      review: 2,
      1000: 1,
    });
    const all = parseArgs(['--sizes', 'review,300', '--runs', '3']);
    expect(all.runs.review).toBe(3);
    expect(all.runs[300]).toBe(3);
    // A size with no default gets one run and a 120 s timeout.
    expect(parseArgs(['--sizes', '300']).timeout[300]).toBe(120);
  });
  it('refuses sizes outside the page range, unknown options and views, naming what is allowed', () => {
    expect(() => parseArgs(['--sizes', '10'])).toThrow('from 20 to 200000');
    expect(() => parseArgs(['--sizes', 'all'])).toThrow('neither "review", a number');
    expect(() => parseArgs(['--sizes', 'cyjs10'])).toThrow('"cyjs" and a number of nodes from 20 to 100000');
    expect(() => parseArgs(['--sizes', 'cyjs'])).toThrow('"cyjs" and a number of nodes');
    expect(() => parseArgs(['--fast'])).toThrow('unknown option --fast');
    expect(() => parseArgs(['--view', 'some'])).toThrow('"all" or "default"');
    expect(() => parseArgs(['--out'])).toThrow('--out needs a value');
  });
});

describe('imported .cyjs sizes', () => {
  it('reads cyjs<N> as N nodes and names the row after it', () => {
    expect(parseArgs(['--sizes', 'cyjs2000']).sizes).toEqual(['cyjs2000']);
    expect(importNodes('cyjs5000')).toBe(5000);
    expect(importNodes('5000')).toBeNull();
    expect(sizeLabel('cyjs5000')).toBe('imported 5,000-node .cyjs');
    expect(sizeLabel('20000')).toBe('20,000');
    expect(sizeLabel('review')).toBe('review');
  });
});

describe('format', () => {
  it('prints milliseconds, seconds from 10 s, megabytes for bytes and n/a for nothing', () => {
    expect(format(173.4, 'ms')).toBe('173 ms');
    expect(format(14_900, 'ms')).toBe('14.9 s');
    expect(format(9_017_753.6, 'bytes')).toBe('8.6 MB');
    expect(format(null, 'ms')).toBe('n/a');
  });
});
