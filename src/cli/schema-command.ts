import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LayoutFileSchema } from '../model/layout-file';
import { GraphDocumentSchema } from '../model/schema';
import { StorySchema } from '../model/story';
import { writeOutput } from './files';
import type { Options } from './main';

function jsonSchema(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title, ...json }, null, 2)}\n`;
}

/** The JSON Schemas editors use to check graph and story files while a curator types. */
export const graphDocumentJsonSchema = () => jsonSchema(GraphDocumentSchema, 'Graph document of a pathway atlas');
export const storyJsonSchema = () => jsonSchema(StorySchema, 'Teaching story of a pathway atlas');
export const layoutJsonSchema = () =>
  jsonSchema(LayoutFileSchema, 'Curated arrangement of one view of a pathway atlas');

/**
 * `schema [--out DIR|FILE]`: a folder gets every schema; a file or stdout the graph one.
 * Writing the schemas into graphs/schema/ is this command's job, so that sub-folder of the
 * knowledge base is allowed; the rest of it is not.
 */
export function runSchema(options: Options): number {
  const out = options.out;
  const rules = { graphs: options.graphs, allowed: 'schema' };
  if (out !== undefined && out.trim() !== '' && existsSync(out) && statSync(out).isDirectory()) {
    writeOutput(join(out, 'graph-document.schema.json'), graphDocumentJsonSchema(), rules);
    writeOutput(join(out, 'story.schema.json'), storyJsonSchema(), rules);
    writeOutput(join(out, 'layout.schema.json'), layoutJsonSchema(), rules);
  } else if (out !== undefined) writeOutput(out, graphDocumentJsonSchema(), rules);
  else process.stdout.write(graphDocumentJsonSchema());
  return 0;
}
