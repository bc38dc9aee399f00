/** The knowledge base validated at build time (scripts/vite-knowledge-base.ts). */
declare module 'virtual:knowledge-base' {
  import type { KnowledgeBaseData } from './model/knowledge-base';
  import type { CuratedLayout } from './model/layout-file';
  import type { Problem } from './model/problems';
  import type { Story } from './model/story';

  const data: { kb: KnowledgeBaseData; stories: Story[]; layouts: CuratedLayout[]; problems: Problem[] };
  export default data;
}
