/**
 * The entities × therapies matrix behind the shared-genes view, as plain rows: the
 * `graph shared` command prints it, the app exports it as CSV/TSV.
 */
import type { KnowledgeBase } from './knowledge-base';
import { sharedEntities } from './query';
import type { Entity, Relation } from './schema';

/**
 * Which entities the shared-genes view counts: genes (and gene families) only, or every
 * entity. One list for the app's compare scope, its permalink and `graph shared --entities`.
 */
export const COMPARE_SCOPES = ['genes', 'all'] as const;
export type CompareScope = (typeof COMPARE_SCOPES)[number];

export interface SharedRow {
  id: string;
  symbol: string;
  label: string;
  labelZh: string;
  name: string;
  type: string;
  /** Per chosen therapy: number of relations through which the entity takes part (0 = absent). */
  counts: Record<string, number>;
  references: number[];
  /**
   * Of those relations, how many the review cites no source for ("citation": "uncited"):
   * an entity known only from uncited sentences has no references, and the table says why.
   */
  uncited: number;
}

const GENE_LIKE = new Set(['gene', 'family']);

/** One row of the matrix: an entity and its relations per chosen therapy. */
export function sharedRow(
  entity: Entity,
  relationsByTherapy: ReadonlyMap<string, readonly Relation[]>,
  therapyIds: readonly string[],
): SharedRow {
  const counts: Record<string, number> = {};
  const refs = new Set<number>();
  // A relation in two of the chosen therapies is one uncited statement, not two.
  const uncited = new Set<string>();
  for (const t of therapyIds) {
    const relations = relationsByTherapy.get(t) ?? [];
    counts[t] = relations.length;
    for (const r of relations) {
      for (const n of r.references) refs.add(n);
      if (r.citation === 'uncited') uncited.add(r.id);
    }
  }
  return {
    id: entity.id,
    symbol: entity.symbol ?? entity.members?.join('/') ?? '',
    label: entity.label.en,
    labelZh: entity.label.zh ?? entity.name?.zh ?? '',
    name: entity.name?.en ?? '',
    type: entity.type,
    counts,
    references: [...refs].sort((a, b) => a - b),
    uncited: uncited.size,
  };
}

export function sharedTable(
  kb: KnowledgeBase,
  therapyIds: readonly string[],
  scope: CompareScope = 'genes',
  minimum = 2,
): SharedRow[] {
  return sharedEntities(kb, therapyIds, minimum)
    .filter((s) => scope === 'all' || GENE_LIKE.has(s.entity.type))
    .map((s) => sharedRow(s.entity, s.relationsByTherapy, therapyIds));
}

function cell(value: string, separator: string): string {
  // RFC 4180 quoting for CSV; TSV replaces tabs and newlines instead.
  if (separator === '\t') return value.replace(/[\t\r\n]+/g, ' ');
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function sharedTableText(rows: SharedRow[], therapyIds: readonly string[], separator: ',' | '\t'): string {
  const header = [
    'id',
    'symbol',
    'label',
    'label_zh',
    'name',
    'type',
    ...therapyIds.map((t) => `in_${t}`),
    ...therapyIds.map((t) => `relations_${t}`),
    'references',
    'uncited_relations',
  ];
  const lines = rows.map((r) =>
    [
      r.id,
      r.symbol,
      r.label,
      r.labelZh,
      r.name,
      r.type,
      ...therapyIds.map((t) => (r.counts[t] > 0 ? 'yes' : 'no')),
      ...therapyIds.map((t) => String(r.counts[t])),
      r.references.join(' '),
      String(r.uncited),
    ]
      .map((v) => cell(v, separator))
      .join(separator),
  );
  return `${[header.join(separator), ...lines].join('\n')}\n`;
}
