import { mergePathways } from '../model/merge-pathways';
import { COMPARE_SCOPES, sharedTable, sharedTableText } from '../model/shared-table';
import type { SymbolResolver } from '../model/symbol-resolver';
import { UsageError } from './files';
import { aliasRule, importFile } from './import-command';
import { checkTherapyIds, loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

/**
 * `shared --therapy A --therapy B [...] [--format tsv|json] [--entities genes|all]`; with
 * `--pathway FILE` (repeatable) each imported pathway is one more view to compare, its
 * labels read as `graph import` reads them (`--aliases suggest|apply`, suggest by default).
 */
export function runShared(options: Options, resolver?: SymbolResolver): number {
  const given = options.therapy ?? [];
  const pathways = options.pathway ?? [];
  if (given.length + pathways.length < 2) {
    throw new UsageError('shared needs at least two --therapy ids, or a --pathway FILE and a --therapy id');
  }
  const format = options.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format must be tsv, csv or json for shared (got "${format}")`);
  }
  const entities = options.entities ?? 'genes';
  const scope = COMPARE_SCOPES.find((s) => s === entities);
  if (scope === undefined)
    throw new UsageError(`--entities must be ${COMPARE_SCOPES.join(' or ')} (got "${entities}")`);
  const aliases = aliasRule(options.aliases);
  const atlas = loadCleanKnowledgeBase(options.graphs);
  checkTherapyIds(atlas, given);
  // Pathway files are read only once the options are known to be sound.
  const imports = pathways.map((file) => importFile(file, undefined, resolver, aliases));
  const kb = imports.length > 0 ? mergePathways(atlas, imports) : atlas;
  const added = kb.therapies.slice(atlas.therapies.length).map((t) => t.id);
  imports.forEach((result, i) => {
    const dropped = result.report.filter((e) => e.action === 'dropped').length;
    const changed = result.report.filter((e) => e.action === 'changed').length;
    const suggested = result.report.filter((e) => e.code === 'alias-suggested').length;
    const unapplied =
      suggested > 0 ? `, ${suggested} alias suggestions not applied (--aliases apply applies them)` : '';
    process.stderr.write(
      `${pathways[i]}: compared as "${added[i]}" (${dropped} dropped, ${changed} changed${unapplied}; "graph import ${pathways[i]}" prints the report)\n`,
    );
  });
  const therapies = [...given, ...added];
  const rows = sharedTable(kb, therapies, scope);
  const text =
    format === 'json'
      ? `${JSON.stringify({ therapies, entities: scope, rows }, null, 2)}\n`
      : sharedTableText(rows, therapies, format === 'csv' ? ',' : '\t');
  process.stdout.write(text);
  return 0;
}
