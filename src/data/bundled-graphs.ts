/**
 * The knowledge base shipped with the app: every graph file under graphs/, bundled as
 * text and loaded by the same model code the command line uses.
 */
import { type KnowledgeBase, type LoadResult, loadKnowledgeBase } from '../model/knowledge-base';
import { loadStories, type StoryLoad } from '../model/story';

const files = import.meta.glob(['../../graphs/**/*.json', '!../../graphs/schema/**', '!../../graphs/stories/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const storyFiles = import.meta.glob('../../graphs/stories/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const asSources = (files: Record<string, string>) =>
  Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text }));

export function loadBundledStories(kb: KnowledgeBase): StoryLoad {
  return loadStories(asSources(storyFiles), kb);
}

export function loadBundledKnowledgeBase(): LoadResult {
  return loadKnowledgeBase(asSources(files));
}
