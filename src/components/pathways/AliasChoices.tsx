/**
 * The report dialog's alias choices. A label HGNC lists as an alias is kept as written and
 * reported with its suggestion; here the person may apply every suggestion, keep every
 * label as written, or decide per entry (a button in the entry's row, named for the label
 * and the gene). Each choice reads the pathway's kept file again (the session's
 * readAliases), keeps the result in the browser and says so in the dialog, where the focus
 * goes (the button pressed may be gone from the rewritten report).
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useApp, useT } from '../../app/context';
import { usePathways } from '../../app/pathways/PathwayAtlas';
import { aliasCounts, applyingAlias, keepingAlias } from '../../io/pathway/alias-choice';
import type { AliasChoice, ReportEntry } from '../../io/pathway/pathway-import';
import type { NoticeText } from '../../store/notices';
import type { StoredPathway } from '../../store/pathway-store';
import { fill } from './fill';

export interface AliasReading {
  /** A file is being read (this one or another): the choices wait. */
  busy: boolean;
  /** What the last choice did, for the dialog's status line. */
  said: NoticeText | null;
  run: (aliases: AliasChoice) => void;
  status: RefObject<HTMLParagraphElement | null>;
}

/** Reading a pathway again with other alias choices, for the dialog showing `key`. */
export function useAliasReading(key: string | null): AliasReading {
  const { session } = usePathways();
  const busy = useApp((s) => s.pathwayProgress !== null);
  // The outcome belongs to the pathway it was read for: another report does not show it.
  const [outcome, setOutcome] = useState<{ key: string; said: NoticeText | null } | null>(null);
  const said = outcome && outcome.key === key ? outcome.said : null;
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said) status.current?.focus();
  }, [said]);
  const run = (aliases: AliasChoice) => {
    if (!key) return;
    setOutcome(null);
    void session.readAliases(key, aliases).then((result) => setOutcome({ key, said: result }));
  };
  return { busy, said, run, status };
}

export function AliasChoices({ pathway, reading }: { pathway: StoredPathway; reading: AliasReading }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const { suggested, applied, legacy } = aliasCounts(pathway.imported.report);
  if (suggested + applied + legacy === 0 && !reading.said) return null;
  const canRead = pathway.source !== undefined;
  return (
    <section className="alias-choices" aria-labelledby="alias-choices-title">
      <h3 id="alias-choices-title">{t('aliasHeading')}</h3>
      <p className="hint">{t('aliasExplain')}</p>
      <div className="alias-line">
        {legacy === 0 && <p data-alias-counts>{fill(t('aliasCounts'), { suggested, applied })}</p>}
        {canRead && suggested > 0 && (
          <button type="button" disabled={reading.busy} onClick={() => reading.run('apply')} data-apply-aliases>
            {fill(t('aliasApplyAll'), { n: suggested })}
          </button>
        )}
        {canRead && applied > 0 && (
          <button type="button" disabled={reading.busy} onClick={() => reading.run('suggest')} data-keep-aliases>
            {t('aliasKeepAll')}
          </button>
        )}
      </div>
      {!canRead && <p className="hint">{t('aliasNoFile')}</p>}
      <p ref={reading.status} className="alias-status" role="status" tabIndex={-1} data-alias-status>
        {reading.busy ? t('aliasReading') : (reading.said?.[language] ?? '')}
      </p>
    </section>
  );
}

/** An entry's own choice: apply its suggestion, or keep its label as written again. */
export function AliasRowAction({
  entry,
  report,
  reading,
}: {
  entry: ReportEntry;
  report: readonly ReportEntry[];
  reading: AliasReading;
}) {
  const t = useT();
  if (entry.code !== 'alias-suggested' && entry.code !== 'alias-applied') return null;
  const { label, symbol } = entry.params;
  const apply = entry.code === 'alias-suggested';
  return (
    <button
      type="button"
      className="alias-row-action"
      disabled={reading.busy}
      aria-label={fill(t(apply ? 'aliasApplyOneLabel' : 'aliasKeepOneLabel'), { label, symbol })}
      onClick={() => reading.run(apply ? applyingAlias(report, label) : keepingAlias(report, label))}
      data-alias-action={apply ? 'apply' : 'keep'}
    >
      {t(apply ? 'aliasApplyOne' : 'aliasKeepOne')}
    </button>
  );
}
