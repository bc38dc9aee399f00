/**
 * The Enrichment tab: paste a gene list (or take a dataset's genes passing thresholds),
 * choose the background, run, and read the ranked mechanisms and therapies; choosing one
 * opens its diagram with the hits highlighted. Everything runs here, in the browser.
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useApp, useAppContext, useT } from '../../app/context';
import { enrichmentChoice, runEnrichment } from '../../app/derive/enrichment';
import type { Dataset } from '../../model/dataset';
import type { BackgroundKind, EnrichmentRow } from '../../model/enrichment';
import { enrichmentRecords, enrichmentTitle, enrichmentTsv } from '../../model/enrichment-table';
import { atlasGenes } from '../../model/gene-sets';
import type { EnrichmentQuery } from '../../store/enrichment-state';
import { downloadText } from '../download';
import { DatasetThresholds } from './DatasetThresholds';
import { EnrichmentReport } from './EnrichmentReport';
import { EnrichmentTable } from './EnrichmentTable';
import { fill } from './fill';
import { useSymbolSource } from './symbol-source';
import './enrichment.css';

const EMPTY: EnrichmentQuery = { genes: '', background: 'atlas', customBackground: '' };

const RUN_ERROR = { noGenes: 'enrichNoGenes', noBackground: 'enrichNoBackground', noHgnc: 'enrichNoHgnc' } as const;

export function EnrichmentPanel({ dataset = null }: { dataset?: Dataset | null }) {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const query = useApp((s) => s.enrichmentQuery);
  const runQuery = useApp((s) => s.runEnrichmentQuery);
  const open = useApp((s) => s.openEnrichmentResult);
  const chosen = useApp((s) => s.enrichmentChoice);
  const [draft, setDraft] = useState<EnrichmentQuery>(query ?? EMPTY);
  const ids = useId();
  const symbols = useSymbolSource(kb);
  const atlasSize = useMemo(() => atlasGenes(kb).size, [kb]);
  const run = useMemo(() => (query ? runEnrichment(kb, query, symbols) : null), [kb, query, symbols]);

  const backgrounds: { kind: BackgroundKind; label: string }[] = [
    { kind: 'atlas', label: fill(t('enrichBackgroundAtlas'), { n: atlasSize }) },
    ...(symbols.hgncSymbols
      ? [{ kind: 'hgnc' as const, label: fill(t('enrichBackgroundHgnc'), { n: symbols.hgncSymbols.length }) }]
      : []),
    { kind: 'custom', label: t('enrichBackgroundCustom') },
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    runQuery(draft);
  };
  const openRow = (row: EnrichmentRow) => {
    if (run?.ok) open(enrichmentChoice(kb, run.view, row));
  };
  const chosenRow = run?.ok ? run.view.result.rows.find((r) => r.kind === chosen?.kind && r.id === chosen.id) : null;
  const download = () => {
    if (!run?.ok) return;
    const text = enrichmentTsv(enrichmentRecords(kb, run.view.result, language));
    downloadText(
      text,
      `${kb.atlas.filePrefix}-enrichment-${run.view.result.background.kind}.tsv`,
      'text/tab-separated-values',
    );
  };

  return (
    <section aria-labelledby={`${ids}-heading`} className="enrichment">
      <h2 id={`${ids}-heading`}>{t('enrichTitle')}</h2>
      <p className="hint">{t('enrichIntro')}</p>
      {!symbols.hgncSymbols && <p className="hint">{t('enrichAtlasOnlyNote')}</p>}
      {dataset && (
        <DatasetThresholds
          dataset={dataset}
          onUse={(identifiers) => setDraft((d) => ({ ...d, genes: identifiers.join('\n') }))}
        />
      )}
      <form onSubmit={submit}>
        <label htmlFor={`${ids}-genes`}>{t('enrichGenes')}</label>
        <textarea
          id={`${ids}-genes`}
          rows={6}
          spellCheck={false}
          value={draft.genes}
          onChange={(e) => setDraft({ ...draft, genes: e.target.value })}
        />
        <fieldset className="segmented">
          <legend>{t('enrichBackground')}</legend>
          {backgrounds.map((b) => (
            <label key={b.kind}>
              <input
                type="radio"
                name={`${ids}-background`}
                checked={draft.background === b.kind}
                onChange={() => setDraft({ ...draft, background: b.kind })}
              />
              {b.label}
            </label>
          ))}
        </fieldset>
        {draft.background === 'custom' && (
          <>
            <label htmlFor={`${ids}-custom`}>{t('enrichCustomList')}</label>
            <textarea
              id={`${ids}-custom`}
              rows={4}
              spellCheck={false}
              value={draft.customBackground}
              onChange={(e) => setDraft({ ...draft, customBackground: e.target.value })}
            />
          </>
        )}
        <div className="row">
          <button type="submit">{t('enrichRun')}</button>
          {run?.ok && (
            <button type="button" onClick={download}>
              {t('downloadTsv')}
            </button>
          )}
        </div>
      </form>
      {run && !run.ok && <p role="alert">{t(RUN_ERROR[run.error])}</p>}
      {run?.ok && (
        <>
          <EnrichmentReport view={run.view} />
          <p aria-live="polite" className="enrichment-status">
            {chosenRow
              ? fill(t('enrichOpened'), { title: enrichmentTitle(kb, chosenRow, language), k: chosenRow.k })
              : ''}
          </p>
          <EnrichmentTable view={run.view} onOpen={openRow} />
        </>
      )}
    </section>
  );
}
