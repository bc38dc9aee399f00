/**
 * Where the Enrichment tab resolves identifiers. Interim: the atlas's own symbols and
 * aliases (atlasOnlyResolver), and no HGNC list, so the "all HGNC approved symbols"
 * background is not offered. When the committed HGNC lookup is merged, this returns its
 * resolver and its approved symbols, and the tab offers that background by itself.
 */
import type { SymbolSource } from '../../app/derive/enrichment';
import { atlasOnlyResolver } from '../../model/atlas-resolver';
import type { KnowledgeBase } from '../../model/knowledge-base';

const cache = new WeakMap<KnowledgeBase, SymbolSource>();

export function appSymbolSource(kb: KnowledgeBase): SymbolSource {
  let source = cache.get(kb);
  if (!source) {
    source = { resolver: atlasOnlyResolver(kb), hgncSymbols: null };
    cache.set(kb, source);
  }
  return source;
}
