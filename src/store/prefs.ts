/**
 * The reader's preferences kept in this browser: Animate and the Export menu's size, scope
 * and title. Not part of a view (a link does not carry them), so they live in localStorage,
 * under one key, each field checked by its guard when read. Four plain fields are checked by
 * hand rather than with zod: the preferences are read before the first diagram, and zod (23 KB
 * compressed) then loads only when a pathway or a file is validated.
 *
 * Storage is a convenience, never a condition: where it is missing (Node, tests) or blocked
 * (a SecurityError on touching `localStorage`, a full quota), preferences last for the visit
 * and nothing is reported. What was stored but cannot be read is dealt with once:
 * unreadable JSON or a value that is not an object clears the key; single fields of the
 * wrong type are dropped and the rest kept. Either way one notice says so, and nothing
 * else (arrangements in IndexedDB, the panels' key, the link) is touched.
 *
 * The collapsed panels are kept by src/store/panel-prefs.ts under their own, older key,
 * with the same guards; they are not moved here so that a reader's choice survives.
 */
import type { SizePreset } from '../export/svg-writer';
import type { FigureScope } from '../view/figure-from-cy';
import type { NoticeText } from './notices';
import { browserStorage } from './panel-prefs';

export const PREFS_KEY = 'atlas.prefs.v1';
/** A figure title longer than this is not a title; the menu's field is cut there too. */
export const MAX_EXPORT_TITLE = 300;

/** The Export menu's sizes and scopes. Listed here (the store does not import the writer or the view); the checks below fail to compile if the lists and the types part. */
export const EXPORT_SIZES = ['journal-85', 'journal-180', 'slide-16x9'] as const satisfies readonly SizePreset[];
export const EXPORT_SCOPES = ['whole', 'view', 'selection'] as const satisfies readonly FigureScope[];
type Unlisted<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const everySizeListed: Unlisted<SizePreset, (typeof EXPORT_SIZES)[number]> = true;
const everyScopeListed: Unlisted<FigureScope, (typeof EXPORT_SCOPES)[number]> = true;
void everySizeListed;
void everyScopeListed;

/** A guard for a string from a list. */
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

/** One guard per preference; each preference's type is its guard's. */
export const PREF_FIELDS = {
  animate: (value: unknown): value is boolean => typeof value === 'boolean',
  exportSize: oneOf(EXPORT_SIZES),
  exportScope: oneOf(EXPORT_SCOPES),
  exportTitle: (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_EXPORT_TITLE,
} as const;
type Guarded<G> = G extends (value: unknown) => value is infer T ? T : never;
type PrefName = keyof typeof PREF_FIELDS;
export type Prefs = { [K in PrefName]?: Guarded<(typeof PREF_FIELDS)[K]> };
const PREF_NAMES = Object.keys(PREF_FIELDS) as PrefName[];

/** The fields of `record` that pass their guards, and the names of those that do not. */
function checkFields(record: Record<string, unknown>): { prefs: Prefs; dropped: string[] } {
  const prefs: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const name of PREF_NAMES) {
    if (!(name in record) || record[name] === undefined) continue;
    if (PREF_FIELDS[name](record[name])) prefs[name] = record[name];
    else dropped.push(name);
  }
  // Every field in it passed its guard above.
  return { prefs: prefs as Prefs, dropped };
}

export type PrefsStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * What a stored text holds. `problem`: null (fine or nothing stored), `unreadable` (not
 * JSON, or not an object: the key is to be cleared), or `fields` (`dropped` names the
 * fields of the wrong type; the rest is in `prefs`). Unknown fields are left out silently:
 * a later version may have written them.
 */
export interface ParsedPrefs {
  prefs: Prefs;
  problem: 'unreadable' | 'fields' | null;
  dropped: string[];
}

export function parsePrefs(raw: string | null | undefined): ParsedPrefs {
  if (raw === null || raw === undefined || raw === '') return { prefs: {}, problem: null, dropped: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { prefs: {}, problem: 'unreadable', dropped: [] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { prefs: {}, problem: 'unreadable', dropped: [] };
  }
  const { prefs, dropped } = checkFields(value as Record<string, unknown>);
  return { prefs, problem: dropped.length > 0 ? 'fields' : null, dropped };
}

/** The notice for a stored text that could not be read, in both languages. */
export function prefsNotice(parsed: ParsedPrefs): NoticeText | null {
  if (parsed.problem === 'unreadable') {
    return {
      en: "The preferences kept in this browser could not be read and were cleared (Animate, export size, scope and title are back to their defaults). The link's view and your arrangements are kept.",
      zh: '无法读取此浏览器中保存的偏好设置，已将其清除（动画、导出尺寸、范围和标题恢复为默认值）。链接中的视图和您的布局均保留。',
      level: 'warning',
    };
  }
  if (parsed.problem === 'fields') {
    const names = parsed.dropped.join(', ');
    return {
      en: `Some preferences kept in this browser were not valid and were cleared: ${names}. The others are kept.`,
      zh: `此浏览器中保存的部分偏好设置无效，已清除：${names}。其余设置保留。`,
      level: 'warning',
    };
  }
  return null;
}

/** localStorage with removeItem, or null where there is none or touching it throws. */
function prefsStorage(): PrefsStorage | null {
  const storage = browserStorage();
  return storage && 'removeItem' in storage ? (storage as PrefsStorage) : null;
}

/**
 * Reads the preferences at start-up and mends what cannot be read: clears an unreadable
 * key, rewrites one with bad fields without them. Returns the notice to show, if any.
 */
export function loadPrefs(storage: PrefsStorage | null = prefsStorage()): { prefs: Prefs; notice: NoticeText | null } {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(PREFS_KEY) : null;
  } catch {
    return { prefs: {}, notice: null };
  }
  const parsed = parsePrefs(raw);
  try {
    if (parsed.problem === 'unreadable') storage?.removeItem(PREFS_KEY);
    else if (parsed.problem === 'fields') storage?.setItem(PREFS_KEY, JSON.stringify(parsed.prefs));
  } catch {
    // Could not mend it: it is read the same way (and ignored) next time.
  }
  return { prefs: parsed.prefs, notice: prefsNotice(parsed) };
}

/** The kept preferences, without mending (start-up did that). Empty where storage is blocked. */
export function readPrefs(storage: PrefsStorage | null = prefsStorage()): Prefs {
  try {
    return parsePrefs(storage?.getItem(PREFS_KEY)).prefs;
  } catch {
    return {};
  }
}

/** Keeps `patch` over what is kept; a patch with a value failing its guard is not written. */
export function savePrefs(patch: Prefs, storage: PrefsStorage | null = prefsStorage()): void {
  const checked = checkFields(patch);
  if (checked.dropped.length > 0 || !storage) return;
  try {
    const next = { ...parsePrefs(storage.getItem(PREFS_KEY)).prefs, ...checked.prefs };
    storage.setItem(PREFS_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the choice holds for this visit only.
  }
}
