/**
 * Disk access for the CLI: find graph files, read them (regular files only, as strict
 * UTF-8), and write output atomically (a temporary file renamed into place, so a failure
 * never leaves a half-written file) and safely (never into the knowledge base, keeping a
 * target's mode, through a symbolic link to its target). Every failure is an error with a
 * one-line message naming the path and what to do.
 */
import * as fs from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { decodeSource, type SourceFile } from '../model/parse-file';

/** A failure the user can fix, reported in one line; the command exits 1. */
export class CommandError extends Error {}
/** A command line that cannot be run as given; the command exits 2 and points at --help. */
export class UsageError extends CommandError {}

/** Folders under graphs/ that do not hold graph documents. */
const NOT_GRAPH_DOCUMENTS = new Set(['schema', 'stories', 'layouts']);

const isJson = (name: string) => name.endsWith('.json');

function listFolder(dir: string): fs.Dirent[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new CommandError(`cannot list the folder ${dir}: ${reason(error)}`);
  }
}

/**
 * Every `*.json` under `root` except schema/, stories/ and layouts/. Whatever is named
 * `*.json` is listed, a folder, a pipe or a link included, so that reading it says why it
 * is not a graph file instead of skipping it unseen; links to folders are not followed
 * (they could loop).
 */
export function findGraphFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of listFolder(dir)) {
      const path = join(dir, entry.name);
      if (isJson(entry.name)) out.push(path);
      else if (entry.isDirectory() && !NOT_GRAPH_DOCUMENTS.has(entry.name)) walk(path);
    }
  };
  walk(root);
  return out;
}

/** The `*.json` entries of one sub-folder of the knowledge base, none if it is absent. */
function findIn(root: string, folder: string): string[] {
  const dir = join(root, folder);
  let stats: fs.Stats;
  try {
    stats = fs.statSync(dir);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) throw new CommandError(`${dir} is not a folder; ${folder}/ holds one JSON file per item`);
  return listFolder(dir)
    .filter((entry) => isJson(entry.name))
    .map((entry) => join(dir, entry.name));
}

/** Teaching stories live in graphs/stories/, one story a file. */
export const findStoryFiles = (root: string) => findIn(root, 'stories');

export const isStoryFile = (path: string) => /(^|[\\/])stories[\\/][^\\/]+\.json$/.test(path);

/** Curated arrangements of views live in graphs/layouts/, one view a file. */
export const findLayoutFiles = (root: string) => findIn(root, 'layouts');

export const isLayoutFile = (path: string) => /(^|[\\/])layouts[\\/][^\\/]+\.json$/.test(path);

/**
 * The knowledge-base folder given with `--graphs`, checked before anything is read: a
 * missing or mistyped folder, a file, or a folder without graph files is a usage error
 * (exit 2), never "0 error(s)".
 */
export function checkGraphsFolder(graphs: string): string[] {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(graphs);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UsageError(`--graphs ${graphs}: no such folder; give the knowledge base folder (default: graphs)`);
    throw new UsageError(`--graphs ${graphs}: ${reason(error)}`);
  }
  if (!stats.isDirectory())
    throw new UsageError(`--graphs ${graphs}: is a file, not a folder; give the folder that holds the graph files`);
  const files = findGraphFiles(graphs);
  if (files.length === 0)
    throw new UsageError(`--graphs ${graphs}: the folder holds no graph files (*.json); is it the right folder?`);
  return files;
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** A file-system error as the end of a sentence, without Node's "ENOENT: ..., open '…'" noise. */
export function reason(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'a symbolic link that loops back on itself';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** What a non-regular file is, in words. */
function kindOf(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Why `path` cannot be opened, in one sentence: a dangling link is told apart from a
 * missing file (the link is there, its target is not).
 */
function openFailure(path: string, error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    try {
      if (fs.lstatSync(path).isSymbolicLink())
        return `a symbolic link to ${fs.readlinkSync(path)}, which does not exist; fix or remove the link`;
    } catch {
      // Not there at all.
    }
    return 'no such file';
  }
  if (code === 'ELOOP') return 'a symbolic link that loops back on itself; fix or remove the link';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; make the file readable';
  return reason(error);
}

/**
 * Reads one graph, story or layout file. Only a regular file (or a link to one) is read:
 * it is opened without blocking and checked by its open descriptor, so a named pipe called
 * `x.json` cannot make validation wait forever. Never throws: what cannot be read comes
 * back as the file's one problem.
 */
export function readSource(path: string, cwd = process.cwd()): SourceFile {
  const file = relative(cwd, path) || path;
  const unreadable = (message: string): SourceFile => ({
    file,
    text: '',
    unreadable: { severity: 'error', file, path: '$', message },
  });
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(openFailure(path, error));
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile())
      return unreadable(`${kindOf(stats)}, not a regular file; a graph file must be a plain JSON file`);
    return decodeSource(file, fs.readFileSync(fd));
  } catch (error) {
    return unreadable(`cannot read: ${reason(error)}`);
  } finally {
    fs.closeSync(fd);
  }
}

export function readSources(paths: readonly string[], cwd = process.cwd()): SourceFile[] {
  return paths.map((path) => readSource(path, cwd));
}

/** Is `path` the folder `root` or inside it (both already resolved)? */
const within = (root: string, path: string) => {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/** The real path of a folder, or of its nearest existing ancestor joined with the rest. */
function realFolder(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realFolder(parent), basename(path));
  }
}

export interface OutputRules {
  /** The knowledge-base folder (`--graphs`): nothing is written inside it... */
  graphs: string;
  /** ...except inside this sub-folder of it (the schema command's graphs/schema/). */
  allowed?: string;
}

/**
 * Where `--out` really writes, or a one-line refusal: an empty path, a folder, a missing
 * folder, something that is not a regular file, and any path inside the knowledge base
 * (an export over graphs/entities.json would destroy a source file). A symbolic link is
 * written through: its target gets the new content and the link stays a link.
 */
export function outputPath(out: string, rules: OutputRules): string {
  if (out.trim() === '') throw new UsageError('--out needs a file name (leave --out out to write to standard output)');
  let target = resolve(out);
  let stats: fs.Stats | undefined;
  try {
    if (fs.lstatSync(target).isSymbolicLink()) {
      try {
        target = fs.realpathSync(target);
      } catch (error) {
        throw new CommandError(
          `--out ${out} is a symbolic link to ${fs.readlinkSync(out)}, which ${errorCode(error) === 'ELOOP' ? 'loops' : 'does not exist'}; write to a file instead`,
        );
      }
    }
    stats = fs.statSync(target);
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const code = errorCode(error);
    if (code !== 'ENOENT')
      throw new CommandError(
        `cannot write ${out}: ${code === 'ENOTDIR' ? `${dirname(out)} is not a folder` : reason(error)}`,
      );
  }
  if (stats?.isDirectory())
    throw new UsageError(`--out ${out} is a folder; give a file name such as ${join(out, 'figure.svg')}`);
  if (stats && !stats.isFile())
    throw new CommandError(
      `--out ${out} is ${kindOf(stats)}, not a regular file; leave --out out to write to standard output`,
    );
  const folder = dirname(target);
  let folderStats: fs.Stats;
  try {
    folderStats = fs.statSync(folder);
  } catch {
    throw new CommandError(`cannot write ${out}: the folder ${dirname(out)} does not exist; create it first`);
  }
  if (!folderStats.isDirectory()) throw new CommandError(`cannot write ${out}: ${dirname(out)} is not a folder`);
  const real = join(fs.realpathSync(folder), basename(target));
  const graphs = realFolder(resolve(rules.graphs));
  const allowed = rules.allowed ? realFolder(resolve(rules.graphs, rules.allowed)) : undefined;
  if (within(graphs, real) && !(allowed && within(allowed, real)))
    throw new UsageError(
      `--out ${out} is inside the knowledge base folder ${rules.graphs}/; write outputs elsewhere, so that no source file is overwritten`,
    );
  return real;
}

/** The file operations writeAtomically uses, replaceable in tests to make them fail. */
export type WriteFs = Pick<typeof fs, 'writeFileSync' | 'renameSync' | 'chmodSync' | 'unlinkSync' | 'statSync'>;

/**
 * Writes `content` to `path` through a temporary file in the same folder renamed into
 * place: readers see the old file or the new one, never half of one, and a failure leaves
 * the old file as it was. An existing file keeps its permission bits (a 0600 file stays
 * 0600). Failures are one-line CommandErrors.
 */
export function writeAtomically(path: string, content: string, io: WriteFs = fs): void {
  let mode: number | undefined;
  try {
    mode = io.statSync(path).mode & 0o7777;
  } catch {
    // A new file: the default mode (and umask) apply.
  }
  // A name no other writer uses, so that "wx" (create, never reuse) cannot meet a stranger's file.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    io.writeFileSync(temporary, content, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    // The mode given to open is reduced by the umask; set it exactly.
    if (mode !== undefined) io.chmodSync(temporary, mode);
    io.renameSync(temporary, path);
  } catch (error) {
    try {
      io.unlinkSync(temporary);
    } catch {
      // Never created, or already gone.
    }
    const code = errorCode(error);
    const what =
      code === 'EACCES' || code === 'EPERM'
        ? `permission denied in ${dirname(path)}; choose a folder you can write to`
        : code === 'ENOENT'
          ? `the folder ${dirname(path)} does not exist; create it first`
          : reason(error);
    throw new CommandError(`cannot write ${path}: ${what}`);
  }
}

/** `--out` checked by outputPath, then written atomically; returns where it wrote. */
export function writeOutput(out: string, content: string, rules: OutputRules): string {
  const path = outputPath(out, rules);
  writeAtomically(path, content);
  return path;
}

/** An option's value from a list (`fallback` when absent); anything else is a usage error naming the list. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}
