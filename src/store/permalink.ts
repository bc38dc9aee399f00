/**
 * The view as a URL query string and back. Reading is forgiving: unknown or malformed
 * values are dropped with a notice saying what was ignored and what is allowed; the rest
 * of the link still applies. Pure, so it is unit-tested without a browser.
 */
import type { KnowledgeBase } from '../model/knowledge-base';
import { CERTAINTY_FILTERS, type CertaintyFilter } from '../model/query';
import { ENTITY_TYPES, type EntityType, MECHANISM_CATEGORIES, type MechanismCategory } from '../model/vocabulary';
import { briefValue, type LinkProblem, linkNotices, type NoticeText, shorten } from './notices';
import { defaultViewState, MAX_STEPS, PANELS, type Panel, type ViewState } from './view-state';

export type { NoticeText } from './notices';

export function writePermalink(state: ViewState): string {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  if (state.therapies.join() !== defaults.therapies.join()) params.set('therapy', state.therapies.join(',') || 'none');
  if (!state.withComponents) params.set('components', '0');
  if (state.categories.length) params.set('category', state.categories.join(','));
  if (state.entityTypes.length) params.set('type', state.entityTypes.join(','));
  if (state.evidence !== 'all') params.set('evidence', state.evidence);
  if (state.certainty !== 'all') params.set('certainty', state.certainty);
  if (state.steps > 0) params.set('steps', String(state.steps));
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.language !== 'en') params.set('lang', state.language);
  if (state.direction !== 'TB') params.set('layout', state.direction);
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.panel !== defaults.panel) params.set('panel', state.panel);
  if (state.compareScope !== defaults.compareScope) params.set('compare', state.compareScope);
  if (state.compareSet) params.set('set', state.compareSet);
  if (state.story) {
    params.set('story', state.story.id);
    params.set('step', String(state.story.step + 1));
  }
  if (state.presenting) params.set('present', '1');
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

/** Story ids and lengths, so a link to a story step can be checked. */
export type StoryIndex = ReadonlyMap<string, number>;

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
  const list = (param: string) =>
    (params.get(param) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);

  const known = new Set(params.keys());
  const KNOWN = [
    'therapy',
    'components',
    'category',
    'type',
    'evidence',
    'certainty',
    'steps',
    'entity',
    'relation',
    'mechanism',
    'lang',
    'layout',
    'from',
    'to',
    'panel',
    'compare',
    'set',
    'story',
    'step',
    'present',
  ];
  for (const key of known) {
    if (!KNOWN.includes(key)) {
      ignored(key, params.get(key) ?? '', `parameters ${KNOWN.join(', ')}`);
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

  if (params.has('therapy')) {
    const ids = list('therapy');
    if (ids.length === 1 && ids[0] === 'none') state.therapies = [];
    else {
      const valid = ids.filter((id) => kb.therapyById.has(id));
      for (const id of ids) if (!kb.therapyById.has(id)) ignored('therapy', id, [...kb.therapyById.keys()].join(', '));
      state.therapies = valid.length > 0 ? valid : state.therapies;
    }
  }
  if (params.get('components') === '0') state.withComponents = false;
  for (const c of list('category')) {
    if ((MECHANISM_CATEGORIES as readonly string[]).includes(c)) state.categories.push(c as MechanismCategory);
    else ignored('category', c, MECHANISM_CATEGORIES.join(', '));
  }
  for (const t of list('type')) {
    if ((ENTITY_TYPES as readonly string[]).includes(t)) state.entityTypes.push(t as EntityType);
    else ignored('type', t, ENTITY_TYPES.join(', '));
  }
  const evidence = params.get('evidence');
  if (evidence !== null) {
    if (evidence === 'own-group' || evidence === 'other' || evidence === 'all') state.evidence = evidence;
    else ignored('evidence', evidence, 'all, own-group, other');
  }
  const certainty = params.get('certainty');
  if (certainty !== null) {
    if ((CERTAINTY_FILTERS as readonly string[]).includes(certainty)) state.certainty = certainty as CertaintyFilter;
    else
      ignored(
        'certainty',
        certainty,
        'all, stated (only what the review states as findings)',
        'all、stated（仅显示综述明确陈述的关系）',
      );
  }
  const steps = params.get('steps');
  if (steps !== null) {
    const n = Number(steps);
    if (Number.isInteger(n) && n >= 0 && n <= MAX_STEPS) state.steps = n;
    else ignored('steps', steps, `a whole number from 0 to ${MAX_STEPS}`, `0 到 ${MAX_STEPS} 的整数`);
  }
  const entity = params.get('entity');
  if (entity !== null) {
    if (kb.entityById.has(entity)) state.selection = { kind: 'entity', id: entity };
    else ignored('entity', entity, 'the id of an entity in the knowledge base', '知识库中实体的 id');
  }
  const relation = params.get('relation');
  if (relation !== null) {
    if (kb.relationById.has(relation)) state.selection = { kind: 'relation', id: relation };
    else ignored('relation', relation, 'the id of a relation in the knowledge base', '知识库中关系的 id');
  }
  const mechanism = params.get('mechanism');
  if (mechanism !== null) {
    if (kb.mechanismById.has(mechanism)) state.selection = { kind: 'mechanism', id: mechanism };
    else ignored('mechanism', mechanism, 'the id of a mechanism in the knowledge base', '知识库中机制的 id');
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'zh') state.language = lang;
    else ignored('lang', lang, 'en, zh');
  }
  const layout = params.get('layout');
  if (layout !== null) {
    if (layout === 'TB' || layout === 'LR') state.direction = layout;
    else ignored('layout', layout, 'TB, LR');
  }
  for (const end of ['from', 'to'] as const) {
    const id = params.get(end);
    if (id === null) continue;
    if (kb.entityById.has(id)) state[end === 'from' ? 'pathFrom' : 'pathTo'] = id;
    else ignored(end, id, 'the id of an entity in the knowledge base', '知识库中实体的 id');
  }
  const panel = params.get('panel');
  if (panel !== null) {
    if ((PANELS as readonly string[]).includes(panel)) state.panel = panel as Panel;
    else ignored('panel', panel, PANELS.join(', '));
  }
  const compare = params.get('compare');
  if (compare !== null) {
    if (compare === 'genes' || compare === 'all') state.compareScope = compare;
    else ignored('compare', compare, 'genes, all');
  }
  const set = params.get('set');
  if (set !== null) {
    const ids = set.split('+');
    if (ids.length > 0 && ids.every((t) => state.therapies.includes(t))) state.compareSet = ids.join('+');
    else ignored('set', set, 'chosen therapy ids joined by "+"', '以“+”连接的已选治疗方案 id');
  }
  const story = params.get('story');
  if (story !== null) {
    const length = stories.get(story);
    if (length === undefined) ignored('story', story, [...stories.keys()].join(', ') || 'no stories are loaded');
    else {
      const stepText = params.get('step') ?? '1';
      const step = Number(stepText);
      if (Number.isInteger(step) && step >= 1 && step <= length) state.story = { id: story, step: step - 1 };
      else {
        ignored('step', stepText, `a whole number from 1 to ${length}`, `1 到 ${length} 的整数`);
        state.story = { id: story, step: 0 };
      }
    }
  }
  if (params.get('present') === '1' && state.story) state.presenting = true;
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
