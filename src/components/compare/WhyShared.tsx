/** An entity's relations in each compared therapy, side by side: why it is shared. */
import { useApp, useAppContext, useT } from '../../app/context';
import type { Membership } from '../../model/intersections';
import { entityLabel, pick } from '../../model/text';
import { RelationSummary } from '../RelationText';

export function WhyShared({ membership }: { membership: Membership }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const select = useApp((s) => s.select);
  return (
    <section className="why-shared" aria-labelledby="why-shared-heading">
      <h3 id="why-shared-heading">
        {t('whyShared')}: {entityLabel(membership.entity, language)}
      </h3>
      <div className="why-columns">
        {membership.therapies.map((tid) => (
          <div key={tid} className="why-column" style={{ borderTopColor: colours(tid) }} data-why-therapy={tid}>
            <h4>{pick(kb.therapyById.get(tid)?.label, language)}</h4>
            <ul>
              {(membership.relationsByTherapy.get(tid) ?? []).map((r) => (
                <li key={r.id}>
                  <RelationSummary
                    relation={r}
                    onSelect={() => select({ kind: 'relation', id: r.id }, { focus: true })}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
