import { useEffect, useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import { pick } from '../model/text';

export function Header() {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  useEffect(() => {
    document.title = pick(kb.atlas.title, language);
  }, [kb, language]);
  const setLanguage = useApp((s) => s.setLanguage);
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 1800);
    } catch {
      // Clipboard refused (insecure context): the address bar holds the same link.
    }
  };
  return (
    <header className="header">
      <div className="header-titles">
        <h1>{pick(kb.atlas.title, language)}</h1>
        {kb.atlas.subtitle && <p className="subtitle">{pick(kb.atlas.subtitle, language)}</p>}
      </div>
      <div className="header-actions">
        <button type="button" onClick={copyLink} aria-live="polite">
          {copied ? t('linkCopied') : t('copyLink')}
        </button>
        <button
          type="button"
          className="language-switch"
          lang={language === 'en' ? 'zh' : 'en'}
          aria-label={`${t('switchLanguage')} (${t('switchLanguageLabel')})`}
          onClick={() => setLanguage(language === 'en' ? 'zh' : 'en')}
        >
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
