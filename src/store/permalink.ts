/**
 * The view as a URL query string and back. Reading is forgiving: unknown or malformed
 * values are dropped with a notice saying what was ignored and what is allowed; the rest
 * of the link still applies. Pure, so it is unit-tested without a browser.
 *
 * Every parameter is one row of LINK_PARAMS: its name, how its value is read into the
 * view state and how the state writes it. The parameters a link may carry are that
 * table's names, and a parameter taking one of a list reads the model's `as const` list,
 * so a new direction, panel or filter value is allowed in links without touching this file.
 */
import { LAYOUT_DIRECTIONS } from '../model/arrangement';
import type { KnowledgeBase } from '../model/knowledge-base';
import { CERTAINTY_FILTERS, EVIDENCE_FILTERS } from '../model/query';
import { COMPARE_SCOPES } from '../model/shared-table';
import { ENTITY_TYPES, LANGUAGES, MECHANISM_CATEGORIES } from '../model/vocabulary';
import { briefValue, type LinkProblem, linkNotices, type NoticeText, shorten } from './notices';
import { defaultViewState, MAX_STEPS, PANELS, SELECTION_KINDS, type SelectionKind, type ViewState } from './view-state';

export type { NoticeText } from './notices';

/** Story ids and lengths, so a link to a story step can be checked. */
export type StoryIndex = ReadonlyMap<string, number>;

/** What a parameter's reader works with besides its value. */
interface Reading {
  /** The state being built: the defaults, then every parameter above this one in the table. */
  state: ViewState;
  kb: KnowledgeBase;
  stories: StoryIndex;
  /** Reports a value of this parameter as not used, saying what is allowed. */
  ignore: (value: string, allowed: string, allowedZh?: string) => void;
}

/** One URL parameter. */
interface LinkParam {
  param: string;
  /** Reads the parameter's (first) value into the state, or reports it as ignored. */
  parse: (value: string, reading: Reading) => void;
  /** The state's value as link text, or null when the link need not carry it (the default). */
  write: (state: ViewState, defaults: ViewState) => string | null;
}

/** The view-state fields that hold one value of a list. */
type ChoiceKey = { [K in keyof ViewState]: ViewState[K] extends string ? K : never }[keyof ViewState];

/** A parameter taking one value of `values`, written only when it is not the default. */
function choice<K extends ChoiceKey>(
  param: string,
  key: K,
  values: readonly (ViewState[K] & string)[],
  allowed?: { en: string; zh: string },
): LinkParam {
  return {
    param,
    parse: (value, { state, ignore }) => {
      const chosen = values.find((v) => v === value);
      if (chosen === undefined) ignore(value, allowed?.en ?? values.join(', '), allowed?.zh);
      else state[key] = chosen;
    },
    // Found in the list rather than returned as is: that is what types the field's value as text.
    write: (state, defaults) => (state[key] === defaults[key] ? null : (values.find((v) => v === state[key]) ?? null)),
  };
}

/** The comma-separated items of a value, trimmed, empty ones dropped. */
const items = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** The items of a value that are in `values`; each other item is reported. */
function listed<T extends string>(value: string, values: readonly T[], ignore: Reading['ignore']): T[] {
  const kept: T[] = [];
  for (const item of items(value)) {
    const known = values.find((v) => v === item);
    if (known === undefined) ignore(item, values.join(', '));
    else kept.push(known);
  }
  return kept;
}

/** How each kind of selection is looked up, and named in a notice. */
const SELECTION_LOOKUP: Record<
  SelectionKind,
  { has: (kb: KnowledgeBase, id: string) => boolean; en: string; zh: string }
> = {
  entity: { has: (kb, id) => kb.entityById.has(id), en: 'an entity', zh: '实体' },
  relation: { has: (kb, id) => kb.relationById.has(id), en: 'a relation', zh: '关系' },
  mechanism: { has: (kb, id) => kb.mechanismById.has(id), en: 'a mechanism', zh: '机制' },
};

/** A path end (`from`, `to`): an entity id. */
function pathEnd(param: 'from' | 'to', key: 'pathFrom' | 'pathTo'): LinkParam {
  return {
    param,
    parse: (value, { state, kb, ignore }) => {
      if (kb.entityById.has(value)) state[key] = value;
      else ignore(value, 'the id of an entity in the knowledge base', '知识库中实体的 id');
    },
    write: (state) => state[key],
  };
}

/**
 * Every parameter, in the order links are written and read. The order matters where one
 * reading uses another's: `set` checks the therapies, `step` and `present` need the story;
 * of `entity`, `relation` and `mechanism` the last given wins.
 */
const LINK_PARAMS: readonly LinkParam[] = [
  {
    param: 'therapy',
    parse: (value, { state, kb, ignore }) => {
      const ids = items(value);
      if (ids.length === 1 && ids[0] === 'none') {
        state.therapies = [];
        return;
      }
      const valid = ids.filter((id) => kb.therapyById.has(id));
      // An imported pathway lives in the browser that opened it: a link to one can reach a browser without it.
      const known = [...kb.therapyById.keys()].join(', ');
      for (const id of ids) {
        if (kb.therapyById.has(id)) continue;
        ignore(
          id,
          `${known} (a pathway imported in another browser is not here: imported pathways stay in the browser that opened them)`,
          `${known}（在其他浏览器中导入的通路不在此处：导入的通路只保存在打开它的浏览器中）`,
        );
      }
      if (valid.length > 0) state.therapies = valid;
    },
    write: (state, defaults) =>
      state.therapies.join() === defaults.therapies.join() ? null : state.therapies.join(',') || 'none',
  },
  {
    param: 'components',
    // Only "0" means anything: components are on unless a link turns them off.
    parse: (value, { state }) => {
      if (value === '0') state.withComponents = false;
    },
    write: (state) => (state.withComponents ? null : '0'),
  },
  {
    param: 'category',
    parse: (value, { state, ignore }) => {
      state.categories = listed(value, MECHANISM_CATEGORIES, ignore);
    },
    write: (state) => (state.categories.length ? state.categories.join(',') : null),
  },
  {
    param: 'type',
    parse: (value, { state, ignore }) => {
      state.entityTypes = listed(value, ENTITY_TYPES, ignore);
    },
    write: (state) => (state.entityTypes.length ? state.entityTypes.join(',') : null),
  },
  choice('evidence', 'evidence', EVIDENCE_FILTERS),
  choice('certainty', 'certainty', CERTAINTY_FILTERS, {
    en: 'all, stated (only what the review states as findings)',
    zh: 'all、stated（仅显示综述明确陈述的关系）',
  }),
  {
    param: 'steps',
    parse: (value, { state, ignore }) => {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 0 && n <= MAX_STEPS) state.steps = n;
      else ignore(value, `a whole number from 0 to ${MAX_STEPS}`, `0 到 ${MAX_STEPS} 的整数`);
    },
    write: (state) => (state.steps > 0 ? String(state.steps) : null),
  },
  ...SELECTION_KINDS.map(
    (kind): LinkParam => ({
      param: kind,
      parse: (value, { state, kb, ignore }) => {
        const lookup = SELECTION_LOOKUP[kind];
        if (lookup.has(kb, value)) state.selection = { kind, id: value };
        else ignore(value, `the id of ${lookup.en} in the knowledge base`, `知识库中${lookup.zh}的 id`);
      },
      write: (state) => (state.selection?.kind === kind ? state.selection.id : null),
    }),
  ),
  choice('lang', 'language', LANGUAGES),
  choice('layout', 'direction', LAYOUT_DIRECTIONS),
  pathEnd('from', 'pathFrom'),
  pathEnd('to', 'pathTo'),
  choice('panel', 'panel', PANELS),
  choice('compare', 'compareScope', COMPARE_SCOPES),
  {
    param: 'set',
    parse: (value, { state, ignore }) => {
      const ids = value.split('+');
      if (ids.length > 0 && ids.every((t) => state.therapies.includes(t))) state.compareSet = ids.join('+');
      else ignore(value, 'chosen therapy ids joined by "+"', '以“+”连接的已选治疗方案 id');
    },
    write: (state) => state.compareSet,
  },
  {
    param: 'story',
    parse: (value, { state, stories, ignore }) => {
      if (stories.has(value)) state.story = { id: value, step: 0 };
      else ignore(value, [...stories.keys()].join(', ') || 'no stories are loaded');
    },
    write: (state) => state.story?.id ?? null,
  },
  {
    param: 'step',
    // 1-based in the link; only read when the story was: without one there is no step to check.
    parse: (value, { state, stories, ignore }) => {
      const length = state.story ? stories.get(state.story.id) : undefined;
      if (!state.story || length === undefined) return;
      const step = Number(value);
      if (Number.isInteger(step) && step >= 1 && step <= length) state.story = { id: state.story.id, step: step - 1 };
      else ignore(value, `a whole number from 1 to ${length}`, `1 到 ${length} 的整数`);
    },
    write: (state) => (state.story ? String(state.story.step + 1) : null),
  },
  {
    param: 'present',
    parse: (value, { state }) => {
      if (value === '1' && state.story) state.presenting = true;
    },
    write: (state) => (state.presenting ? '1' : null),
  },
  {
    // A dataset by its content hash (SHA-256, hex): whether this browser has it is known
    // only once its store answers (src/app/overlay/use-overlay-link.ts says so if not).
    param: 'data',
    parse: (value, { state, ignore }) => {
      if (/^[0-9a-f]{64}$/.test(value)) state.overlayDataset = value;
      else ignore(value, 'a dataset id (64 hexadecimal digits)', '数据集 id（64 位十六进制数）');
    },
    write: (state) => state.overlayDataset,
  },
  {
    param: 'column',
    parse: (value, { state }) => {
      if (state.overlayDataset) state.overlayColumn = value;
    },
    write: (state) => (state.overlayDataset ? state.overlayColumn : null),
  },
];

/** The parameters a link may carry. */
export const LINK_PARAMETERS: readonly string[] = LINK_PARAMS.map((p) => p.param);

export function writePermalink(state: ViewState): string {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  for (const { param, write } of LINK_PARAMS) {
    const value = write(state, defaults);
    if (value !== null) params.set(param, value);
  }
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

export function readPermalink(
  search: string,
  kb: KnowledgeBase,
  stories: StoryIndex = new Map(),
): { state: ViewState; notices: NoticeText[] } {
  const state = defaultViewState();
  const notices: NoticeText[] = [];
  /** Values not used as the link asks: grouped into one notice when there are many. */
  const problems: LinkProblem[] = [];
  const params = new URLSearchParams(search);
  // Quoted values are shortened: a link can carry kilobytes, a notice is one line.
  const ignored = (param: string, value: string, allowed: string, allowedZh = allowed) =>
    problems.push({
      en: `The link's ${shorten(param)}="${shorten(value)}" is not valid and was ignored. Allowed: ${allowed}.`,
      zh: `链接中的 ${shorten(param)}=“${shorten(value)}” 无效，已忽略。允许的值：${allowedZh}。`,
      brief: briefValue(param, value),
      level: 'warning',
    });

  for (const key of new Set(params.keys())) {
    if (!LINK_PARAMETERS.includes(key)) {
      ignored(key, params.get(key) ?? '', `parameters ${LINK_PARAMETERS.join(', ')}`);
      continue;
    }
    // Every reading below takes the first value (URLSearchParams.get): say so, naming it.
    const values = params.getAll(key);
    if (values.length > 1) {
      const first = shorten(values[0] ?? '');
      problems.push({
        en: `The link gives ${key} ${values.length} times; the first, ${key}="${first}", was used and the others ignored.`,
        zh: `链接中 ${key} 出现了 ${values.length} 次；已使用第一个值 ${key}=“${first}”，其余已忽略。`,
        brief: `${key}×${values.length}`,
        level: 'warning',
      });
    }
  }

  for (const { param, parse } of LINK_PARAMS) {
    const value = params.get(param);
    if (value === null) continue;
    parse(value, { state, kb, stories, ignore: (v, allowed, allowedZh) => ignored(param, v, allowed, allowedZh) });
  }
  if (state.steps > 0 && state.selection?.kind !== 'entity') {
    notices.push({
      en: 'The link asks for a neighbourhood but selects no entity; the neighbourhood filter is off.',
      zh: '链接要求显示邻域但未选择实体；邻域筛选已关闭。',
      level: 'warning',
    });
    state.steps = 0;
  }
  return { state, notices: [...linkNotices(problems), ...notices] };
}
