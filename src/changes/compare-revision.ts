/**
 * The account files as they are now against the same files at a git revision: only the files
 * whose text differs (or that exist on one side only) are read twice and summarised; the rest
 * are counted as unchanged without being opened.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DATA_DIR } from '../accounts.ts';
import { contractStartQuarter, runQuarter } from '../analyse/review-quarter.ts';
import type { Quarter } from '../calendar/quarter.ts';
import type { Config } from '../config/config-schema.ts';
import { QbrError } from '../errors.ts';
import { MAX_FILE_BYTES, parseSource } from '../load/source-file.ts';
import type { Account } from '../validate/account-schema.ts';
import { accountOf, loadAccount } from '../validate/load-account.ts';
import { compareAccount, type AccountChange } from './account-change.ts';
import { checkRepository, differingFiles, filesAtRevision, resolveRevision, textAtRevision } from './git.ts';

export interface CompareRevisionOptions {
  cwd: string;
  /** A branch, tag or commit. */
  base: string;
  /** Account ids or paths; none: every file in data/, now or then. */
  accounts: string[];
  /** Both sides summarised for this quarter; default per account: the latest with data on either side. */
  quarter?: Quarter | undefined;
  config: Config;
}

export interface RevisionComparison {
  base: string;
  /** The accounts added, removed or edited, by file name. */
  changes: AccountChange[];
  /** Files the same on both sides. */
  unchanged: number;
  /** Files invalid on either side (each a DataError with its positions). */
  failures: QbrError[];
}

/** Files read at once: enough to keep git busy, few enough not to start a thousand processes. */
const BATCH = 8;

export async function compareRevision(options: CompareRevisionOptions): Promise<RevisionComparison> {
  const { cwd, base } = options;
  await checkRepository(cwd);
  const commit = await resolveRevision(cwd, base);
  const named = options.accounts.map((name) => accountPath(cwd, name));
  const pathspecs = named.length > 0 ? named : [`${DATA_DIR}/`];
  const [then, now, differing] = await Promise.all([
    filesAtRevision(cwd, commit, pathspecs),
    filesNow(cwd, named),
    differingFiles(cwd, commit, pathspecs),
  ]);
  const thenSet = new Set(then);
  const nowSet = new Set(now);
  for (const path of named) {
    if (!thenSet.has(path) && !nowSet.has(path))
      throw new QbrError(
        'QBR_NO_ACCOUNT',
        `no such account: ${path} (neither now nor at ${base})`,
        'Name an account file that exists on one side.',
      );
  }
  const paths = [...new Set([...now, ...then])].sort();
  const toCompare = paths.filter((p) => !thenSet.has(p) || !nowSet.has(p) || differing.has(p));
  const changes: AccountChange[] = [];
  const failures: QbrError[] = [];
  for (let i = 0; i < toCompare.length; i += BATCH) {
    const results = await Promise.all(
      toCompare
        .slice(i, i + BATCH)
        .map((path) => comparePath(path, thenSet.has(path), nowSet.has(path), commit, options)),
    );
    for (const result of results) (result instanceof QbrError ? failures : changes).push(result as never);
  }
  return { base, changes, unchanged: paths.length - toCompare.length, failures };
}

/** `acme` -> `data/acme.yaml`; a name with a slash or a .yaml ending is a path (relative to cwd). */
function accountPath(cwd: string, name: string): string {
  const isPath = name.includes('/') || /\.ya?ml$/.test(name);
  return isPath ? relative(cwd, resolve(cwd, name)) : `${DATA_DIR}/${name}.yaml`;
}

/** The named files that exist now, or every YAML file in data/. */
async function filesNow(cwd: string, named: string[]): Promise<string[]> {
  if (named.length > 0) {
    const present = await Promise.all(
      named.map((p) =>
        stat(join(cwd, p)).then(
          (s) => s.isFile(),
          () => false,
        ),
      ),
    );
    return named.filter((_, i) => present[i]);
  }
  const names = await readdir(join(cwd, DATA_DIR)).catch(() => [] as string[]);
  return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => `${DATA_DIR}/${n}`);
}

/** One file's two sides, read, checked and compared; a file invalid on either side is its error. */
async function comparePath(
  path: string,
  inThen: boolean,
  inNow: boolean,
  commit: string,
  options: CompareRevisionOptions,
): Promise<AccountChange | QbrError> {
  const absolute = resolve(options.cwd, path);
  try {
    const [before, after] = await Promise.all([
      inThen ? accountAt(path, absolute, commit, options) : null,
      inNow ? loadAccount(absolute, { fiscalYear: options.config.fiscal_year }).then((loaded) => loaded.account) : null,
    ]);
    const present = [before, after].filter((a): a is Account => a !== null);
    const fiscalYear = options.config.fiscal_year;
    const quarter = options.quarter ?? runQuarter(present) ?? contractStartQuarter(present[0]!, fiscalYear);
    return compareAccount(path, before, after, { quarter, thresholds: options.config.thresholds, fiscalYear });
  } catch (error) {
    if (error instanceof QbrError) return error;
    throw error;
  }
}

/** The file as `commit` holds it, named `REF:path` in messages. */
async function accountAt(
  path: string,
  absolute: string,
  commit: string,
  options: CompareRevisionOptions,
): Promise<Account> {
  const text = await textAtRevision(options.cwd, commit, path);
  const display = `${options.base}:${path}`;
  if (Buffer.byteLength(text) > MAX_FILE_BYTES)
    throw new QbrError(
      'QBR_INVALID_DATA',
      `${display}: the file is over ${MAX_FILE_BYTES} bytes`,
      'An account file is a few kilobytes.',
    );
  return accountOf(parseSource(text, display, absolute), options.config.fiscal_year).account;
}
