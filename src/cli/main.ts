/**
 * `graph`: the command-line face of the knowledge base. Same model, io and export code
 * as the app. Run as `npm run graph -- <command> [options]`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { runAudit } from './audit-command';
import { runExport } from './export-command';
import { failureMessage } from './failure';
import { runFigure } from './figure-command';
import { CommandError, reason, UsageError } from './files';
import { runImport } from './import-command';
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
  shared --pathway FILE --therapy A [...]
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
  schema [--out FILE]                 write the JSON Schema of graph files (for editors)
  audit --review FILE [--all]         check every relation's references against the citation
                                      marks the review (Markdown, marks as <sup>[n]</sup>) prints
                                      for its sentence; exit 1 on a borrowed reference, evidence
                                      not in the review or a dropped hedge; --all adds notes
  import FILE [--format gpml|cx2|cx|sbgn|cyjs|sif] [--report FILE] [--out DIR]
                                      read a public pathway (format from its content, up to
                                      50 MB), print every element dropped or changed with its
                                      line or JSON path (or write it to --report); --out DIR
                                      writes DIR/<pathway>.json for graph validate --graphs DIR

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
  help: { type: 'boolean', short: 'h' },
  report: { type: 'string' },
  pathway: { type: 'string', multiple: true },
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
    args: argv,
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
      return runShared(options);
    case 'figure':
      return runFigure(options);
    case 'audit':
      return runAudit(options);
    case 'import':
      return runImport(options, rest);
    default:
      throw new UsageError(
        `unknown command "${command}"; commands: validate, export, stats, shared, figure, schema, audit, import`,
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
