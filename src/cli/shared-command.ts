import { COMPARE_SCOPES, sharedTable, sharedTableText } from '../model/shared-table';
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
  const entities = options.entities ?? 'genes';
  const scope = COMPARE_SCOPES.find((s) => s === entities);
  if (scope === undefined)
    throw new UsageError(`--entities must be ${COMPARE_SCOPES.join(' or ')} (got "${entities}")`);
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
