/**
 * Which side panels start collapsed, and the reader's remembered choice. A UI preference,
 * not part of the view a link carries, so it lives in localStorage; every access is guarded,
 * because storage can be missing (Node, tests) or blocked (privacy settings), and that must
 * never break the app.
 */

export type PanelSide = 'left' | 'right';
export const PANEL_SIDES: readonly PanelSide[] = ['left', 'right'];

/** true: the panel is collapsed to a slim strip. */
export interface PanelsCollapsed {
  left: boolean;
  right: boolean;
}

/** The sides the reader chose explicitly; a side not chosen follows the default. */
export type PanelChoice = Partial<PanelsCollapsed>;

/** Below this window width (read once at start-up) the right panel starts collapsed. */
export const NARROW_BELOW = 1440;
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
  for (const side of PANEL_SIDES) {
    const collapsed = (value as Record<string, unknown>)[side];
    if (typeof collapsed === 'boolean') choice[side] = collapsed;
  }
  return choice;
}

export function serializePanelChoice(choice: PanelChoice): string {
  const out: PanelChoice = {};
  for (const side of PANEL_SIDES) if (typeof choice[side] === 'boolean') out[side] = choice[side];
  return JSON.stringify(out);
}

export function withPanelChoice(choice: PanelChoice, side: PanelSide, collapsed: boolean): PanelChoice {
  return { ...choice, [side]: collapsed };
}

export interface StartupContext {
  /** The reader's remembered choice. */
  choice: PanelChoice;
  /** window.innerWidth at start-up; undefined outside a browser. */
  width: number | undefined;
  /** The link asks for the right panel's content (a selection or a tab other than details). */
  linkOpensRight: boolean;
}

/**
 * The left panel (therapy choice) starts open. On a narrow window the right panel starts
 * collapsed, so the diagram gets the width, unless the link asks for what it shows.
 * A remembered choice wins over both defaults.
 */
export function initialPanels({ choice, width, linkOpensRight }: StartupContext): PanelsCollapsed {
  const narrow = width !== undefined && width < NARROW_BELOW;
  return {
    left: choice.left ?? false,
    right: choice.right ?? (narrow && !linkOpensRight),
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
  side: PanelSide,
  collapsed: boolean,
  storage: StorageLike | null = browserStorage(),
): void {
  try {
    if (!storage) return;
    const next = withPanelChoice(parsePanelChoice(storage.getItem(PANEL_PREFS_KEY)), side, collapsed);
    storage.setItem(PANEL_PREFS_KEY, serializePanelChoice(next));
  } catch {
    // Storage full or blocked: the choice holds for this visit only.
  }
}

/** The window's width at start-up, or undefined outside a browser. */
export function startupWidth(): number | undefined {
  return typeof window === 'undefined' ? undefined : window.innerWidth;
}
