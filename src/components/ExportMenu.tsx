/**
 * The Export menu: SVG or PNG (1×, 2×, 4×) of the whole diagram, the current view or the
 * selection, at a journal-column or slide size, with an optional title; the language
 * follows the UI. A disclosure (`<details>`) holding a form: every control is labelled
 * and works from the keyboard, Escape closes it.
 */
import { useId, useRef, useState } from 'react';
import { useApp, useAppContext } from '../app/context';
import { useOverlay } from '../app/overlay/overlay-context';
import { PNG_SCALES } from '../export/raster';
import type { SizePreset } from '../export/svg-writer';
import type { Language } from '../model/vocabulary';
import { EXPORT_SIZES, MAX_EXPORT_TITLE, readPrefs, savePrefs } from '../store/prefs';
import { FIGURE_SCOPES, type FigureScope } from '../view/figure-from-cy';
import type { ViewHandle } from '../view/view-handle';
import { useDismiss } from './useDismiss';

/** The writers (SVG, PNG) load when the menu first opens, not with the page. */
const loadExport = () => import('./export-figure');

const FORMATS = ['svg', ...PNG_SCALES.map((s) => `png-${s}` as const)] as const;
type Format = (typeof FORMATS)[number];

const TEXT = {
  en: {
    export: 'Export',
    exportFigure: 'Export the diagram as a figure',
    format: 'Format',
    svg: 'SVG (vector, editable text)',
    png: (s: number) => `PNG ${s}×`,
    scope: 'What to export',
    whole: 'Whole diagram',
    view: 'Current view (what the filters show)',
    selection: 'Selection (highlighted entities and relations)',
    size: 'Size',
    'journal-85': 'Journal, one column (85 mm)',
    'journal-180': 'Journal, full width (180 mm)',
    'slide-16x9': 'Slide 16:9 (1920×1080)',
    title: 'Title (optional)',
    caption: 'Caption citing the source',
    download: 'Download',
    noDiagram: 'The diagram is not ready yet.',
    empty: 'Nothing to export: the chosen scope has no entities.',
    emptySelection: 'Nothing is selected: select an entity, a relation or a path first.',
    saved: (name: string) => `Saved ${name}.`,
    printed: (pt: number) => `Labels print at ${pt.toFixed(1)} pt at this size.`,
    warning: 'Warning',
    small: (pt: number, wider: boolean) =>
      `labels print at ${pt.toFixed(1)} pt at this size; journals ask for at least 6 pt. Try ${
        wider ? '“Journal, full width (180 mm)”, or ' : ''
      }one mechanism at a time: click its frame, then export the Selection.`,
    failed: (why: string) => `Export failed: ${why}`,
  },
  zh: {
    export: '导出',
    exportFigure: '将通路图导出为插图',
    format: '格式',
    svg: 'SVG（矢量，文字可编辑）',
    png: (s: number) => `PNG ${s}×`,
    scope: '导出范围',
    whole: '整个通路图',
    view: '当前视图（筛选后显示的部分）',
    selection: '所选内容（高亮的实体和关系）',
    size: '尺寸',
    'journal-85': '期刊单栏（85 mm）',
    'journal-180': '期刊通栏（180 mm）',
    'slide-16x9': '幻灯片 16:9（1920×1080）',
    title: '标题（可选）',
    caption: '图注注明资料来源',
    download: '下载',
    noDiagram: '通路图尚未就绪。',
    empty: '没有可导出的内容：所选范围内没有实体。',
    emptySelection: '尚未选择：请先选择一个实体、一条关系或一条路径。',
    saved: (name: string) => `已保存 ${name}。`,
    printed: (pt: number) => `按此尺寸，标签字号为 ${pt.toFixed(1)} pt。`,
    warning: '注意',
    small: (pt: number, wider: boolean) =>
      `按此尺寸，标签字号为 ${pt.toFixed(1)} pt，期刊通常要求至少 6 pt。请${
        wider ? '改用“期刊通栏（180 mm）”，或' : ''
      }一次导出一个机制：点击该机制的框，再导出“所选内容”。`,
    failed: (why: string) => `导出失败：${why}`,
  },
} satisfies Record<Language, unknown>;

const panelStyle = {
  position: 'absolute',
  top: 'calc(100% + 4px)',
  left: 0,
  zIndex: 30,
  width: 330,
  background: '#fff',
  border: '1px solid #9a9a9a',
  borderRadius: 6,
  boxShadow: '0 4px 14px rgba(0,0,0,0.15)',
  padding: '8px 12px',
  fontSize: 13,
} as const;
/** A warning reads as one without colour: a sign, the word, a thick rule beside it. */
const warningStyle = {
  margin: '6px 0 0',
  padding: '4px 8px',
  fontSize: 12,
  color: '#3d2a00',
  background: '#fff4d6',
  borderLeft: '4px solid #8a5a00',
  borderRadius: 3,
} as const;
const fieldsetStyle = { border: 0, margin: '0 0 8px', padding: 0 } as const;
const legendStyle = { fontWeight: 700, padding: 0, marginBottom: 2 } as const;
const optionStyle = { display: 'flex', gap: 6, alignItems: 'center' } as const;

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  values: readonly T[];
  value: T;
  label: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset style={fieldsetStyle}>
      <legend style={legendStyle}>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v} style={optionStyle}>
          <input
            type="radio"
            name={props.name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />
          {props.label(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportMenu({ view }: { view: ViewHandle | null }) {
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const therapies = useApp((s) => s.therapies);
  const selection = useApp((s) => s.selection);
  const overlayView = useOverlay().view;
  const text = TEXT[language];
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  // Scope, size and title are the reader's preferences, kept in this browser (src/store/prefs.ts).
  const [kept] = useState(readPrefs);
  const [format, setFormat] = useState<Format>('svg');
  const [scope, setScopeState] = useState<FigureScope>(kept.exportScope ?? 'view');
  const [size, setSizeState] = useState<SizePreset>(kept.exportSize ?? 'journal-180');
  const [title, setTitleState] = useState(kept.exportTitle ?? '');
  const setScope = (exportScope: FigureScope) => {
    setScopeState(exportScope);
    savePrefs({ exportScope });
  };
  const setSize = (exportSize: SizePreset) => {
    setSizeState(exportSize);
    savePrefs({ exportSize });
  };
  const setTitle = (exportTitle: string) => {
    setTitleState(exportTitle);
    savePrefs({ exportTitle });
  };
  const [caption, setCaption] = useState(true);
  const [status, setStatus] = useState('');
  /** Set when the last figure exported prints its labels below 6 pt: the size and whether a wider size exists. */
  const [small, setSmall] = useState<{ pt: number; wider: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);

  useDismiss(details, open);

  async function exportFigure() {
    if (busy) return;
    setSmall(null);
    if (!view) return setStatus(text.noDiagram);
    setBusy(true);
    try {
      const { exportFigure: run } = await loadExport();
      const outcome = await run({
        view,
        kb,
        colours,
        overlay: overlayView,
        therapies,
        selection,
        language,
        format: format === 'svg' ? 'svg' : Number(format.slice(4)),
        scope,
        size,
        title,
        caption,
      });
      if (outcome.kind === 'empty') return setStatus(scope === 'selection' ? text.emptySelection : text.empty);
      setSmall(outcome.small);
      const { name, points, pixels } = outcome;
      if (!pixels) return setStatus(text.saved(name) + (points !== null ? ` ${text.printed(points)}` : ''));
      const resolution = pixels.dpi !== null ? `, ${pixels.dpi} dpi` : '';
      setStatus(`${text.saved(name)} (${pixels.width}×${pixels.height} px${resolution})`);
    } catch (error) {
      setStatus(text.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details
      ref={details}
      className="export-menu"
      style={{ position: 'relative' }}
      onToggle={(event) => {
        const opened = event.currentTarget.open;
        setOpen(opened);
        // Fetched while the reader chooses, so Download does not wait for it.
        if (opened) void loadExport();
      }}
    >
      <summary
        aria-label={text.exportFigure}
        style={{
          cursor: 'pointer',
          border: '1px solid #9a9a9a',
          borderRadius: 5,
          padding: '3px 10px',
          background: '#fff',
        }}
      >
        {text.export}
      </summary>
      <form
        style={panelStyle}
        aria-label={text.exportFigure}
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          void exportFigure();
        }}
      >
        <Choice
          name={`${id}-format`}
          legend={text.format}
          values={FORMATS}
          value={format}
          label={(f) => (f === 'svg' ? text.svg : text.png(Number(f.slice(4))))}
          onChange={setFormat}
        />
        <Choice
          name={`${id}-scope`}
          legend={text.scope}
          values={FIGURE_SCOPES}
          value={scope}
          label={(s) => text[s]}
          onChange={setScope}
        />
        <Choice
          name={`${id}-size`}
          legend={text.size}
          values={EXPORT_SIZES}
          value={size}
          label={(s) => text[s]}
          onChange={setSize}
        />
        <label style={{ display: 'block', marginBottom: 6 }}>
          {text.title}
          <input
            type="text"
            value={title}
            maxLength={MAX_EXPORT_TITLE}
            onChange={(e) => setTitle(e.target.value)}
            style={{ width: '100%' }}
          />
        </label>
        <label style={{ ...optionStyle, marginBottom: 8 }}>
          <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />
          {text.caption}
        </label>
        {/* Not `disabled` while busy: that would take the keyboard focus away. */}
        <button type="submit" aria-disabled={busy}>
          {text.download}
        </button>
        <p role="status" aria-live="polite" style={{ margin: '6px 0 0', fontSize: 12, color: '#444' }}>
          {status}
        </p>
        {small && (
          <p role="alert" className="export-warning" style={warningStyle}>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {text.warning}:
            </strong>{' '}
            {text.small(small.pt, small.wider)}
          </p>
        )}
      </form>
    </details>
  );
}
