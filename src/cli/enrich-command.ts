/**
 * `enrich --genes FILE [--background atlas|hgnc|FILE] [--hgnc FILE] [--format tsv|json]`
 * (identifiers resolved with the HGNC table the atlas ships, or a newer download given with --hgnc):
 * ranks the mechanisms and therapies by over-representation of a gene list (see
 * src/model/enrichment.ts). The table goes to stdout; what was read, what was not found and
 * which background was used go to stderr, and every row names its background too.
 */

import { loadHgncResolver } from '../data/hgnc/load-hgnc';
import { parseGeneList } from '../io/gene-list';
import { readHgncTsv } from '../io/hgnc-tsv';
import { atlasOnlyResolver } from '../model/atlas-resolver';
import { type Background, background, enrich, type QueryResolution, resolveQuery } from '../model/enrichment';
import { enrichmentJson, enrichmentRecords, enrichmentTsv } from '../model/enrichment-table';
import { atlasGeneSets, atlasGenes } from '../model/gene-sets';
import { createSymbolResolver, type HgncResolver, lookupFromEntries, withFallback } from '../model/hgnc-lookup';
import type { KnowledgeBase } from '../model/knowledge-base';
import { CommandError, readSource, UsageError } from './files';
import { loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

function readText(path: string, what: string): string {
  const source = readSource(path);
  if (source.unreadable) throw new CommandError(`${what} ${source.file}: ${source.unreadable.message}`);
  return source.text;
}

/** A list file's identifiers, refusing a file that holds none. */
function readList(path: string, what: string): string[] {
  const { identifiers } = parseGeneList(readText(path, what));
  if (identifiers.length === 0) {
    throw new CommandError(
      `${what} ${path} holds no identifiers; give one per line, or a CSV/TSV whose first column holds them`,
    );
  }
  return identifiers;
}

const shown = (list: readonly string[], max = 20) =>
  list.length > max ? `${list.slice(0, max).join(', ')}, … (${list.length - max} more)` : list.join(', ');

const notFoundText = (q: QueryResolution) =>
  shown(q.notFound.map((x) => (x.candidates ? `${x.from} (ambiguous: ${x.candidates.join(', ')})` : x.from)));

function chooseBackground(
  options: Options,
  kb: KnowledgeBase,
  hgnc: HgncResolver,
  resolver: HgncResolver,
  log: string[],
): Background {
  const choice = options.background ?? 'atlas';
  const atlas = atlasGenes(kb);
  if (choice === 'atlas') return background('atlas', `atlas genes (${atlas.size})`, atlas);
  if (choice === 'hgnc') {
    // The atlas's symbols are checked against today's HGNC; an older table may lack a renamed one.
    const approved = new Set(hgnc.approvedSymbols);
    const added = [...atlas].filter((g) => !approved.has(g));
    for (const g of added) approved.add(g);
    const extra = added.length > 0 ? ` plus ${added.length} atlas symbol(s) it lacks: ${added.join(', ')}` : '';
    return background('hgnc', `HGNC approved symbols of ${hgnc.source} (${approved.size})${extra}`, approved);
  }
  const resolved = resolveQuery(readList(choice, 'background file'), resolver);
  if (resolved.notFound.length > 0) {
    log.push(`background identifiers not found (${resolved.notFound.length}), left out: ${notFoundText(resolved)}`);
  }
  return background('custom', `${choice} (${resolved.symbols.length})`, resolved.symbols);
}

/** The HGNC table: a download given with --hgnc, else the one the atlas ships (2021-02). */
async function hgncResolver(options: Options): Promise<HgncResolver> {
  if (!options.hgnc) return loadHgncResolver();
  const read = readHgncTsv(options.hgnc, readText(options.hgnc, 'HGNC table'));
  if (!read.ok) throw new CommandError(read.error);
  return createSymbolResolver(
    lookupFromEntries(read.entries, { source: `the HGNC download ${options.hgnc}`, downloaded: '', licence: '' }),
  );
}

export async function runEnrich(options: Options): Promise<number> {
  if (!options.genes) throw new UsageError('enrich needs --genes FILE (one identifier a line, or a CSV/TSV)');
  const format = options.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json') {
    throw new UsageError(`--format must be tsv or json for enrich (got "${format}")`);
  }
  const kb = loadCleanKnowledgeBase(options.graphs);
  const hgnc = await hgncResolver(options);
  // Atlas symbols newer than the table still resolve.
  const resolver = withFallback(hgnc, atlasOnlyResolver(kb));
  const log: string[] = [];
  const bg = chooseBackground(options, kb, hgnc, resolver, log);
  const query = resolveQuery(readList(options.genes, 'gene list'), resolver);
  const result = enrich(atlasGeneSets(kb), query.symbols, bg);

  const records = enrichmentRecords(kb, result);
  process.stdout.write(format === 'json' ? enrichmentJson(records) : enrichmentTsv(records));

  const summary = [
    `background: ${result.background.name}`,
    `identifiers resolved with ${resolver.source}`,
    `query: ${query.symbols.length} gene(s) resolved (${query.renamed.length} through an alias or previous symbol), ${result.tested.length} in the background and tested`,
    ...log,
    ...(query.notFound.length > 0 ? [`not found (${query.notFound.length}): ${notFoundText(query)}`] : []),
    ...(query.repeated.length > 0
      ? [`repeated, counted once (${query.repeated.length}): ${shown(query.repeated)}`]
      : []),
    ...(result.outsideBackground.length > 0
      ? [`outside the background, not tested (${result.outsideBackground.length}): ${shown(result.outsideBackground)}`]
      : []),
    ...(result.untestable.length > 0
      ? [
          `no gene in the background, no row (${result.untestable.length}): ${shown(result.untestable.map((u) => `${u.kind} ${u.id}`))}`,
        ]
      : []),
  ];
  process.stderr.write(`${summary.join('\n')}\n`);
  return 0;
}
