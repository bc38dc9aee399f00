/**
 * Where an element of an imported pathway comes from, as rows of a details list: the file,
 * the source's own id(s), type and position, and its cross-references, each a link to
 * identifiers.org when the model recognises the database and the id's form
 * (../../model/xref-links.ts), plain text otherwise. Nothing here renders file text as HTML.
 */
import { useApp, useT } from '../../app/context';
import { positionText } from '../../i18n/pathway-report-strings';
import type { Origin } from '../../model/schema';
import { xrefUrl } from '../../model/xref-links';

export function OriginFacts({ origin }: { origin: Origin | undefined }) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (!origin) return null;
  // A merged entity gathers the xrefs of every node it was drawn as: each once.
  const xrefs = [...new Map((origin.xrefs ?? []).map((x) => [`${x.database}:${x.id}`, x])).values()];
  return (
    <>
      <dt>{t('originFile')}</dt>
      <dd className="mono" data-origin-file>
        {origin.file}
      </dd>
      {origin.element && (
        <>
          <dt>{t('originElement')}</dt>
          <dd className="mono">{origin.element}</dd>
        </>
      )}
      <dt>{t('originType')}</dt>
      <dd>{origin.type}</dd>
      {origin.position && (
        <>
          <dt>{t('originPosition')}</dt>
          <dd className="mono">{positionText(origin.position, language)}</dd>
        </>
      )}
      {xrefs.length > 0 && (
        <>
          <dt>{t('originXrefs')}</dt>
          <dd>
            <ul className="xrefs">
              {xrefs.map((x) => {
                const url = xrefUrl(x.database, x.id);
                const text = `${x.database}: ${x.id}`;
                return (
                  <li key={`${x.database}:${x.id}`}>
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer" data-xref={url}>
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          </dd>
        </>
      )}
    </>
  );
}
