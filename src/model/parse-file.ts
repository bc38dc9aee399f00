/**
 * Reads one graph file: its bytes as strict UTF-8, then strict JSON (line and column on a
 * syntax error; duplicate keys, nesting deeper than MAX_DEPTH and control or bidi
 * characters in any string refused), then the zod schema, reporting every issue rather
 * than the first. Pure, and bounded: nothing a file holds makes it throw, recurse without
 * limit or take more than linear time per problem to locate.
 */
import {
  createScanner,
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { z } from 'zod';
import { formatJsonPath, type PathSegment, type Problem, quote } from './problems';
import { AtlasSchema, type GraphDocument, SECTION_SCHEMAS, type SectionName } from './schema';

/** One file of a knowledge base as read: its decoded text, or why it could not be read. */
export interface SourceFile {
  /** Path as shown in messages, relative to where the user works. */
  file: string;
  text: string;
  /** Set when the file is not a regular file or not UTF-8; `text` is then empty. */
  unreadable?: Problem;
}

export interface ParsedFile {
  file: string;
  document?: GraphDocument;
  /** For each section, the index in the file of each record kept (invalid ones are dropped). */
  recordIndex?: Partial<Record<SectionName, number[]>>;
  problems: Problem[];
  /** Locates a JSON path in the file's text, for messages raised by later checks. */
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined;
}

/**
 * Objects and arrays may nest this deep, far more than any graph file needs (they nest 5
 * or 6 levels); deeper input is refused before the parser, which recurses, sees it.
 */
export const MAX_DEPTH = 64;

export type Position = { line: number; column: number };

/**
 * Line and column (both from 1; the column counts UTF-16 code units, as editors do) of an
 * offset, from the sorted offsets of line starts: built once per file, then a binary search
 * per problem, so a file with thousands of problems is not rescanned for each.
 */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or -1 when all of it is well formed. A truncated
 * sequence is reported at the byte that should have continued it.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  const continues = (at: number, low = 0x80, high = 0xbf) => at < n && bytes[at] >= low && bytes[at] <= high;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // The lead byte decides the length and the allowed range of the second byte.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b === 0xe0) [length, low] = [3, 0xa0];
    else if (b === 0xed) [length, high] = [3, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) length = 3;
    else if (b === 0xf0) [length, low] = [4, 0x90];
    else if (b === 0xf4) [length, high] = [4, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) length = 4;
    else return i;
    if (!continues(i + 1, low, high)) return i + 1;
    for (let k = 2; k < length; k++) if (!continues(i + k)) return i + k;
    i += length;
  }
  return -1;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A file's bytes as text. Invalid UTF-8 is refused with the offending byte's offset (a
 * lenient decoder would turn it into U+FFFD and ship it); a byte-order mark is kept, for
 * the JSON reader to report.
 */
export function decodeSource(file: string, bytes: Uint8Array): SourceFile {
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) {
    try {
      return { file, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      // Unreachable when firstInvalidUtf8 agrees with the decoder; kept so a disagreement is a message.
    }
  }
  const at = Math.max(0, bad);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < at; i++)
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = bytes[at] === undefined ? 'the end of the file' : `0x${bytes[at].toString(16).padStart(2, '0')}`;
  return {
    file,
    text: '',
    unreadable: {
      severity: 'error',
      file,
      path: '$',
      message: `invalid UTF-8 at byte offset ${at} (${byte}); save the file as UTF-8`,
      line,
      column,
    },
  };
}

const BIDI_CONTROLS: Record<number, string> = {
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
};

/**
 * Fields holding prose, where a tab or a line break may stand (a quoted paragraph); in a
 * label, an id or a name they would break a diagram's layout and every export.
 */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'evidence',
  'summary',
  'description',
  'note',
  'caption',
  'caution',
  'footnote',
]);

/**
 * Why a string may not appear in a knowledge base, or undefined: control characters
 * (C0 except tab and line feed in long text, DEL and C1), bidirectional overrides and
 * isolates (they make text display in another order than it is stored, so a label can
 * read as something it is not), and unpaired surrogates (not text at all).
 */
export function forbiddenCharacter(value: string, longText: boolean): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const at = `at character ${i + 1}`;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if (longText && (c === 9 || c === 10)) continue;
      const where =
        c === 9 || c === 10
          ? `; tabs and line breaks are allowed only in long text (${[...LONG_TEXT_FIELDS].join(', ')})`
          : '';
      return `contains the control character ${hex(c)} ${at}${where}; remove it`;
    }
    const bidi = BIDI_CONTROLS[c];
    if (bidi)
      return `contains ${hex(c)} ${bidi} ${at}, which makes text display in another order than it is stored; remove it`;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `contains an unpaired surrogate ${hex(c)} ${at}, which is not text; remove it`;
    }
    if (c >= 0xdc00 && c <= 0xdfff)
      return `contains an unpaired surrogate ${hex(c)} ${at}, which is not text; remove it`;
  }
  return undefined;
}

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read.
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10, eof: 17 };

/**
 * Where the text first nests deeper than MAX_DEPTH, found by a flat scan of its tokens (no
 * recursion), with the JSON path of the container that goes too deep.
 */
function tooDeep(text: string): { path: PathSegment[]; offset: number } | undefined {
  const scanner = createScanner(text, true);
  const frames: Array<{ array: boolean; index: number; key: string; expectKey: boolean }> = [];
  for (let token = scanner.scan(); token !== TOKEN.eof; token = scanner.scan()) {
    const top = frames[frames.length - 1];
    switch (token) {
      case TOKEN.openBrace:
      case TOKEN.openBracket:
        if (frames.length >= MAX_DEPTH)
          return { path: frames.map((f) => (f.array ? f.index : f.key)), offset: scanner.getTokenOffset() };
        frames.push({ array: token === TOKEN.openBracket, index: 0, key: '', expectKey: token === TOKEN.openBrace });
        break;
      case TOKEN.closeBrace:
      case TOKEN.closeBracket:
        frames.pop();
        break;
      case TOKEN.comma:
        if (top?.array) top.index++;
        else if (top) top.expectKey = true;
        break;
      case TOKEN.colon:
        if (top) top.expectKey = false;
        break;
      case TOKEN.string:
        if (top && !top.array && top.expectKey) top.key = scanner.getTokenValue();
        break;
    }
  }
  return undefined;
}

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'a character that is not allowed here',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a ":" was expected after the property name',
  CommaExpected: 'a "," was expected between items',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  EndOfFileExpected: 'nothing may follow the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape such as \\x',
  InvalidCharacter: 'a control character inside a string',
};

export function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `is not allowed; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}`;
    case 'invalid_type':
      if (issue.message.includes('received undefined')) return `is required (${issue.expected})`;
      return `expected ${issue.expected}${issue.message.includes('received') ? `, ${issue.message.replace(/^.*(received)/, '$1')}` : ''}`;
    default:
      return issue.message;
  }
}

export interface ParsedJson {
  /** The parsed value: absent when the text is not JSON at all; present, with `problems`, when only some strings or keys are bad. */
  value?: unknown;
  problems: Problem[];
  locate: ParsedFile['locate'];
  /**
   * The JSON paths (formatted) of the problems found in an otherwise readable value, so a
   * reader can drop just the records they are in rather than the whole file.
   */
  flagged: readonly (readonly PathSegment[])[];
}

/**
 * What JSON.parse would let through silently: a key repeated in one object (the last one
 * wins, so a relation's "source" can be swapped without a trace) and forbidden characters
 * in any key or string value (escaped ones included: `\u202e` decodes to U+202E).
 */
function checkTree(
  tree: Node,
  position: (offset: number) => Position,
  report: (path: PathSegment[], message: string, offset: number) => void,
) {
  const path: PathSegment[] = [];
  const longText = () => path.some((segment) => typeof segment === 'string' && LONG_TEXT_FIELDS.has(segment));
  // Recursion is bounded: tooDeep refused anything nested deeper than MAX_DEPTH.
  const walk = (node: Node) => {
    if (node.type === 'string' && typeof node.value === 'string') {
      const bad = forbiddenCharacter(node.value, longText());
      if (bad) report([...path], bad, node.offset);
      return;
    }
    if (node.type === 'array') {
      node.children?.forEach((child, i) => {
        path.push(i);
        walk(child);
        path.pop();
      });
      return;
    }
    if (node.type !== 'object') return;
    const seen = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || typeof keyNode.value !== 'string') continue;
      const key = keyNode.value;
      path.push(key);
      const badKey = forbiddenCharacter(key, false);
      if (badKey) report([...path], `the key ${badKey}`, keyNode.offset);
      const first = seen.get(key);
      if (first !== undefined) {
        const a = position(first);
        const b = position(keyNode.offset);
        report(
          [...path],
          `duplicate key ${quote(key)}: first at ${a.line}:${a.column}, again at ${b.line}:${b.column}; a key may appear once in an object (only the last would be kept)`,
          keyNode.offset,
        );
      } else seen.set(key, keyNode.offset);
      if (valueNode) walk(valueNode);
      path.pop();
    }
  };
  walk(tree);
}

/**
 * Strict JSON with line and column on every problem, and a locator for JSON paths. Refuses
 * a byte-order mark, nesting deeper than MAX_DEPTH, duplicate keys and forbidden characters.
 */
export function parseJsonWithLocations(file: string, text: string): ParsedJson {
  const position = lineIndex(text);
  let tree: Node | undefined;
  const locate = (path: readonly PathSegment[]): Position | undefined => {
    if (!tree) return undefined;
    // A missing field: point at its nearest parent that exists instead.
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n) as PathSegment[]);
      if (node) return position(node.offset);
    }
    return undefined;
  };
  const problem = (path: readonly PathSegment[], message: string, offset: number): Problem => ({
    severity: 'error',
    file,
    path: formatJsonPath(path),
    message,
    ...position(offset),
  });
  if (text.charCodeAt(0) === 0xfeff)
    return {
      locate,
      flagged: [],
      problems: [problem([], 'the file starts with a UTF-8 byte-order mark; save it without BOM', 0)],
    };
  const deep = tooDeep(text);
  if (deep)
    return {
      locate,
      flagged: [],
      problems: [
        problem(
          deep.path,
          `nested deeper than ${MAX_DEPTH} levels of objects and arrays; a graph file needs a handful`,
          deep.offset,
        ),
      ],
    };
  const errors: ParseError[] = [];
  tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    return {
      locate,
      flagged: [],
      // One message per position: the parser often reports two readings of one mistake.
      problems: errors
        .filter((error, i) => i === 0 || errors[i - 1].offset !== error.offset)
        .map((error) =>
          problem(
            [],
            `malformed JSON: ${SYNTAX_HINTS[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)}`,
            error.offset,
          ),
        ),
    };
  }
  if (!tree)
    return {
      locate,
      flagged: [],
      problems: [problem([], 'malformed JSON: the file is empty; a value was expected', 0)],
    };
  const problems: Problem[] = [];
  const flagged: PathSegment[][] = [];
  checkTree(tree, position, (path, message, offset) => {
    problems.push(problem(path, message, offset));
    flagged.push(path);
  });
  try {
    return { value: JSON.parse(text), problems, locate, flagged };
  } catch (error) {
    // The two parsers should agree; if they do not, the file is still refused, in one line.
    return { locate, flagged: [], problems: [problem([], `malformed JSON: ${(error as Error).message}`, 0)] };
  }
}

/** A source's JSON, or the reason it could not be read. */
export function parseSource(source: SourceFile): ParsedJson {
  if (source.unreadable) return { locate: () => undefined, flagged: [], problems: [source.unreadable] };
  return parseJsonWithLocations(source.file, source.text);
}

export function parseGraphFile(file: string, text: string, unreadable?: Problem): ParsedFile {
  const json = parseSource({ file, text, unreadable });
  const locate = json.locate;
  if (json.value === undefined) return { file, locate, problems: json.problems };
  const raw = json.value;
  const problems: Problem[] = [...json.problems];
  // A record holding a duplicate key or a forbidden character is reported and left out, and
  // so is a whole section or file when the problem is outside any record.
  if (json.flagged.some((path) => path.length === 0)) return { file, locate, problems };
  const flaggedKeys = new Set(json.flagged.filter((path) => path.length === 1).map((path) => path[0]));
  const flaggedRecords = new Set(
    json.flagged.filter((path) => path.length >= 2).map((path) => `${path[0]}\u0000${path[1]}`),
  );
  const flaggedAtlas = json.flagged.some((path) => path[0] === 'atlas');
  const report = (segments: readonly PathSegment[], message: string) =>
    problems.push({ severity: 'error', file, path: formatJsonPath(segments), message, ...locate(segments) });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report([], `a graph file holds one JSON object with any of: atlas, ${Object.keys(SECTION_SCHEMAS).join(', ')}`);
    return { file, locate, problems };
  }
  // Each record is checked on its own, so one bad entity does not hide the others
  // (and does not make every relation that points at them look broken).
  const document: Record<string, unknown> = {};
  const recordIndex: Partial<Record<SectionName, number[]>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (flaggedKeys.has(key)) continue;
    if (key === 'atlas') {
      if (flaggedAtlas) continue;
      const result = AtlasSchema.safeParse(value);
      if (result.success) document.atlas = result.data;
      else
        for (const issue of result.error.issues)
          report([key, ...issue.path.filter((p): p is PathSegment => typeof p !== 'symbol')], describeZodIssue(issue));
      continue;
    }
    if (key === '$schema' || key === 'description') {
      if (typeof value !== 'string') report([key], 'expected a string');
      else document[key] = value;
      continue;
    }
    const schema = SECTION_SCHEMAS[key as SectionName];
    if (!schema) {
      report(
        [key],
        `unknown section; allowed: $schema, description, atlas, ${Object.keys(SECTION_SCHEMAS).join(', ')}`,
      );
      continue;
    }
    if (!Array.isArray(value)) {
      report([key], `${quote(key)} must be an array`);
      continue;
    }
    const valid: unknown[] = [];
    const kept: number[] = [];
    value.forEach((record, index) => {
      if (flaggedRecords.has(`${key}\u0000${index}`)) return;
      const result = schema.safeParse(record);
      if (result.success) {
        valid.push(result.data);
        kept.push(index);
        return;
      }
      for (const issue of result.error.issues) {
        const sub = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
        report([key, index, ...sub], describeZodIssue(issue));
      }
    });
    document[key] = valid;
    recordIndex[key as SectionName] = kept;
  }
  return { file, document: document as GraphDocument, recordIndex, problems, locate };
}
