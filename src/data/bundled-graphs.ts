/**
 * The knowledge base shipped with the app: every graph file under graphs/, bundled as
 * text and loaded by the same model code the command line uses.
 */
import { type LoadResult, loadKnowledgeBase } from '../model/knowledge-base';

const files = import.meta.glob(['../../graphs/**/*.json', '!../../graphs/schema/**', '!../../graphs/stories/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function loadBundledKnowledgeBase(): LoadResult {
  const sources = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text }));
  return loadKnowledgeBase(sources);
}
