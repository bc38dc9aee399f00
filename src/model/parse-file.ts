/**
 * Reads one graph file's text: strict JSON syntax (with line and column on a syntax
 * error), then the zod schema, reporting every issue rather than the first.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { formatJsonPath, type PathSegment, type Problem } from './problems';
import { AtlasSchema, type GraphDocument, SECTION_SCHEMAS, type SectionName } from './schema';

export interface ParsedFile {
  file: string;
  document?: GraphDocument;
  /** For each section, the index in the file of each record kept (invalid ones are dropped). */
  recordIndex?: Partial<Record<SectionName, number[]>>;
  problems: Problem[];
  /** Locates a JSON path in the file's text, for messages raised by later checks. */
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
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
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type':
      if (issue.message.includes('received undefined')) return `is required (${issue.expected})`;
      return `expected ${issue.expected}${issue.message.includes('received') ? `, ${issue.message.replace(/^.*(received)/, '$1')}` : ''}`;
    default:
      return issue.message;
  }
}

export interface ParsedJson {
  value?: unknown;
  problems: Problem[];
  locate: ParsedFile['locate'];
}

/** Strict JSON with line and column on syntax errors, and a locator for JSON paths. */
export function parseJsonWithLocations(file: string, text: string): ParsedJson {
  const errors: ParseError[] = [];
  const tree: Node | undefined = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const locate = (path: readonly PathSegment[]): { line: number; column: number } | undefined => {
    if (!tree) return undefined;
    const node = findNodeAtLocation(tree, path as PathSegment[]);
    // A missing field: point at its parent object instead.
    if (!node) return path.length > 0 ? locate(path.slice(0, -1)) : undefined;
    return lineColumn(text, node.offset);
  };
  if (errors.length > 0) {
    return {
      locate,
      // One message per position: the parser often reports two readings of one mistake.
      problems: errors
        .filter((error, i) => i === 0 || errors[i - 1].offset !== error.offset)
        .map((error) => ({
          severity: 'error' as const,
          file,
          path: '$',
          message: `malformed JSON: ${SYNTAX_HINTS[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)}`,
          ...lineColumn(text, error.offset),
        })),
    };
  }
  return { value: JSON.parse(text), problems: [], locate };
}

export function parseGraphFile(file: string, text: string): ParsedFile {
  const json = parseJsonWithLocations(file, text);
  const locate = json.locate;
  if (json.problems.length > 0) return { file, locate, problems: json.problems };
  const raw = json.value;
  const problems: Problem[] = [];
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
    if (key === 'atlas') {
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
      report([key], `"${key}" must be an array`);
      continue;
    }
    const valid: unknown[] = [];
    const kept: number[] = [];
    value.forEach((record, index) => {
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
