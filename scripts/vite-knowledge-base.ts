/**
 * Vite plugin: validates graphs/ at build time with the same model code as the `graph`
 * command, and serves the result as `virtual:knowledge-base`. The browser then receives
 * plain, already-checked arrays and does not ship or run the validator. A build with an
 * invalid knowledge base fails with every problem listed; the dev server instead passes
 * the problems to the app, which shows them.
 */
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findGraphFiles, findLayoutFiles, findStoryFiles, readSources } from '../src/cli/files';
import { loadLayoutFiles } from '../src/cli/view-nodes';
import { knowledgeBaseData } from '../src/model/knowledge-base';
import { loadKnowledgeBase } from '../src/model/load-knowledge-base';
import { countErrors, formatProblem } from '../src/model/problems';
import { loadStories } from '../src/model/story';

const ID = 'virtual:knowledge-base';
const RESOLVED = `\0${ID}`;

export function knowledgeBasePlugin(graphsDir = 'graphs'): Plugin {
  const root = resolve(graphsDir);
  let building = false;
  return {
    name: 'knowledge-base',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const graphFiles = findGraphFiles(root);
      const storyFiles = findStoryFiles(root);
      const layoutFiles = findLayoutFiles(root);
      for (const file of [...graphFiles, ...storyFiles, ...layoutFiles]) this.addWatchFile(file);
      const cwd = process.cwd();
      const { kb, problems } = loadKnowledgeBase(readSources(graphFiles, cwd));
      const stories = loadStories(readSources(storyFiles, cwd), kb);
      // Curated arrangements of views (graphs/layouts/), checked against the views they name.
      const layouts = loadLayoutFiles(root, kb, cwd);
      const all = [...problems, ...stories.problems, ...layouts.problems];
      if (building && countErrors(all) > 0) {
        const lines = all.filter((p) => p.severity === 'error').map(formatProblem);
        this.error(`the knowledge base in ${relative(cwd, root) || '.'} has errors:\n${lines.join('\n')}`);
      }
      const data = { kb: knowledgeBaseData(kb), stories: stories.stories, layouts: layouts.layouts, problems: all };
      return `export default ${JSON.stringify(data)};`;
    },
    handleHotUpdate(ctx) {
      // Any change under graphs/ rebuilds the knowledge base module.
      if (ctx.file.startsWith(join(root, '/')) || ctx.file.startsWith(root)) {
        const module = ctx.server.moduleGraph.getModuleById(RESOLVED);
        if (module) {
          ctx.server.moduleGraph.invalidateModule(module);
          return [module];
        }
      }
      return undefined;
    },
  };
}
