/**
 * The open notices, in a region over the diagram's top-right corner below the toolbar, so
 * they cover no control (the search box, the story picker, the panels stay usable) and push
 * nothing. Warnings and errors sit in an alert region and stay until dismissed; informational
 * ones in a status region, leaving by themselves after a few seconds (not while the pointer
 * or the keyboard focus is on them, so they can be read). "Dismiss all" when several are open.
 * A notice may carry one action (Undo), a button named for what it acts on, which takes the
 * focus when the control that led to the notice is gone.
 */
import { useEffect, useRef, useState } from 'react';
import { useApp, useT } from '../app/context';
import { lingers, type Notice } from '../store/notices';

export function Notices() {
  const t = useT();
  const notices = useApp((s) => s.notices);
  const dismissAll = useApp((s) => s.dismissAllNotices);
  const [held, setHeld] = useState(false);
  // Live regions announce what is added to them, not what they are born with: the regions
  // are rendered empty first, and the notices a link raised at start-up arrive after.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const shown = ready ? notices : [];
  const urgent = shown.filter((n) => n.level !== 'info');
  const info = shown.filter((n) => n.level === 'info');
  return (
    <section
      className="notices"
      aria-label={t('noticesRegion')}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
    >
      <div role="alert" className="notice-list">
        {urgent.map((n) => (
          <NoticeItem key={`${n.id}-${n.count}`} notice={n} held={held} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="notice-list">
        {info.map((n) => (
          <NoticeItem key={`${n.id}-${n.count}`} notice={n} held={held} />
        ))}
      </div>
      {shown.length > 1 && (
        <button type="button" className="notice-dismiss-all" onClick={dismissAll}>
          {t('dismissAll').replace('{n}', String(shown.length))}
        </button>
      )}
    </section>
  );
}

function NoticeItem({ notice, held }: { notice: Notice; held: boolean }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const dismiss = useApp((s) => s.dismissNotice);
  const { id, count, level, action } = notice;
  const button = useRef<HTMLButtonElement>(null);
  const hasAction = action !== undefined;
  useEffect(() => {
    const ms = lingers(level, hasAction);
    if (ms === null || held) return;
    // Keyed by id and count: a notice raised again is a new item, and its clock restarts.
    const timer = setTimeout(() => dismiss(id), ms);
    return () => clearTimeout(timer);
  }, [id, level, held, dismiss, hasAction]);
  const focus = action?.focus === true;
  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);
  const text = notice[language];
  return (
    <div className={`notice notice-${level}`}>
      <span>
        {text}
        {count > 1 && <span className="notice-count">{` (${count}×)`}</span>}
      </span>
      {action && (
        <button
          ref={button}
          type="button"
          className="notice-action"
          aria-label={action.label[language]}
          data-notice-action
          onClick={() => {
            dismiss(id);
            action.run();
          }}
        >
          {action.text[language]}
        </button>
      )}
      <button type="button" onClick={() => dismiss(id)} aria-label={`${t('dismiss')}: ${text}`}>
        ×
      </button>
    </div>
  );
}
