/**
 * The pipeline over every account named, with one browser for the run:
 *
 *   accounts  names, --all         -> files                  src/accounts.ts
 *   each account (src/build-account.ts):
 *     load      file                 -> Account              src/validate/load-account.ts
 *     quarter   Account, --quarter   -> quarter              src/analyse/review-quarter.ts
 *     skip      fingerprint          -> unchanged?           src/output/unchanged.ts
 *     analyse   Account, quarter     -> Review               src/analyse/review.ts
 *     chart     Review               -> DeckCharts           src/chart/deck-charts.ts
 *     render    Review, DeckCharts   -> DeckView -> HTML     src/render/
 *     print     HTML                 -> PDF                  src/print/print-deck.ts
 *     write     outputs              -> files                src/write/write-atomic.ts
 *   publish   the run's entries    -> manifest, portfolio    src/output/publish.ts
 *
 * Accounts go through several at once: while Chromium prints up to `concurrency` decks, the
 * next ones are loaded, analysed, charted and rendered, up to twice as many in all. The
 * library never logs or exits: it reports through `onDeck`.
 */
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import pMap from 'p-map';
import { resolveAccounts } from './accounts.ts';
import { buildAccount } from './build-account.ts';
import type { Audience, Config, Format } from './config/config-schema.ts';
import { loadConfig } from './config/load-config.ts';
import { QbrError } from './errors.ts';
import { publishQuarter, QuarterIndex } from './output/publish.ts';
import { companyLogo } from './render/logo.ts';
import type { StageTimings } from './stage-timings.ts';

/** What to build; the CLI fills it from flags over the config file. */
export interface BuildOptions {
  cwd: string;
  /** Account ids or paths to YAML files. */
  accounts: string[];
  /** Every `data/*.yaml` as well. */
  all?: boolean;
  /** The quarter under review; default: each account's latest quarter with data. */
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
  /** Replaces the browser after this many decks (default 100). */
  recycleAfter?: number;
  /** Stops the run: no new deck starts, the browser is closed, files are whole or absent. */
  signal?: AbortSignal;
}

/** Progress, one event per account, after a first `plan`. */
export type DeckEvent =
  | { type: 'plan'; total: number }
  | { type: 'done'; file: string; account: string; quarter: string; outputs: string[]; ms: number; timings: StageTimings }
  | { type: 'skipped'; file: string; account: string; quarter: string; outputs: string[] }
  | { type: 'checked'; file: string; account: string; quarter: string }
  /** Before an account's own event: something odd that does not stop it (see AccountWarning). */
  | { type: 'warning'; file: string; account: string; quarter: string; message: string }
  | { type: 'failed'; file: string; error: unknown };

export interface BuildResult {
  rendered: number;
  skipped: number;
  checked: number;
  failed: number;
  /** The quarter folders written, relative to `cwd`. */
  folders: string[];
  /** The most memory the browser was seen to use (all its processes), in bytes. */
  peakBrowserBytes: number;
}

export async function build(options: BuildOptions, onDeck: (event: DeckEvent) => void = () => {}): Promise<BuildResult> {
  const config = options.config ?? (await loadConfig(options.cwd));
  const files = await resolveAccounts(options.cwd, options.accounts, options.all ?? false);
  const formats = options.formats ?? config.output.formats;
  const concurrency = options.concurrency ?? availableParallelism();
  const check = options.check ?? false;
  // Loaded only when a PDF is asked for: puppeteer is slow to load.
  const printer = !check && formats.includes('pdf') ? new (await import('./print/printer.ts')).Printer({ browser: config.browser, concurrency, recycleAfter: options.recycleAfter }) : null;
  const outDir = resolve(options.cwd, options.outDir ?? config.output.dir);
  const index = new QuarterIndex(outDir);
  const context = { config, companyLogo: await companyLogo(config), formats, audience: options.audience ?? config.output.audience, outDir, quarter: options.quarter, check, force: options.force ?? false, printer, previous: index.previous };
  const result: BuildResult = { rendered: 0, skipped: 0, checked: 0, failed: 0, folders: [], peakBrowserBytes: 0 };
  // Closing the browser at once makes the prints under way fail fast rather than finish.
  options.signal?.addEventListener('abort', () => void printer?.close(), { once: true });
  onDeck({ type: 'plan', total: files.length });
  try {
    await pMap(files, async (file) => {
      if (options.signal?.aborted) return;
      const started = performance.now();
      try {
        const outcome = await buildAccount(file, context, (warning) => onDeck({ type: 'warning', file, ...warning }));
        if (outcome.kind === 'checked') {
          result.checked++;
          return onDeck({ type: 'checked', file, ...outcome });
        }
        index.add(outcome.entry);
        const { account, quarter, outputs } = outcome.entry;
        const shown = outputs.map((o) => relative(options.cwd, join(outDir, quarter, o)));
        if (outcome.kind === 'skipped') {
          result.skipped++;
          return onDeck({ type: 'skipped', file, account, quarter, outputs: shown });
        }
        result.rendered++;
        onDeck({ type: 'done', file, account, quarter, outputs: shown, ms: performance.now() - started, timings: outcome.timings });
      } catch (error) {
        if (options.signal?.aborted) return; // stopped under way: neither done nor failed
        if (error instanceof QbrError && error.code === 'QBR_NO_BROWSER') throw error; // no deck can print: stop now
        result.failed++;
        onDeck({ type: 'failed', file, error });
      }
    }, { concurrency: printer ? concurrency * 2 : concurrency });
  } catch (error) {
    await printer?.close();
    throw error;
  }
  // The manifests are written while the browser closes; they list what finished, so a
  // stopped run's are right too.
  const [folders] = await Promise.all([check ? [] : publishQuarter(index), printer?.close()]);
  result.folders = folders.map((dir) => relative(options.cwd, dir) || '.');
  result.peakBrowserBytes = printer?.peakBrowserBytes ?? 0;
  if (options.signal?.aborted) throw options.signal.reason;
  return result;
}
