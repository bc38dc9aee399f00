/**
 * What the run made of the list: how many genes were tested against which background,
 * and every identifier that was not (not found, ambiguous, outside the background), so
 * nothing the user pasted disappears unseen.
 */
import { useT } from '../../app/context';
import type { EnrichmentView } from '../../app/derive/enrichment';
import type { StringKey } from '../../i18n/strings';
import type { BackgroundKind } from '../../model/enrichment';
import { fill } from './fill';

const BACKGROUND_NAME = {
  atlas: 'enrichBackgroundNameAtlas',
  hgnc: 'enrichBackgroundNameHgnc',
  custom: 'enrichBackgroundNameCustom',
} as const satisfies Record<BackgroundKind, StringKey>;

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="enrichment-list">
      <summary>{title}</summary>
      <p>{items.join(', ')}</p>
    </details>
  );
}

export function EnrichmentReport({ view }: { view: EnrichmentView }) {
  const t = useT();
  const { query, result, backgroundNotFound } = view;
  const notFound = (list: EnrichmentView['backgroundNotFound']) =>
    list.map((x) =>
      x.candidates ? `${x.from} (${fill(t('enrichAmbiguous'), { genes: x.candidates.join(', ') })})` : x.from,
    );
  return (
    <div className="enrichment-report">
      <p className="background-used">
        {fill(t('enrichTested'), {
          n: result.tested.length,
          background: t(BACKGROUND_NAME[result.background.kind]),
          N: result.background.size,
        })}
      </p>
      <List title={fill(t('enrichNotFound'), { n: query.notFound.length })} items={notFound(query.notFound)} />
      <List title={fill(t('enrichOutside'), { n: result.outsideBackground.length })} items={result.outsideBackground} />
      <List
        title={fill(t('enrichRenamed'), { n: query.renamed.length })}
        items={query.renamed.map((r) => `${r.from} → ${r.symbol}`)}
      />
      <List title={fill(t('enrichRepeated'), { n: query.repeated.length })} items={query.repeated} />
      <List
        title={fill(t('enrichBackgroundNotFound'), { n: backgroundNotFound.length })}
        items={notFound(backgroundNotFound)}
      />
      {result.untestable.length > 0 && (
        <p className="hint">{fill(t('enrichUntestable'), { n: result.untestable.length })}</p>
      )}
    </div>
  );
}
