/** The state a view is made of: what the URL carries and the store holds. */
import type { LayoutDirection } from '../model/arrangement';
import type { CertaintyFilter, EvidenceFilter } from '../model/query';
import type { CompareScope } from '../model/shared-table';
import type { EntityType, Language, MechanismCategory } from '../model/vocabulary';

export type { LayoutDirection } from '../model/arrangement';
export type { CompareScope } from '../model/shared-table';
/** What can be selected: an entity, a relation, or a mechanism (its frame). */
export const SELECTION_KINDS = ['entity', 'relation', 'mechanism'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export type Selection = { kind: SelectionKind; id: string } | null;
export const PANELS = ['details', 'relations', 'paths', 'compare', 'table', 'data', 'enrichment'] as const;
export type Panel = (typeof PANELS)[number];

export interface ViewState {
  language: Language;
  therapies: string[];
  withComponents: boolean;
  categories: MechanismCategory[];
  entityTypes: EntityType[];
  evidence: EvidenceFilter;
  /** 'stated': the relations the review only suggests (hedges) are hidden. */
  certainty: CertaintyFilter;
  /** 0: off; otherwise keep entities within this many steps of the selected entity. */
  steps: number;
  selection: Selection;
  direction: LayoutDirection;
  pathFrom: string | null;
  pathTo: string | null;
  panel: Panel;
  /** Shared-genes view: which entities count, and the chosen exact intersection (therapy ids joined by "+"). */
  compareScope: CompareScope;
  compareSet: string | null;
  /** Teaching mode: the story shown and its step (0-based), or null. */
  story: { id: string; step: number } | null;
  /** Presentation view: panels hidden, large type, caption at the bottom. */
  presenting: boolean;
  /** The data overlay shown: the dataset's content hash and the column's name, or null. */
  overlayDataset: string | null;
  overlayColumn: string | null;
}

export const MAX_STEPS = 4;

export function defaultViewState(): ViewState {
  return {
    language: 'en',
    therapies: ['tace'],
    withComponents: true,
    categories: [],
    entityTypes: [],
    evidence: 'all',
    certainty: 'all',
    steps: 0,
    selection: null,
    direction: 'TB',
    pathFrom: null,
    pathTo: null,
    panel: 'details',
    compareScope: 'genes',
    compareSet: null,
    story: null,
    presenting: false,
    overlayDataset: null,
    overlayColumn: null,
  };
}

export type { Notice } from './notices';
