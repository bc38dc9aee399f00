/**
 * A seeded mutation fuzzer over a knowledge base's files. Pure: a corpus of files (name
 * and bytes) and a seed in, one mutated file out, with what the mutation is known to do.
 *
 * Every mutation kind but one is built so that it always breaks the file (a required key
 * deleted, a type changed, an id swapped for one that does not exist, a key or a record
 * repeated, a forbidden character, a cut, nesting past the limit, bytes that are not
 * UTF-8...): the validator must then reject it. The one that may keep the file valid (a
 * huge string) is judged by an independent check, the whole-document zod schema.
 */
import { mulberry32 } from '../../scripts/bench/generate.mjs';

export interface CorpusFile {
  /** Path as the validator names it, e.g. graphs/relations/tace.json. */
  file: string;
  bytes: Uint8Array;
  role: 'graph' | 'story';
}

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pickOne = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

export const MUTATION_KINDS = [
  'delete-required-key',
  'duplicate-key',
  'change-type',
  'unknown-id',
  'repeat-in-list',
  'duplicate-record',
  'bad-url',
  'component-cycle',
  'forbidden-character',
  'raw-control-character',
  'truncate',
  'deep-nesting',
  'invalid-utf8',
  'byte-order-mark',
  'huge-string',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  file: string;
  bytes: Uint8Array;
  /** `reject`: the kind always breaks the file; `either`: decided by the independent check. */
  expect: 'reject' | 'either';
  /** What was done, for a failure message. */
  detail: string;
}

/** Required keys of each record, by section (graph files) or by story level. */
const REQUIRED: Record<string, readonly string[]> = {
  therapies: ['id', 'kind', 'label', 'name'],
  mechanisms: ['id', 'category', 'title', 'therapies', 'section'],
  entities: ['id', 'type', 'label'],
  relations: ['id', 'source', 'target', 'type', 'therapies', 'mechanism', 'evidence', 'section'],
  references: ['number', 'authors', 'etAl', 'title', 'kind', 'year'],
  responseTables: ['id', 'caption', 'rows'],
  treatmentLines: ['id', 'title', 'options'],
  story: ['id', 'title', 'therapies', 'steps'],
  step: ['caption', 'reveal'],
};

/**
 * Paths (with `*` for any index) of fields that name another record: swapping one for an
 * id nobody defines must be an "unknown ..." error in that same file.
 */
const REFERENCE_FIELDS: readonly Path[] = [
  ['relations', '*', 'source'],
  ['relations', '*', 'target'],
  ['relations', '*', 'mechanism'],
  ['relations', '*', 'therapies', '*'],
  ['mechanisms', '*', 'therapies', '*'],
  ['therapies', '*', 'components', '*'],
  ['treatmentLines', '*', 'options', '*', 'drugs', '*'],
  ['responseTables', '*', 'rows', '*', 'therapy'],
  ['therapies', '*'],
  ['steps', '*', 'reveal', 'entities', '*'],
  ['steps', '*', 'reveal', 'relations', '*'],
  ['steps', '*', 'highlight', 'entities', '*'],
  ['steps', '*', 'highlight', 'relations', '*'],
  ['mechanisms', '*'],
];

/** Lists whose items must be distinct (ids, symbols, aliases, reference numbers). */
const DISTINCT_LISTS: readonly Path[] = [
  ['relations', '*', 'therapies'],
  ['relations', '*', 'references'],
  ['mechanisms', '*', 'therapies'],
  ['mechanisms', '*', 'references'],
  ['therapies', '*', 'components'],
  ['therapies', '*', 'references'],
  ['entities', '*', 'aliases'],
  ['entities', '*', 'members'],
  ['treatmentLines', '*', 'options', '*', 'drugs'],
  ['therapies'],
  ['mechanisms'],
  ['steps', '*', 'reveal', 'entities'],
  ['steps', '*', 'reveal', 'relations'],
  ['steps', '*', 'references'],
];

const SECTIONS = ['therapies', 'mechanisms', 'entities', 'relations', 'references', 'responseTables', 'treatmentLines'];

/** Every value of `root` with its path (iterative, so any depth is fine). */
function walk(root: Json): Array<{ path: Path; value: Json }> {
  const out: Array<{ path: Path; value: Json }> = [];
  const stack: Array<{ path: Path; value: Json }> = [{ path: [], value: root }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    out.push(item);
    const { path, value } = item;
    if (Array.isArray(value))
      value.forEach((v, i) => {
        stack.push({ path: [...path, i], value: v });
      });
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v });
  }
  return out;
}

const matches = (path: Path, pattern: Path) =>
  path.length === pattern.length && pattern.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]));

function parentOf(root: Json, path: Path): { parent: Json[] | { [key: string]: Json }; key: string | number } {
  let node: Json = root;
  for (const segment of path.slice(0, -1)) node = (node as Record<string | number, Json>)[segment];
  return { parent: node as Json[] | { [key: string]: Json }, key: path[path.length - 1] };
}

function setAt(root: Json, path: Path, value: Json) {
  const { parent, key } = parentOf(root, path);
  (parent as Record<string | number, Json>)[key] = value;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const show = (path: Path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('') || '$';

/** A fresh id no file defines. */
const unknownId = (random: Random) => `zz-fuzz-${int(random, 1e9).toString(36)}`;

/** Characters the validator must refuse inside any string: C0 (but tab and line feed), DEL, C1, bidi controls. */
const FORBIDDEN = [
  ...Array.from({ length: 32 }, (_, i) => i).filter((c) => c !== 9 && c !== 10),
  0x7f,
  0x85,
  0x9f,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];

/** Byte sequences that are never UTF-8 wherever they are inserted. */
const BAD_BYTES: readonly number[][] = [
  [0xff],
  [0xfe],
  [0x80],
  [0xc0, 0xaf],
  [0xc3],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

/** One pretty-printed property line holding a complete leaf value: `  "key": value,`. */
const LEAF_LINE = /^(\s*)("(?:[^"\\]|\\.)*"): (.*?)(,?)$/;

/**
 * Which kinds can act on a file: a story has no sections or references, a record-level
 * kind needs the section it works on.
 */
function applicable(kind: MutationKind, value: Json, role: CorpusFile['role']): boolean {
  const has = (section: string) =>
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray(value[section]) &&
    (value[section] as Json[]).length > 0;
  switch (kind) {
    case 'delete-required-key':
      return role === 'story' || SECTIONS.some(has);
    case 'duplicate-record':
      return role === 'graph' && SECTIONS.some(has);
    case 'bad-url':
      return role === 'graph' && has('references');
    case 'component-cycle':
      return role === 'graph' && has('therapies');
    case 'unknown-id':
      return walk(value).some(
        ({ path, value: v }) => typeof v === 'string' && REFERENCE_FIELDS.some((p) => matches(path, p)),
      );
    case 'repeat-in-list':
      return walk(value).some(
        ({ path, value: v }) => Array.isArray(v) && v.length > 0 && DISTINCT_LISTS.some((p) => matches(path, p)),
      );
    default:
      return true;
  }
}

/** A corpus ready for many cases: each file parsed once, and which files each kind can act on. */
export interface PreparedCorpus {
  files: readonly CorpusFile[];
  values: readonly Json[];
  candidates: Readonly<Record<MutationKind, readonly number[]>>;
}

export function prepare(files: readonly CorpusFile[]): PreparedCorpus {
  const values = files.map((c) => JSON.parse(decoder.decode(c.bytes)) as Json);
  const candidates = Object.fromEntries(
    MUTATION_KINDS.map((kind) => [
      kind,
      files.map((_, i) => i).filter((i) => applicable(kind, values[i], files[i].role)),
    ]),
  ) as Record<MutationKind, number[]>;
  return { files, values, candidates };
}

/** The mutation of one case: `seed` decides the kind, the file and everything else. */
export function mutate(corpus: PreparedCorpus, seed: number): Mutation {
  // The benchmark generator's seeded PRNG: the same seed gives the same cases.
  const random = mulberry32(seed);
  const kind = MUTATION_KINDS[int(random, MUTATION_KINDS.length)];
  const index = pickOne(random, corpus.candidates[kind]);
  const source = corpus.files[index];
  // Mutations edit a copy; the prepared corpus stays as read.
  const value = structuredClone(corpus.values[index]);
  const done = (bytes: Uint8Array | string, detail: string, expect: Mutation['expect'] = 'reject'): Mutation => ({
    kind,
    file: source.file,
    bytes: typeof bytes === 'string' ? encoder.encode(bytes) : bytes,
    expect,
    detail,
  });
  const text = () => JSON.stringify(value, null, 2);
  const leaves = () =>
    walk(value).filter(({ path, value: v }) => path.length > 0 && (v === null || typeof v !== 'object'));
  const strings = () => leaves().filter(({ value: v }) => typeof v === 'string');

  switch (kind) {
    case 'delete-required-key': {
      const records =
        source.role === 'story'
          ? [
              { path: [] as Path, level: 'story' },
              ...((value as { steps?: Json[] }).steps ?? []).map((_, i) => ({
                path: ['steps', i] as Path,
                level: 'step',
              })),
            ]
          : SECTIONS.flatMap((section) =>
              (((value as Record<string, Json>)[section] as Json[] | undefined) ?? []).map((_, i) => ({
                path: [section, i] as Path,
                level: section,
              })),
            );
      const record = pickOne(random, records);
      const key = pickOne(random, REQUIRED[record.level]);
      const target = (
        record.path.length === 0 ? value : walk(value).find((w) => show(w.path) === show(record.path))?.value
      ) as {
        [key: string]: Json;
      };
      delete target[key];
      return done(text(), `deleted ${show([...record.path, key])}`);
    }
    case 'duplicate-key': {
      const lines = text().split('\n');
      const leafLines = lines.map((line, i) => ({ line, i })).filter(({ line }) => LEAF_LINE.test(line));
      const { line, i } = pickOne(random, leafLines);
      const [, indent, key, rest] = LEAF_LINE.exec(line) ?? [];
      const copy = random() < 0.5 ? rest : JSON.stringify(unknownId(random));
      lines.splice(i, 0, `${indent}${key}: ${copy},`);
      return done(lines.join('\n'), `repeated key ${key} on line ${i + 1}`);
    }
    case 'change-type': {
      const { path, value: v } = pickOne(random, leaves());
      const replacement: Json =
        typeof v === 'string' ? pickOne(random, [42, true, [v], { x: v }]) : typeof v === 'number' ? String(v) : 'fuzz';
      setAt(value, path, replacement);
      return done(
        text(),
        `${show(path)}: ${JSON.stringify(v)?.slice(0, 30)} → ${JSON.stringify(replacement).slice(0, 30)}`,
      );
    }
    case 'unknown-id': {
      const fields = walk(value).filter(
        ({ path, value: v }) => typeof v === 'string' && REFERENCE_FIELDS.some((p) => matches(path, p)),
      );
      const { path } = pickOne(random, fields);
      const id = unknownId(random);
      setAt(value, path, id);
      return done(text(), `${show(path)} → ${id}`);
    }
    case 'repeat-in-list': {
      const lists = walk(value).filter(
        ({ path, value: v }) => Array.isArray(v) && v.length > 0 && DISTINCT_LISTS.some((p) => matches(path, p)),
      );
      const { path, value: list } = pickOne(random, lists);
      const items = list as Json[];
      items.splice(int(random, items.length + 1), 0, pickOne(random, items));
      return done(text(), `repeated an item of ${show(path)}`);
    }
    case 'duplicate-record': {
      const sections = SECTIONS.filter((s) => ((value as Record<string, Json[]>)[s]?.length ?? 0) > 0);
      const section = pickOne(random, sections);
      const records = (value as Record<string, Json[]>)[section];
      records.push(structuredClone(pickOne(random, records)));
      return done(text(), `copied a record of ${section}`);
    }
    case 'bad-url': {
      const references = (value as { references: Array<{ [key: string]: Json }> }).references;
      const i = int(random, references.length);
      const url = pickOne(random, [
        'javascript:alert(11)',
        'data:text/html,<b>x</b>',
        'file:///etc/passwd',
        'ftp://example.org/a.pdf',
        'vbscript:msgbox(1)',
        'not a url',
        'https://',
      ]);
      references[i].url = url;
      return done(text(), `references[${i}].url → ${url}`);
    }
    case 'component-cycle': {
      const therapies = (value as { therapies: Array<{ id: string; components?: string[] }> }).therapies;
      const a = pickOne(random, therapies);
      const b = pickOne(random, therapies);
      if (a === b) a.components = [...(a.components ?? []).filter((c) => c !== a.id), a.id];
      else {
        a.components = [...(a.components ?? []).filter((c) => c !== b.id), b.id];
        b.components = [...(b.components ?? []).filter((c) => c !== a.id), a.id];
      }
      return done(text(), a === b ? `${a.id} lists itself` : `${a.id} ⇄ ${b.id}`);
    }
    case 'forbidden-character': {
      const { path, value: v } = pickOne(random, strings());
      const s = v as string;
      const at = int(random, s.length + 1);
      const c = pickOne(random, FORBIDDEN);
      setAt(value, path, s.slice(0, at) + String.fromCharCode(c) + s.slice(at));
      return done(text(), `U+${c.toString(16).padStart(4, '0')} into ${show(path)}`);
    }
    case 'raw-control-character': {
      // Unescaped, inside a string: a JSON syntax error (outside one, \r would be whitespace).
      const { path, value: v } = pickOne(random, strings());
      const inner = JSON.stringify(v).slice(1, -1);
      const at = int(random, inner.length + 1);
      const c = pickOne(
        random,
        FORBIDDEN.filter((x) => x < 0x20),
      );
      setAt(value, path, '__fuzz_raw__');
      const raw = `${inner.slice(0, at)}${String.fromCharCode(c)}${inner.slice(at)}`;
      return done(
        text().replace('__fuzz_raw__', () => raw),
        `raw U+${c.toString(16).padStart(4, '0')} in ${show(path)}`,
      );
    }
    case 'truncate': {
      const t = text();
      const at = int(random, t.lastIndexOf('}'));
      return done(t.slice(0, at), `cut at ${at} of ${t.length}`);
    }
    case 'deep-nesting': {
      const { path } = pickOne(random, leaves());
      const depth = 65 + int(random, 6000);
      setAt(value, path, '__fuzz_deep__');
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return done(text().replace('"__fuzz_deep__"', nested), `${depth} arrays at ${show(path)}`);
    }
    case 'invalid-utf8': {
      const bytes = encoder.encode(text());
      const at = int(random, bytes.length + 1);
      const bad = pickOne(random, BAD_BYTES);
      const out = new Uint8Array(bytes.length + bad.length);
      out.set(bytes.subarray(0, at), 0);
      out.set(bad, at);
      out.set(bytes.subarray(at), at + bad.length);
      return done(out, `${bad.map((b) => b.toString(16)).join(' ')} at byte ${at}`);
    }
    case 'byte-order-mark':
      return done(`\ufeff${text()}`, 'a BOM before the text');
    case 'huge-string': {
      const { path, value: v } = pickOne(random, strings());
      const length = 100_000 + int(random, 900_000);
      const huge = pickOne(random, [
        'a'.repeat(length),
        'A'.repeat(length),
        `${v as string} ${'词'.repeat(length)}`,
        Array.from({ length: length / 10 }, () => 'lorem-ipsu').join(''),
      ]);
      setAt(value, path, huge);
      return done(text(), `${huge.length} characters at ${show(path)}`, 'either');
    }
  }
}
