/**
 * How a relation is drawn, decided once for the screen, the legend, the figures and the
 * interchange files. Kept apart from the drawing itself (src/style) so that the rule
 * "correlation never looks like causation" has one home:
 *
 * - the line comes from the type: `associated` is always dashed, whatever its sign;
 * - the end comes from the sign: the relation's own (set on neutral and associated types
 *   where the review states a direction) or else its type's;
 * - the weight comes from the certainty: a hedged (`suggested`) statement is drawn lighter.
 */
import type { Relation } from './schema';
import { type Certainty, RELATION_TYPE_INFO, SIGNS, type Sign } from './vocabulary';

export const LINE_STYLES = ['solid', 'dashed'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export interface RelationLook {
  /** The drawn sign: what the end shows (arrow, T-bar, diamond, none). */
  sign: Sign;
  /** `dashed` for a correlation (type `associated`), `solid` for every other type. */
  line: LineStyle;
  certainty: Certainty;
}

type LookInput = Pick<Relation, 'type' | 'sign'> & { certainty?: Certainty };

/** The drawn sign of a relation: its own where it states one, else its type's. */
export function relationSign(r: Pick<Relation, 'type' | 'sign'>): Sign {
  return r.sign ?? RELATION_TYPE_INFO[r.type].sign;
}

/** The line style of a relation: only a correlation is dashed. */
export function relationLine(r: Pick<Relation, 'type'>): LineStyle {
  return r.type === 'associated' ? 'dashed' : 'solid';
}

/** Everything that decides how a relation is drawn. A missing certainty is `stated`, as in the schema. */
export function relationLook(r: LookInput): RelationLook {
  return { sign: relationSign(r), line: relationLine(r), certainty: r.certainty ?? 'stated' };
}

/** A look without its certainty: what a legend entry for a relation end and line shows. */
export type LineLook = Pick<RelationLook, 'sign' | 'line'>;

/**
 * The distinct (sign, line) pairs among some looks, in the vocabulary's order of signs,
 * each solid one before its dashed one: the order the legend lists them in.
 */
export function distinctLineLooks(looks: Iterable<LineLook>): LineLook[] {
  const seen = new Set<string>();
  for (const l of looks) seen.add(`${l.sign}|${l.line}`);
  return SIGNS.flatMap((sign) =>
    LINE_STYLES.filter((line) => seen.has(`${sign}|${line}`)).map((line) => ({ sign, line })),
  );
}
