import { describe, expect, it } from 'vitest';
import { BENCH_MAX, BENCH_MIN, parseBenchSeed, parseBenchSize } from '../../src/data/bench-graph';
import { loadPrefs, PREFS_KEY, type PrefsStorage, parsePrefs, readPrefs, savePrefs } from '../../src/store/prefs';
import { createAppStore } from '../../src/store/store';

/** An in-memory storage holding `initial` under the preferences' key, and other keys. */
function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: PrefsStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { storage, data };
}
/** A storage that throws on every access, as a blocked localStorage does. */
const blocked: PrefsStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

describe('parsePrefs', () => {
  it('reads nothing stored as no preferences, without a problem', () => {
    expect(parsePrefs(null)).toEqual({ prefs: {}, problem: null, dropped: [] });
    expect(parsePrefs('')).toEqual({ prefs: {}, problem: null, dropped: [] });
  });
  it('reads every valid field', () => {
    const raw = JSON.stringify({
      animate: false,
      exportSize: 'slide-16x9',
      exportScope: 'whole',
      exportTitle: 'Fig. 1',
    });
    expect(parsePrefs(raw)).toEqual({
      prefs: { animate: false, exportSize: 'slide-16x9', exportScope: 'whole', exportTitle: 'Fig. 1' },
      problem: null,
      dropped: [],
    });
  });
  for (const raw of ['{"animate": fal', 'null', '[true]', '"text"', '42']) {
    it(`calls ${raw} unreadable`, () => {
      expect(parsePrefs(raw)).toEqual({ prefs: {}, problem: 'unreadable', dropped: [] });
    });
  }
  it('drops fields of the wrong type, keeps the rest, ignores unknown fields', () => {
    const raw = JSON.stringify({
      animate: 'yes',
      exportSize: 'poster',
      exportScope: 'view',
      exportTitle: 'x'.repeat(301),
      later: 1,
    });
    expect(parsePrefs(raw)).toEqual({
      prefs: { exportScope: 'view' },
      problem: 'fields',
      dropped: ['animate', 'exportSize', 'exportTitle'],
    });
  });
});

describe('loadPrefs', () => {
  it('clears an unreadable store with one notice, touching no other key', () => {
    const { storage, data } = memory({ [PREFS_KEY]: '{oops', 'atlas.panels.v1': '{"left":true}' });
    const { prefs, notice } = loadPrefs(storage);
    expect(prefs).toEqual({});
    expect(notice?.en).toMatch(/could not be read and were cleared/);
    expect(notice?.level).toBe('warning');
    expect(data.has(PREFS_KEY)).toBe(false);
    expect(data.get('atlas.panels.v1')).toBe('{"left":true}');
    // Once: the next start is quiet.
    expect(loadPrefs(storage).notice).toBeNull();
  });
  it('rewrites a store with bad fields without them, naming them', () => {
    const { storage, data } = memory({ [PREFS_KEY]: JSON.stringify({ animate: false, exportSize: 'a0' }) });
    const { prefs, notice } = loadPrefs(storage);
    expect(prefs).toEqual({ animate: false });
    expect(notice?.en).toBe(
      'Some preferences kept in this browser were not valid and were cleared: exportSize. The others are kept.',
    );
    expect(JSON.parse(data.get(PREFS_KEY) ?? '')).toEqual({ animate: false });
  });
  it('gives no notice for a good store, nor for a blocked or missing one', () => {
    const { storage } = memory({ [PREFS_KEY]: '{"animate":true}' });
    expect(loadPrefs(storage)).toEqual({ prefs: { animate: true }, notice: null });
    expect(loadPrefs(blocked)).toEqual({ prefs: {}, notice: null });
    expect(loadPrefs(null)).toEqual({ prefs: {}, notice: null });
  });
});

describe('savePrefs', () => {
  it('merges a change into what is kept', () => {
    const { storage } = memory();
    savePrefs({ animate: false }, storage);
    savePrefs({ exportTitle: 'T' }, storage);
    expect(readPrefs(storage)).toEqual({ animate: false, exportTitle: 'T' });
  });
  it('writes no value that fails the schema', () => {
    const { storage, data } = memory();
    savePrefs({ exportTitle: 'x'.repeat(400) }, storage);
    expect(data.size).toBe(0);
  });
  it('never throws on a blocked store', () => {
    expect(() => savePrefs({ animate: true }, blocked)).not.toThrow();
    expect(readPrefs(blocked)).toEqual({});
  });
  it('is where the store keeps Animate', () => {
    const saved: unknown[] = [];
    const store = createAppStore(
      {},
      {
        panels: { left: false, right: false, legend: false },
        prefs: { animate: false },
        savePrefs: (p) => saved.push(p),
      },
    );
    expect(store.getState().animate).toBe(false);
    store.getState().setAnimate(true);
    expect(saved).toEqual([{ animate: true }]);
    store.getState().reset();
    expect(store.getState().animate).toBe(true);
  });
});

describe('benchmark parameters (benchmark builds only)', () => {
  it(`accepts a whole number of entities from ${BENCH_MIN} to ${BENCH_MAX}`, () => {
    expect(parseBenchSize('20')).toBe(20);
    expect(parseBenchSize('5000')).toBe(5000);
    expect(parseBenchSize(String(BENCH_MAX))).toBe(BENCH_MAX);
  });
  for (const bad of ['abc', '', '19', '200001', '1e4', '5000.5', '-100', ' 100', '0x100']) {
    it(`refuses "${bad}" with a message naming the range`, () => {
      expect(() => parseBenchSize(bad)).toThrow(`from ${BENCH_MIN} to ${BENCH_MAX}, got "${bad}"`);
    });
  }
  it('shortens a long value in the message', () => {
    expect(() => parseBenchSize('9'.repeat(5000))).toThrow(`got "${'9'.repeat(40)}…"`);
  });
  it('reads the seed: 1 when absent, else a whole number from 1', () => {
    expect(parseBenchSeed(null)).toBe(1);
    expect(parseBenchSeed('7')).toBe(7);
    expect(() => parseBenchSeed('0')).toThrow('from 1');
    expect(() => parseBenchSeed('x')).toThrow('got "x"');
  });
});
