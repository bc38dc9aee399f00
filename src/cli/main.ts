/**
 * `graph`: the command-line face of the knowledge base. Same model, io and export code
 * as the app. Run as `npm run graph -- <command> [options]`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { loadHgncResolver } from '../data/hgnc/load-hgnc';
import { runAudit } from './audit-command';
import { runEnrich } from './enrich-command';
import { runExport } from './export-command';
import { failureMessage } from './failure';
import { runFigure } from './figure-command';
import { CommandError, reason, UsageError } from './files';
import { runImport } from './import-command';
import { joinNegativeLimits } from './overlay-option';
import { runSchema } from './schema-command';
import { runShared } from './shared-command';
import { runStats } from './stats-command';
import { runValidate } from './validate-command';

const HELP = `usage: npm run graph -- <command> [options]

commands:
  validate [FILE ...]                 check graph files (default: every file under graphs/);
                                      prints every problem; exit 1 on any error
  export --format cyjs|graphml|sif|json [--therapy ID ...] [--with-components] [--out FILE]
                                      write the graph (filtered to therapies if given)
  stats                               counts per therapy, entity type and mechanism category,
                                      and the entities shared between therapies
  shared --therapy A --therapy B [...] [--format tsv|csv|json] [--entities genes|all]
                                      entities shared by two or more of the therapies, with the
                                      relation count per therapy and the references
  shared --pathway FILE --therapy A [...] [--aliases suggest|apply]
                                      the same with an imported pathway (see import) as a view
  figure --therapy ID [--therapy ID ...] [--layout TB|LR] [--lang en|zh] [--out FILE.svg]
         [--title TEXT] [--size journal-85|journal-180|slide-16x9]
                                      lay the therapies' diagram out as the app does and write it
                                      as an SVG figure with its legend (default: TB, en, natural
                                      size, no title, stdout); at a journal size, laid out for the
                                      page (TB or LR, whichever prints larger, unless --layout),
                                      warning when labels print below 6 pt
  figure --mechanism ID [--mechanism ID ...] [--therapy ID ...] [...]
                                      only those mechanisms' relations, in their frames (titled
                                      with the mechanism's title unless --title); arranged as the view's layout file
                                      in graphs/layouts/ arranges it, if there is one
  figure --story ID [--step N] [...]  one step of a teaching story (default step 1): the story's
                                      therapies, the step's title and caption, from step 2 on
                                      its own elements outlined and earlier ones quieter
  figure ... --overlay FILE [--column NAME] [--limits LOW,HIGH]
                                      colour the genes by a table (CSV, TSV or .xlsx; first
                                      column gene symbols, aliases or previous symbols) as the
                                      app's Data tab does: NAME's values (default: the first
                                      column of numbers), limits ±max|value| unless given, with
                                      the scale, "nd" and the family rule in the legend
  schema [--out FILE]                 write the JSON Schema of graph files (for editors)
  audit --review FILE [--all]         check every relation's references against the citation
                                      marks the review (Markdown, marks as <sup>[n]</sup>) prints
                                      for its sentence; exit 1 on a borrowed reference, evidence
                                      not in the review or a dropped hedge; --all adds notes
  enrich --genes FILE [--background atlas|hgnc|FILE] [--hgnc FILE] [--format tsv|json]
                                      rank mechanisms and therapies by over-representation of a
                                      gene list (one a line, or a CSV/TSV's first column):
                                      hypergeometric p, BH FDR per kind, fold, hits; background:
                                      the atlas's genes (default), HGNC's approved symbols or a
                                      list file; aliases and previous symbols resolve through the
                                      HGNC table the atlas ships (2021-02) or a newer download
                                      (--hgnc FILE, TSV); the summary goes to stderr
  import FILE [--format gpml|cx2|cx|sbgn|cyjs|sif] [--report FILE] [--out DIR]
         [--aliases suggest|apply]
                                      read a public pathway (format from its content, up to
                                      50 MB), print every element dropped or changed with its
                                      line or JSON path (or write it to --report; FILE.json: the
                                      entries as JSON with their codes); --out DIR writes
                                      DIR/<pathway>.json for graph validate --graphs DIR.
                                      Previous symbols (PKM2) are applied; aliases (akt: AKT1)
                                      are suggested, not applied, unless --aliases apply

options:
  --graphs DIR                        the knowledge base folder (default: graphs); a missing or
                                      empty folder is an error (exit 2)
  --out FILE                          never inside the knowledge base folder (schema: its schema/
                                      folder only); a link is written through, a file's mode kept
  -h, --help                          this text
`;

/** Every option of every command, declared once: parseArgs reads them and Options is typed from them. */
const OPTIONS = {
  graphs: { type: 'string', default: 'graphs' },
  format: { type: 'string' },
  therapy: { type: 'string', multiple: true },
  mechanism: { type: 'string', multiple: true },
  'with-components': { type: 'boolean' },
  out: { type: 'string' },
  entities: { type: 'string' },
  layout: { type: 'string' },
  lang: { type: 'string' },
  title: { type: 'string' },
  size: { type: 'string' },
  story: { type: 'string' },
  step: { type: 'string' },
  review: { type: 'string' },
  all: { type: 'boolean' },
  genes: { type: 'string' },
  background: { type: 'string' },
  hgnc: { type: 'string' },
  overlay: { type: 'string' },
  column: { type: 'string' },
  limits: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  report: { type: 'string' },
  pathway: { type: 'string', multiple: true },
  aliases: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type OptionDeclarations = typeof OPTIONS;

/**
 * The parsed options as the commands read them: a string or boolean per `type`, an array
 * where `multiple`, and present for certain only where there is a default.
 */
export type Options = {
  -readonly [K in keyof OptionDeclarations as OptionDeclarations[K] extends { default: unknown }
    ? K
    : never]: OptionValue<OptionDeclarations[K]>;
} & {
  -readonly [K in keyof OptionDeclarations as OptionDeclarations[K] extends { default: unknown }
    ? never
    : K]?: OptionValue<OptionDeclarations[K]>;
};

type OptionValue<D> = D extends { type: 'string' }
  ? D extends { multiple: true }
    ? string[]
    : string
  : D extends { multiple: true }
    ? boolean[]
    : boolean;

/** The command being run, for the message of an unforeseen failure. */
let running: string | undefined;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: joinNegativeLimits(argv),
    allowPositionals: true,
    options: OPTIONS,
  });
  const [command, ...rest] = positionals;
  running = command;
  const options: Options = values;
  if (options.help || !command) {
    process.stdout.write(HELP);
    return command || options.help ? 0 : 2;
  }
  switch (command) {
    case 'validate':
      return runValidate(options, rest);
    case 'export':
      return runExport(options);
    case 'stats':
      return runStats(options);
    case 'schema':
      return runSchema(options);
    case 'shared':
      // The HGNC table resolves an imported pathway's labels (PKM2 → PKM).
      return runShared(options, options.pathway?.length ? await loadHgncResolver() : undefined);
    case 'figure':
      return runFigure(options);
    case 'audit':
      return runAudit(options);
    case 'enrich':
      return runEnrich(options);
    case 'import':
      return runImport(options, rest, await loadHgncResolver());
    default:
      throw new UsageError(
        `unknown command "${command}"; commands: validate, export, stats, shared, figure, schema, audit, enrich, import`,
      );
  }
}

const fail = (error: unknown) => {
  const { text, code } = failureMessage(error, running);
  process.stderr.write(text);
  process.exitCode = code;
};

// Piping into `head` closes stdout early; that is not an error worth a message.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(new CommandError(`cannot write to standard output: ${reason(error)}`));
  process.exit(1);
});
process.on('uncaughtException', (error) => {
  fail(error);
  process.exit(process.exitCode ?? 1);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fail);
