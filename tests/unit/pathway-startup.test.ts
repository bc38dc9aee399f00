/**
 * What a visit starts with: nothing to wait for unless the link needs the stored pathways
 * (they join through `late` when the store answers); when it does, the stored pathways if
 * the browser answers in time, none and a warning when it does not (they arrive later
 * through `late`); and a file above the
 * reader's limit is refused by its size before it is read (50 MB = 52,428,800 bytes).
 */
import { describe, expect, it, vi } from 'vitest';
import { sizeProblem } from '../../src/app/pathways/read-pathway-file';
import { pathwaysAtStart, startupPathways, withLatePathways } from '../../src/app/pathways/startup';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { type PathwayStore, type StoredPathway, storedPathway } from '../../src/store/pathway-store';

const one = storedPathway(importPathway('A\t1\tB\n', { fileName: 'ab.sif' }), {
  key: 'k',
  fileName: 'ab.sif',
  importedAt: new Date(0),
});
const answering = (ms: number, list: StoredPathway[]): PathwayStore => ({
  persistent: true,
  list: () => new Promise((resolve) => setTimeout(() => resolve(list), ms)),
  save: async () => {},
  remove: async () => {},
});

describe('startupPathways', () => {
  it('returns what the store lists when it answers within the wait', async () => {
    const tell = vi.fn();
    expect(await startupPathways(answering(1, [one]), tell, () => {}, 200)).toEqual([one]);
    expect(tell).not.toHaveBeenCalled();
  });

  it('starts without them after the wait, says so, and hands them over when they come', async () => {
    const tell = vi.fn();
    const late = vi.fn();
    expect(await startupPathways(answering(60, [one]), tell, late, 10)).toEqual([]);
    expect(tell.mock.calls[0][0].en).toContain('has not answered within 0.01 s');
    expect(tell.mock.calls[0][0].level).toBe('warning');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(late).toHaveBeenCalledWith([one]);
  });
});

describe('pathwaysAtStart', () => {
  it('starts at once with none when the link does not need them, and hands the stored ones over later', async () => {
    const tell = vi.fn();
    const late = vi.fn();
    const start = pathwaysAtStart(answering(20, [one]), false, tell, late);
    // A plain array, not a promise: the first render need not wait a tick for the store.
    expect(start).toEqual([]);
    expect(late).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(late).toHaveBeenCalledWith([one]);
    expect(tell).not.toHaveBeenCalled();
  });

  it('says nothing and hands nothing over when the store holds no pathway', async () => {
    const late = vi.fn();
    expect(pathwaysAtStart(answering(1, []), false, vi.fn(), late)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(late).not.toHaveBeenCalled();
  });

  it('waits for the store when the link needs it (it may name an imported view)', async () => {
    const late = vi.fn();
    expect(await pathwaysAtStart(answering(1, [one]), true, vi.fn(), late, 200)).toEqual([one]);
    expect(late).not.toHaveBeenCalled();
  });
});

describe('withLatePathways', () => {
  it('keeps a pathway opened while the store was silent, after the stored ones', () => {
    const opened = { ...one, key: 'opened' };
    expect(withLatePathways([opened], [one]).map((p) => p.key)).toEqual(['k', 'opened']);
    expect(withLatePathways([one], [one]).map((p) => p.key)).toEqual(['k']);
  });
});

describe('sizeProblem', () => {
  it('refuses above 50 MB, naming the file and both sizes, and accepts up to it', () => {
    expect(sizeProblem('big.cx2', 52_428_800)).toBeNull();
    expect(sizeProblem('big.cx2', 52_428_801 + 100 * 1024)).toBe(
      'big.cx2 is 50.1 MB; pathway files up to 50.0 MB are read',
    );
  });
});
