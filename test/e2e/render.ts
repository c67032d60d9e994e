/** Runs the real CLI in a child process, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';
import { tempDir } from '../temp-dirs.ts';

/** tsx's loader by its full address, so the CLI runs from any working folder. */
const TSX = import.meta.resolve('tsx');

/** `cwd`: where the command is run, as a user runs it from their project folder. */
export function qbr(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const result = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const scratch = () => tempDir('qbr-e2e-');

/** The summary CI reads, as written beside a deck. */
export const readSummary = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
