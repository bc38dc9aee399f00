/**
 * Arrangements in the app: which arrangement the current view is drawn with, keeping a
 * person's drags, and the toolbar's "Reset arrangement" and "Save arrangement as file".
 *
 * A view's arrangement is the one this browser keeps for it (IndexedDB), else the curated
 * layout file shipped with the knowledge base (graphs/layouts/), else none (the automatic
 * layout). Stories are laid out from the story's own graph, so they are never arranged.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import {
  type Arrangement,
  arrangementOf,
  layoutFileName,
  layoutFileText,
  type Point,
  type ViewKey,
  viewKey,
  viewKeyString,
} from '../model/arrangement';
import type { CuratedLayout } from '../model/layout-file';
import { arrangementStore } from '../store/arrangement-store';
import type { ViewHandle } from '../view/view-handle';
import { downloadText } from './download';
import { useDismiss } from './useDismiss';

export interface ViewArrangement {
  /** The current view, or null when nothing is arranged (a story, or no therapy ticked). */
  view: ViewKey | null;
  /** What to draw the view with: the kept arrangement, else the curated one, else null. */
  arrangement: Arrangement | null;
  /** The curated layout file of this view, if the knowledge base has one. */
  curated: CuratedLayout | undefined;
  /** This browser keeps an arrangement of the view (so there is something to reset). */
  kept: boolean;
  /** Keeps the positions a person arranged (the view calls this after a drag). */
  onArranged: (positions: ReadonlyMap<string, Point>) => void;
  /** Forgets the kept arrangement and lays the view out again (curated, or automatic). */
  reset: () => void;
}

/** The arrangement of the current view, loaded when the view changes. */
export function useArrangement(): ViewArrangement {
  const { layouts } = useAppContext();
  const therapies = useApp((s) => s.therapies);
  const withComponents = useApp((s) => s.withComponents);
  const direction = useApp((s) => s.direction);
  const inStory = useApp((s) => s.story !== null);
  const requestLayout = useApp((s) => s.requestLayout);
  const view = useMemo(
    () => (inStory || therapies.length === 0 ? null : viewKey(therapies, withComponents, direction)),
    [inStory, therapies, withComponents, direction],
  );
  const key = view ? viewKeyString(view) : null;
  const curated = useMemo(
    () => (key ? layouts?.find((l) => viewKeyString(l.arrangement.view) === key) : undefined),
    [layouts, key],
  );
  /** The kept arrangement of the view `key` (null: none kept), once loaded. */
  const [kept, setKept] = useState<{ key: string; arrangement: Arrangement | null } | null>(null);

  useEffect(() => {
    if (!view || !key) return;
    let current = true;
    arrangementStore()
      .load(view)
      .then((arrangement) => {
        // A drag while loading is newer than what was stored.
        if (current) setKept((k) => (k?.key === key ? k : { key, arrangement }));
      });
    return () => {
      current = false;
    };
  }, [view, key]);

  // Until the view's own state is loaded, it draws with its curated layout (or none).
  const mine = kept?.key === key ? kept.arrangement : null;
  const arrangement = mine ?? curated?.arrangement ?? null;

  const onArranged = useCallback(
    (positions: ReadonlyMap<string, Point>) => {
      if (!view || !key) return;
      const next = arrangementOf(view, positions);
      setKept({ key, arrangement: next });
      void arrangementStore().save(next);
    },
    [view, key],
  );
  const reset = useCallback(() => {
    if (!view || !key) return;
    setKept({ key, arrangement: null });
    void arrangementStore().remove(view);
    requestLayout();
  }, [view, key, requestLayout]);

  return { view, arrangement, curated, kept: mine !== null, onArranged, reset };
}

/** The disclosure's look: the Export menu's, so the toolbar reads as one. */
const summaryStyle = {
  cursor: 'pointer',
  border: '1px solid #9a9a9a',
  borderRadius: 5,
  padding: '3px 10px',
  background: '#fff',
} as const;
const panelStyle = {
  position: 'absolute',
  top: 'calc(100% + 4px)',
  left: 0,
  zIndex: 30,
  width: 300,
  background: '#fff',
  border: '1px solid #9a9a9a',
  borderRadius: 6,
  boxShadow: '0 4px 14px rgba(0,0,0,0.15)',
  padding: '8px 12px',
  fontSize: 13,
  display: 'flex',
  flexDirection: 'column',
  gap: 6,
} as const;

/**
 * The toolbar's "Arrangement" disclosure: what dragging does, and the two actions. One
 * small toolbar item, so the toolbar does not grow a row.
 */
export function ArrangementControls({
  arranged,
  view: diagram,
}: {
  arranged: ViewArrangement;
  view: ViewHandle | null;
}) {
  const t = useT();
  const { view } = arranged;
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);

  useDismiss(details, open);

  const save = () => {
    if (!view || !diagram) return;
    downloadText(layoutFileText(arrangementOf(view, diagram.positions())), layoutFileName(view), 'application/json');
  };
  const notes = !view
    ? [t('arrangementNone')]
    : [
        t('arrangementHint'),
        ...(arrangementStore().persistent ? [] : [t('arrangementNotKept')]),
        ...(arranged.curated ? [t('arrangementCurated')] : []),
      ];
  return (
    <details
      ref={details}
      className="arrangement-menu"
      style={{ position: 'relative' }}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary style={summaryStyle}>{t('arrangement')}</summary>
      <div style={panelStyle}>
        {notes.map((note) => (
          <p key={note} style={{ margin: 0 }}>
            {note}
          </p>
        ))}
        <button type="button" onClick={arranged.reset} disabled={!arranged.kept} title={t('arrangementResetHint')}>
          {t('arrangementReset')}
        </button>
        <button type="button" onClick={save} disabled={!view} title={t('arrangementSaveHint')}>
          {t('arrangementSave')}
        </button>
      </div>
    </details>
  );
}
