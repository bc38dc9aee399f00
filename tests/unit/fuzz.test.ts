/**
 * The mutation fuzzer in the test suite: 2,000 seeded mutations of the real graph files
 * and stories through the validator. Each must be rejected with file:line:col when it
 * breaks the file (every kind but "huge string" always does), none may throw or take over
 * 2 s. `npm run fuzz -- --cases N [--seed S]` runs more.
 */
import { describe, expect, it } from 'vitest';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { MUTATION_KINDS, mutate, prepare } from '../fuzz/mutate';
import { PATHWAY_MUTATIONS, pathwayClosingLine, readPathwayCorpus, runPathwayFuzz } from '../fuzz/pathway-fuzz';
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

describe('pathway import under the mutation fuzzer', () => {
  const pathwayCorpus = readPathwayCorpus();

  it('ends 500 mutated pathway files in a refusal or a valid, located report; never throws, never takes 3 s', {
    timeout: 180_000,
  }, () => {
    const report = runPathwayFuzz({ cases: 500, seed: 1, corpus: pathwayCorpus });
    console.log(pathwayClosingLine(report));
    expect(report.failures).toEqual([]);
    for (const kind of PATHWAY_MUTATIONS) expect(report.byKind[kind], kind).toBeGreaterThan(20);
    // Both ends occur: refusals (truncated, wrong root, HTML) and imports with a report.
    expect(report.cases.some((c) => c.outcome === 'refused')).toBe(true);
    expect(report.cases.some((c) => c.outcome === 'imported')).toBe(true);
  });

  // The harness must catch an importer that crashes, writes a document the loader refuses,
  // or ignores a broken reference; otherwise the run above could not fail.
  it('counts an importer that throws anything but PathwayImportError as an exception', { timeout: 60_000 }, () => {
    const report = runPathwayFuzz({
      cases: 20,
      corpus: pathwayCorpus,
      run: () => {
        throw new TypeError('Cannot read properties of undefined');
      },
    });
    expect(report.failures.filter((f) => f.outcome === 'exception')).toHaveLength(20);
  });

  it('counts a document the loader refuses, and a broken reference nobody noticed', { timeout: 120_000 }, () => {
    const invalid = runPathwayFuzz({
      cases: 20,
      corpus: pathwayCorpus,
      run: (text, options) => ({
        ...importPathway(text.length > 0 ? pathwayCorpus[0].text : text, options),
        document: { relations: [{ id: 'r', source: 'a', target: 'b' } as never] },
      }),
    });
    expect(invalid.failures.filter((f) => f.outcome === 'invalid-document')).toHaveLength(20);
    // An importer that reads every file as its unmutated original notices nothing.
    const unnoticing = runPathwayFuzz({
      cases: 200,
      corpus: pathwayCorpus,
      run: (_text, options) =>
        importPathway(pathwayCorpus.find((f) => f.name === options.fileName)?.text ?? '', options),
    });
    expect(unnoticing.failures.some((f) => f.outcome === 'unnoticed')).toBe(true);
  });
});
