/**
 * Renders that several e2e files read, made once per run rather than once a file: the first
 * file to ask renders into the run's shared folder (test/e2e/global-setup.ts), later ones read
 * it. A file that only reads a deck asks here; a file that changes the output folder or needs
 * its own data renders in a scratch folder of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { inject } from 'vitest';
import { fixturePath, ROOT } from '../helpers.ts';
import { CLI } from './render.ts';

/** Runs the CLI without holding up this process, so the lock below stays fresh meanwhile. */
function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

/**
 * The folder `runs` (each a command line without `--out`) rendered into, once per test run.
 * `name` names the folder: the same name must always mean the same runs.
 */
export async function sharedRender(name: string, runs: string[][]): Promise<string> {
  const root = inject('sharedRenders');
  const out = join(root, name);
  const done = `${out}.done`;
  // Files running in parallel wait for the one rendering; a render takes longer than the default's few tries.
  const release = await lockfile.lock(root, {
    lockfilePath: join(root, `${name}.lock`),
    retries: { retries: 3_000, minTimeout: 100, maxTimeout: 100 },
  });
  try {
    if (!existsSync(done)) {
      rmSync(out, { recursive: true, force: true });
      for (const args of runs) {
        const result = await run([...args, '--out', out]);
        if (result.status !== 0) throw new Error(`qbr ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
      }
      writeFileSync(done, '');
    }
  } finally {
    await release();
  }
  return out;
}

/**
 * The three samples in every format, customer and internal copies: every sample in 2026-Q4,
 * the latest quarter with data, and helios-freight and bramble-foods in 2026-Q3 as well.
 */
export const samples = () =>
  sharedRender(
    'samples',
    ['customer', 'internal'].flatMap((audience) => [
      ['--all', '--format', 'pdf,html,json,pptx,eml', '--audience', audience],
      ['helios-freight', 'bramble-foods', '--quarter', '2026-Q3', '--audience', audience],
    ]),
  );

/** The account of test/fixtures/international (Japanese, Chinese, Arabic, emoji), as PDF and PowerPoint. */
export const international = () =>
  sharedRender('international', [[fixturePath('international'), '--format', 'pdf,pptx']]);
