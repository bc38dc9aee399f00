import { relative } from 'node:path';
import { loadLayouts } from '../model/layout-file';
import { loadKnowledgeBase } from '../model/load-knowledge-base';
import { countErrors, formatProblem } from '../model/problems';
import { loadStories } from '../model/story';
import { checkGraphsFolder, findLayoutFiles, findStoryFiles, isLayoutFile, isStoryFile, readSources } from './files';
import type { Options } from './main';
import { viewNodeIds } from './view-nodes';

/**
 * Validates the given files, or every graph file. Cross-file checks need the whole
 * knowledge base, so named files are checked together with the rest of graphs/; a missing,
 * empty or non-folder --graphs is a usage error (exit 2) rather than "0 error(s)".
 */
export function runValidate(options: Options, files: string[]): number {
  const all = checkGraphsFolder(options.graphs);
  const paths = [...new Set([...all, ...files.filter((f) => !isStoryFile(f) && !isLayoutFile(f))])];
  const storyPaths = [...new Set([...findStoryFiles(options.graphs), ...files.filter(isStoryFile)])];
  const layoutPaths = [...new Set([...findLayoutFiles(options.graphs), ...files.filter(isLayoutFile)])];
  const loaded = loadKnowledgeBase(readSources(paths));
  const { kb } = loaded;
  const stories = loadStories(readSources(storyPaths), kb);
  const layouts = loadLayouts(readSources(layoutPaths), kb, viewNodeIds(kb));
  const problems = [...loaded.problems, ...stories.problems, ...layouts.problems];
  // Problems name files as readSource does: relative to the working folder.
  const named = files.length > 0 ? new Set(files.map((f) => relative(process.cwd(), f) || f)) : null;
  const shown = named ? problems.filter((p) => named.has(p.file)) : problems;
  for (const problem of shown) process.stdout.write(`${formatProblem(problem)}\n`);
  const errors = countErrors(shown);
  const warnings = shown.length - errors;
  process.stdout.write(
    `${paths.length + storyPaths.length + layoutPaths.length} file(s): ${kb.entities.length} entities, ${kb.relations.length} relations, ` +
      `${kb.mechanisms.length} mechanisms, ${kb.therapies.length} therapies, ${kb.references.length} references, ` +
      `${stories.stories.length} stories, ${layouts.layouts.length} layouts; ` +
      `${errors} error(s), ${warnings} warning(s)\n`,
  );
  return errors > 0 ? 1 : 0;
}
