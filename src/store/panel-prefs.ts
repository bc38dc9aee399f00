/**
 * Which parts of the page start collapsed (the side panels, the legend), and the reader's
 * remembered choice. A UI preference, not part of the view a link carries, so it lives in
 * localStorage; every access is guarded, because storage can be missing (Node, tests) or
 * blocked (privacy settings), and that must never break the app.
 */

/** The side panels, which collapse to a slim strip, and the legend, which folds to one line. */
export const PANEL_NAMES = ['left', 'right', 'legend'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];

/** true: the panel is collapsed to a slim strip (the legend: folded to its one-line key). */
export type PanelsCollapsed = Record<PanelName, boolean>;

/** The panels the reader chose explicitly; a panel not chosen follows the default. */
export type PanelChoice = Partial<PanelsCollapsed>;

/** Below this window width (read once at start-up) the right panel starts collapsed. */
export const NARROW_BELOW = 1440;
/**
 * Below this window height (a 1280×720 laptop or projector, read once at start-up) the
 * legend starts folded to one line, so the diagram keeps its height.
 */
export const SHORT_BELOW = 800;
export const PANEL_PREFS_KEY = 'atlas.panels.v1';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads a stored choice; anything malformed counts as no choice. */
export function parsePanelChoice(raw: string | null | undefined): PanelChoice {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const choice: PanelChoice = {};
  for (const name of PANEL_NAMES) {
    const collapsed = (value as Record<string, unknown>)[name];
    if (typeof collapsed === 'boolean') choice[name] = collapsed;
  }
  return choice;
}

export function serializePanelChoice(choice: PanelChoice): string {
  const out: PanelChoice = {};
  for (const name of PANEL_NAMES) if (typeof choice[name] === 'boolean') out[name] = choice[name];
  return JSON.stringify(out);
}

export function withPanelChoice(choice: PanelChoice, name: PanelName, collapsed: boolean): PanelChoice {
  return { ...choice, [name]: collapsed };
}

export interface StartupContext {
  /** The reader's remembered choice. */
  choice: PanelChoice;
  /** window.innerWidth at start-up; undefined outside a browser. */
  width: number | undefined;
  /** window.innerHeight at start-up; undefined outside a browser. */
  height?: number | undefined;
  /** The link asks for the right panel's content (a selection or a tab other than details). */
  linkOpensRight: boolean;
}

/**
 * The left panel (therapy choice) starts open. On a narrow window the right panel starts
 * collapsed, so the diagram gets the width, unless the link asks for what it shows; on a
 * short window the legend starts folded to its one-line key (therapy colours and the data
 * overlay's scale and marks), so the diagram gets the height. A remembered choice wins.
 */
export function initialPanels({ choice, width, height, linkOpensRight }: StartupContext): PanelsCollapsed {
  const narrow = width !== undefined && width < NARROW_BELOW;
  const short = height !== undefined && height < SHORT_BELOW;
  return {
    left: choice.left ?? false,
    right: choice.right ?? (narrow && !linkOpensRight),
    legend: choice.legend ?? short,
  };
}

/** localStorage, or null where there is none or reading it throws (blocked storage). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readPanelChoice(storage: StorageLike | null = browserStorage()): PanelChoice {
  try {
    return parsePanelChoice(storage?.getItem(PANEL_PREFS_KEY));
  } catch {
    return {};
  }
}

export function rememberPanelChoice(
  name: PanelName,
  collapsed: boolean,
  storage: StorageLike | null = browserStorage(),
): void {
  try {
    if (!storage) return;
    const next = withPanelChoice(parsePanelChoice(storage.getItem(PANEL_PREFS_KEY)), name, collapsed);
    storage.setItem(PANEL_PREFS_KEY, serializePanelChoice(next));
  } catch {
    // Storage full or blocked: the choice holds for this visit only.
  }
}

/** The window's width at start-up, or undefined outside a browser. */
export function startupWidth(): number | undefined {
  return typeof window === 'undefined' ? undefined : window.innerWidth;
}

/** The window's height at start-up, or undefined outside a browser. */
export function startupHeight(): number | undefined {
  return typeof window === 'undefined' ? undefined : window.innerHeight;
}
