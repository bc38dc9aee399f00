/**
 * What imported pathways say of an entity they were merged into (an atlas gene, or a gene an
 * earlier import brought), below the entity's own facts: for each such pathway, its view,
 * the label as the file writes it, and the file's source id, type, position and Xrefs (the
 * same OriginFacts an imported entity of its own shows). All file text is rendered as text.
 */
import { useApp, useAppContext, useT } from '../../app/context';
import { usePathways } from '../../app/pathways/PathwayAtlas';
import { pick } from '../../model/text';
import { OriginFacts } from './OriginFacts';

export function ImportedEvidence({ entityId }: { entityId: string }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const { views } = usePathways();
  const language = useApp((s) => s.language);
  const evidence = views.evidence.get(entityId) ?? [];
  if (evidence.length === 0) return null;
  return (
    <section className="imported-evidence" aria-labelledby="imported-evidence-title" data-imported-evidence>
      <h3 id="imported-evidence-title">{t('importedEvidence')}</h3>
      <p className="hint">{t('importedEvidenceHint')}</p>
      {evidence.map((e) => (
        <dl key={e.view} className="facts" data-evidence-view={e.view}>
          <dt>{t('originPathway')}</dt>
          <dd>
            <span className="chip" style={{ borderColor: colours(e.view) }}>
              {pick(kb.therapyById.get(e.view)?.label, language)}
            </span>
          </dd>
          <dt>{t('originLabel')}</dt>
          <dd className="mono" data-evidence-label>
            {e.label}
          </dd>
          <OriginFacts origin={e.origin} />
        </dl>
      ))}
    </section>
  );
}
