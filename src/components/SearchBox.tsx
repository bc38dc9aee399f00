/**
 * Entity search as an ARIA combobox: type, move through suggestions with the arrow
 * keys, Enter to choose. Choosing centres and highlights the entity and its neighbours,
 * bringing it into view (adding its therapies) when the current diagram lacks it. A query
 * that finds nothing says so and offers the closest names as buttons ("Did you mean
 * PRMT3?" for "PRTM3"), chosen the same way.
 */
import { Fragment, useId, useMemo, useRef, useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import { ENTITY_TYPE_LABELS } from '../i18n/strings';
import type { SubGraph } from '../model/query';
import { searchEntities, suggestEntities } from '../model/search';
import { entityLabel, pick } from '../model/text';

export function SearchBox({ therapyGraph, visible }: { therapyGraph: SubGraph; visible: SubGraph }) {
  const t = useT();
  const id = useId();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const hits = useMemo(() => searchEntities(kb.entities, query, 8), [kb, query]);
  const close = useMemo(() => (hits.length > 0 ? [] : suggestEntities(kb.entities, query, 3)), [kb, query, hits]);

  const revealEntity = useApp((s) => s.revealEntity);

  const choose = (entityId: string) => {
    revealEntity(entityId, { kb, therapyGraph, visible });
    setQuery('');
    setOpen(false);
  };

  const listId = `${id}-list`;
  const showList = open && hits.length > 0;
  // Close once focus has left the search, not when it moves to a "Did you mean" button.
  const closeUnlessInside = () =>
    setTimeout(() => {
      if (!boxRef.current?.contains(document.activeElement)) setOpen(false);
    }, 150);
  const typed = query.trim();
  const showEmpty = open && hits.length === 0 && typed.length > 0;
  // "No match for "PRTM3". Did you mean {options}?": the suggestions go where {options} is.
  const [before = '', after = ''] = t('noMatchDidYouMean')
    .split('{options}')
    .map((part) => part.replace('{query}', typed));
  return (
    <div className="search" ref={boxRef}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={closeUnlessInside}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            choose(hits[active].entity.id);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <div id={listId} role="listbox" className="suggestions" aria-label={t('search')}>
          {hits.map((hit, i) => {
            const label = entityLabel(hit.entity, language);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is handled by the combobox input
              <div
                key={hit.entity.id}
                tabIndex={-1}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit.entity.id)}
              >
                <span className="suggestion-label">{label}</span>
                <span className="suggestion-meta">
                  {ENTITY_TYPE_LABELS[language][hit.entity.type]}
                  {hit.matched !== label ? ` · ${hit.matched}` : ''}
                  {hit.entity.name && pick(hit.entity.name, language) !== hit.matched
                    ? ` · ${pick(hit.entity.name, language)}`
                    : ''}
                </span>
              </div>
            );
          })}
        </div>
      )}
      {showEmpty && (
        <div className="suggestions" role="status">
          <div className="empty">
            <span>
              {close.length === 0 ? (
                t('noMatchFor').replace('{query}', typed)
              ) : (
                <>
                  {before}
                  {close.map((s, i) => {
                    const label = entityLabel(s.entity, language);
                    return (
                      <Fragment key={s.entity.id}>
                        {i > 0 && t('didYouMeanOr')}
                        <button
                          type="button"
                          className="link"
                          title={t('didYouMeanHint').replace('{label}', label)}
                          data-suggestion={s.entity.id}
                          onMouseDown={(e) => e.preventDefault()}
                          onClick={() => choose(s.entity.id)}
                          onBlur={closeUnlessInside}
                        >
                          {label}
                        </button>
                      </Fragment>
                    );
                  })}
                  {after}
                </>
              )}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
