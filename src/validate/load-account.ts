/** Load and validate one account file: path in, `Account` out (or a positioned DataError). */
import { basename, extname } from 'node:path';
import type { ParseCache } from '../load/parse-cache.ts';
import { loadSourceFile, type SourceFile } from '../load/source-file.ts';
import { DataError } from '../errors.ts';
import { ACCOUNT_ID, accountSchema, type Account } from './account-schema.ts';
import { crossFieldIssues } from './cross-field-checks.ts';
import { validateSource } from './validate-source.ts';

/** A validated account with the file it came from (for the logo and for messages). */
export interface LoadedAccount {
  account: Account;
  source: SourceFile;
}

/** `cache`: account files parsed before (see ParseCache). */
export async function loadAccount(absolutePath: string, cache?: ParseCache): Promise<LoadedAccount> {
  return accountOf(await loadSourceFile(absolutePath, 'QBR_INVALID_DATA', cache));
}

/** Validates a file already read and parsed (the import reads each account file once). */
export function accountOf(source: SourceFile): LoadedAccount {
  const { absolutePath } = source;
  const parsed = validateSource(source, accountSchema, 'QBR_INVALID_DATA', crossFieldIssues);
  const id = parsed.id ?? basename(absolutePath, extname(absolutePath));
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
