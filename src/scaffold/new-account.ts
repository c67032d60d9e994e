/** `new`: writes a new account file from the skeleton; never replaces a file. */
import { existsSync } from 'node:fs';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { QbrError } from '../errors.ts';
import { accountFiles } from '../import/account-files.ts';
import { ROOT } from '../paths.ts';
import { ACCOUNT_ID } from '../validate/account-schema.ts';
import { removeStaleTemporaries } from '../write/ready-folder.ts';
import { temporaryBeside } from '../write/write-atomic.ts';
import { accountSkeleton, nameFromId } from './account-skeleton.ts';
import { shownPath } from '../load/shown-path.ts';

export interface NewAccountOptions {
  cwd: string;
  id: string;
  /** The customer's name (default: from the id, `globex-corp` -> `Globex Corp`). */
  name?: string;
  /** The account files' folder (default `data`). */
  dataDir?: string;
  /** `YYYY-MM-DD`: the contract starts on the first day of its quarter. */
  today: string;
}

/** Writes `DIR/<id>.yaml` and returns its path relative to `cwd`. */
export async function newAccount(options: NewAccountOptions): Promise<string> {
  const { id } = options;
  if (!ACCOUNT_ID.test(id))
    throw new QbrError(
      'QBR_USAGE',
      `"${id}" is not an account id: lower-case letters, digits and hyphens, like globex-corp`,
      'The id names the file and the decks.',
    );
  const dir = resolve(options.cwd, options.dataDir ?? 'data');
  const path = join(dir, `${id}.yaml`);
  const shown = shownPath(path, options.cwd);
  const taken = existsSync(dir) ? (await accountFiles(dir, options.cwd)).get(id) : undefined;
  if (taken) throw exists(shown, taken === path ? undefined : shownPath(taken, options.cwd));
  const schemaPath = relative(dir, join(ROOT, 'schema', 'account.schema.json'))
    .split(sep)
    .join('/');
  const text = accountSkeleton({ id, name: options.name?.trim() || nameFromId(id), schemaPath, today: options.today });
  await mkdir(dir, { recursive: true });
  await removeStaleTemporaries(dir);
  await createExclusive(path, text, shown);
  return shown;
}

/**
 * Written whole beside the target, then linked into place: a link, unlike a rename, fails
 * when the name is taken, so a file made meanwhile is never replaced. The temporary file is named
 * as writeAtomic names its own, so the next `new` or `import` removes one a killed `new` left.
 */
async function createExclusive(path: string, text: string, shown: string): Promise<void> {
  const temporary = temporaryBeside(path);
  await writeFile(temporary, text, { flag: 'wx' });
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(shown);
    // A filesystem without hard links: create it exclusively in one write.
    await writeFile(path, text, { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'EEXIST' ? exists(shown) : e;
    });
  } finally {
    await rm(temporary, { force: true });
  }
}

function exists(shown: string, other?: string): QbrError {
  const what = other ? `${other} already has that id` : `${shown} already exists`;
  return new QbrError(
    'QBR_EXISTS',
    `${what}; new never replaces a file`,
    'Pick another id, or edit the file that is there.',
  );
}
