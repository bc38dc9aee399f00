/**
 * The page title for a view, so a tab, a bookmark and the history list say what each entry
 * shows: the story and its step, or the therapies; then the selection; in the UI language;
 * then the atlas's name. Pure, unit-tested.
 */
import type { KnowledgeBase } from '../model/knowledge-base';
import { entityLabel, pick, relationSentence } from '../model/text';
import { shorten } from '../store/notices';
import type { ViewState } from '../store/view-state';

/** Title parts longer than this (a relation's sentence) are cut with "…". */
const PART_AT = 60;

export type TitleView = Pick<ViewState, 'language' | 'therapies' | 'selection' | 'story'>;

/** Story ids with their title and number of steps. */
export type StoryTitles = ReadonlyMap<string, { title: { en: string; zh?: string }; steps: readonly unknown[] }>;

export function viewTitle(view: TitleView, kb: KnowledgeBase, stories: StoryTitles): string {
  const { language } = view;
  const zh = language === 'zh';
  const parts: string[] = [];
  const story = view.story ? stories.get(view.story.id) : undefined;
  if (view.story && story) {
    const step = `${view.story.step + 1}/${story.steps.length}`;
    parts.push(`${shorten(pick(story.title, language), PART_AT)} · ${zh ? `第 ${step} 步` : `step ${step}`}`);
  } else {
    const names = view.therapies.map((id) => {
      const therapy = kb.therapyById.get(id);
      return therapy ? pick(therapy.label, language) : id;
    });
    parts.push(names.length > 0 ? names.join(' + ') : zh ? '未选择治疗方案' : 'no therapy chosen');
  }
  const selected = selectionName(view, kb);
  if (selected) parts.push(shorten(selected, PART_AT));
  return `${parts.join(' · ')} — ${pick(kb.atlas.title, language)}`;
}

function selectionName({ selection, language }: TitleView, kb: KnowledgeBase): string | null {
  if (!selection) return null;
  if (selection.kind === 'entity') {
    const entity = kb.entityById.get(selection.id);
    return entity ? entityLabel(entity, language) : null;
  }
  if (selection.kind === 'relation') {
    const relation = kb.relationById.get(selection.id);
    return relation ? relationSentence(kb, relation, language) : null;
  }
  const mechanism = kb.mechanismById.get(selection.id);
  return mechanism ? pick(mechanism.shortTitle ?? mechanism.title, language) : null;
}
