import { writeCyjs } from '../io/cyjs';
import { writeGraphml } from '../io/graphml';
import { toRecords } from '../io/records';
import { writeSif } from '../io/sif';
import { filterGraph } from '../model/query';
import { UsageError, writeOutput } from './files';
import { checkTherapyIds, loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

const FORMATS = ['cyjs', 'graphml', 'sif', 'json'] as const;

export function runExport(options: Options): number {
  const format = options.format;
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}${format ? ` (got "${format}")` : ''}`);
  }
  const kb = loadCleanKnowledgeBase(options.graphs);
  const therapies = options.therapy ?? [];
  checkTherapyIds(kb, therapies);
  const graph = filterGraph(kb, { therapies, withComponents: options['with-components'] });
  const name = therapies.length > 0 ? therapies.join('+') : 'all-therapies';
  const records = toRecords(kb, graph);
  let content: string;
  switch (format) {
    case 'cyjs':
      content = writeCyjs(records, { name, description: `Exported from ${kb.atlas.title.en}` });
      break;
    case 'graphml':
      content = writeGraphml(records, name);
      break;
    case 'sif':
      content = writeSif(records);
      break;
    default: {
      // A graph document: re-validates with `graph validate` and can seed a new knowledge base.
      const mechanisms = new Set(graph.relations.map((r) => r.mechanism));
      const used = new Set(graph.relations.flatMap((r) => [...r.therapies, ...r.references.map(String)]));
      content = `${JSON.stringify(
        {
          description: `Subset of the knowledge base: ${name}`,
          therapies: kb.therapies.filter((t) => used.has(t.id) || t.components?.some((c) => used.has(c))),
          mechanisms: kb.mechanisms.filter((m) => mechanisms.has(m.id)),
          entities: graph.entities,
          relations: graph.relations,
          references: kb.references.filter((r) => used.has(String(r.number))),
        },
        null,
        2,
      )}\n`;
    }
  }
  if (options.out !== undefined) {
    writeOutput(options.out, content, { graphs: options.graphs });
    process.stderr.write(
      `wrote ${options.out}: ${graph.entities.length} entities, ${graph.relations.length} relations (${format})\n`,
    );
  } else process.stdout.write(content);
  return 0;
}
