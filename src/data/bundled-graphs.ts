/**
 * The knowledge base shipped with the app: every file under graphs/, validated at build
 * time by the same model code the command line uses (scripts/vite-knowledge-base.ts),
 * arriving here as plain arrays to index.
 */
import bundled from 'virtual:knowledge-base';
import { indexKnowledgeBase, type KnowledgeBase } from '../model/knowledge-base';
import type { CuratedLayout } from '../model/layout-file';
import type { Problem } from '../model/problems';
import type { Story } from '../model/story';

export interface Loaded {
  kb: KnowledgeBase;
  stories: Story[];
  problems: Problem[];
  /** Curated arrangements of views (graphs/layouts/); none for a generated graph. */
  layouts?: CuratedLayout[];
}

export function loadBundled(): Loaded {
  return {
    kb: indexKnowledgeBase(bundled.kb),
    stories: bundled.stories,
    problems: bundled.problems,
    layouts: bundled.layouts,
  };
}
