import { useApp, useT } from '../app/context';

export function Notices() {
  const t = useT();
  const notices = useApp((s) => s.notices);
  const language = useApp((s) => s.language);
  const dismiss = useApp((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>{n[language]}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={`${t('dismiss')}: ${n[language]}`}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
