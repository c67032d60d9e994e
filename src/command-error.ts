/** How the subcommands (import, new, preview) print a failure and choose their exit status. */
import { EXIT, QbrError, formatError } from './errors.ts';

/**
 * Prints a user's mistake without a stack and returns its exit status (src/errors.ts's
 * EXIT_STATUS; node's own flag errors are usage errors). A bug is rethrown, so its stack shows.
 */
export function reportCommandError(error: unknown, command: string, err: NodeJS.WritableStream): number {
  if (isArgsError(error)) {
    err.write(`${error.message}\n  Run \`npm run qbr -- ${command} --help\` for the flags.\n`);
    return EXIT.usage;
  }
  if (!(error instanceof QbrError)) throw error;
  err.write(`${formatError(error)}\n`);
  return error.exitStatus;
}

/** node:util parseArgs's errors: an unknown flag, a missing value. */
function isArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && String((error as TypeError & { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}
