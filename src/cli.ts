#!/usr/bin/env node
/**
 * The command line: parses flags, calls `build`, prints, and is the only place that sets the
 * exit code, with the statuses of src/errors.ts (EXIT, EXIT_STATUS). Merge order: built-in defaults,
 * then qbr.config.yaml, then these flags.
 */
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { Progress } from './progress.ts';
import { AUDIENCES, FORMATS, type Audience, type Format } from './config/config-schema.ts';
import { loadConfig } from './config/load-config.ts';
import { EXIT, QbrError, formatError } from './errors.ts';
import { QUARTER_PATTERN } from './analyse/quarter.ts';
import { removePendingWrites } from './write/write-atomic.ts';
import { packageVersion } from './paths.ts';
import { parseShard } from './shard.ts';

export const HELP = `Usage: npm run qbr -- [accounts...] [options]
       npm run qbr -- merge DIR [DIR ...] --out OUT   (see merge --help)

Renders quarterly business review decks from data/<id>.yaml.

Commands (each has its own --help):
  import FILE.csv ...     writes a quarter's figures from CSV exports into the account files
  new ID                  writes a new account file, a commented skeleton to fill in
  preview ACCOUNT         serves the deck on 127.0.0.1 and reloads it on every save

Accounts:
  acme                    data/acme.yaml (a path to a YAML file also works)
  --all                   every data/*.yaml

Options:
  --quarter 2025-Q3       the quarter under review (default: the latest quarter in which any
                          account named has data)
  --format pdf,html,json  which outputs: pdf, html, json, pptx (default: the first three; json and pptx need no browser)
  --out DIR               where to write (default: out)
  --audience customer     customer (default) or internal: adds the account team's prep pages
  --check                 validate only, write nothing
  --force                 render even accounts whose inputs have not changed
  --config FILE           the config file (default: qbr.config.yaml when present)
  --concurrency N         decks printed at once (default: the number of cores)
  --shard I/N             only shard I of N of the accounts (the quarter is still chosen over all)
  -h, --help              this help
  --version               the version

Exit status: 0 every account rendered; 1 any account failed; 2 usage error; 130 stopped by Ctrl-C.`;

const USAGE_HINT = 'Run `npm run qbr -- --help` for the flags.';

function usage(message: string): never {
  throw new QbrError('QBR_USAGE', message, USAGE_HINT);
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean' },
      quarter: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      audience: { type: 'string' },
      check: { type: 'boolean' },
      force: { type: 'boolean' },
      config: { type: 'string' },
      concurrency: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.quarter !== undefined && !QUARTER_PATTERN.test(values.quarter)) usage(`--quarter takes a quarter written YYYY-Qn, like 2025-Q3; got "${values.quarter}"`);
  const formats = values.format?.split(',').map((s) => s.trim());
  const badFormat = formats?.find((s) => !(FORMATS as readonly string[]).includes(s));
  if (badFormat !== undefined) usage(`--format takes ${FORMATS.join(', ')} (comma-separated); got "${badFormat}"`);
  if (values.audience !== undefined && !(AUDIENCES as readonly string[]).includes(values.audience)) usage(`--audience takes customer or internal; got "${values.audience}"`);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) usage(`--concurrency takes a whole number above 0; got "${values.concurrency}"`);
  if (!values.help && !values.version && !values.all && positionals.length === 0) usage('Name an account or pass --all.');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  return { values, positionals, formats: formats as Format[] | undefined, audience: values.audience as Audience | undefined, concurrency, shard };
}

/** Runs the CLI; returns the exit status. Exported so tests can run it in-process. */
export async function main(argv: string[], cwd = process.cwd(), out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  // Subcommands, each with its own flags; an account named like one is given by its path.
  // Loaded only when named: a deck run does not pay for the CSV parser or the file watcher.
  if (argv[0] === 'import') return (await import('./import/import-command.ts')).importCommand(argv.slice(1), cwd, out, err);
  if (argv[0] === 'new') return (await import('./scaffold/new-command.ts')).newCommand(argv.slice(1), cwd, out, err);
  if (argv[0] === 'preview') return (await import('./preview/preview-command.ts')).previewCommand(argv.slice(1), cwd, out, err);
  if (argv[0] === 'merge') return (await import('./commands/merge.ts')).mergeCommand(argv.slice(1), cwd, out, err);
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    // What node's parser refuses (an unknown flag, a missing value) is a usage error like ours.
    const refusedByNode = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof QbrError) && !refusedByNode) throw error;
    const refused = error instanceof QbrError ? error : new QbrError('QBR_USAGE', (error as Error).message, USAGE_HINT);
    err.write(`${formatError(refused)}\n`);
    return refused.exitStatus;
  }
  if (args.values.help) return out.write(`${HELP}\n`), EXIT.ok;
  if (args.values.version) return out.write(`${packageVersion()}\n`), EXIT.ok;
  const progress = new Progress(cwd, out, err);
  const stop = new AbortController();
  // Ctrl-C (or a CI job's SIGTERM): no new deck starts, Chromium is closed, files are whole or
  // absent. A second one exits at once, removing the temporary files of writes under way.
  const onSignal = () => {
    if (stop.signal.aborted) {
      removePendingWrites();
      process.exit(EXIT.stopped);
    }
    err.write('\nstopping: no new deck starts (Ctrl-C again to quit at once)\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const config = await loadConfig(cwd, args.values.config);
    const result = await build(
      {
        cwd,
        accounts: args.positionals,
        all: args.values.all,
        quarter: args.values.quarter,
        formats: args.formats,
        outDir: args.values.out,
        audience: args.audience,
        check: args.values.check,
        force: args.values.force,
        concurrency: args.concurrency,
        shard: args.shard,
        config,
        signal: stop.signal,
      },
      progress.on,
    );
    progress.finish(result, args.values.check ?? false);
    return result.failed > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    if (stop.signal.aborted) {
      err.write('stopped\n');
      return EXIT.stopped;
    }
    if (error instanceof QbrError) {
      err.write(`${formatError(error)}\n`);
      return error.exitStatus;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
