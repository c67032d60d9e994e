/**
 * The error catalogue. Every failure a user can cause has a stable code, a message saying
 * what happened and a hint saying what to do; none of them prints a stack trace.
 * Anything that is not a QbrError is a bug in qbr, and the CLI shows its stack.
 */

/** Stable codes, documented in the README. */
export type ErrorCode =
  | 'QBR_USAGE'
  | 'QBR_NO_ACCOUNT'
  | 'QBR_INVALID_DATA'
  | 'QBR_INVALID_CONFIG'
  | 'QBR_NO_CONFIG'
  | 'QBR_QUARTER_BEFORE_START'
  | 'QBR_NO_QUARTER'
  | 'QBR_LOGO'
  | 'QBR_TEMPLATE'
  | 'QBR_NO_BROWSER'
  | 'QBR_BROWSER_FAILED'
  | 'QBR_WRITE_FAILED'
  | 'QBR_INVALID_IMPORT'
  | 'QBR_EXISTS'
  | 'QBR_PORT_IN_USE'
  | 'QBR_MERGE'
  | 'QBR_SHARD_EDITED'
  | 'QBR_SOURCE'
  | 'QBR_SOURCE_QUERY'
  | 'QBR_NOT_GIT'
  | 'QBR_BAD_REVISION';
/** The command line's exit statuses: docs/data-format.md's three, and Ctrl-C's. */
export const EXIT = { ok: 0, failed: 1, usage: 2, stopped: 130 } as const;

/**
 * The status a run ends with when an error stops it, one per code and decided only here (as
 * Marp CLI's `CLIError` carries its `exitCode`): 2 when the command itself is wrong, 1 when
 * the data, the config or the browser failed.
 */
export const EXIT_STATUS: Record<ErrorCode, number> = {
  QBR_USAGE: EXIT.usage,
  QBR_NO_ACCOUNT: EXIT.usage,
  QBR_NO_CONFIG: EXIT.usage,
  QBR_INVALID_DATA: EXIT.failed,
  QBR_INVALID_CONFIG: EXIT.failed,
  QBR_QUARTER_BEFORE_START: EXIT.failed,
  QBR_NO_QUARTER: EXIT.failed,
  QBR_LOGO: EXIT.failed,
  QBR_NO_BROWSER: EXIT.failed,
  QBR_BROWSER_FAILED: EXIT.failed,
  QBR_WRITE_FAILED: EXIT.failed,
  QBR_TEMPLATE: EXIT.failed,
  QBR_INVALID_IMPORT: EXIT.failed,
  QBR_EXISTS: EXIT.failed,
  QBR_PORT_IN_USE: EXIT.failed,
  QBR_MERGE: EXIT.failed,
  QBR_SHARD_EDITED: EXIT.failed,
  QBR_SOURCE: EXIT.failed,
  QBR_SOURCE_QUERY: EXIT.failed,
  QBR_NOT_GIT: EXIT.usage,
  QBR_BAD_REVISION: EXIT.usage,
};

/** A failure the user can act on. */
export class QbrError extends Error {
  override readonly name = 'QbrError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  /** The exit status when this error ends a run (see EXIT_STATUS). */
  get exitStatus(): number {
    return EXIT_STATUS[this.code];
  }
}

/** One problem in a data or config file, positioned at the offending value. */
export interface DataIssue {
  /** The file, as the user named it (relative to the working directory). */
  file: string;
  line: number;
  column: number;
  /** The field path, e.g. `promises[0].target`; empty for the document itself. */
  path: string;
  message: string;
  /** A few lines of the file around the problem, with a caret under it. */
  frame: string;
}

/** Every problem found in one file, sorted by position. */
export class DataError extends QbrError {
  constructor(
    code: 'QBR_INVALID_DATA' | 'QBR_INVALID_CONFIG',
    readonly issues: DataIssue[],
  ) {
    super(code, issues.map(formatIssueLine).join('\n'), 'Fix the file and run `npm run qbr -- --check` again.');
  }
}

/** `data/acme.yaml:31:13 promises[0].target: expected a number, got "sixty"` */
export function formatIssueLine(issue: DataIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}

/** The full text a person reads: each issue's line followed by its code frame. */
export function formatError(error: QbrError): string {
  if (error instanceof DataError) {
    return error.issues.map((i) => `${formatIssueLine(i)}\n${i.frame}`).join('\n\n');
  }
  return error.hint ? `${error.message}\n  ${error.hint}` : error.message;
}
