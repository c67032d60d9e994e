/** What every part of the fault drill shares: scratch projects, a run with a limit, counting what a run left. */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Ended, filesUnder, ROOT, spawnQbr } from './rigs.ts';

/** The drill's answer for one fault: one line. */
export type Drill = (work: string, options: DrillOptions) => Promise<string>;

export interface DrillOptions {
  /** Runs of the browser killed 0.7-1 s after it started (a fault that happens by chance). */
  runs: number;
  /** Trials of two runs at once into one `--out`. */
  trials: number;
}

/** No run of the drill may hang it: one past this is killed and reported as such. */
const RUN_LIMIT_MS = 240_000;

export const VALID = join(ROOT, 'test', 'fixtures', 'valid', 'account.yaml');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const ids = (count: number) =>
  Array.from({ length: count }, (_, n) => `account-${String(n + 1).padStart(2, '0')}`);

/** `work/name` with `data/` holding `count` copies of the valid fixture (account-01, ...). */
export function accountsProject(work: string, name: string, count: number): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (const id of ids(count)) cpSync(VALID, join(dir, 'data', `${id}.yaml`));
  if (!existsSync(join(dir, 'qbr.config.yaml')))
    writeFileSync(join(dir, 'qbr.config.yaml'), 'company:\n  name: Initech\n');
  return dir;
}

/** The CLI in `dir`, killed if it outlives the drill's limit (`limited` then says so). */
export async function runLimited(
  dir: string,
  args: string[],
  nodeArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<Ended & { limited: boolean }> {
  const { child, done } = spawnQbr(dir, args, nodeArgs, env);
  let limited = false;
  const timer = setTimeout(() => {
    limited = true;
    child.kill('SIGKILL');
  }, RUN_LIMIT_MS);
  const ended = await done;
  clearTimeout(timer);
  return { ...ended, limited };
}

/** How a run ended, in words: `exit 0`, `killed after 240 s (the drill's limit)`. */
export const endedText = (ended: Ended & { limited: boolean }) =>
  ended.limited ? `did not end within ${seconds(RUN_LIMIT_MS)} (killed)` : `exit ${ended.status ?? ended.signal}`;

/** The decks' PDFs under `dir/out` (the portfolio's not counted). */
export const deckPdfs = (dir: string) =>
  filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.pdf') && !f.endsWith('portfolio.pdf'));

/** Lines of standard output starting with `word` (`rendered`, `unchanged`). */
export const linesStarting = (text: string, word: string) => text.split('\n').filter((l) => l.startsWith(word)).length;
