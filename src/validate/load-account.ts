/** Load and validate one account file: path in, `Account` out (or a positioned DataError). */
import { basename, extname } from 'node:path';
import { CALENDAR_YEAR, type FiscalYear } from '../calendar/fiscal-year.ts';
import type { ParseCache } from '../load/parse-cache.ts';
import { loadSourceFile, sortIssues, type SourceFile } from '../load/source-file.ts';
import { DataError, type DataIssue } from '../errors.ts';
import { ACCOUNT_ID, accountSchema, type Account } from './account-schema.ts';
import { figuresBeforeContract } from './before-contract.ts';
import { crossFieldIssues } from './cross-field-checks.ts';
import { positioned, validateSource } from './validate-source.ts';

/** A validated account with the file it came from (for the logo and for messages). */
export interface LoadedAccount {
  account: Account;
  source: SourceFile;
}

export interface LoadOptions {
  /** Account files parsed before (see ParseCache). */
  cache?: ParseCache | undefined;
  /** The config's calendar, in which the contract's start falls in a quarter (default: calendar quarters). */
  fiscalYear?: FiscalYear | undefined;
}

export async function loadAccount(absolutePath: string, options: LoadOptions = {}): Promise<LoadedAccount> {
  return accountOf(await loadSourceFile(absolutePath, 'QBR_INVALID_DATA', options.cache), options.fiscalYear);
}

/** Validates a file already read and parsed (the import reads each account file once). */
export function accountOf(source: SourceFile, fiscalYear: FiscalYear = CALENDAR_YEAR): LoadedAccount {
  const { absolutePath, data } = source;
  const fileId = basename(absolutePath, extname(absolutePath));
  const idOf = (raw: unknown) => {
    const written = (raw as { id?: unknown } | null)?.id;
    return typeof written === 'string' ? written : fileId;
  };
  // The schema has no calendar, so this rule is asked beside it, with the schema's issues or alone.
  const before = figuresBeforeContract(data, idOf(data), fiscalYear).map(({ path, message }) =>
    positioned(source, path, false, message),
  );
  const parsed = schemaChecked(source, before);
  const id = parsed.id ?? fileId;
  // The id names the output files: one taken from the file name is held to the same pattern.
  if (!ACCOUNT_ID.test(id)) {
    throw new DataError('QBR_INVALID_DATA', [
      {
        file: source.displayPath,
        line: 1,
        column: 1,
        path: 'id',
        message: `the file name gives the id "${id}", which is not lower-case letters, digits and hyphens; add an id: line or rename the file`,
        frame: '',
      },
    ]);
  }
  return { account: { ...parsed, id }, source };
}

/** The file through the account schema; its issues and `more` reported together, sorted by line. */
function schemaChecked(source: SourceFile, more: DataIssue[]) {
  try {
    const parsed = validateSource(source, accountSchema, 'QBR_INVALID_DATA', crossFieldIssues);
    if (more.length === 0) return parsed;
  } catch (error) {
    if (!(error instanceof DataError) || more.length === 0) throw error;
    more.push(...error.issues);
  }
  throw new DataError('QBR_INVALID_DATA', sortIssues(more));
}
