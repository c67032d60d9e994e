/** Runs the real CLI, as a user or CI would: the bundle `npm run qbr` runs, with the real Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledCli } from '../../scripts/bundle.mjs';
import { CLI_BUNDLED } from '../../scripts/fault-drill/rigs.ts';
import { ROOT, runMain } from '../helpers.ts';
import { tempDir } from '../temp-dirs.ts';

/**
 * node's arguments that run the CLI as `npm run qbr` does: from the esbuild bundle of the sources
 * (built once by test/e2e/global-setup.ts), which starts in a third of the time tsx takes. The
 * fault rigs run the same.
 */
export const CLI = CLI_BUNDLED;

type Main = Parameters<typeof runMain>[0];
let bundled: Promise<Main> | undefined;
/** The bundle's `main`, imported natively (vitest.config.ts keeps dist/ out of its transforms). */
const bundledMain = () =>
  (bundled ??= bundledCli().then(async (file: string) => (await import(pathToFileURL(file).href)).main as Main));

/**
 * Runs the CLI's `main` from the bundle, in this worker: the command line, the folder it is run
 * in (`cwd`, as a user runs it from their project folder) and `env` beside this process's, for
 * the run (set in this process meanwhile: a file passing `env` runs nothing else at the time).
 * What it prints and the exit status it returns are what the process would print and exit with.
 * In this process rather than a child because a child's start (node, the bundle's code compiled
 * anew, cold) was most of what an e2e run cost; what only a process shows (its exit once
 * written, signals, preloads, npm's folder) is tested where qbr is spawned: bundle,
 * working-folder, hardening, browser-faults, killed-run and preview.
 */
export async function qbr(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const main = await bundledMain();
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await runMain(main, args, cwd);
  } finally {
    for (const [name, value] of Object.entries(before))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}

/** `qbr` run in the folder `dir` (a project of the test's own): how it ended, and how long it took. */
export async function qbrIn(dir: string, args: string[]) {
  const begun = performance.now();
  const result = await qbr(args, {}, dir);
  return { ...result, ms: performance.now() - begun };
}

export const scratch = () => tempDir('qbr-e2e-');

/** The summary CI reads, as written beside a deck. */
export const readSummary = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Where a run into `out` writes an account's file of a quarter: the summary (json) and the
 * internal copy are the team's, the customer's decks are theirs.
 */
export const outputFile = (out: string, id: string, quarter: string, ext: string, internal = false) =>
  join(
    out,
    quarter,
    internal || ext === 'json' ? 'team' : 'customer',
    `${id}-qbr-${quarter}${internal ? '-internal' : ''}.${ext}`,
  );
