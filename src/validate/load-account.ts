/** Load and validate one account file: path in, `Account` out (or a positioned DataError). */
import { basename, extname } from 'node:path';
import { loadSourceFile, type SourceFile } from '../load/source-file.ts';
import { accountSchema, type Account } from './account-schema.ts';
import { validateSource } from './validate-source.ts';

/** A validated account with the file it came from (for the logo and for messages). */
export interface LoadedAccount {
  account: Account;
  source: SourceFile;
}

export async function loadAccount(absolutePath: string): Promise<LoadedAccount> {
  const source = await loadSourceFile(absolutePath);
  const parsed = validateSource(source, accountSchema);
  const id = parsed.id ?? basename(absolutePath, extname(absolutePath));
  return { account: { ...parsed, id }, source };
}
