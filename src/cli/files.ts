/**
 * Disk access for the CLI: find graph files, read them, and write output atomically
 * (a temporary file renamed into place, so a failure never leaves a half-written file).
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceFile } from '../model/knowledge-base';

/** Folders under graphs/ that do not hold graph documents. */
const NOT_GRAPH_DOCUMENTS = new Set(['schema', 'stories', 'layouts']);

export function findGraphFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!NOT_GRAPH_DOCUMENTS.has(name)) walk(path);
      } else if (name.endsWith('.json')) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** Teaching stories live in graphs/stories/, one story a file. */
export function findStoryFiles(root: string): string[] {
  const dir = join(root, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export const isStoryFile = (path: string) => /(^|[\\/])stories[\\/][^\\/]+\.json$/.test(path);

/** Curated arrangements of views live in graphs/layouts/, one view a file. */
export function findLayoutFiles(root: string): string[] {
  const dir = join(root, 'layouts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export const isLayoutFile = (path: string) => /(^|[\\/])layouts[\\/][^\\/]+\.json$/.test(path);

export class UsageError extends Error {}

export function readSources(paths: string[], cwd = process.cwd()): SourceFile[] {
  return paths.map((path) => {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
    return { file: relative(cwd, path) || path, text: readFileSync(path, 'utf8') };
  });
}

export function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}
