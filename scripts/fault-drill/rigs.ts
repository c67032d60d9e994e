/**
 * The rigs that make faults happen, shared by the e2e tests (test/e2e/browser-faults, killed-run,
 * write-faults) and the fault drill (scripts/fault-drill.ts): the CLI in a child process, a
 * browser behind a wrapper that misbehaves on its first launch, a small tmpfs as `--out`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../src/print/find-browser.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The CLI as `npm run qbr` runs it: the bundle of the sources (scripts/qbr.mjs), as a user and the e2e tests run it. */
export const CLI_BUNDLED = [join(ROOT, 'scripts', 'qbr.mjs')];

/** How a CLI run in a child process ended. */
export interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The CLI run in `dir` (not waited for on this thread); `nodeArgs` go before the CLI (a preload), `env` beside this process's. */
export function spawnQbr(
  dir: string,
  args: string[],
  nodeArgs: string[] = [],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Ended>; output: () => string } {
  const begun = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ...CLI_BUNDLED, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Ended>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr, ms: performance.now() - begun })),
  );
  return { child, done, output: () => stdout };
}

/** Waits for `condition`, looking every 20 ms, at most `ms`; whether it holds. */
export async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; !condition() && waited < ms; waited += 20)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

/** Every path under `dir`, relative to it; none when it does not exist. */
export const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];

/**
 * Makes the project in `dir` print with a wrapper as its browser: `first` on its first launch,
 * the real Chromium after. `first` is a shell script's body run with the browser's arguments;
 * $CHROMIUM is the real browser, $LOG the launch log, $OUT the project's `out`. `launches()`:
 * the process id of each launch (each the leader of its process group).
 */
export function wrapBrowser(dir: string, first: string, timeoutMs: number): { launches: () => number[] } {
  const log = join(dir, 'launches');
  const wrapper = join(dir, 'browser');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nCHROMIUM=${findBrowser({})}\nLOG=${log}\nOUT=${join(dir, 'out')}\necho $$ >> $LOG\n` +
      `if [ "$(wc -l < $LOG)" -eq 1 ]; then\n${first || ':'}\nfi\nexec $CHROMIUM "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  writeFileSync(
    join(dir, 'qbr.config.yaml'),
    `company:\n  name: Initech\nbrowser:\n  executable: ${wrapper}\n  timeout_ms: ${timeoutMs}\n`,
  );
  return { launches: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map(Number) : []) };
}

/**
 * node's arguments and the environment that make the CLI run in `dir` kill its browser (the first
 * of wrapBrowser's launch log) the first time it sends `command` (kill-browser-on.mjs).
 */
export const killBrowserOn = (dir: string, command: string) => ({
  nodeArgs: ['--import', join(ROOT, 'scripts', 'fault-drill', 'kill-browser-on.mjs')],
  env: { QBR_FAULT_KILL_ON: command, QBR_FAULT_LAUNCHES: join(dir, 'launches') },
});

/** Ends a process group (a browser a wrapper started) whatever state it is in; one already ended is no error. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ended already
  }
}

/** Mounts a 256 KiB tmpfs on `dir` with `options` (root only); `fill` fills `dir/out` until the disk is full. */
export function mountTmpfs(dir: string, options: string, fill = false): boolean {
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=256k,${options}`, 'tmpfs', dir]).status !== 0) return false;
  if (fill) spawnSync('sh', ['-c', `mkdir ${dir}/out && cat /dev/zero > ${dir}/out/filler`]);
  return true;
}

/** A process id no process has now (the id of one that ended). */
export const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;
