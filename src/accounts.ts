/** Which files the accounts named on the command line are. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { QbrError } from './errors.ts';
import { shownPath } from './load/shown-path.ts';

export const DATA_DIR = 'data';

/**
 * `acme` -> `<cwd>/<dataDir>/acme.yaml`; a name with a slash or a .yaml ending is taken as a path.
 * `dataDir`: the account files' folder, relative to `cwd` (default `data`).
 */
export async function resolveAccounts(
  cwd: string,
  names: string[],
  all: boolean,
  dataDir = DATA_DIR,
): Promise<string[]> {
  const paths = all ? await allAccountFiles(cwd, dataDir) : [];
  for (const name of names) {
    const isPath = name.includes('/') || /\.ya?ml$/.test(name);
    const path = isPath ? resolve(cwd, name) : resolve(cwd, dataDir, `${name}.yaml`);
    const exists = await stat(path).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) {
      const looked = isPath ? name : shownPath(path, cwd);
      throw new QbrError(
        'QBR_NO_ACCOUNT',
        `no such account: ${name} (looked for ${looked})`,
        `Looked in ${cwd}. Run qbr from the folder that holds ${dataDir}/, or name another with --data DIR.`,
      );
    }
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

async function allAccountFiles(cwd: string, dataDir: string): Promise<string[]> {
  const dir = resolve(cwd, dataDir);
  const entries = await readdir(dir).catch(() => {
    throw new QbrError(
      'QBR_NO_ACCOUNT',
      `no ${dataDir}/ folder in ${cwd}`,
      `Run qbr from the folder that holds ${dataDir}/, or name it with --data DIR.`,
    );
  });
  return entries
    .filter((e) => /\.ya?ml$/.test(e))
    .sort()
    .map((e) => join(dir, e));
}
