/**
 * Before any deck is made: every account named is loaded, the run's one quarter is chosen over
 * all of them, and this shard's share is picked. Shards all load every account, so each shard
 * of a run reviews the same quarter.
 */
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import pMap from 'p-map';
import type { FiscalYear } from './calendar/fiscal-year.ts';
import { compareQuarters, type Quarter } from './calendar/quarter.ts';
import { contractStartQuarter, runQuarter } from './analyse/review-quarter.ts';
import { ParseCache } from './load/parse-cache.ts';
import { keptSource } from './load/source-file.ts';
import { inShard, type Shard } from './shard.ts';
import { loadAccount, type LoadedAccount } from './validate/load-account.ts';

/** An account of the run, and what is to be done with it. */
export type PlannedAccount =
  | { kind: 'review'; file: string; loaded: LoadedAccount }
  /** Its contract starts after the run's quarter: listed, not reviewed. */
  | { kind: 'not_started'; file: string; loaded: LoadedAccount; starts: Quarter }
  /** It could not be read: `id` is taken from the file name. */
  | { kind: 'unreadable'; file: string; id: string; error: unknown };

export interface RunPlan {
  /** The quarter under review; null when none was asked for and no account has data. */
  quarter: Quarter | null;
  /** This shard's accounts (all of them without a shard), in the order named. */
  accounts: PlannedAccount[];
}

export interface PlanOptions {
  /** The quarter asked for (`--quarter`); chosen over all the accounts when absent. */
  quarter?: Quarter | undefined;
  fiscalYear: FiscalYear;
  shard?: Shard | undefined;
}

export async function planRun(files: string[], options: PlanOptions): Promise<RunPlan> {
  // Each account is kept without its parse until it is reviewed (see keptSource).
  const keep = ({ account, source }: LoadedAccount): LoadedAccount => ({ account, source: keptSource(source) });
  const cache = await ParseCache.open();
  const read = await pMap(
    files,
    (file) =>
      loadAccount(file, { cache, fiscalYear: options.fiscalYear }).then(
        (loaded) => ({ file, loaded: keep(loaded) }),
        (error: unknown) => ({ file, error }),
      ),
    {
      concurrency: availableParallelism() * 2,
    },
  );
  await cache.save();
  const accounts = read.flatMap((r) => ('loaded' in r ? [r.loaded.account] : []));
  const quarter = options.quarter ?? runQuarter(accounts);
  const mine = read.filter(
    (r) => !options.shard || inShard('loaded' in r ? r.loaded.account.id : idFromFile(r.file), options.shard),
  );
  return {
    quarter,
    accounts: mine.map((r): PlannedAccount => {
      if (!('loaded' in r)) return { kind: 'unreadable', file: r.file, id: idFromFile(r.file), error: r.error };
      const starts = contractStartQuarter(r.loaded.account, options.fiscalYear);
      // A quarter asked for by name is checked per account, and fails one before its contract (section 2).
      if (!options.quarter && quarter && compareQuarters(starts, quarter) > 0)
        return { kind: 'not_started', file: r.file, loaded: r.loaded, starts };
      return { kind: 'review', file: r.file, loaded: r.loaded };
    }),
  };
}

/** The id an account file gives when it cannot be read: its name, as `loadAccount` would take it. */
export const idFromFile = (file: string): string => basename(file, extname(file));
