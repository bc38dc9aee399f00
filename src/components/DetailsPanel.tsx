/** The selected entity or relation, with every relation in and out as readable sentences and evidence. */

import { useApp, useAppContext, useT } from '../app/context';
import { ENTITY_TYPE_LABELS } from '../i18n/strings';
import { mechanismCitation } from '../model/citation';
import { entityTherapies } from '../model/query';
import type { Entity, Mechanism, Relation } from '../model/schema';
import { entityLabel, pick, relationSentence } from '../model/text';
import { MECHANISM_CATEGORY_LABELS } from '../model/vocabulary';
import { OverlayDetails } from './overlay/OverlayDetails';
import { ImportedEvidence } from './pathways/ImportedEvidence';
import { OriginFacts } from './pathways/OriginFacts';
import { CertaintyBadge, References, RelationEvidence, RelationSummary, UncitedNote } from './RelationText';

export function DetailsPanel() {
  const t = useT();
  const { kb } = useAppContext();
  const selection = useApp((s) => s.selection);
  if (!selection) return <p className="hint">{t('detailsEmpty')}</p>;
  if (selection.kind === 'entity') {
    const entity = kb.entityById.get(selection.id);
    return entity ? <EntityDetails entity={entity} /> : null;
  }
  if (selection.kind === 'mechanism') {
    const mechanism = kb.mechanismById.get(selection.id);
    return mechanism ? <MechanismDetails mechanism={mechanism} /> : null;
  }
  const relation = kb.relationById.get(selection.id);
  return relation ? <RelationDetails relation={relation} /> : null;
}

function EntityDetails({ entity }: { entity: Entity }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const select = useApp((s) => s.select);
  const steps = useApp((s) => s.steps);
  const setSteps = useApp((s) => s.setSteps);
  const therapies = [
    ...(entityTherapies(kb.relations.filter((r) => r.source === entity.id || r.target === entity.id)).get(entity.id) ??
      []),
  ];
  const outgoing = kb.relations.filter((r) => r.source === entity.id);
  const incoming = kb.relations.filter((r) => r.target === entity.id);
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">{entityLabel(entity, language)}</h2>
      <dl className="facts">
        <dt>{t('type')}</dt>
        <dd>{ENTITY_TYPE_LABELS[language][entity.type]}</dd>
        {entity.symbol && (
          <>
            <dt>{t('symbol')}</dt>
            <dd className="mono">{entity.symbol}</dd>
          </>
        )}
        {entity.members && (
          <>
            <dt>{t('members')}</dt>
            <dd className="mono">{entity.members.join(', ')}</dd>
          </>
        )}
        {entity.name?.en && (
          <>
            <dt>{t('englishName')}</dt>
            <dd lang="en">{entity.name.en}</dd>
          </>
        )}
        {(entity.name?.zh || entity.label.zh) && (
          <>
            <dt>{t('chineseName')}</dt>
            <dd lang="zh">{entity.name?.zh ?? entity.label.zh}</dd>
          </>
        )}
        {entity.aliases.length > 0 && (
          <>
            <dt>{t('aliases')}</dt>
            <dd>{entity.aliases.join(', ')}</dd>
          </>
        )}
        <dt>{t('inTherapies')}</dt>
        <dd>
          {therapies.map((id) => (
            <span key={id} className="chip" style={{ borderColor: colours(id) }} data-therapy-chip={id}>
              {pick(kb.therapyById.get(id)?.label, language)}
            </span>
          ))}
        </dd>
        {entity.note && (
          <>
            <dt>{t('note')}</dt>
            <dd>{entity.note}</dd>
          </>
        )}
        <OriginFacts origin={entity.origin} />
      </dl>
      <ImportedEvidence entityId={entity.id} />
      <OverlayDetails entity={entity} />
      <div className="row">
        <button type="button" onClick={() => setSteps(steps > 0 ? 0 : 1)} aria-pressed={steps > 0}>
          {t('showNeighbours')}
        </button>
        <button type="button" onClick={() => select(null)}>
          {t('clearSelection')}
        </button>
      </div>
      <RelationGroup title={`${t('outgoing')} (${outgoing.length})`} relations={outgoing} />
      <RelationGroup title={`${t('incoming')} (${incoming.length})`} relations={incoming} />
    </article>
  );
}

function RelationGroup({ title, relations }: { title: string; relations: Relation[] }) {
  const select = useApp((s) => s.select);
  if (relations.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul className="relation-list">
        {relations.map((r) => (
          <li key={r.id} data-relation={r.id}>
            <RelationSummary relation={r} onSelect={() => select({ kind: 'relation', id: r.id }, { focus: true })} />
            <RelationEvidence relation={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RelationDetails({ relation }: { relation: Relation }) {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const select = useApp((s) => s.select);
  const source = kb.entityById.get(relation.source);
  const target = kb.entityById.get(relation.target);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">{t('relation')}</p>
      <h2 id="details-title">{relationSentence(kb, relation, language)}</h2>
      {relation.certainty === 'suggested' && (
        <p className="certainty-line">
          <CertaintyBadge /> <span className="hint">{t('certaintySuggestedHint')}</span>
        </p>
      )}
      <div className="row">
        {source && (
          <button type="button" onClick={() => select({ kind: 'entity', id: source.id }, { focus: true })}>
            {t('source')}: {entityLabel(source, language)}
          </button>
        )}
        {target && (
          <button type="button" onClick={() => select({ kind: 'entity', id: target.id }, { focus: true })}>
            {t('target')}: {entityLabel(target, language)}
          </button>
        )}
      </div>
      <RelationEvidence relation={relation} />
      {relation.origin && (
        <dl className="facts">
          <OriginFacts origin={relation.origin} />
        </dl>
      )}
    </article>
  );
}

/** A mechanism (its frame clicked): the review's summary, its category, therapies, relations and references. */
function MechanismDetails({ mechanism }: { mechanism: Mechanism }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const select = useApp((s) => s.select);
  const relations = kb.relations.filter((r) => r.mechanism === mechanism.id);
  const citation = mechanismCitation(mechanism, relations);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">{t('mechanism')}</p>
      <h2 id="details-title">{pick(mechanism.title, language)}</h2>
      {mechanism.summary && <p>{pick(mechanism.summary, language)}</p>}
      <dl className="facts">
        <dt>{t('mechanismCategory')}</dt>
        <dd>{pick(MECHANISM_CATEGORY_LABELS[mechanism.category], language)}</dd>
        <dt>{t('inTherapies')}</dt>
        <dd>
          {mechanism.therapies.map((id) => (
            <span key={id} className="chip" style={{ borderColor: colours(id) }} data-therapy-chip={id}>
              {pick(kb.therapyById.get(id)?.label, language)}
            </span>
          ))}
        </dd>
        <dt>{t('section')}</dt>
        <dd>{mechanism.section}</dd>
      </dl>
      <div className="row">
        <button type="button" onClick={() => select(null)}>
          {t('clearSelection')}
        </button>
      </div>
      {mechanism.references && mechanism.references.length > 0 && <References numbers={mechanism.references} />}
      {citation.total > 0 && citation.allUncited && <UncitedNote />}
      {!citation.allUncited && citation.uncited > 0 && (
        <p className="hint" data-citation="partly-uncited">
          {t('mechanismPartlyUncited').replace('{n}', String(citation.uncited)).replace('{m}', String(citation.total))}
        </p>
      )}
      <section>
        <h3>{`${t('mechanismRelations')} (${relations.length})`}</h3>
        <ul className="relation-list">
          {relations.map((r) => (
            <li key={r.id} data-relation={r.id}>
              <RelationSummary relation={r} onSelect={() => select({ kind: 'relation', id: r.id }, { focus: true })} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
