/**
 * The mutation fuzzer in the test suite: 2,000 seeded mutations of the real graph files
 * and stories through the validator. Each must be rejected with file:line:col when it
 * breaks the file (every kind but "huge string" always does), none may throw or take over
 * 2 s. `npm run fuzz -- --cases N [--seed S]` runs more.
 */
import { describe, expect, it } from 'vitest';
import { MUTATION_KINDS, mutate, prepare } from '../fuzz/mutate';
import { closingLine, failures, readCorpus, runFuzz } from '../fuzz/run';

const corpus = readCorpus();

describe('the validator under the mutation fuzzer', () => {
  it('rejects every breaking mutation of 2,000 with file:line:col, never throws, never takes 2 s', {
    timeout: 180_000,
  }, () => {
    const report = runFuzz({ cases: 2000, seed: 1, corpus });
    console.log(closingLine(report));
    expect(failures(report)).toEqual([]);
    expect(report.rejected + report.accepted).toBe(2000);
    // Every kind ran, so a kind that stopped producing cases would show here.
    for (const kind of MUTATION_KINDS) expect(report.byKind[kind], kind).toBeGreaterThan(50);
  });
});

describe('the fuzzer itself', () => {
  const prepared = prepare(corpus);

  it('reads the real graph files and stories', () => {
    expect(corpus.filter((c) => c.role === 'graph').map((c) => c.file)).toContain('graphs/relations/tace.json');
    expect(corpus.filter((c) => c.role === 'story').length).toBeGreaterThanOrEqual(20);
  });

  it('gives the same mutation for the same seed, and changes the file', () => {
    for (let seed = 0; seed < 60; seed++) {
      const a = mutate(prepared, seed);
      const b = mutate(prepared, seed);
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)), a.detail).toBe(true);
      const original = corpus.find((c) => c.file === a.file)?.bytes ?? new Uint8Array();
      expect(Buffer.from(a.bytes).equals(Buffer.from(original)), `${a.kind}: ${a.detail}`).toBe(false);
    }
  });

  it('leaves the prepared corpus as read', () => {
    const before = JSON.stringify(prepared.values);
    for (let seed = 0; seed < 100; seed++) mutate(prepared, seed);
    expect(JSON.stringify(prepared.values)).toBe(before);
  });

  // The harness must catch a validator that lets breaking input through, throws or
  // forgets where a problem is: otherwise the run above could not fail.
  it('counts a validator that accepts everything as false passes', () => {
    const report = runFuzz({ cases: 60, seed: 3, corpus, validate: () => [] });
    expect(report.falsePasses.length).toBeGreaterThan(40);
    expect(closingLine(report)).toMatch(/[1-9]\d* false passes/);
  });

  it('counts a validator that throws as exceptions, and one that reports no position as unlocated', () => {
    const throwing = runFuzz({
      cases: 20,
      seed: 3,
      corpus,
      validate: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    expect(throwing.exceptions.length).toBe(20);
    const unlocated = runFuzz({
      cases: 20,
      seed: 3,
      corpus,
      validate: (m) => [{ severity: 'error', file: m.file, path: '$', message: 'bad' }],
    });
    expect(unlocated.unlocated.length).toBe(20);
  });

  it('counts a case over the time bound', () => {
    const report = runFuzz({
      cases: 3,
      seed: 3,
      corpus,
      timeLimitMs: 5,
      validate: (m) => {
        const until = performance.now() + 10;
        while (performance.now() < until) {
          // Busy: a validator that takes too long.
        }
        return [{ severity: 'error', file: m.file, path: '$', message: 'slow', line: 1, column: 1 }];
      },
    });
    expect(report.overTime.length).toBe(3);
    expect(closingLine(report)).toContain('3 over 0.005 s');
  });
});
