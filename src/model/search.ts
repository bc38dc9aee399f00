/**
 * Entity search by symbol, alias, English or Chinese label and name. Matching ignores
 * case, Greek-letter spelling (α/alpha) and punctuation, so "HIF", "hif-1a", "缺氧" and
 * "KU70" all find what a biologist means.
 */
import type { Entity } from './schema';
import { closest } from './suggest';

const GREEK: Array<[RegExp, string]> = [
  [/α/g, 'a'],
  [/β/g, 'b'],
  [/γ/g, 'g'],
  [/δ/g, 'd'],
  [/κ/g, 'k'],
  [/ζ/g, 'z'],
  [/alpha/g, 'a'],
  [/beta/g, 'b'],
  [/gamma/g, 'g'],
];
const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁺': '+',
  '⁻': '-',
};

export function normaliseForSearch(text: string): string {
  let s = text.toLowerCase().replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]/g, (c) => SUPERSCRIPTS[c]);
  for (const [pattern, replacement] of GREEK) s = s.replace(pattern, replacement);
  return s.replace(/[\s\-_/.,'’()（）+]/g, '');
}

export interface SearchHit {
  entity: Entity;
  /** The name that matched, to show why this entity came up. */
  matched: string;
  score: number;
}

/** The names an entity goes by, each with its weight (0 = primary name, larger = weaker). */
function namesOf(entity: Entity): Array<[string, number]> {
  return [
    [entity.symbol ?? '', 0],
    [entity.label.en, 0],
    [entity.label.zh ?? '', 0],
    ...entity.aliases.map((a): [string, number] => [a, 1]),
    ...(entity.members ?? []).map((m): [string, number] => [m, 2]),
    [entity.name?.en ?? '', 2],
    [entity.name?.zh ?? '', 2],
    [entity.id, 3],
  ];
}

export function searchEntities(entities: readonly Entity[], query: string, limit = 8): SearchHit[] {
  const q = normaliseForSearch(query.trim());
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    let best: SearchHit | undefined;
    for (const [name, weight] of namesOf(entity)) {
      if (!name) continue;
      const n = normaliseForSearch(name);
      const index = n.indexOf(q);
      if (index < 0) continue;
      // Exact beats prefix beats substring; primary names beat aliases and full names.
      const score = (n === q ? 0 : index === 0 ? 10 : 20) + weight * 3 + Math.min(n.length - q.length, 9) / 10;
      if (!best || score < best.score) best = { entity, matched: name, score };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => a.score - b.score || a.entity.label.en.localeCompare(b.entity.label.en)).slice(0, limit);
}

export interface EntitySuggestion {
  entity: Entity;
  /** The name (as written in the knowledge base) that came closest to the query. */
  matched: string;
  /** Edits between the query and that name, after normalising both. */
  distance: number;
}

/**
 * For a query that finds nothing: the few entities whose symbol, label, alias, member or
 * full name (English or Chinese) is a small typo away from it (see `closest`), e.g. PRMT3
 * for "PRTM3". Case, Greek spelling and punctuation are ignored as in the search itself.
 * Ties go to primary names over aliases and full names, then to the label in English order.
 */
export function suggestEntities(entities: readonly Entity[], query: string, limit = 3): EntitySuggestion[] {
  const q = normaliseForSearch(query.trim());
  if (!q) return [];
  const candidates = [...entities]
    .sort((a, b) => a.label.en.localeCompare(b.label.en))
    .map((entity) => ({
      item: entity,
      names: namesOf(entity)
        // Ids are for files and links, not for people.
        .filter(([text, rank]) => text && rank < 3)
        .map(([text, rank]) => ({ key: normaliseForSearch(text), text, rank })),
    }));
  return closest(q, candidates, limit).map((s) => ({ entity: s.item, matched: s.name.text, distance: s.distance }));
}
