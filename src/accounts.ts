/** Which files the accounts named on the command line are. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { QbrError } from './errors.ts';

export const DATA_DIR = 'data';

/** `acme` -> `<cwd>/data/acme.yaml`; a name with a slash or a .yaml ending is taken as a path. */
export async function resolveAccounts(cwd: string, names: string[], all: boolean): Promise<string[]> {
  const paths = all ? await allAccountFiles(cwd) : [];
  for (const name of names) {
    const isPath = name.includes('/') || /\.ya?ml$/.test(name);
    const path = isPath ? resolve(cwd, name) : join(cwd, DATA_DIR, `${name}.yaml`);
    const exists = await stat(path).then((s) => s.isFile(), () => false);
    if (!exists) {
      throw new QbrError('QBR_NO_ACCOUNT', `no such account: ${name} (looked for ${isPath ? name : `${DATA_DIR}/${name}.yaml`})`, `Run \`npm run qbr -- --all --check\` to list what is there.`);
    }
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

async function allAccountFiles(cwd: string): Promise<string[]> {
  const dir = join(cwd, DATA_DIR);
  const entries = await readdir(dir).catch(() => {
    throw new QbrError('QBR_NO_ACCOUNT', `no ${DATA_DIR}/ folder in ${cwd}`, 'Run qbr from the folder that holds data/.');
  });
  return entries.filter((e) => /\.ya?ml$/.test(e)).sort().map((e) => join(dir, e));
}
