/**
 * Teaching mode: pick a story, step forward and back (buttons or arrow keys), see the
 * caption and references of each step; "Present" shows it full screen with large type.
 */
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import type { StoryView } from '../app/derived';
import { isUncited } from '../model/citation';
import { citationMarks, pick } from '../model/text';
import { References, UncitedNote } from './RelationText';

const StoryExport = lazy(() => import('./StoryExport').then((m) => ({ default: m.StoryExport })));

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

export function StoryPicker() {
  const t = useT();
  const { stories } = useAppContext();
  const language = useApp((s) => s.language);
  const open = useApp((s) => s.story);
  const openStory = useApp((s) => s.openStory);
  if (stories.size === 0) return null;
  return (
    <label className="story-picker">
      <span>{t('story')}</span>
      <select value={open?.id ?? ''} onChange={(e) => openStory(e.target.value || null)}>
        <option value="">{t('noStory')}</option>
        {[...stories.values()].map((s) => (
          <option key={s.id} value={s.id}>
            {pick(s.title, language)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StoryPlayer({ view }: { view: StoryView }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const stepStory = useApp((s) => s.stepStory);
  const openStory = useApp((s) => s.openStory);
  const presenting = useApp((s) => s.presenting);
  const setPresenting = useApp((s) => s.setPresenting);
  const { story, step } = view;
  const total = story.steps.length;
  const current = story.steps[step];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') stepStory(1, total);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') stepStory(-1, total);
      else if (event.key === 'Home') stepStory(-total, total);
      else if (event.key === 'End') stepStory(total, total);
      else if (event.key === 'Escape' && presenting) setPresenting(false);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stepStory, total, presenting, setPresenting]);

  // Leaving full screen with the browser's own Escape also leaves the presentation.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);

  const present = async () => {
    setPresenting(!presenting);
    try {
      if (!presenting && !document.fullscreenElement) await document.documentElement.requestFullscreen();
      else if (presenting && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Full screen refused (e.g. in a frame): the presentation layout still applies.
    }
  };

  return (
    <section className="story-player" aria-label={t('story')}>
      <div className="story-bar">
        <strong className="story-title">{pick(story.title, language)}</strong>
        <button type="button" onClick={() => stepStory(-1, total)} disabled={step === 0} aria-label={t('previousStep')}>
          ←
        </button>
        <span className="story-progress">
          {t('step')} {step + 1} / {total}
        </span>
        <progress value={step + 1} max={total} aria-label={`${t('step')} ${step + 1} / ${total}`} />
        <button
          type="button"
          onClick={() => stepStory(1, total)}
          disabled={step === total - 1}
          aria-label={t('nextStep')}
        >
          →
        </button>
        <button type="button" onClick={present} aria-pressed={presenting}>
          {presenting ? t('leavePresentation') : t('present')}
        </button>
        {!presenting && (
          <Suspense fallback={null}>
            <StoryExport story={story} step={step} />
          </Suspense>
        )}
        {!presenting && (
          <button type="button" onClick={() => openStory(null)}>
            {t('closeStory')}
          </button>
        )}
      </div>
      <div className="story-caption" aria-live="polite">
        <Caption text={pick(current.caption, language)} />
        {isUncited(current) ? (
          <UncitedNote className="story-refs" />
        ) : presenting ? (
          <p className="story-refs">{citationMarks(current.references)}</p>
        ) : (
          <StoryReferences numbers={current.references} />
        )}
      </div>
    </section>
  );
}

/**
 * The step's caption, clamped to a few lines so the diagram keeps its room; when the text
 * is longer than that, a button shows all of it (nothing is cut without a way to read it).
 */
function Caption({ text }: { text: string }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text must be measured again
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Glyphs may poke a few pixels out of the last line: only a hidden line counts.
    const measure = () => {
      const line = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
      setOverflows(el.scrollHeight - el.clientHeight > line / 2);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [text, expanded]);
  return (
    <>
      <p id={id} data-testid="story-caption" ref={ref} className={expanded ? 'caption' : 'caption clamped'}>
        {text}
      </p>
      {(overflows || expanded) && (
        <button
          type="button"
          className="link caption-more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('captionLess') : t('captionMore')}
        </button>
      )}
    </>
  );
}

/** The step's references, collapsed to one line with their count until the reader opens them. */
function StoryReferences({ numbers }: { numbers: readonly number[] }) {
  const t = useT();
  return (
    <References
      numbers={numbers}
      open={false}
      className="references story-references"
      summary={
        <>
          {t('referencesCount').replace('{n}', String(numbers.length))}{' '}
          <span className="story-refs">{citationMarks(numbers)}</span>
        </>
      }
    />
  );
}
