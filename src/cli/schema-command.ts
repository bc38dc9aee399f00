import { z } from 'zod';
import { GraphDocumentSchema } from '../model/schema';
import { writeAtomically } from './files';
import type { Options } from './main';

/** The JSON Schema editors use to check graph files while a curator types. */
export function graphDocumentJsonSchema(): string {
  const schema = z.toJSONSchema(GraphDocumentSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title: 'Graph document of the HCC resistance atlas', ...schema }, null, 2)}\n`;
}

export function runSchema(options: Options): number {
  const text = graphDocumentJsonSchema();
  if (options.out) writeAtomically(options.out, text);
  else process.stdout.write(text);
  return 0;
}
