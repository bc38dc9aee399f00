import { type EntityScope, sharedTable, sharedTableText } from '../model/shared-table';
import { UsageError } from './files';
import { checkTherapyIds, loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

/** `shared --therapy A --therapy B [...] [--format tsv|json] [--entities genes|all]` */
export function runShared(options: Options): number {
  const therapies = options.therapy ?? [];
  if (therapies.length < 2) throw new UsageError('shared needs at least two --therapy ids');
  const format = options.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format must be tsv, csv or json for shared (got "${format}")`);
  }
  const scope = (options.entities ?? 'genes') as EntityScope;
  if (scope !== 'genes' && scope !== 'all') throw new UsageError(`--entities must be genes or all (got "${scope}")`);
  const kb = loadCleanKnowledgeBase(options.graphs);
  checkTherapyIds(kb, therapies);
  const rows = sharedTable(kb, therapies, scope);
  const text =
    format === 'json'
      ? `${JSON.stringify({ therapies, entities: scope, rows }, null, 2)}\n`
      : sharedTableText(rows, therapies, format === 'csv' ? ',' : '\t');
  process.stdout.write(text);
  return 0;
}
