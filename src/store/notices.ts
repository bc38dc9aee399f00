/**
 * Notices: short messages in both languages (so a language switch also switches open
 * notices), each with a level. Pure, so grouping, shortening and merging are unit-tested
 * without a browser.
 *
 * - `info` says what the app did for the reader (a search added a therapy); it leaves by
 *   itself after INFO_LINGERS_MS. `warning` and `error` say something was not done as asked
 *   (a link value ignored, stored preferences unreadable) and stay until dismissed.
 * - Values quoted from outside (a link, a stored file) are shortened, so a 51 KB parameter
 *   costs one line, not a screen.
 * - Many problems of one kind become one notice ("500 link values ignored: a, b, c, …").
 * - A notice may offer one action (Undo after a removal): a button with its own accessible
 *   name; such a notice stays longer (ACTION_LINGERS_MS), and while the pointer or focus is
 *   on it, for as long as the reader wants.
 */

export const NOTICE_LEVELS = ['info', 'warning', 'error'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

/** One thing a notice offers to do: the button's text and accessible name in both languages. */
export interface NoticeAction {
  text: { en: string; zh: string };
  /** The button's accessible name, saying what it acts on ("Undo removing WP3614"). */
  label: { en: string; zh: string };
  run: () => void;
  /** Move the keyboard focus to the button when the notice appears (the control that led to it is gone). */
  focus?: boolean;
}

/** What a caller hands to `notify`: the text in both languages and, by default, `info`. */
export interface NoticeText {
  en: string;
  zh: string;
  level?: NoticeLevel;
  action?: NoticeAction;
}

/** A notice on screen. `count`: how many times the same text was raised while it was open. */
export interface Notice {
  id: number;
  en: string;
  zh: string;
  level: NoticeLevel;
  count: number;
  action?: NoticeAction;
}

/** Quoted values longer than this many characters are cut, with "…". */
export const SHORTEN_AT = 40;
/** How long an informational notice stays. Long enough to read two lines twice. */
export const INFO_LINGERS_MS = 6000;
/** How long a notice offering an action (Undo) stays: long enough to reach it from the keyboard. */
export const ACTION_LINGERS_MS = 20_000;
/** More distinct notices than this are not kept: the oldest go first. */
export const MAX_NOTICES = 5;
/** Up to this many link problems get a notice each; more become one grouped notice. */
export const GROUP_ABOVE = 3;
/** A grouped notice names this many of its values, then "…". */
export const GROUP_NAMES = 5;

/**
 * `text` cut to `max` characters (code points, so no half of a surrogate pair) plus "…".
 * Control characters become spaces: a quoted value must not break the notice's line or
 * reorder it (U+202E).
 */
export function shorten(text: string, max = SHORTEN_AT): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}

/**
 * The list after raising `text`: the same text already open is counted again (and moves to
 * the end, as the latest), not stacked; beyond MAX_NOTICES the oldest is dropped.
 */
export function addNotice(list: readonly Notice[], text: NoticeText, id: number): Notice[] {
  const level = text.level ?? 'info';
  const same = list.find((n) => n.en === text.en && n.zh === text.zh && n.level === level);
  const rest = same ? list.filter((n) => n !== same) : [...list];
  // The same text raised again acts on the latest occasion (a pathway removed, restored and removed again).
  const action = text.action ? { action: text.action } : {};
  const next: Notice = same
    ? { id: same.id, en: same.en, zh: same.zh, level, count: same.count + 1, ...action }
    : { id, en: text.en, zh: text.zh, level, count: 1, ...action };
  return [...rest, next].slice(-MAX_NOTICES);
}

/** How long a notice stays by itself: informational ones leave (later if they offer an action), the others wait. */
export function lingers(level: NoticeLevel, action = false): number | null {
  if (level !== 'info') return null;
  return action ? ACTION_LINGERS_MS : INFO_LINGERS_MS;
}

/** One problem found in a link: its own notice, and the short name a grouped notice uses. */
export interface LinkProblem extends NoticeText {
  /** `param="value"`, shortened. */
  brief: string;
}

/** `param="value"` with both parts shortened. */
export function briefValue(param: string, value: string): string {
  return `${shorten(param)}="${shorten(value)}"`;
}

/**
 * The notices for a link's problems: one each while they are few, else one grouped notice
 * naming the first GROUP_NAMES.
 */
export function linkNotices(problems: readonly LinkProblem[]): NoticeText[] {
  if (problems.length <= GROUP_ABOVE) return problems.map(({ en, zh, level }) => ({ en, zh, level }));
  const names = problems.slice(0, GROUP_NAMES).map((p) => p.brief);
  const more = problems.length > GROUP_NAMES ? ', …' : '';
  const moreZh = problems.length > GROUP_NAMES ? '、…' : '';
  return [
    {
      en: `${problems.length} link values ignored: ${names.join(', ')}${more}`,
      zh: `链接中有 ${problems.length} 个值无效，已忽略：${names.join('、')}${moreZh}`,
      level: 'warning',
    },
  ];
}
