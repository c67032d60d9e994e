/**
 * `npm run bench -- --only eml [--accounts 100] [--rounds 3]`: what `--format eml` adds to a
 * batch, as the issue states it: the CLI over N synthetic accounts (each stakeholder with an
 * email, every other account with a `next_review`, so half the drafts carry an invitation with
 * the PDF inside) with the batch's formats and with `eml` besides, wall clock. The two runs of a
 * round are a few seconds apart and take turns going first, as a shared machine drifts; the
 * median of the rounds' differences is the figure, with node's and the browser's CPU beside it
 * (each read to a quarter of a second: at 100 decks, within 2.5 ms a deck). The target: at most
 * 10 ms a deck.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Format } from '../../src/config/config-schema.ts';
import { syntheticAccount } from './synthetic.ts';
import { median } from './median.ts';

const NEXT_REVIEW = {
  date: '2027-03-29',
  time: '15:00',
  duration_minutes: 60,
  timezone: 'Europe/Berlin',
  location: 'https://meet.example/review',
};

/** A synthetic account made ready for a draft: emails on both sides, and for even `n` the meeting. */
function accountWithMeeting(n: number): string {
  const account = parse(syntheticAccount(n)) as {
    team: Array<{ name: string; email?: string }>;
    stakeholders: Array<{ name: string; email?: string }>;
    next_review?: object;
  };
  const email = (name: string, domain: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`;
  for (const person of account.team) person.email = email(person.name, 'vendor.example');
  for (const person of account.stakeholders) person.email = email(person.name, 'customer.example');
  if (n % 2 === 0) account.next_review = NEXT_REVIEW;
  return stringify(account);
}

interface CliRun {
  ms: number;
  cpu: { node: number; rest: number | null };
}

export interface EmlBench {
  work: string;
  count: number;
  rounds: number;
  /** The batch's formats (default the config's: pdf, html, json). */
  formats: Format[] | undefined;
  runCli: (args: string[], cwd: string) => Promise<CliRun>;
  freshStart: (outDir: string) => void;
  row: (label: string, value: string, note?: string) => void;
}

export async function benchEml({ work, count, rounds, formats, runCli, freshStart, row }: EmlBench): Promise<void> {
  const dir = join(work, 'eml');
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (let n = 0; n < count; n++)
    writeFileSync(join(dir, 'data', `bench-${String(n).padStart(4, '0')}.yaml`), accountWithMeeting(n));
  // The bundle is rebuilt when the sources changed: not in a timed run.
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'qbr.mjs'), '--help'], { stdio: 'ignore' });
  const without = (formats ?? ['pdf', 'html', 'json']).filter((format) => format !== 'eml');
  const batches = { without, with: [...without, 'eml'] };
  const runs: Array<Record<keyof typeof batches, CliRun>> = [];
  for (let round = 0; round < rounds; round++) {
    const order: Array<keyof typeof batches> = round % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
    const run = {} as Record<keyof typeof batches, CliRun>;
    for (const kind of order) {
      freshStart(join(dir, 'out'));
      run[kind] = await runCli(['--format', batches[kind].join(','), '--force'], dir);
    }
    runs.push(run);
  }
  const perDeck = (pick: (run: CliRun) => number) => median(runs.map((r) => (pick(r.with) - pick(r.without)) / count));
  const list = (kind: keyof typeof batches) => runs.map((r) => (r[kind].ms / 1000).toFixed(2)).join(', ');
  console.log(
    `--format eml: ${count} synthetic accounts (half with an invitation), --format ${batches.without.join(',')} ` +
      `against ${batches.with.join(',')}; ${rounds} rounds, each with and without, in turns`,
  );
  row('  batch without eml', `${(median(runs.map((r) => r.without.ms)) / 1000).toFixed(2)} s`, `(${list('without')})`);
  row('  batch with eml', `${(median(runs.map((r) => r.with.ms)) / 1000).toFixed(2)} s`, `(${list('with')})`);
  const added = perDeck((run) => run.ms);
  const differences = runs.map((r) => ((r.with.ms - r.without.ms) / count).toFixed(1)).join(', ');
  row(
    '  added a deck',
    `${added.toFixed(1)} ms`,
    `target <= 10 ms: ${added <= 10 ? 'met' : 'NOT MET'} (rounds: ${differences})`,
  );
  const browser = runs.every((r) => r.with.cpu.rest !== null && r.without.cpu.rest !== null)
    ? `, browser and rest ${perDeck((run) => run.cpu.rest!).toFixed(1)} ms`
    : '';
  row('  CPU added a deck', `${perDeck((run) => run.cpu.node).toFixed(1)} ms`, `node${browser}`);
}
