/**
 * The shared-genes explorer: choose therapies (the ones ticked on the left), see their
 * exact intersections and the entity matrix, click to highlight in the diagram, and
 * download the matrix.
 */
import { useState } from 'react';
import { useApp, useAppContext, useT } from '../../app/context';
import { defaultCaption } from '../../export/figure';
import { writeUpSetSvg } from '../../export/upset-svg';
import type { StringKey } from '../../i18n/strings';
import {
  COMPARE_SCOPES,
  type CompareScope,
  type SharedRow,
  sharedRow,
  sharedTableText,
} from '../../model/shared-table';
import { entityLabel, pick } from '../../model/text';
import { downloadText } from '../download';
import { SharedMatrix } from './SharedMatrix';
import { UpSetChart } from './UpSetChart';
import { useComparison } from './useComparison';
import { WhyShared } from './WhyShared';

/** The words for each scope: the radio buttons and the chart's count label. */
const SCOPE_LABEL = { genes: 'compareGenes', all: 'compareAll' } as const satisfies Record<CompareScope, StringKey>;

export function ComparePanel() {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const scope = useApp((s) => s.compareScope);
  const setScope = useApp((s) => s.setCompareScope);
  const compareSet = useApp((s) => s.compareSet);
  const setCompareSet = useApp((s) => s.setCompareSet);
  const selection = useApp((s) => s.selection);
  const selectEntity = useApp((s) => s.select);
  const select = (id: string) => selectEntity({ kind: 'entity', id }, { focus: true, keepPanel: true });
  const [sharedOnly, setSharedOnly] = useState(true);
  const { ok, therapies, memberships, intersections } = useComparison();
  if (!ok) return <p className="hint">{t('compareNeedTherapies')}</p>;

  const inSet = compareSet ? new Set(intersections.find((i) => i.key === compareSet)?.entities.map((e) => e.id)) : null;
  const rows = memberships.filter((m) => (inSet ? inSet.has(m.entity.id) : !sharedOnly || m.therapies.length >= 2));
  const chosenId = selection?.kind === 'entity' ? selection.id : null;
  const chosen = memberships.find((m) => m.entity.id === chosenId);
  const exportRows = (): SharedRow[] => rows.map((m) => sharedRow(m.entity, m.relationsByTherapy, therapies));
  const base = `${kb.atlas.filePrefix}-shared-${therapies.join('-')}`;
  // One set of labels for the chart on screen and the exported one, so both lay out alike.
  const chartTherapies = therapies.map((id) => ({
    id,
    label: pick(kb.therapyById.get(id)?.label, language) || id,
    colour: colours(id),
  }));
  const countLabel = t(SCOPE_LABEL[scope]);
  const overlapSvg = () =>
    writeUpSetSvg({
      title: `${t('intersections')}: ${chartTherapies.map((th) => th.label).join(', ')}`,
      caption: defaultCaption(language, kb.atlas.citation),
      countLabel,
      therapies: chartTherapies,
      intersections: intersections.map((i) => ({
        key: i.key,
        therapies: i.therapies,
        entities: i.entities.map((e) => ({ id: e.id, label: entityLabel(e, language) })),
      })),
    });
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h2 id="compare-heading">{t('compareTitle')}</h2>
      <fieldset className="segmented">
        <legend>{t('compareScope')}</legend>
        {COMPARE_SCOPES.map((option) => (
          <label key={option}>
            <input type="radio" name="compare-scope" checked={scope === option} onChange={() => setScope(option)} />
            {t(SCOPE_LABEL[option])}
          </label>
        ))}
      </fieldset>
      <h3>{t('intersections')}</h3>
      <p className="hint">{t('intersectionHint')}</p>
      <UpSetChart therapies={chartTherapies} intersections={intersections} axisLabel={countLabel} />
      {compareSet && (
        <button type="button" onClick={() => setCompareSet(null)}>
          {t('clearSet')}
        </button>
      )}
      <div className="row spread">
        <h3>{t('matrix')}</h3>
        <label className="small">
          <input
            type="checkbox"
            checked={sharedOnly}
            onChange={(e) => setSharedOnly(e.target.checked)}
            disabled={!!compareSet}
          />
          {t('sharedOnly')}
        </label>
      </div>
      <div className="row">
        <button
          type="button"
          onClick={() => downloadText(sharedTableText(exportRows(), therapies, ','), `${base}.csv`, 'text/csv')}
        >
          {t('downloadCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(sharedTableText(exportRows(), therapies, '\t'), `${base}.tsv`, 'text/tab-separated-values')
          }
        >
          {t('downloadTsv')}
        </button>
        <button type="button" onClick={() => downloadText(overlapSvg(), `${base}-${language}.svg`, 'image/svg+xml')}>
          {t('exportOverlap')}
        </button>
      </div>
      <SharedMatrix therapies={therapies} rows={rows} chosen={chosenId} onChoose={select} />
      {chosen && chosen.therapies.length > 0 && <WhyShared membership={chosen} />}
    </section>
  );
}
