/**
 * The pipeline over every account named, with one browser for the run:
 *
 *   plan      names, --all, --shard -> accounts, quarter   src/accounts.ts, src/plan-run.ts
 *     (every account is loaded, and the run's one quarter chosen over all of them)
 *   each account of this shard (src/build-account.ts):
 *     quarter   Account, run quarter -> quarter              src/analyse/review-quarter.ts
 *     skip      fingerprint          -> unchanged?           src/output/unchanged.ts
 *     analyse   Account, quarter     -> AccountReview        src/analyse/review.ts
 *     chart     AccountReview        -> DeckCharts           src/chart/deck-charts.ts
 *     render    AccountReview, charts -> DeckView -> HTML    src/render/
 *     print     HTML                 -> PDF                  src/print/print-deck.ts
 *     write     outputs              -> files                src/write/write-atomic.ts
 *   (the quarter's folder is proved writable before the first account: src/write/ready-folder.ts)
 *   publish   the run's entries    -> manifest, portfolio    src/output/publish.ts
 *
 * Accounts go through several at once: while Chromium prints up to `concurrency` decks, the
 * next ones are analysed, charted and rendered, up to twice as many in all. The
 * library never logs or exits: it reports through `onDeck`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import pMap from 'p-map';
import { resolveAccounts } from './accounts.ts';
import { buildAccount, type AccountContext } from './build-account.ts';
import { withRequiredFormats, type Audience, type Config, type Format } from './config/config-schema.ts';
import type { Printer } from './print/printer.ts';
import { companyName, loadConfig } from './config/load-config.ts';
import { failedEntry, notStartedEntry } from './output/manifest.ts';
import { publishQuarters, QuarterManifests } from './output/publish.ts';
import { planRun, type PlannedAccount } from './plan-run.ts';
import { companyLogo } from './render/logo.ts';
import type { StageTimings } from './stage-timings.ts';
import { shardLabel, type Shard } from './shard.ts';
import { readyFolder } from './write/ready-folder.ts';
import { shownPath } from './load/shown-path.ts';

/** What to build; the CLI fills it from flags over the config file. */
export interface BuildOptions {
  cwd: string;
  /** Account ids or paths to YAML files. */
  accounts: string[];
  /** Every `data/*.yaml` (every `<dataDir>/*.yaml`) as well. */
  all?: boolean;
  /** The account files' folder, relative to `cwd`, where ids and `all` are looked up (default `data`). */
  dataDir?: string;
  /** The quarter under review; default: the latest quarter in which any account named has data. */
  quarter?: string;
  formats?: Format[];
  outDir?: string;
  audience?: Audience;
  /** Validate only; write nothing. */
  check?: boolean;
  /** Render even when nothing changed since the outputs were written. */
  force?: boolean;
  /** Decks printed at once (default: the number of cores). */
  concurrency?: number;
  /** The config; read from `qbr.config.yaml` in `cwd` when absent. */
  config?: Config;
  /** Replaces the browser after this many decks (default 1000; see Printer). */
  recycleAfter?: number;
  /** Stops the run: no new deck starts, the browser is closed, files are whole or absent. */
  signal?: AbortSignal;
  /** Renders only this shard of the accounts; the quarter is still chosen over them all. */
  shard?: Shard;
}

/** Progress, one event per account, after a first `plan`. */
export type DeckEvent =
  | { type: 'plan'; total: number }
  | {
      type: 'done';
      file: string;
      account: string;
      quarter: string;
      outputs: string[];
      ms: number;
      timings: StageTimings;
    }
  | { type: 'skipped'; file: string; account: string; quarter: string; outputs: string[] }
  | { type: 'checked'; file: string; account: string; quarter: string }
  /** Before an account's own event: something odd that does not stop it (see AccountWarning). */
  | { type: 'warning'; file: string; account: string; quarter: string; message: string }
  | { type: 'not_started'; file: string; account: string; quarter: string; starts: string }
  | { type: 'failed'; file: string; error: unknown };

export interface BuildResult {
  rendered: number;
  skipped: number;
  checked: number;
  /** Accounts whose contract starts after the quarter: listed, not reviewed. */
  notStarted: number;
  failed: number;
  /** The quarter under review (null when none was asked for and no account has data). */
  quarter: string | null;
  /** The quarter folders written, relative to `cwd`. */
  folders: string[];
  /** The most memory the browser was seen to use (all its processes), in bytes. */
  peakBrowserBytes: number;
}

export async function build(
  options: BuildOptions,
  onDeck: (event: DeckEvent) => void = () => {},
): Promise<BuildResult> {
  const config = options.config ?? (await loadConfig(options.cwd));
  const check = options.check ?? false;
  const formats = withRequiredFormats(options.formats ?? config.output.formats);
  const concurrency = options.concurrency ?? availableParallelism();
  const outDir = resolve(options.cwd, options.outDir ?? config.output.dir);
  const ourLogo = await companyLogo(config);
  const printer = check || !formats.includes('pdf') ? null : await startPrinter(options, config, concurrency, outDir);
  try {
    const files = await resolveAccounts(options.cwd, options.accounts, options.all ?? false, options.dataDir);
    const plan = await planRun(files, {
      quarter: options.quarter,
      fiscalYear: config.fiscal_year,
      shard: options.shard,
    });
    const index = new QuarterManifests(outDir);
    if (plan.quarter && !check) {
      // The quarter's folder is written even when this shard has no account in it, so merge finds every shard's.
      index.include(plan.quarter);
      await readyFolder(join(outDir, plan.quarter));
    }
    const context: AccountContext = {
      config,
      companyLogo: ourLogo,
      formats,
      audience: options.audience ?? config.output.audience,
      outDir,
      quarter: plan.quarter ?? undefined,
      check,
      force: options.force ?? false,
      printer,
      previous: index.previous,
    };
    const result: BuildResult = {
      rendered: 0,
      skipped: 0,
      checked: 0,
      notStarted: 0,
      failed: 0,
      quarter: plan.quarter,
      folders: [],
      peakBrowserBytes: 0,
    };
    onDeck({ type: 'plan', total: plan.accounts.length });
    // While Chromium prints up to `concurrency` decks, as many more are analysed, charted and rendered.
    await pMap(plan.accounts, accountStep({ options, context, index, result, onDeck }), {
      concurrency: printer ? concurrency * 2 : concurrency,
    });
    // The manifests list what finished, so a stopped run's are right too; its portfolio is not printed.
    const portfolioPrinter = options.signal?.aborted || printer?.failed ? null : printer;
    const run = {
      fiscalYear: config.fiscal_year,
      shard: options.shard && shardLabel(options.shard),
      author: companyName(config, config.language),
      language: config.language,
      colors: config.company.colors,
      force: options.force,
      printer: portfolioPrinter,
    };
    const folders = check ? [] : await publishQuarters(index, run);
    result.folders = folders.map((dir) => shownPath(dir, options.cwd));
    result.peakBrowserBytes = printer?.peakBrowserBytes ?? 0;
    if (options.signal?.aborted) throw options.signal.reason;
    return result;
  } finally {
    await printer?.close();
  }
}

/**
 * The run's printer. A run that will print for certain (forced, or into an output folder not
 * made yet) starts the browser now, to boot while the accounts load; any other starts it for its
 * first changed deck. A stop closes it at once, so the prints under way fail fast.
 */
async function startPrinter(
  options: BuildOptions,
  config: Config,
  concurrency: number,
  outDir: string,
): Promise<Printer> {
  // Loaded only when a PDF is asked for: puppeteer is slow to load.
  const { Printer } = await import('./print/printer.ts');
  const printer = new Printer({ browser: config.browser, concurrency, recycleAfter: options.recycleAfter });
  if (options.force || !existsSync(outDir)) printer.warmUp();
  options.signal?.addEventListener('abort', () => void printer.close(), { once: true });
  return printer;
}

interface StepInput {
  options: BuildOptions;
  context: AccountContext;
  /** Where each account's entry goes: the quarter's manifest. */
  index: Pick<QuarterManifests, 'add'>;
  result: BuildResult;
  onDeck: (event: DeckEvent) => void;
}

/** What happens to one planned account: reviewed, listed as not started, or failed; each one entered in the manifest. */
function accountStep({ options, context, index, result, onDeck }: StepInput) {
  const quarter = context.quarter;
  const fail = (file: string, id: string, account: Parameters<typeof failedEntry>[1], error: unknown) => {
    result.failed++;
    if (quarter && !context.check) void index.add(failedEntry(id, account, quarter, error));
    onDeck({ type: 'failed', file, error });
  };
  return async (planned: PlannedAccount): Promise<void> => {
    if (options.signal?.aborted) return;
    const { file } = planned;
    if (planned.kind === 'unreadable') return fail(file, planned.id, null, planned.error);
    const { account } = planned.loaded;
    if (planned.kind === 'not_started') {
      result.notStarted++;
      if (!context.check) void index.add(notStartedEntry(account, quarter!));
      return onDeck({ type: 'not_started', file, account: account.id, quarter: quarter!, starts: planned.starts });
    }
    const started = performance.now();
    try {
      const outcome = await buildAccount(planned.loaded, context, (warning) =>
        onDeck({ type: 'warning', file, ...warning }),
      );
      if (outcome.kind === 'checked') {
        result.checked++;
        return onDeck({ type: 'checked', file, ...outcome });
      }
      await index.add(outcome.entry);
      const shown = outcome.entry.outputs.map((o) =>
        shownPath(join(context.outDir, outcome.entry.quarter, o), options.cwd),
      );
      const event = { file, account: outcome.entry.account, quarter: outcome.entry.quarter, outputs: shown };
      if (outcome.kind === 'skipped') {
        result.skipped++;
        return onDeck({ type: 'skipped', ...event });
      }
      result.rendered++;
      onDeck({ type: 'done', ...event, ms: performance.now() - started, timings: outcome.timings });
    } catch (error) {
      if (options.signal?.aborted) return; // stopped under way: neither done nor failed
      fail(file, account.id, account, error);
    }
  };
}
