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
  | 'QBR_QUARTER_BEFORE_START'
  | 'QBR_NO_QUARTER'
  | 'QBR_LOGO'
  | 'QBR_NO_BROWSER'
  | 'QBR_BROWSER_FAILED'
  | 'QBR_MERGE';

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
