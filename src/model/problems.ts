/**
 * A problem found in a graph file: where it is (file, JSON path, line and column when
 * known) and a plain sentence saying what is wrong and what is allowed.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  /** JSON path such as `$.relations[3].source`; `$` for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type PathSegment = string | number;

/** How many characters of a value a message repeats before it only says how long the value is. */
export const SHOWN_CHARACTERS = 40;

/**
 * A value as a message repeats it: JSON-quoted, and cut to its first characters with its
 * length when long, so that a 1 MB id costs one line, not a megabyte of output.
 */
export function quote(value: string): string {
  if (value.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS))}… (${value.length} characters)`;
}

/** `['relations', 3, 'source']` → `$.relations[3].source`. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment.length <= SHOWN_CHARACTERS && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${quote(segment)}]`;
  }
  return out;
}

/** One line per problem, the way compilers print them, so editors can jump to it. */
export function formatProblem(problem: Problem): string {
  const position = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  return `${problem.file}${position}: ${problem.severity}: ${problem.path}: ${problem.message}`;
}

export function countErrors(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}
