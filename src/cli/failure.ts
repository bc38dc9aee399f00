import { CommandError, reason, UsageError } from './files';

/**
 * How any failure reaches the user: one line naming what failed and what to do, never a
 * stack trace. Usage errors (exit 2) point at --help; a failure of the command (exit 1)
 * says what to fix; anything unforeseen is a bug, said so in one line (GRAPH_DEBUG=1 adds
 * the stack for whoever fixes it).
 */
export function failureMessage(error: unknown, command: string | undefined): { text: string; code: number } {
  const message = (error instanceof Error ? error.message : String(error)).trimEnd();
  if (error instanceof UsageError || (error as { code?: unknown })?.code?.toString().startsWith('ERR_PARSE_ARGS'))
    return { text: `graph: ${message}\n(run "npm run graph -- --help" for usage)\n`, code: 2 };
  if (error instanceof CommandError) return { text: `graph: ${message}\n`, code: 1 };
  const debug = process.env.GRAPH_DEBUG && error instanceof Error ? `\n${error.stack ?? ''}` : '';
  return {
    text: `graph${command ? ` ${command}` : ''}: unexpected failure: ${reason(error).split('\n')[0]}; this is a bug in the graph command, please report it with the command line${debug}\n`,
    code: 1,
  };
}
