/** Sizes of the benchmark build's JavaScript: what index.html loads first, what a page fetched. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { InitialJavaScript } from './types';

/** gzip size (zlib level 9) of each file. */
export const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The JavaScript dist/index.html loads before any code runs: its module scripts and modulepreloads. */
export function initialJavaScript(dist: string): InitialJavaScript {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  const list = [...files].map((href) => {
    const path = join(dist, href.replace(/^\.?\//, ''));
    return { file: relative(dist, path), raw: readFileSync(path).length, gzip: gzipSize(path) };
  });
  return { files: list, raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) };
}

/** The gzip size of the files among `paths` (URL paths the page fetched) that the build has. */
export function fetchedJavaScript(dist: string, paths: string[]): { gzip: number; files: string[] } {
  let gzip = 0;
  const files: string[] = [];
  for (const u of new Set(paths)) {
    const path = join(dist, u.replace(/^\//, ''));
    if (!existsSync(path)) continue;
    files.push(relative(dist, path));
    gzip += gzipSize(path);
  }
  return { gzip, files };
}
