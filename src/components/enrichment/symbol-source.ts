/**
 * Where the Enrichment tab resolves identifiers: the HGNC table the atlas ships (loaded
 * the first time the tab opens), then the atlas's own symbols for anything newer; until the
 * table has loaded (or if it cannot), the atlas's names alone, and the "all HGNC approved
 * symbols" background is offered once the table is there.
 */
import { useEffect, useState } from 'react';
import type { SymbolSource } from '../../app/derive/enrichment';
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import { atlasOnlyResolver } from '../../model/atlas-resolver';
import { withFallback } from '../../model/hgnc-lookup';
import type { KnowledgeBase } from '../../model/knowledge-base';

const atlasOnly = new WeakMap<KnowledgeBase, SymbolSource>();

function atlasSource(kb: KnowledgeBase): SymbolSource {
  let source = atlasOnly.get(kb);
  if (!source) {
    source = { resolver: atlasOnlyResolver(kb), hgncSymbols: null };
    atlasOnly.set(kb, source);
  }
  return source;
}

export function useSymbolSource(kb: KnowledgeBase): SymbolSource {
  const [withHgnc, setWithHgnc] = useState<{ kb: KnowledgeBase; source: SymbolSource } | null>(null);
  useEffect(() => {
    let current = true;
    loadHgncResolver().then(
      (hgnc) => {
        if (!current) return;
        const resolver = withFallback(hgnc, atlasOnlyResolver(kb));
        setWithHgnc({ kb, source: { resolver, hgncSymbols: hgnc.approvedSymbols } });
      },
      // Without the table the tab keeps the atlas's names and says so (enrichAtlasOnlyNote).
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, [kb]);
  return withHgnc?.kb === kb ? withHgnc.source : atlasSource(kb);
}
