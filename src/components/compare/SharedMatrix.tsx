/** Entities × therapies: a dot with the relation count where an entity takes part. */
import { useApp, useAppContext, useT } from '../../app/context';
import type { Membership } from '../../model/intersections';
import { entityLabel, pick } from '../../model/text';

export function SharedMatrix({
  therapies,
  rows,
  chosen,
  onChoose,
}: {
  therapies: string[];
  rows: Membership[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  return (
    <div className="table-scroll matrix-scroll">
      <table className="shared-matrix">
        <caption className="visually-hidden">{t('matrix')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entity')}</th>
            {therapies.map((tid) => (
              <th key={tid} scope="col" style={{ borderBottomColor: colours(tid) }}>
                {pick(kb.therapyById.get(tid)?.label, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.entity.id} className={chosen === m.entity.id ? 'chosen' : undefined} data-entity={m.entity.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => onChoose(m.entity.id)}
                  aria-pressed={chosen === m.entity.id}
                >
                  {entityLabel(m.entity, language)}
                </button>
              </th>
              {therapies.map((tid) => {
                const n = m.relationsByTherapy.get(tid)?.length ?? 0;
                return (
                  <td key={tid} className="dot-cell" title={n ? `${n} ${t('relations')}` : ''}>
                    {n > 0 ? (
                      <span className="dot" style={{ background: colours(tid) }}>
                        {n}
                      </span>
                    ) : (
                      <span className="visually-hidden">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
