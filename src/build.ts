/**
 * The pipeline, account by account:
 *   load -> validate -> analyse -> chart -> render -> print -> write
 * The library never logs or exits: it reports through `onDeck` and returns what happened.
 */
import { join, relative, resolve } from 'node:path';
import pMap from 'p-map';
import { resolveAccounts } from './accounts.ts';
import { review } from './analyse/review.ts';
import { reviewQuarter } from './analyse/review-quarter.ts';
import type { Audience, Config, Format } from './config/config-schema.ts';
import { loadConfig } from './config/load-config.ts';
import { renderDeck } from './deck.ts';
import { Printer } from './print/printer.ts';
import { loadAccount } from './validate/load-account.ts';
import { writeAtomic } from './write/write-atomic.ts';

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
  /** Decks printed at once (default: 2). */
  concurrency?: number;
  /** The config; read from `qbr.config.yaml` in `cwd` when absent. */
  config?: Config;
}

/** Progress, one event per account and stage boundary. */
export type DeckEvent =
  | { type: 'start'; file: string }
  | { type: 'done'; file: string; account: string; quarter: string; outputs: string[]; ms: number }
  | { type: 'checked'; file: string; account: string; quarter: string }
  | { type: 'failed'; file: string; error: unknown };

export interface BuildResult {
  succeeded: number;
  failed: number;
  outputs: string[];
}

export async function build(options: BuildOptions, onDeck: (event: DeckEvent) => void = () => {}): Promise<BuildResult> {
  const config = options.config ?? (await loadConfig(options.cwd));
  const files = await resolveAccounts(options.cwd, options.accounts, options.all ?? false);
  const formats = options.formats ?? config.output.formats;
  const printer = !options.check && formats.includes('pdf') ? new Printer(config.browser) : null;
  const context = { ...options, config, formats, printer, outDir: resolve(options.cwd, options.outDir ?? config.output.dir) };
  const result: BuildResult = { succeeded: 0, failed: 0, outputs: [] };
  try {
    await pMap(files, async (file) => {
      onDeck({ type: 'start', file });
      try {
        const outputs = await buildAccount(file, context, onDeck);
        result.succeeded++;
        result.outputs.push(...outputs);
      } catch (error) {
        result.failed++;
        onDeck({ type: 'failed', file, error });
      }
    }, { concurrency: options.concurrency ?? 2 });
  } finally {
    await printer?.close();
  }
  return result;
}

type Context = BuildOptions & { config: Config; formats: Format[]; printer: Printer | null; outDir: string };

async function buildAccount(file: string, context: Context, onDeck: (event: DeckEvent) => void): Promise<string[]> {
  const started = performance.now();
  const { account, source } = await loadAccount(file);
  const quarter = reviewQuarter(account, context.quarter);
  const facts = review(account, quarter, context.config.thresholds);
  if (context.check) {
    onDeck({ type: 'checked', file, account: account.id, quarter });
    return [];
  }
  const stem = join(context.outDir, quarter, `${account.id}-qbr-${quarter}`);
  const deckStem = context.audience === 'internal' ? `${stem}-internal` : stem;
  const outputs: string[] = [];
  if (context.formats.includes('json')) {
    await writeAtomic(`${stem}.json`, `${JSON.stringify(facts.summary, null, 2)}\n`);
    outputs.push(`${stem}.json`);
  }
  if (context.formats.includes('html') || context.formats.includes('pdf')) {
    const deck = await renderDeck(facts, source, context);
    if (context.formats.includes('html')) outputs.push(await write(`${deckStem}.html`, deck.html));
    if (deck.pdf) outputs.push(await write(`${deckStem}.pdf`, deck.pdf));
  }
  const shown = outputs.map((o) => relative(context.cwd, o));
  onDeck({ type: 'done', file, account: account.id, quarter, outputs: shown, ms: performance.now() - started });
  return shown;
}

async function write(path: string, content: string | Uint8Array): Promise<string> {
  await writeAtomic(path, content);
  return path;
}
