/** Runs the real CLI in a child process, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI_BUNDLED } from '../../scripts/fault-drill/rigs.ts';
import { ROOT } from '../helpers.ts';
import { tempDir } from '../temp-dirs.ts';

/**
 * node's arguments that run the CLI as `npm run qbr` does: from the esbuild bundle of the sources
 * (built once by test/e2e/global-setup.ts), which starts in a third of the time tsx takes. The
 * fault rigs run the same.
 */
export const CLI = CLI_BUNDLED;

/** `cwd`: where the command is run, as a user runs it from their project folder. */
export function qbr(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const result = spawnSync(process.execPath, [...CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const scratch = () => tempDir('qbr-e2e-');

/** The summary CI reads, as written beside a deck. */
export const readSummary = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
