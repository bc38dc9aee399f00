/** Export the current step, or every step, of a story as SVG figures, plus a caption outline. */
import { useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import { storyStepName } from '../export/file-name';
import { writeSvg } from '../export/svg-writer';
import { citationSuffix } from '../model/citation';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { Story } from '../model/story';
import { storyOutline } from '../model/story-outline';
import { storyStepState } from '../model/story-state';
import { pick } from '../model/text';
import type { Language } from '../model/vocabulary';
import type { TherapyColours } from '../style/palette';
import type { ViewHandle } from '../view/view-handle';
import { downloadText } from './download';

function stepSvg(
  view: ViewHandle,
  kb: KnowledgeBase,
  story: Story,
  index: number,
  language: Language,
  colours: TherapyColours,
) {
  const state = storyStepState(story, index, kb);
  const step = story.steps[index];
  const figure = view.figure(kb, {
    scope: 'whole',
    only: { entities: state.entities, relations: state.relations },
    // From the second step on, the step's own part is outlined and earlier steps are quieter.
    ...(index > 0 ? { emphasis: { entities: state.currentEntities, relations: state.currentRelations } } : {}),
    language,
    colours,
    title: `${pick(story.title, language)} (${index + 1}/${story.steps.length})`,
    caption: `${pick(step.caption, language)}${citationSuffix(step, language)}`.trim(),
  });
  return writeSvg(figure, { size: { unit: 'px', width: 1920, height: 1080 } });
}

export function StoryExport({ story, step }: { story: Story; step: number }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const [status, setStatus] = useState('');
  const view = useApp((s) => s.view);
  const name = (index: number) => storyStepName(kb.atlas.filePrefix, story.id, language, index + 1);
  const exportStep = () => {
    if (!view) return;
    downloadText(stepSvg(view, kb, story, step, language, colours), name(step), 'image/svg+xml');
    setStatus(`${t('saved')} ${name(step)}`);
  };
  const exportAll = () => {
    if (!view) return;
    story.steps.forEach((_, i) => {
      downloadText(stepSvg(view, kb, story, i, language, colours), name(i), 'image/svg+xml');
    });
    const outline = `${kb.atlas.filePrefix}-${story.id}-${language}-outline.txt`;
    downloadText(storyOutline(story, kb, language), outline, 'text/plain;charset=utf-8');
    setStatus(`${t('saved')} ${story.steps.length} SVG + ${outline}`);
  };
  return (
    <span className="story-export">
      <button type="button" onClick={exportStep}>
        {t('exportStep')}
      </button>
      <button type="button" onClick={exportAll}>
        {t('exportStory')}
      </button>
      <span className="small" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
