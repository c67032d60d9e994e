/**
 * git itself, through child_process: the repository a folder is in, a revision checked, the
 * account files a revision holds, those that differ from the working tree, and their text.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { QbrError } from '../errors.ts';

const run = promisify(execFile);
/** An account file is limited to 1 MiB (src/load/source-file.ts); a listing of many is more. */
const MAX_OUTPUT = 64 * 1024 * 1024;

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
  return stdout;
}

/** Fails with QBR_NOT_GIT when `cwd` is not in a git working tree (or git is not installed). */
export async function checkRepository(cwd: string): Promise<void> {
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']).then(
    (out) => out.trim() === 'true',
    () => false,
  );
  if (!inside)
    throw new QbrError(
      'QBR_NOT_GIT',
      `${cwd} is not in a git repository`,
      'Run `changes` inside the repository that holds data/, with git installed.',
    );
}

/** The commit `ref` names; QBR_BAD_REVISION when it names none. */
export async function resolveRevision(cwd: string, ref: string): Promise<string> {
  // `--end-of-options` keeps a ref written like a flag from being read as one.
  const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(
    (out) => out.trim(),
    () => '',
  );
  if (!commit)
    throw new QbrError(
      'QBR_BAD_REVISION',
      `no such git revision: ${ref}`,
      'Name a branch, tag or commit that exists here (in CI, fetch it first: fetch-depth 0).',
    );
  return commit;
}

/**
 * The YAML files `commit` holds among `paths` (relative to cwd; a folder written `data/` stands
 * for the files directly in it), as paths relative to cwd.
 */
export async function filesAtRevision(cwd: string, commit: string, paths: string[]): Promise<string[]> {
  const out = await git(cwd, ['ls-tree', '--name-only', commit, '--', ...paths]);
  return out.split('\n').filter((path) => /\.ya?ml$/.test(path));
}

/** The tracked files among `paths` whose working-tree text differs from `commit`'s, relative to cwd. */
export async function differingFiles(cwd: string, commit: string, paths: string[]): Promise<Set<string>> {
  const out = await git(cwd, ['diff', '--name-only', '--relative', '--no-renames', commit, '--', ...paths]);
  return new Set(out.split('\n').filter(Boolean));
}

/** The text of `path` (relative to cwd) at `commit`. */
export async function textAtRevision(cwd: string, commit: string, path: string): Promise<string> {
  return git(cwd, ['show', `${commit}:./${path}`]);
}
