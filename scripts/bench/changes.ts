/**
 * `npm run bench -- --only changes [--accounts 1000]`: `changes --base HEAD` as CI runs it (the
 * whole process, `node scripts/qbr.mjs changes --markdown`) in a git repository of N synthetic
 * accounts, ten of them edited since the commit. Medians of `runs`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { median } from './median.ts';
import { syntheticAccount } from './synthetic.ts';

/** How many of the accounts the edit touches, as the target is stated. */
const EDITED = 10;

export function benchChanges(
  work: string,
  root: string,
  count: number,
  runs: number,
  row: (label: string, value: string, note?: string) => void,
): void {
  const dir = join(work, 'changes');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const file = (n: number) => join(dir, 'data', `bench-${String(n).padStart(4, '0')}.yaml`);
  for (let n = 0; n < count; n++) writeFileSync(file(n), syntheticAccount(n));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'accounts');
  // Spread over the book, each edit a new value entry: a figure added, health and signals perhaps moved.
  for (let i = 0; i < Math.min(EDITED, count); i++) {
    const n = Math.floor((i * count) / EDITED);
    const account = parse(readFileSync(file(n), 'utf8')) as { value?: Array<Record<string, unknown>> };
    account.value = [
      ...(account.value ?? []),
      { quarter: '2024-Q1', amount: 250_000, description: 'Edited for the bench' },
    ];
    writeFileSync(file(n), stringify(account));
  }
  const times: number[] = [];
  let output = '';
  // Run 0 builds the bundle when the sources changed (scripts/qbr.mjs) and warms the disk: not counted.
  for (let run = -1; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'qbr.mjs'), 'changes', '--markdown'], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (run >= 0) times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`bench: changes exited ${result.status}: ${result.stderr}`);
    output = result.stdout;
  }
  const ms = median(times);
  const changed = /(\d+) accounts? changed/.exec(output)?.[1];
  console.log(
    `changes: ${count} accounts in a git repository, ${EDITED} edited since HEAD (${changed} reported), whole process, median of ${runs}`,
  );
  row(
    '  changes --base HEAD --markdown',
    `${(ms / 1000).toFixed(2)} s`,
    `target < 3 s: ${ms < 3000 ? 'met' : 'NOT MET'}`,
  );
  console.log();
}
