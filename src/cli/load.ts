/** Loads the knowledge base for commands that need a clean one. */

import type { KnowledgeBase } from '../model/knowledge-base';
import { loadKnowledgeBase } from '../model/load-knowledge-base';
import { countErrors, formatProblem } from '../model/problems';
import { CommandError, checkGraphsFolder, readSources, UsageError } from './files';

export function loadCleanKnowledgeBase(graphs: string): KnowledgeBase {
  const { kb, problems } = loadKnowledgeBase(readSources(checkGraphsFolder(graphs)));
  const errors = countErrors(problems);
  if (errors > 0) {
    const shown = problems
      .filter((p) => p.severity === 'error')
      .slice(0, 10)
      .map(formatProblem);
    throw new CommandError(
      `the knowledge base in ${graphs}/ has ${errors} error(s); run "npm run graph -- validate" for all of them:\n${shown.join('\n')}`,
    );
  }
  return kb;
}

/** Checks therapy ids given on the command line, listing the valid ones. */
export function checkTherapyIds(kb: KnowledgeBase, ids: readonly string[]): void {
  const unknown = ids.filter((id) => !kb.therapyById.has(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown therapy ${unknown.map((u) => `"${u}"`).join(', ')}; valid ids: ${[...kb.therapyById.keys()].join(', ')}`,
    );
  }
}
