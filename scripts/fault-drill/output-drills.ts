/**
 * Issue 26, items 3, 4 and 5: two runs into one `--out`, a run killed with SIGKILL 2.5 s in,
 * and an `--out` that cannot be written (a full disk, a read-only mount, a file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from '../../src/paths.ts';
import {
  type Drill,
  accountsProject,
  deckPdfs,
  endedText,
  ids,
  linesStarting,
  runLimited,
  seconds,
} from './drill-kit.ts';
import { filesUnder, mountTmpfs, spawnQbr } from './rigs.ts';

const manifestAccounts = (out: string) =>
  (JSON.parse(readFileSync(join(out, '2025-Q1', 'team', 'manifest.json'), 'utf8')) as { accounts: unknown[] }).accounts
    .length;

export const twoRuns: Drill = async (work, { trials }) => {
  const dir = accountsProject(work, 'two-runs', 40);
  const all = ids(40);
  const held: Array<number | 'a run failed'> = [];
  for (let trial = 0; trial < trials; trial++) {
    const out = `out-${trial}`;
    const args = ['--format', 'json,html', '--out', out];
    const ended = await Promise.all([
      spawnQbr(dir, [...all.slice(0, 20), ...args]).done,
      spawnQbr(dir, [...all.slice(20), ...args]).done,
    ]);
    held.push(ended.every((e) => e.status === 0) ? manifestAccounts(join(dir, out)) : 'a run failed');
  }
  const whole = held.filter((n) => n === 40).length;
  return `${trials} trials of 01-20 beside 21-40: the manifest held ${held.join(', ')} of 40 entries (${whole} of ${trials} whole)`;
};

const KILL_AT_MS = 2_500;
const temporaries = (dir: string) => filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.tmp')).length;
/** Browser profiles a run left in qbr's folder of them (each named after the qbr process). */
const profilesOf = (pid: number) => {
  const profiles = join(CACHE_DIR, 'browser-profiles');
  return existsSync(profiles) ? readdirSync(profiles).filter((name) => name.startsWith(`${pid}-`)).length : 0;
};

export const killedRun: Drill = async (work) => {
  const dir = accountsProject(work, 'killed-run', 40);
  const { child, done } = spawnQbr(dir, ['--all']);
  await new Promise((resolve) => setTimeout(resolve, KILL_AT_MS));
  child.kill('SIGKILL');
  await done;
  const written = deckPdfs(dir).length;
  const left = { temporaries: temporaries(dir), profiles: profilesOf(child.pid!) };
  const next = await runLimited(dir, ['--all']);
  return (
    `killed at ${seconds(KILL_AT_MS)} with ${written} decks written; the next run (${endedText(next)}) ` +
    `re-rendered ${linesStarting(next.stdout, 'rendered')} of 40 and skipped ${linesStarting(next.stdout, 'unchanged')}; ` +
    `temporary files ${left.temporaries} after the kill, ${temporaries(dir)} after the next run; ` +
    `browser profiles ${left.profiles} after the kill, ${profilesOf(child.pid!)} after the next run`
  );
};

/** One run of six accounts into `out`: how long to the error, how many decks before it, its first line. */
async function intoUnwritable(work: string, name: string, out: string): Promise<string> {
  const dir = accountsProject(work, name, 6);
  const ended = await runLimited(dir, ['--all', '--out', out]);
  const said = ended.stderr.split('\n')[0]!.replace(out, 'OUT');
  return `${endedText(ended)} in ${seconds(ended.ms)} after ${linesStarting(ended.stdout, 'rendered')} decks: "${said}"`;
}

export const writeFaults: Drill = async (work) => {
  const file = join(work, 'out-file');
  writeFileSync(file, 'a file');
  const answers = [`--out a file: ${await intoUnwritable(work, 'out-file-run', file)}`];
  if (process.getuid?.() !== 0) return `${answers[0]}; full disk and read-only: skipped (mounting a tmpfs needs root)`;
  for (const [kind, options, fill] of [
    ['full disk', 'rw', true],
    ['read-only', 'ro', false],
  ] as const) {
    const mount = join(work, `mount-${options}`);
    mkdirSync(mount);
    if (!mountTmpfs(mount, options, fill)) {
      answers.push(`${kind}: skipped (mount failed)`);
      continue;
    }
    try {
      answers.push(`${kind}: ${await intoUnwritable(work, `${options}-run`, join(mount, 'out'))}`);
    } finally {
      spawnSync('umount', [mount]);
    }
  }
  return answers.join('; ');
};
