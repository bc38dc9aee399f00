/** One relation as people read it: the sentence, the review's words, the paraphrase, the citations. */
import type { ReactNode } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import type { Relation } from '../model/schema';
import { citationMarks, formatReference, pick, relationSentence } from '../model/text';

export function RelationSummary({ relation, onSelect }: { relation: Relation; onSelect?: () => void }) {
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const sentence = `${relationSentence(kb, relation, language)} ${citationMarks(relation.references)}`;
  return onSelect ? (
    <button type="button" className="link" onClick={onSelect}>
      {sentence}
    </button>
  ) : (
    <span>{sentence}</span>
  );
}

export function RelationEvidence({ relation }: { relation: Relation }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const mechanism = kb.mechanismById.get(relation.mechanism);
  return (
    <div className="evidence">
      <blockquote lang="zh">{relation.evidence.zh}</blockquote>
      <p className="paraphrase" lang="en">
        {relation.evidence.en}
      </p>
      <dl className="facts">
        <dt>{t('therapy')}</dt>
        <dd>
          {relation.therapies.map((id) => (
            <span key={id} className="chip" style={{ borderColor: colours(id) }}>
              {pick(kb.therapyById.get(id)?.label, language) || id}
            </span>
          ))}
        </dd>
        {mechanism && (
          <>
            <dt>{t('mechanism')}</dt>
            <dd>{pick(mechanism.title, language)}</dd>
          </>
        )}
        <dt>{t('section')}</dt>
        <dd>{relation.section}</dd>
        {relation.ownGroup && (
          <>
            <dt>{t('evidence')}</dt>
            <dd>{t('ownGroup')}</dd>
          </>
        )}
        {relation.note && (
          <>
            <dt>{t('note')}</dt>
            <dd>{relation.note}</dd>
          </>
        )}
      </dl>
      <References numbers={relation.references} />
    </div>
  );
}

/** Full references of some numbers, in a disclosure (open unless told otherwise), titled by `summary`. */
export function References({
  numbers,
  open = true,
  className = 'references',
  summary,
}: {
  numbers: readonly number[];
  open?: boolean;
  className?: string;
  summary?: ReactNode;
}) {
  const t = useT();
  const { kb } = useAppContext();
  return (
    <details className={className} open={open}>
      <summary>{summary ?? `${t('references')} ${citationMarks(numbers)}`}</summary>
      <ol className="reference-list">
        {numbers.map((n) => {
          const ref = kb.referenceByNumber.get(n);
          return <li key={n}>{ref ? formatReference(ref) : `[${n}]`}</li>;
        })}
      </ol>
    </details>
  );
}
