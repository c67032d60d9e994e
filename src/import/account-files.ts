/** Which file in the data folder an account id names: `DIR/<id>.yaml`, or the file whose `id:` it is. */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { QbrError } from '../errors.ts';
import { MAX_FILE_BYTES } from '../load/source-file.ts';
import { shownPath } from '../load/shown-path.ts';

/** Account id -> absolute path of its file. */
export type AccountFiles = Map<string, string>;

/**
 * Every account file of `dataDir` by its file name and by its `id:`; the file name wins a clash.
 * `texts` gets each file's text as read, so an import reads no file twice.
 */
export async function accountFiles(dataDir: string, cwd: string, texts?: Map<string, string>): Promise<AccountFiles> {
  const names = await readdir(dataDir).catch(() => {
    throw new QbrError(
      'QBR_NO_ACCOUNT',
      `no folder ${shownPath(dataDir, cwd)} for the account files`,
      'Run qbr from the folder that holds data/, or name the folder with --data DIR.',
    );
  });
  const files: AccountFiles = new Map();
  const byId: Array<[string, string]> = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(dataDir, name);
    files.set(name.slice(0, -extname(name).length), path);
    const id = await declaredId(path, texts);
    if (id !== undefined) byId.push([id, path]);
  }
  for (const [id, path] of byId) if (!files.has(id)) files.set(id, path);
  return files;
}

/** The file's `id:`, when it can be read; a broken file is reported when an import names it. */
async function declaredId(path: string, texts: Map<string, string> | undefined): Promise<string | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined || text.length > MAX_FILE_BYTES) return undefined;
  texts?.set(path, text);
  const id = parseDocument(text, { uniqueKeys: false }).get('id');
  return typeof id === 'string' ? id : undefined;
}
