/** How the subcommands (import, new, preview) print a failure and choose their exit status. */
import { QbrError, formatError } from './errors.ts';

/**
 * Prints a user's mistake without a stack and returns its exit status: 2 for a usage error
 * (a bad flag, no such account or file), 1 for anything else the user can fix. A bug is
 * rethrown, so its stack shows.
 */
export function reportCommandError(error: unknown, command: string, err: NodeJS.WritableStream): number {
  if (isArgsError(error)) {
    err.write(`${error.message}\n  Run \`npm run qbr -- ${command} --help\` for the flags.\n`);
    return 2;
  }
  if (!(error instanceof QbrError)) throw error;
  err.write(`${formatError(error)}\n`);
  return error.code === 'QBR_USAGE' || error.code === 'QBR_NO_ACCOUNT' ? 2 : 1;
}

/** node:util parseArgs's errors: an unknown flag, a missing value. */
function isArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && String((error as TypeError & { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}
