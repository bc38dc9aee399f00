/** "How does hypoxia lead to autophagy?": directed paths between two entities, step by step. */
import { useId } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import type { PathResult, SubGraph } from '../model/query';
import { entityLabel } from '../model/text';
import { RelationEvidence, RelationSummary } from './RelationText';

export function PathPanel({ graph, result }: { graph: SubGraph; result: PathResult | null }) {
  const t = useT();
  const id = useId();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const from = useApp((s) => s.pathFrom);
  const to = useApp((s) => s.pathTo);
  const setPathEnds = useApp((s) => s.setPathEnds);
  const select = useApp((s) => s.select);
  const ends = [from, to].flatMap((e) =>
    e && !graph.entities.some((x) => x.id === e) ? [kb.entityById.get(e)].filter((x) => !!x) : [],
  );
  const options = [...graph.entities, ...ends].sort((a, b) =>
    entityLabel(a, language).localeCompare(entityLabel(b, language)),
  );
  const picker = (which: 'from' | 'to', value: string | null) => (
    <div className="stacked">
      <label htmlFor={`${id}-${which}`}>{which === 'from' ? t('pathFrom') : t('pathTo')}</label>
      <select
        id={`${id}-${which}`}
        value={value ?? ''}
        onChange={(e) => {
          const v = e.target.value || null;
          if (which === 'from') setPathEnds(v, to);
          else setPathEnds(from, v);
        }}
      >
        <option value="">—</option>
        {options.map((e) => (
          <option key={e.id} value={e.id}>
            {entityLabel(e, language)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('paths')}</h2>
      <div className="row">
        {picker('from', from)}
        {picker('to', to)}
        <button type="button" onClick={() => setPathEnds(null, null)}>
          {t('clearPaths')}
        </button>
      </div>
      <div aria-live="polite">
        {result && result.paths.length === 0 && <p className="hint">{t('noPath')}</p>}
        {result && result.paths.length > 0 && (
          <p>
            {result.paths.length} {t('pathsFound')}
            {result.truncated ? ` ${t('pathsTruncated')}` : ''}
          </p>
        )}
      </div>
      {result?.paths.map((path, i) => (
        <details key={path.map((r) => r.id).join('>')} open={i === 0} className="path">
          <summary>
            {[path[0].source, ...path.map((r) => r.target)]
              .map((e) => {
                const entity = kb.entityById.get(e);
                return entity ? entityLabel(entity, language) : e;
              })
              .join(' → ')}
          </summary>
          <ol className="steps">
            {path.map((r) => (
              <li key={r.id} data-relation={r.id}>
                <RelationSummary
                  relation={r}
                  onSelect={() => select({ kind: 'relation', id: r.id }, { focus: true })}
                />
                <RelationEvidence relation={r} />
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
