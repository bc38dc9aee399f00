import { useApp, useAppContext, useT } from '../app/context';
import { ENTITY_TYPE_LABELS } from '../i18n/strings';
import type { CertaintyFilter, EvidenceFilter } from '../model/query';
import { ENTITY_TYPES, MECHANISM_CATEGORIES, MECHANISM_CATEGORY_LABELS } from '../model/vocabulary';
import { MAX_STEPS } from '../store/view-state';

export function FilterPanel() {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const categories = useApp((s) => s.categories);
  const entityTypes = useApp((s) => s.entityTypes);
  const evidence = useApp((s) => s.evidence);
  const certainty = useApp((s) => s.certainty);
  const steps = useApp((s) => s.steps);
  const selection = useApp((s) => s.selection);
  const toggleCategory = useApp((s) => s.toggleCategory);
  const toggleEntityType = useApp((s) => s.toggleEntityType);
  const setEvidence = useApp((s) => s.setEvidence);
  const setCertainty = useApp((s) => s.setCertainty);
  const setSteps = useApp((s) => s.setSteps);
  const resetFilters = useApp((s) => s.resetFilters);
  const usedTypes = new Set(kb.entities.map((e) => e.type));
  const usedCategories = new Set(kb.mechanisms.map((m) => m.category));
  const canFocus = selection?.kind === 'entity';

  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('filters')}</h2>
      <fieldset>
        <legend>{t('mechanismCategory')}</legend>
        <ul className="checklist">
          {MECHANISM_CATEGORIES.filter((c) => usedCategories.has(c)).map((c) => (
            <li key={c}>
              <label>
                <input
                  type="checkbox"
                  checked={categories.includes(c)}
                  onChange={() => toggleCategory(c)}
                  data-category={c}
                />
                {MECHANISM_CATEGORY_LABELS[c][language]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('entityType')}</legend>
        <ul className="checklist columns">
          {ENTITY_TYPES.filter((type) => usedTypes.has(type)).map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={entityTypes.includes(type)}
                  onChange={() => toggleEntityType(type)}
                  data-type={type}
                />
                {ENTITY_TYPE_LABELS[language][type]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('evidence')}</legend>
        {(
          [
            ['all', t('evidenceAll')],
            ['own-group', t('evidenceOwn')],
            ['other', t('evidenceOther')],
          ] as Array<[EvidenceFilter, string]>
        ).map(([value, label]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="evidence"
              value={value}
              checked={evidence === value}
              onChange={() => setEvidence(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('certaintyFilter')}</legend>
        {(
          [
            ['all', t('certaintyAll')],
            ['stated', t('certaintyStated')],
          ] as Array<[CertaintyFilter, string]>
        ).map(([value, label]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="certainty"
              value={value}
              checked={certainty === value}
              onChange={() => setCertainty(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="stacked">
        {t('neighbourhood')}
        <select value={steps} disabled={!canFocus} onChange={(e) => setSteps(Number(e.target.value))}>
          <option value={0}>{t('neighbourhoodOff')}</option>
          {Array.from({ length: MAX_STEPS }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        {!canFocus && <span className="hint">{t('neighbourhoodNeedsSelection')}</span>}
      </label>
      <button type="button" onClick={resetFilters}>
        {t('resetFilters')}
      </button>
    </section>
  );
}
