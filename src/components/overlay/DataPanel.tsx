/**
 * The Data tab: bring a table (paste, drop or choose a file), read what was read, choose
 * what to draw, and the datasets kept in this browser. Nothing here sends data anywhere.
 */
import { type DragEvent, useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app/context';
import { useDatasetStore, useOverlay, useResolver } from '../../app/overlay/overlay-context';
import { readTableAsync, warmTableWorker } from '../../app/overlay/read-table-async';
import { tableErrorMessage } from '../../i18n/overlay-strings';
import type { DatasetSummary } from '../../store/dataset-store';
import { OverlayControls } from './OverlayControls';
import { MatchReportView, TableReportView } from './TableReportView';
import { useOverlayText } from './use-overlay-text';

export function DataPanel() {
  const o = useOverlayText();
  const language = useApp((s) => s.language);
  const overlay = useApp((s) => s.overlay);
  const showDataset = useApp((s) => s.showDataset);
  const hideOverlay = useApp((s) => s.hideOverlay);
  const store = useDatasetStore();
  const { match, resolver } = useOverlay();
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [kept, setKept] = useState<DatasetSummary[]>([]);
  const refresh = useCallback(() => void store.list().then(setKept), [store]);
  useEffect(refresh, [refresh]);
  // Opening the tab starts the reader's worker and the symbol table, so the first table does not wait for them.
  useEffect(warmTableWorker, []);
  useResolver(true);

  const read = async (name: string, bytes: Uint8Array) => {
    setBusy(true);
    setError(null);
    try {
      const result = await readTableAsync(name, bytes);
      if (!result.ok) {
        setError(tableErrorMessage(result.error, language));
        return;
      }
      showDataset(result.dataset, result.report);
      await store.save(result.dataset);
      refresh();
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (file: File) => read(file.name, new Uint8Array(await file.arrayBuffer()));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <div className="data-panel">
      <h2>{o('dataHeading')}</h2>
      <p className="privacy" data-testid="privacy">
        {o('privacy')}
        {!store.persistent && ` ${o('privacyNotKept')}`}
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the file input and the paste box do the same from the keyboard */}
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <label htmlFor="data-paste">{o('pasteLabel')}</label>
        <textarea
          id="data-paste"
          value={pasted}
          placeholder={o('pastePlaceholder')}
          onChange={(e) => setPasted(e.target.value)}
          spellCheck={false}
        />
        <button
          type="button"
          disabled={busy || pasted.trim() === ''}
          onClick={() => void read(o('pastedName'), new TextEncoder().encode(pasted))}
        >
          {o('readPasted')}
        </button>{' '}
        <label>
          {o('chooseFile')}{' '}
          <input
            type="file"
            data-table-file
            accept=".csv,.tsv,.txt,.tab,.xlsx,.xls,.ods,text/csv,text/tab-separated-values"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
              e.target.value = '';
            }}
          />
        </label>{' '}
        <span className="small">{o('dropHere')}</span>
      </div>
      {busy && <p role="status">{o('reading')}</p>}
      {error && (
        <p role="alert" className="error" data-testid="table-error">
          {error}
        </p>
      )}
      {overlay && (
        <>
          <p>
            <strong>{overlay.dataset.name}</strong>{' '}
            <button type="button" onClick={hideOverlay}>
              {o('hideOverlay')}
            </button>
          </p>
          <OverlayControls />
          {overlay.report && <TableReportView report={overlay.report} />}
          {match && resolver ? (
            <MatchReportView match={match} source={resolver.source} />
          ) : (
            <p>{o('loadingSymbols')}</p>
          )}
        </>
      )}
      <DatasetList kept={kept} refresh={refresh} />
    </div>
  );
}

function DatasetList({ kept, refresh }: { kept: DatasetSummary[]; refresh: () => void }) {
  const o = useOverlayText();
  const language = useApp((s) => s.language);
  const shownId = useApp((s) => s.overlay?.dataset.id);
  const showDataset = useApp((s) => s.showDataset);
  const hideOverlay = useApp((s) => s.hideOverlay);
  const renameShown = useApp((s) => s.renameShownDataset);
  const store = useDatasetStore();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const show = async (id: string) => {
    const dataset = await store.load(id);
    if (dataset) showDataset(dataset);
  };
  return (
    <section aria-labelledby="datasets-heading">
      <h3 id="datasets-heading">{o('datasets')}</h3>
      {kept.length === 0 && <p>{o('noDatasets')}</p>}
      <ul className="plain" data-testid="dataset-list">
        {kept.map((d) => (
          <li key={d.id}>
            {renaming?.id === d.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  const name = renaming.name.trim();
                  if (name) {
                    void store.rename(d.id, name).then(refresh);
                    if (shownId === d.id) renameShown(name);
                  }
                  setRenaming(null);
                }}
              >
                <input
                  aria-label={o('renameLabel', { name: d.name })}
                  value={renaming.name}
                  onChange={(e) => setRenaming({ id: d.id, name: e.target.value })}
                />
                <button type="submit">{o('rename')}</button>
              </form>
            ) : (
              <strong>{d.name}</strong>
            )}
            <div className="small">
              {o('datasetLine', {
                rows: d.rows,
                columns: d.columns,
                date: new Date(d.createdAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB'),
              })}
            </div>
            <button type="button" disabled={shownId === d.id} onClick={() => void show(d.id)}>
              {shownId === d.id ? o('shown') : o('show')}
            </button>{' '}
            <button type="button" onClick={() => setRenaming({ id: d.id, name: d.name })}>
              {o('rename')}
            </button>{' '}
            <button
              type="button"
              aria-label={o('removeLabel', { name: d.name })}
              onClick={() => {
                if (shownId === d.id) hideOverlay();
                void store.remove(d.id).then(refresh);
              }}
            >
              {o('remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
