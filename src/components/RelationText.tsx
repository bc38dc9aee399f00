/** One relation as people read it: the sentence, the review's words, the paraphrase, the citations. */
import type { ReactNode } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import { type Cited, importedNote, isImported, isUncited } from '../model/citation';
import type { Relation } from '../model/schema';
import { citationMarks, formatReference, pick, relationSentence } from '../model/text';
import { CERTAINTY_INFO, UNCITED_NOTE } from '../model/vocabulary';

export function RelationSummary({ relation, onSelect }: { relation: Relation; onSelect?: () => void }) {
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const sentence = (
    <>
      {relationSentence(kb, relation, language)} <CitationMark record={relation} />
    </>
  );
  return (
    <>
      {onSelect ? (
        <button type="button" className="link" onClick={onSelect}>
          {sentence}
        </button>
      ) : (
        <span>{sentence}</span>
      )}
      {relation.certainty === 'suggested' && (
        <>
          {' '}
          <CertaintyBadge />
        </>
      )}
    </>
  );
}

/**
 * The citation marks ("[3-5]"), or where the review cites nothing a short "[uncited]" whose
 * full note is its tooltip and what a screen reader reads.
 */
export function CitationMark({ record }: { record: Cited }) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (isImported(record)) {
    // Read from a pathway file: no reference marks ("[]"), the file is named instead.
    const imported = importedNote(record, language);
    return (
      <span className="uncited-mark" data-citation="imported" title={imported}>
        <span aria-hidden="true">[{t('importedView')}]</span>
        <span className="visually-hidden">{imported}</span>
      </span>
    );
  }
  if (!isUncited(record)) return <>{citationMarks(record.references)}</>;
  const note = UNCITED_NOTE[language];
  return (
    <span className="uncited-mark" data-citation="uncited" title={note}>
      <span aria-hidden="true">[{t('uncitedMark')}]</span>
      <span className="visually-hidden">{note}</span>
    </span>
  );
}

/** "suggested" / "提示性": the review hedges the statement; the tooltip and screen readers say so. */
export function CertaintyBadge() {
  const t = useT();
  const language = useApp((s) => s.language);
  const hint = t('certaintySuggestedHint');
  return (
    <span className="certainty-badge" data-certainty="suggested" title={hint}>
      {CERTAINTY_INFO.suggested.label[language]}
      <span className="visually-hidden">
        {language === 'zh' ? '：' : ': '}
        {hint}
      </span>
    </span>
  );
}

/** The note in place of references, where the review cites no source. */
export function UncitedNote({ className }: { className?: string }) {
  const language = useApp((s) => s.language);
  return (
    <p className={className ? `uncited-note ${className}` : 'uncited-note'} data-citation="uncited">
      {UNCITED_NOTE[language]}
    </p>
  );
}

export function RelationEvidence({ relation }: { relation: Relation }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const mechanism = kb.mechanismById.get(relation.mechanism);
  return (
    <div className="evidence">
      {isImported(relation) ? (
        // The file's statement, as the importer wrote it: no quote of the review to show.
        <p className="paraphrase" lang={language}>
          {relation.evidence[language]}
        </p>
      ) : (
        <>
          <blockquote lang="zh">{relation.evidence.zh}</blockquote>
          <p className="paraphrase" lang="en">
            {relation.evidence.en}
          </p>
        </>
      )}
      {relation.caution && (
        <p className="caution">
          <strong>{t('cautionLabel')}</strong>
          {language === 'zh' ? '' : ' '}
          <span lang={language}>{pick(relation.caution, language)}</span>
        </p>
      )}
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
      {isImported(relation) ? (
        <p className="uncited-note" data-citation="imported">
          {importedNote(relation, language)}
        </p>
      ) : isUncited(relation) ? (
        <UncitedNote />
      ) : (
        <References numbers={relation.references} />
      )}
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
