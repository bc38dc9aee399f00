/**
 * The value each atlas entity shows for one column. A gene shows its symbol's row; a
 * family shows the member of largest magnitude (the stated summary: the strongest signal
 * among ERK1 and ERK2 is what a reader looks for), and keeps every member's value for the
 * details panel. Entities that are not genes or families show nothing and keep their look.
 */
import type { DatasetColumn } from './dataset';
import type { KnowledgeBase } from './knowledge-base';
import type { DatasetMatch } from './overlay-match';
import type { EntityType } from './vocabulary';

/** The entity types a data overlay colours (a gene by its symbol, a family by its members). */
export const OVERLAY_ENTITY_TYPES = ['gene', 'family'] as const satisfies readonly EntityType[];

/** How a family's colour is chosen from its members' values. */
export const FAMILY_SUMMARY = 'largest-magnitude';

export interface MemberValue {
  symbol: string;
  /** NaN: the table has no value for this member. */
  value: number;
  /** The identifier the table wrote for it (PD-L1 for CD274), when it has the gene. */
  identifier?: string;
}

export interface EntityValue {
  /** NaN: an atlas gene with no value ("no data"). */
  value: number;
  /** Families: every member, in the knowledge base's order; `from` the one shown. */
  members?: MemberValue[];
  from?: string;
}

function memberValue(
  symbol: string,
  column: DatasetColumn,
  match: DatasetMatch,
  identifiers: readonly string[],
): MemberValue {
  const row = match.rowBySymbol.get(symbol);
  return row === undefined
    ? { symbol, value: Number.NaN }
    : { symbol, value: column.values[row], identifier: identifiers[row] };
}

/** The largest |value| (signed) or value (unsigned) among the members that have one. */
export function summariseFamily(members: readonly MemberValue[], signed: boolean): MemberValue | undefined {
  let best: MemberValue | undefined;
  for (const m of members) {
    if (Number.isNaN(m.value)) continue;
    const size = signed ? Math.abs(m.value) : m.value;
    if (!best || size > (signed ? Math.abs(best.value) : best.value)) best = m;
  }
  return best;
}

export function entityValues(
  kb: Pick<KnowledgeBase, 'entities'>,
  column: DatasetColumn,
  match: DatasetMatch,
  identifiers: readonly string[],
): Map<string, EntityValue> {
  const out = new Map<string, EntityValue>();
  for (const entity of kb.entities) {
    if (entity.type === 'gene' && entity.symbol) {
      out.set(entity.id, { value: memberValue(entity.symbol, column, match, identifiers).value });
    } else if (entity.type === 'family' && entity.members) {
      const members = entity.members.map((s) => memberValue(s, column, match, identifiers));
      const shown = summariseFamily(members, column.scale === 'signed');
      out.set(entity.id, { value: shown?.value ?? Number.NaN, members, from: shown?.symbol });
    }
  }
  return out;
}

export const DERIVED_OPERATIONS = ['difference', 'log2-ratio'] as const;
export type DerivedOperation = (typeof DERIVED_OPERATIONS)[number];

/**
 * A column computed from two: `a − b`, or log2(a / b) where both are positive (NaN, i.e.
 * no data, elsewhere: a ratio of a negative value has no logarithm).
 */
export function derivedColumn(a: DatasetColumn, b: DatasetColumn, operation: DerivedOperation): DatasetColumn {
  const values = new Float64Array(a.values.length);
  for (let i = 0; i < values.length; i++) {
    const x = a.values[i];
    const y = b.values[i];
    values[i] = operation === 'difference' ? x - y : x > 0 && y > 0 ? Math.log2(x / y) : Number.NaN;
  }
  const name = operation === 'difference' ? `${a.name} − ${b.name}` : `log2(${a.name} / ${b.name})`;
  return { name, values, scale: 'signed' };
}
