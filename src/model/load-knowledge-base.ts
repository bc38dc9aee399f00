/**
 * Merges parsed graph files into one knowledge base and checks what spans files:
 * unique ids, relations pointing at entities that exist, known therapies, mechanisms
 * and reference numbers. Pure: the CLI reads files from disk, the app from its bundle,
 * and both hand the texts here.
 */

import { indexKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { type ParsedFile, parseGraphFile, type SourceFile } from './parse-file';
import { formatJsonPath, type PathSegment, type Problem, quote, SHOWN_CHARACTERS } from './problems';
import type {
  Atlas,
  Entity,
  Mechanism,
  Reference,
  Relation,
  ResponseTable,
  SectionName,
  Therapy,
  TreatmentLine,
} from './schema';
import { RELATION_TYPE_INFO } from './vocabulary';

export type { KnowledgeBase } from './knowledge-base';
export type { SourceFile } from './parse-file';

export const DEFAULT_ATLAS: Atlas = {
  title: { en: 'Pathway atlas', zh: '通路图谱' },
  citation: { en: 'Source not stated', zh: '未注明来源' },
  filePrefix: 'atlas',
};

export interface LoadResult {
  kb: KnowledgeBase;
  problems: Problem[];
}

/**
 * Edit distance between `a` and `b` if it is at most `bound`, otherwise `bound + 1`. Only
 * the cells within `bound` of the diagonal can stay within it (Ukkonen's band), and the
 * scan stops as soon as a whole row exceeds it: O(|a| · bound) rather than O(|a| · |b|).
 */
export function boundedDistance(a: string, b: string, bound: number, budget?: SuggestBudget): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const over = bound + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => (j <= bound ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(over);
    next[0] = i <= bound ? i : over;
    let best = next[0];
    const from = Math.max(1, i - bound);
    const to = Math.min(b.length, i + bound);
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      next[j] = Math.min(over, row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
      if (next[j] < best) best = next[j];
    }
    if (budget) budget.cells -= to - from + 1;
    if (best > bound) return over;
    row = next;
  }
  return Math.min(row[b.length], over);
}

/**
 * Ids longer than this get no "did you mean": no id is that long, and the edit distance
 * costs the product of the two lengths (a 1 MB typo against every id took seconds).
 */
export const MAX_SUGGESTED_LENGTH = 64;

/**
 * How much comparing one validation may spend on suggestions, in cells of the distance
 * table. A suggestion is a courtesy: a knowledge base of 50,000 entities with 1,000
 * unknown ids would otherwise spend minutes on them. Normal files use a small part of it.
 */
export interface SuggestBudget {
  cells: number;
}
export const SUGGEST_BUDGET_CELLS = 20_000_000;

export function suggest(
  wanted: string,
  known: Iterable<string>,
  limit = 3,
  budget: SuggestBudget = { cells: SUGGEST_BUDGET_CELLS },
): string[] {
  if (wanted.length === 0 || wanted.length > MAX_SUGGESTED_LENGTH) return [];
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  const lower = wanted.toLowerCase();
  // The best `limit` so far, kept sorted: no sort of every candidate.
  const best: Array<[string, number]> = [];
  const better = (x: [string, number], y: [string, number]) => x[1] - y[1] || x[0].localeCompare(y[0]);
  for (const candidate of known) {
    if (budget.cells <= 0) break;
    if (candidate.length > MAX_SUGGESTED_LENGTH) continue;
    budget.cells -= 1;
    // One inside the other: the distance is the difference in length (insertions only).
    const contains = candidate.includes(wanted) || wanted.includes(candidate);
    const d = contains
      ? Math.abs(candidate.length - wanted.length)
      : boundedDistance(lower, candidate.toLowerCase(), allowed, budget);
    if (!contains && d > allowed) continue;
    const entry: [string, number] = [candidate, d];
    if (best.length === limit && better(entry, best[limit - 1]) >= 0) continue;
    best.push(entry);
    best.sort(better);
    if (best.length > limit) best.pop();
  }
  return best.map(([c]) => c);
}

function didYouMean(wanted: string, known: Iterable<string>, budget?: SuggestBudget): string {
  const close = suggest(wanted, known, 3, budget);
  return close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
}

interface Located<T> {
  value: T;
  file: ParsedFile;
  path: PathSegment[];
}

function collect<T>(files: ParsedFile[], section: SectionName): Located<T>[] {
  const out: Located<T>[] = [];
  for (const file of files) {
    const records = (file.document?.[section] ?? []) as T[];
    // Records that failed the schema were dropped: use each kept record's index in the file.
    const indices = file.recordIndex?.[section];
    records.forEach((value, i) => {
      out.push({ value, file, path: [section, indices?.[i] ?? i] });
    });
  }
  return out;
}

type Report = (at: Located<unknown>, sub: PathSegment[], message: string) => void;

/**
 * A combination is made of other therapies: one listing itself, or components that lead
 * back to where they started, would make "with components" views pull in relations of
 * therapies nobody asked for. Each cycle is reported once, at the component that closes it.
 */
function checkComponents(therapies: Located<Therapy>[], byId: ReadonlyMap<string, Therapy>, report: Report) {
  const located = new Map<string, Located<Therapy>>();
  for (const item of therapies) if (!located.has(item.value.id)) located.set(item.value.id, item);
  for (const item of located.values())
    item.value.components?.forEach((c, i) => {
      if (c === item.value.id)
        report(
          item,
          ['components', i],
          `therapy ${quote(c)} lists itself as a component; a combination is made of other therapies`,
        );
    });
  // Depth-first search with an explicit stack (no recursion, whatever the chain's length).
  const state = new Map<string, 'open' | 'done'>();
  for (const root of located.keys()) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const components = byId.get(top.id)?.components ?? [];
      if (top.next >= components.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const index = top.next++;
      const c = components[index];
      if (c === top.id || !byId.has(c)) continue;
      if (state.get(c) === 'open') {
        const from = stack.findIndex((frame) => frame.id === c);
        const cycle = [...stack.slice(from).map((frame) => frame.id), c];
        const at = located.get(top.id);
        if (at)
          report(
            at,
            ['components', index],
            `therapy components form a cycle: ${cycle.map(quote).join(' → ')}; a combination is made of other therapies, never of itself`,
          );
        continue;
      }
      if (!state.has(c)) {
        state.set(c, 'open');
        stack.push({ id: c, next: 0 });
      }
    }
  }
}

export function buildKnowledgeBase(files: ParsedFile[]): LoadResult {
  const problems: Problem[] = files.flatMap((f) => f.problems);
  const report = (
    at: Located<unknown>,
    sub: PathSegment[],
    message: string,
    severity: Problem['severity'] = 'error',
  ) => {
    const path = [...at.path, ...sub];
    problems.push({ severity, file: at.file.file, path: formatJsonPath(path), message, ...at.file.locate(path) });
  };

  const therapies = collect<Therapy>(files, 'therapies');
  const mechanisms = collect<Mechanism>(files, 'mechanisms');
  const entities = collect<Entity>(files, 'entities');
  const relations = collect<Relation>(files, 'relations');
  const references = collect<Reference>(files, 'references');
  const tables = collect<ResponseTable>(files, 'responseTables');
  const lines = collect<TreatmentLine>(files, 'treatmentLines');

  function index<T, K>(items: Located<T>[], key: (t: T) => K, what: string): Map<K, T> {
    const map = new Map<K, T>();
    const first = new Map<K, Located<T>>();
    for (const item of items) {
      const k = key(item.value);
      const earlier = first.get(k);
      if (earlier) {
        report(
          item,
          [],
          `duplicate ${what} ${typeof k === 'string' ? quote(k) : String(k)}: already defined in ${earlier.file.file} at ${formatJsonPath(earlier.path)}`,
        );
        continue;
      }
      first.set(k, item);
      map.set(k, item.value);
    }
    return map;
  }

  // One budget for all suggestions of this knowledge base (see SuggestBudget).
  const budget: SuggestBudget = { cells: SUGGEST_BUDGET_CELLS };
  const therapyById = index(therapies, (t) => t.id, 'therapy id');
  const mechanismById = index(mechanisms, (m) => m.id, 'mechanism id');
  const entityById = index(entities, (e) => e.id, 'entity id');
  const relationById = index(relations, (r) => r.id, 'relation id');
  const referenceByNumber = index(references, (r) => r.number, 'reference number');
  // Tables and treatment lines are looked up by id too (links, exports): one id, one record.
  index(tables, (t) => t.id, 'response table id');
  index(lines, (l) => l.id, 'treatment line id');

  const checkTherapy = (at: Located<unknown>, sub: PathSegment[], id: string) => {
    if (!therapyById.has(id)) {
      report(at, sub, `unknown therapy ${quote(id)}; known: ${[...therapyById.keys()].join(', ')}`);
    }
  };
  const checkReference = (at: Located<unknown>, sub: PathSegment[], n: number) => {
    if (!referenceByNumber.has(n)) {
      const max = Math.max(0, ...referenceByNumber.keys());
      report(at, sub, `reference [${n}] is not in the reference list (references run from 1 to ${max})`);
    }
  };
  // Curators often type a symbol or an alias where the id belongs ("stat3" for "s1").
  const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9\u0370-\u03ff]/g, '');
  const byName = new Map<string, string>();
  for (const e of entityById.values()) {
    for (const name of [e.symbol, e.label.en, ...e.aliases]) if (name) byName.set(normalise(name), e.id);
  }
  const checkEntity = (at: Located<unknown>, sub: PathSegment[], id: string, role: string) => {
    if (entityById.has(id)) return;
    const named = id.length <= MAX_SUGGESTED_LENGTH ? byName.get(normalise(id)) : undefined;
    const hint = named ? `; did you mean "${named}"?` : didYouMean(id, entityById.keys(), budget);
    report(at, sub, `${role} ${quote(id)} is not a known entity${hint}`);
  };

  // Symbols identify genes across therapies: two entities with one symbol would split a shared gene.
  const bySymbol = new Map<string, Located<Entity>>();
  for (const item of entities) {
    const symbol = item.value.symbol;
    if (!symbol) continue;
    const earlier = bySymbol.get(symbol);
    if (earlier && earlier.value.id !== item.value.id) {
      report(
        item,
        ['symbol'],
        `symbol ${symbol.length <= SHOWN_CHARACTERS ? symbol : quote(symbol)} is already used by entity ${quote(earlier.value.id)}; an entity is shared, not repeated`,
      );
    } else bySymbol.set(symbol, item);
  }

  checkComponents(therapies, therapyById, report);
  for (const item of therapies) {
    item.value.components?.forEach((c, i) => {
      checkTherapy(item, ['components', i], c);
    });
    item.value.references?.forEach((n, i) => {
      checkReference(item, ['references', i], n);
    });
  }
  for (const item of mechanisms) {
    item.value.therapies.forEach((t, i) => {
      checkTherapy(item, ['therapies', i], t);
    });
    item.value.references?.forEach((n, i) => {
      checkReference(item, ['references', i], n);
    });
  }

  const used = new Set<string>();
  const usedMechanisms = new Set<string>();
  for (const item of relations) {
    const r = item.value;
    checkEntity(item, ['source'], r.source, 'source');
    checkEntity(item, ['target'], r.target, 'target');
    used.add(r.source);
    used.add(r.target);
    r.therapies.forEach((t, i) => {
      checkTherapy(item, ['therapies', i], t);
    });
    r.references.forEach((n, i) => {
      checkReference(item, ['references', i], n);
    });
    const mechanism = mechanismById.get(r.mechanism);
    usedMechanisms.add(r.mechanism);
    if (!mechanism) {
      report(
        item,
        ['mechanism'],
        `unknown mechanism ${quote(r.mechanism)}${didYouMean(r.mechanism, mechanismById.keys(), budget)}`,
      );
    } else {
      r.therapies.forEach((t, i) => {
        if (therapyById.has(t) && !mechanism.therapies.includes(t)) {
          report(
            item,
            ['therapies', i],
            `therapy ${quote(t)} is not among the therapies of mechanism ${quote(mechanism.id)} (${mechanism.therapies.join(', ')})`,
          );
        }
      });
    }
    const typeSign = RELATION_TYPE_INFO[r.type].sign;
    if (r.sign && (typeSign === 'positive' || typeSign === 'negative') && r.sign !== typeSign) {
      report(
        item,
        ['sign'],
        `"${r.type}" is always ${typeSign}; "sign" may only be set on neutral or associated relations`,
      );
    }
    if (r.sign === 'association' && r.type !== 'associated') {
      // A dashed line means correlation, and only the type "associated" is drawn dashed.
      report(
        item,
        ['sign'],
        `"sign": "association" says correlation, which only an "associated" relation is; use "type": "associated", or drop the sign of this "${r.type}" relation`,
      );
    }
  }

  for (const item of tables) {
    item.value.rows.forEach((row, i) => {
      checkTherapy(item, ['rows', i, 'therapy'], row.therapy);
      checkReference(item, ['rows', i, 'reference'], row.reference);
      if (row.objectiveResponseRate !== null && row.criterion === null) {
        report(item, ['rows', i, 'criterion'], 'an objective response rate needs its criterion (RECIST or mRECIST)');
      }
    });
  }
  for (const item of lines) {
    item.value.options.forEach((option, i) => {
      option.drugs.forEach((drug, j) => {
        checkEntity(item, ['options', i, 'drugs', j], drug, 'drug');
        used.add(drug);
        const entity = entityById.get(drug);
        if (entity && entity.type !== 'drug') {
          report(item, ['options', i, 'drugs', j], `${quote(drug)} is a ${entity.type}, not a drug`);
        }
      });
    });
  }

  for (const item of entities) {
    if (!used.has(item.value.id)) {
      report(item, [], `entity ${quote(item.value.id)} is not used by any relation or treatment line`, 'warning');
    }
  }
  for (const item of mechanisms) {
    if (!usedMechanisms.has(item.value.id)) {
      report(item, [], `mechanism ${quote(item.value.id)} has no relations`, 'warning');
    }
  }

  // One atlas description per knowledge base; without one, a neutral default.
  let atlas: Atlas = DEFAULT_ATLAS;
  let atlasFile: string | undefined;
  for (const file of files) {
    if (!file.document?.atlas) continue;
    if (atlasFile) {
      problems.push({
        severity: 'error',
        file: file.file,
        path: '$.atlas',
        message: `the atlas is already described in ${atlasFile}; keep one "atlas" section`,
        ...file.locate(['atlas']),
      });
    } else {
      atlas = file.document.atlas;
      atlasFile = file.file;
    }
  }

  const values = <T>(items: Located<T>[]) => items.map((i) => i.value);
  return {
    kb: indexKnowledgeBase({
      atlas,
      therapies: [...therapyById.values()],
      mechanisms: [...mechanismById.values()],
      entities: [...entityById.values()],
      relations: values(relations).filter(
        (r) => relationById.get(r.id) === r && entityById.has(r.source) && entityById.has(r.target),
      ),
      references: [...referenceByNumber.values()].sort((a, b) => a.number - b.number),
      responseTables: values(tables),
      treatmentLines: values(lines),
    }),
    problems,
  };
}

/** Parse and merge a set of graph files in one step. */
export function loadKnowledgeBase(sources: SourceFile[]): LoadResult {
  return buildKnowledgeBase(sources.map((s) => parseGraphFile(s.file, s.text, s.unreadable)));
}
