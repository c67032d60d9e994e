// A disk that is full, a folder that is read-only, `--out` naming a file: the user's situation,
// told once as QBR_WRITE_FAILED with the folder and the system's reason, before any deck is
// rendered; never a stack or "qbr bug". The disk and the folder are real tmpfs mounts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountTmpfs } from '../../scripts/fault-drill/rigs.ts';
import { fixturePath, scratchProject } from '../helpers.ts';
import { qbr } from './render.ts';
import { requireTools, skipping } from './requirements.ts';
import { tempDir } from '../temp-dirs.ts';

const SKIP = skipping('mount');
beforeAll(() => requireTools('mount'));

const mounts: string[] = [];
const made: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync('umount', [dir]);
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A tmpfs of 256 KiB, mounted with `options`; `fill` writes into it until it is full. */
function tmpfs(options: string, fill = false): string {
  const dir = tempDir('qbr-mount-');
  made.push(dir);
  expect(mountTmpfs(dir, options, fill)).toBe(true);
  mounts.push(dir);
  return dir;
}

function twoAccounts(): string {
  const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
  made.push(dir);
  // A company name, so the run's only standard error is the write failure, not the stand-in warning.
  writeFileSync(join(dir, 'qbr.config.yaml'), 'company:\n  name: Initech\n');
  return dir;
}

/** The CLI on two accounts into `out`; its status and standard error. */
const render = (out: string) => qbr(['--all', '--format', 'json,html', '--out', out], {}, twoAccounts());

describe.skipIf(SKIP)('a folder qbr cannot write to', () => {
  it.each([
    ['a full disk', () => join(tmpfs('rw', true), 'out'), 'no space left on device (ENOSPC)'],
    ['a read-only folder', () => join(tmpfs('ro'), 'out'), 'read-only file system (EROFS)'],
  ])(
    '%s: one QBR_WRITE_FAILED error naming the folder and the reason, before any account, no stack',
    async (_, out, reason) => {
      const folder = out();
      const run = await render(folder);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `could not write to ${folder}/2025-Q1: ${reason}\n  Free space, make the folder writable, or choose another with --out.\n`,
      );
      expect(run.stdout).not.toContain('rendered');
    },
  );

  it('--out naming a file: the same error, the folder it could not make named', async () => {
    const dir = tempDir('qbr-out-file-');
    made.push(dir);
    writeFileSync(join(dir, 'report'), 'a file');
    mkdirSync(join(dir, 'unused'));
    const run = await render(join(dir, 'report'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `could not write to ${dir}/report/2025-Q1: not a directory (ENOTDIR)\n  Free space, make the folder writable, or choose another with --out.\n`,
    );
  });
});
