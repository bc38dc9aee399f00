/**
 * What the Enrichment tab keeps in the store: the gene list last run (in memory only: it
 * is the user's data, so never in a link or in storage) and the result row opened on the
 * diagram, whose hit entities are highlighted while the tab is open.
 */
import type { BackgroundKind } from '../model/enrichment';
import type { EnrichmentKind } from '../model/gene-sets';

export interface EnrichmentQuery {
  /** The pasted identifiers, as typed. */
  genes: string;
  background: BackgroundKind;
  /** The user's own background list, for `custom`. */
  customBackground: string;
}

export interface EnrichmentChoice {
  kind: EnrichmentKind;
  id: string;
  /** The entities that carry the hit genes (genes, and families or complexes holding them). */
  entities: readonly string[];
  /** The therapies whose diagram shows the set: the therapy itself, or those of the mechanism's relations. */
  therapies: readonly string[];
}
