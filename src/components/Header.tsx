import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useApp, useAppContext, useT } from '../app/context';
import { pick } from '../model/text';

/**
 * Moves focus into a region that is not itself focusable: tabindex -1 makes it focusable
 * by script only, so it does not add a Tab stop; the next Tab goes to its first control.
 */
function focusRegion(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  element.scrollIntoView({ block: 'nearest' });
}

/**
 * The first Tab stops: past the header and the filters to the diagram (its toolbar is next),
 * or to the details panels' tabs, opening the panel if it is collapsed.
 */
function SkipLinks() {
  const t = useT();
  const panel = useApp((s) => s.panel);
  const setPanelCollapsed = useApp((s) => s.setPanelCollapsed);
  // Buttons, not fragment links: the regions are not focusable by themselves, and the
  // panel may first need opening, so a script moves the focus.
  const toDiagram = () => {
    focusRegion(document.querySelector<HTMLElement>('section.diagram'));
  };
  const toPanels = () => {
    // The tabs are rendered but hidden while the panel is collapsed: open it first, synchronously, then focus.
    flushSync(() => setPanelCollapsed('right', false));
    document.getElementById(`tab-${panel}`)?.focus();
  };
  return (
    <nav className="skip-links" aria-label={t('skipLinks')}>
      <button type="button" className="skip-link" onClick={toDiagram}>
        {t('skipToDiagram')}
      </button>
      <button type="button" className="skip-link" aria-controls="right-panel" onClick={toPanels}>
        {t('skipToPanels')}
      </button>
    </nav>
  );
}

export function Header() {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
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
      <SkipLinks />
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
