/** What is wrong with an import: every bad row of every file, each with its place. */
import { QbrError } from '../errors.ts';

/** One problem: `FILE.csv:LINE column NAME: message`, or a place in an account file. */
export interface ImportIssue {
  /** The file as the user named it: a CSV export, a query's `.sql` file, or the account file the problem is in. */
  file: string;
  line: number;
  /** `row`: `line` numbers a row of a query's result, not a line of the file (`FILE.sql row N`). */
  unit?: 'row';
  /** The column number, for a place in an account file. */
  col?: number;
  /** The CSV column, as its header writes it; absent for a problem with the whole line. */
  column?: string;
  message: string;
  /** For a problem inside an account file: a few lines of it with a caret. */
  frame?: string;
}

/** `crm.csv:4 column metric: ...`, `support.sql row 17 column value: ...` */
export function formatImportIssue(issue: ImportIssue): string {
  const line = issue.col === undefined ? placeOf(issue) : `${issue.file}:${issue.line}:${issue.col}`;
  const where = issue.column === undefined ? line : `${line} column ${issue.column}`;
  return issue.frame ? `${where}: ${issue.message}\n${issue.frame}` : `${where}: ${issue.message}`;
}

/** Where a CSV line or a query's row is: `crm.csv:4`, `support.sql row 17`. */
export function placeOf(place: { file: string; line: number; unit?: 'row' | undefined }): string {
  return place.unit === 'row' ? `${place.file} row ${place.line}` : `${place.file}:${place.line}`;
}

/** Files and rows sort by file, then line, in the order the user named the files. */
export function sortImportIssues(issues: ImportIssue[], fileOrder: readonly string[]): ImportIssue[] {
  const rank = (file: string) => {
    const index = fileOrder.indexOf(file);
    return index < 0 ? fileOrder.length : index;
  };
  return issues.toSorted((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file) || a.line - b.line);
}

/** Any bad row anywhere: nothing was written. `command`: what to run again once it is fixed. */
export class ImportError extends QbrError {
  constructor(
    readonly issues: ImportIssue[],
    command: 'import' | 'pull' = 'import',
  ) {
    super(
      'QBR_INVALID_IMPORT',
      issues.map(formatImportIssue).join('\n'),
      `Nothing was written. Fix these rows (or the account files) and ${command} again.`,
    );
  }
}
