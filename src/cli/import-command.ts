/**
 * `graph import FILE [--format gpml|cx2|cx|sbgn|cyjs|sif] [--report FILE] [--out DIR]
 * [--aliases suggest|apply]`: reads a public pathway file, prints what was dropped or
 * changed (with positions, in English) and, with `--out`, writes the pathway as one graph
 * document `DIR/<prefix>.json` that `graph validate --graphs DIR` accepts, every relation's
 * evidence naming the file and element. `--report FILE.json` writes the entries as JSON,
 * each with its English text and its code and parameters. The same reading serves
 * `graph shared --pathway FILE`.
 */
import * as fs from 'node:fs';
import { basename, join } from 'node:path';
import { reportText as entryText } from '../i18n/pathway-report-strings';
import { importPathway, MAX_PATHWAY_CHARACTERS } from '../io/pathway/import-pathway';
import {
  ALIAS_RULES,
  type AliasRule,
  PATHWAY_FORMATS,
  type PathwayImport,
  PathwayImportError,
} from '../io/pathway/pathway-import';
import type { SymbolResolver } from '../model/symbol-resolver';
import { CommandError, oneOf, reason, UsageError, writeOutput } from './files';
import type { Options } from './main';

/** `--aliases`: suggest (the default) or apply. */
export const aliasRule = (value: string | undefined): AliasRule => oneOf('aliases', value, ALIAS_RULES, 'suggest');

/** Reads and imports one pathway file; a file that cannot be read at all is a CommandError. */
export function importFile(
  path: string,
  format: string | undefined,
  resolver?: SymbolResolver,
  aliases: AliasRule = 'suggest',
): PathwayImport {
  const claimed = format === undefined ? undefined : PATHWAY_FORMATS.find((f) => f === format);
  if (format !== undefined && !claimed) {
    throw new UsageError(`--format must be one of ${PATHWAY_FORMATS.join(', ')} (got "${format}")`);
  }
  let text: string;
  try {
    const stats = fs.statSync(path);
    if (!stats.isFile()) throw new CommandError(`${path} is not a regular file`);
    // Checked before reading, so a 2 GB file is refused without being loaded.
    if (stats.size > MAX_PATHWAY_CHARACTERS) {
      throw new CommandError(
        `${path} is ${(stats.size / 1024 / 1024).toFixed(1)} MB; pathway files up to ${MAX_PATHWAY_CHARACTERS / 1024 / 1024} MB are read`,
      );
    }
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`cannot read ${path}: ${reason(error)}`);
  }
  try {
    return importPathway(text, {
      fileName: basename(path),
      ...(claimed ? { format: claimed } : {}),
      resolver,
      aliases,
    });
  } catch (error) {
    if (error instanceof PathwayImportError) throw new CommandError(error.message);
    throw error;
  }
}

const count = (result: PathwayImport, action: string) => result.report.filter((e) => e.action === action).length;
const formatNotes = (result: PathwayImport) => (result.formatNotes ?? []).map((n) => entryText(n, 'en')).join('; ');

/** The report as lines: "WP3614.gpml line 178: dropped id53ae9bbe: …", then a summary. */
export function reportText(file: string, result: PathwayImport): string {
  const lines = result.report.map(
    (e) => `${file} ${e.position}: ${e.action}${e.element ? ` ${e.element}` : ''}: ${entryText(e, 'en')}`,
  );
  const d = result.document;
  const note = formatNotes(result);
  const head = `${file}: ${result.version ?? result.format}${note ? ` (${note})` : ''}, "${result.title}"`;
  const summary =
    `${d.entities?.length ?? 0} entities, ${d.relations?.length ?? 0} relations, ${d.mechanisms?.length ?? 0} mechanisms; ` +
    `${count(result, 'dropped')} dropped, ${count(result, 'changed')} changed, ${count(result, 'kept')} noted`;
  return `${[head, ...lines, summary].join('\n')}\n`;
}

/**
 * The report as JSON: the file, format and counts, then each entry with its English text
 * and, for programs, its code and parameters (src/io/pathway/report-messages.ts).
 */
export function reportJson(file: string, result: PathwayImport, aliases: AliasRule): string {
  const d = result.document;
  const report = {
    file,
    format: result.version ?? result.format,
    title: result.title,
    aliases,
    formatNotes: (result.formatNotes ?? []).map((n) => ({ text: entryText(n, 'en'), ...n })),
    counts: {
      entities: d.entities?.length ?? 0,
      relations: d.relations?.length ?? 0,
      mechanisms: d.mechanisms?.length ?? 0,
      dropped: count(result, 'dropped'),
      changed: count(result, 'changed'),
      kept: count(result, 'kept'),
    },
    entries: result.report.map((e) => ({
      position: e.position,
      ...(e.element ? { element: e.element } : {}),
      action: e.action,
      text: entryText(e, 'en'),
      code: e.code,
      params: e.params,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function runImport(options: Options, files: string[], resolver?: SymbolResolver): number {
  if (files.length !== 1) throw new UsageError('import needs exactly one FILE');
  const [file] = files;
  const aliases = aliasRule(options.aliases);
  const result = importFile(file, options.format, resolver, aliases);
  const text = reportText(basename(file), result);
  if (options.report) {
    const json = options.report.toLowerCase().endsWith('.json');
    writeOutput(options.report, json ? reportJson(basename(file), result, aliases) : text, {
      graphs: options.graphs,
    });
    process.stdout.write(`${text.trimEnd().split('\n').pop()}; report written to ${options.report}\n`);
  } else process.stdout.write(text);
  if (options.out !== undefined) {
    let folder: fs.Stats;
    try {
      folder = fs.statSync(options.out);
    } catch (error) {
      throw new CommandError(`--out ${options.out}: ${reason(error)}; create the folder first`);
    }
    if (!folder.isDirectory())
      throw new UsageError(`--out ${options.out} is not a folder; import writes DIR/<pathway>.json`);
    const prefix = result.document.therapies?.[0]?.id ?? 'pathway';
    const written = writeOutput(join(options.out, `${prefix}.json`), `${JSON.stringify(result.document, null, 2)}\n`, {
      graphs: options.graphs,
    });
    process.stderr.write(`wrote ${written}; check it with: npm run graph -- validate --graphs ${options.out}\n`);
  }
  return 0;
}
