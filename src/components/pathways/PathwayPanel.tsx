/**
 * The left panel's imported pathways, below the therapy list: "Open pathway…" (a file
 * picker; dropping a file on the diagram does the same), the reader's progress, and each
 * imported pathway with its colour, format, counts and date, and buttons to see its
 * report, rename it and remove it. Choosing it as a view happens in the therapy list,
 * where it appears beside the therapies.
 */
import { useRef, useState } from 'react';
import { useApp, useAppContext, useT } from '../../app/context';
import { usePathways } from '../../app/pathways/PathwayAtlas';
import { stageText } from '../../i18n/pathway-report-strings';
import type { StoredPathway } from '../../store/pathway-store';
import { fill } from './fill';

/** What the file picker offers first; any file may still be chosen (the content decides the format). */
export const PATHWAY_FILE_TYPES = '.gpml,.cx2,.cx,.sbgn,.sbgnml,.cyjs,.json,.sif,.xml,.txt';

export function PathwayPanel() {
  const t = useT();
  const { session } = usePathways();
  const pathways = useApp((s) => s.pathways);
  const progress = useApp((s) => s.pathwayProgress);
  const language = useApp((s) => s.language);
  const input = useRef<HTMLInputElement>(null);

  return (
    <section className="panel pathway-panel" aria-labelledby="pathway-panel-title">
      <h2 id="pathway-panel-title">{t('importedPathways')}</h2>
      <p className="hint">{t('importedPathwaysHint')}</p>
      <div className="row">
        <button type="button" onClick={() => input.current?.click()} data-open-pathway>
          {t('openPathway')}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('pathwayFileInput')}
          accept={PATHWAY_FILE_TYPES}
          data-pathway-file
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so that choosing the same file again (after fixing it) opens it again.
            event.target.value = '';
            if (file) void session.open(file);
          }}
        />
      </div>
      {progress && (
        <div className="pathway-progress" role="status">
          <span>
            {fill(t('readingPathway'), { file: progress.fileName, stage: stageText(progress.stage, language) })}
          </span>
          <progress max={1} value={progress.fraction} aria-label={progress.fileName} />
        </div>
      )}
      {pathways.length === 0 ? (
        <p className="hint">{t('pathwayNone')}</p>
      ) : (
        <ul className="pathway-list">
          {pathways.map((p) => (
            <PathwayItem key={p.key} pathway={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PathwayItem({ pathway }: { pathway: StoredPathway }) {
  const t = useT();
  const { colours } = useAppContext();
  const { session, views } = usePathways();
  const language = useApp((s) => s.language);
  const showReport = useApp((s) => s.showPathwayReport);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(pathway.name);
  const view = views.viewOf.get(pathway.key);
  const date = new Date(pathway.importedAt).toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB');
  const format = pathway.version ?? pathway.format.toUpperCase();
  const save = () => {
    void session.rename(pathway.key, name);
    setEditing(false);
  };

  return (
    <li className="pathway-item" data-pathway={pathway.key} data-view={view}>
      <div className="pathway-name">
        <span className="swatch" style={{ background: view ? colours(view) : undefined }} aria-hidden="true" />
        {editing ? (
          <form
            className="rename"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-label={fill(t('pathwayNewName'), { name: pathway.name })}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setName(pathway.name);
                  setEditing(false);
                }
              }}
              // biome-ignore lint/a11y/noAutofocus: the person just asked to rename; the field is where they type.
              autoFocus
            />
            <button type="submit">{t('savePathwayName')}</button>
            <button
              type="button"
              onClick={() => {
                setName(pathway.name);
                setEditing(false);
              }}
            >
              {t('cancelRename')}
            </button>
          </form>
        ) : (
          <strong>{pathway.name}</strong>
        )}
      </div>
      <p className="hint pathway-meta">
        {fill(t('pathwayCounts'), {
          format,
          entities: pathway.counts.entities,
          relations: pathway.counts.relations,
          date,
        })}
      </p>
      {!editing && (
        <div className="row">
          <button
            type="button"
            onClick={() => showReport(pathway.key)}
            aria-label={fill(t('pathwayReportOf'), { name: pathway.name })}
          >
            {t('pathwayReport')}
          </button>
          <button
            type="button"
            onClick={() => {
              setName(pathway.name);
              setEditing(true);
            }}
            aria-label={fill(t('renamePathwayOf'), { name: pathway.name })}
          >
            {t('renamePathway')}
          </button>
          <button
            type="button"
            onClick={() => void session.remove(pathway.key)}
            aria-label={fill(t('removePathwayOf'), { name: pathway.name })}
          >
            {t('removePathway')}
          </button>
        </div>
      )}
    </li>
  );
}
