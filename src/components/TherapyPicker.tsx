import { useApp, useAppContext, useT } from '../app/context';
import { pick } from '../model/text';

export function TherapyPicker() {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const therapies = useApp((s) => s.therapies);
  const toggle = useApp((s) => s.toggleTherapy);
  const setTherapies = useApp((s) => s.setTherapies);
  const withComponents = useApp((s) => s.withComponents);
  const setWithComponents = useApp((s) => s.setWithComponents);
  const counts = new Map<string, number>();
  for (const r of kb.relations) for (const id of r.therapies) counts.set(id, (counts.get(id) ?? 0) + 1);

  return (
    <fieldset className="panel therapy-picker">
      <legend>{t('therapies')}</legend>
      <p className="hint">{t('therapiesHint')}</p>
      <ul className="checklist">
        {kb.therapies.map((therapy) => (
          <li key={therapy.id}>
            <label title={pick(therapy.name, language)}>
              <input
                type="checkbox"
                checked={therapies.includes(therapy.id)}
                onChange={() => toggle(therapy.id)}
                data-therapy={therapy.id}
              />
              <span className="swatch" style={{ background: colours(therapy.id) }} aria-hidden="true" />
              <span className="therapy-label">{pick(therapy.label, language)}</span>
              {therapy.kind === 'pathway' && <span className="tag imported-tag">{t('importedView')}</span>}
              <span className="count">
                {counts.get(therapy.id) ?? 0}
                <span className="visually-hidden"> {t('relations')}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" onClick={() => setTherapies(kb.therapies.map((x) => x.id))}>
          {t('allTherapies')}
        </button>
        <button type="button" onClick={() => setTherapies([])}>
          {t('clearTherapies')}
        </button>
      </div>
      <label className="small">
        <input type="checkbox" checked={withComponents} onChange={(e) => setWithComponents(e.target.checked)} />
        {t('includeComponents')}
      </label>
    </fieldset>
  );
}
