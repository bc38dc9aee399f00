/** Types of the benchmark's graph generator (generate.mjs is plain JavaScript so Node and the browser both run it). */
import type { GraphDocumentInput } from '../../src/model/schema';

export function mulberry32(seed: number): () => number;

export const THERAPIES: ReadonlyArray<{
  id: string;
  kind: string;
  en: string;
  zh: string;
  name: [string, string];
  section: string;
  components?: string[];
}>;

export function generateKnowledgeBase(options: { entities: number; seed?: number }): GraphDocumentInput;
