import { describe, expect, it } from 'vitest';
import {
  initialPanels,
  NARROW_BELOW,
  PANEL_PREFS_KEY,
  parsePanelChoice,
  readPanelChoice,
  rememberPanelChoice,
  SHORT_BELOW,
  type StorageLike,
  serializePanelChoice,
  withPanelChoice,
} from '../../src/store/panel-prefs';
import { createAppStore } from '../../src/store/store';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

/** A storage that throws on every access, as a blocked localStorage does. */
const blocked: StorageLike = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

describe('panel choice parsing', () => {
  it('reads both sides, one side, or nothing', () => {
    expect(parsePanelChoice('{"left":true,"right":false}')).toEqual({ left: true, right: false });
    expect(parsePanelChoice('{"right":true}')).toEqual({ right: true });
    expect(parsePanelChoice(null)).toEqual({});
    expect(parsePanelChoice('')).toEqual({});
  });

  // Deliberately malformed values: each must count as no choice, never throw.
  for (const raw of [
    'not json',
    '[true,false]',
    'true',
    '"left"',
    'null',
    '{"left":"yes","right":1}',
    '{"top":true}',
  ]) {
    it(`ignores malformed ${raw}`, () => {
      expect(parsePanelChoice(raw)).toEqual({});
    });
  }

  it('round-trips through serialisation, keeping only known sides', () => {
    const choice = withPanelChoice({ left: true }, 'right', false);
    expect(choice).toEqual({ left: true, right: false });
    expect(parsePanelChoice(serializePanelChoice(choice))).toEqual(choice);
    expect(serializePanelChoice({ left: true, extra: 1 } as never)).toBe('{"left":true}');
  });
});

describe('initial panels', () => {
  const none = { choice: {}, linkOpensRight: false };
  it('collapses the right panel below 1440 px and keeps the left one open', () => {
    expect(initialPanels({ ...none, width: 1280 })).toEqual({ left: false, right: true, legend: false });
    expect(initialPanels({ ...none, width: NARROW_BELOW - 1 })).toEqual({ left: false, right: true, legend: false });
  });

  it('opens both from 1440 px and outside a browser', () => {
    expect(initialPanels({ ...none, width: NARROW_BELOW })).toEqual({ left: false, right: false, legend: false });
    expect(initialPanels({ ...none, width: 1920 })).toEqual({ left: false, right: false, legend: false });
    expect(initialPanels({ ...none, width: undefined })).toEqual({ left: false, right: false, legend: false });
  });

  it('opens the right panel on a narrow window when the link selects something or picks a tab', () => {
    expect(initialPanels({ choice: {}, width: 1280, linkOpensRight: true })).toEqual({
      left: false,
      right: false,
      legend: false,
    });
  });

  it('lets a remembered choice win, side by side', () => {
    expect(initialPanels({ choice: { right: false }, width: 1280, linkOpensRight: false })).toEqual({
      left: false,
      right: false,
      legend: false,
    });
    expect(initialPanels({ choice: { right: true }, width: 1920, linkOpensRight: true })).toEqual({
      left: false,
      right: true,
      legend: false,
    });
    expect(initialPanels({ choice: { left: true }, width: 1280, linkOpensRight: false })).toEqual({
      left: true,
      right: true,
      legend: false,
    });
  });
});

describe('remembering the choice', () => {
  it('writes one side at a time and reads it back', () => {
    const storage = memoryStorage();
    rememberPanelChoice('left', true, storage);
    rememberPanelChoice('right', false, storage);
    expect(JSON.parse(storage.data[PANEL_PREFS_KEY])).toEqual({ left: true, right: false });
    expect(readPanelChoice(storage)).toEqual({ left: true, right: false });
    rememberPanelChoice('left', false, storage);
    expect(readPanelChoice(storage)).toEqual({ left: false, right: false });
  });

  it('replaces a malformed stored value instead of failing', () => {
    const storage = memoryStorage({ [PANEL_PREFS_KEY]: '{oops' });
    expect(readPanelChoice(storage)).toEqual({});
    rememberPanelChoice('right', true, storage);
    expect(readPanelChoice(storage)).toEqual({ right: true });
  });

  it('never throws when storage is missing or blocked', () => {
    expect(readPanelChoice(null)).toEqual({});
    expect(readPanelChoice(blocked)).toEqual({});
    expect(() => rememberPanelChoice('left', true, null)).not.toThrow();
    expect(() => rememberPanelChoice('left', true, blocked)).not.toThrow();
  });
});

describe('the legend at start-up', () => {
  const none = { choice: {}, width: 1280, linkOpensRight: false };
  it('starts folded to one line on a short window (a 720 px laptop or projector), open on a taller one', () => {
    expect(initialPanels({ ...none, height: 720 }).legend).toBe(true);
    expect(initialPanels({ ...none, height: SHORT_BELOW - 1 }).legend).toBe(true);
    expect(initialPanels({ ...none, height: SHORT_BELOW }).legend).toBe(false);
    expect(initialPanels({ ...none, height: 1080 }).legend).toBe(false);
    expect(initialPanels({ ...none, height: undefined }).legend).toBe(false);
  });
  it('follows the reader’s remembered choice over the window’s height', () => {
    expect(initialPanels({ ...none, choice: { legend: false }, height: 720 }).legend).toBe(false);
    expect(initialPanels({ ...none, choice: { legend: true }, height: 1080 }).legend).toBe(true);
  });
  it('is remembered beside the side panels, under the same key, and read back', () => {
    const storage = memoryStorage({ [PANEL_PREFS_KEY]: '{"left":true}' });
    rememberPanelChoice('legend', false, storage);
    expect(JSON.parse(storage.data[PANEL_PREFS_KEY])).toEqual({ left: true, legend: false });
    expect(readPanelChoice(storage)).toEqual({ left: true, legend: false });
    expect(parsePanelChoice('{"legend":"folded"}')).toEqual({});
  });
  it('folds and opens in the store, remembered as the reader’s choice', () => {
    const remembered: [string, boolean][] = [];
    const store = createAppStore(
      {},
      {
        panels: { left: false, right: false, legend: true },
        rememberPanel: (name, c) => remembered.push([name, c]),
      },
    );
    store.getState().setPanelCollapsed('legend', false);
    expect(store.getState().panels).toEqual({ left: false, right: false, legend: false });
    // A selection opens the right panel and leaves the legend as it is.
    store.getState().select({ kind: 'entity', id: 'h1' });
    expect(store.getState().panels.legend).toBe(false);
    expect(remembered).toEqual([['legend', false]]);
  });
});

describe('panels in the store', () => {
  const narrow = { left: false, right: true, legend: false };

  it('starts with both panels open outside a browser', () => {
    expect(createAppStore().getState().panels).toEqual({ left: false, right: false, legend: false });
  });

  it('collapses and expands a side and remembers only the reader’s own choices', () => {
    const remembered: [string, boolean][] = [];
    const store = createAppStore({}, { panels: narrow, rememberPanel: (side, c) => remembered.push([side, c]) });
    const s = () => store.getState();
    s().setPanelCollapsed('left', true);
    expect(s().panels).toEqual({ left: true, right: true, legend: false });
    s().setPanelCollapsed('right', false);
    expect(s().panels).toEqual({ left: true, right: false, legend: false });
    s().setPanelCollapsed('right', true);
    // Opening on selection is not the reader's choice: not remembered.
    s().select({ kind: 'entity', id: 'h1' });
    expect(s().panels.right).toBe(false);
    expect(remembered).toEqual([
      ['left', true],
      ['right', false],
      ['right', true],
    ]);
  });

  it('opens the right panel when something is selected or a tab is picked, not when the selection clears', () => {
    const store = createAppStore({}, { panels: narrow, rememberPanel: () => {} });
    const s = () => store.getState();
    s().select(null);
    expect(s().panels.right).toBe(true);
    s().select({ kind: 'relation', id: 'r1' }, { keepPanel: true });
    expect(s().panels.right).toBe(false);
    s().setPanelCollapsed('right', true);
    s().setPanel('compare');
    expect(s().panels).toEqual({ left: false, right: false, legend: false });
    expect(s().panel).toBe('compare');
  });

  it('leaves the left panel alone when the right one opens, and keeps the panels through a reset', () => {
    const store = createAppStore({}, { panels: { left: true, right: true, legend: false }, rememberPanel: () => {} });
    const s = () => store.getState();
    const before = s().panels;
    s().select(null);
    expect(s().panels).toBe(before);
    s().select({ kind: 'entity', id: 'h1' });
    expect(s().panels).toEqual({ left: true, right: false, legend: false });
    s().reset();
    expect(s().panels).toEqual({ left: true, right: false, legend: false });
    expect(s().selection).toBeNull();
  });
});
