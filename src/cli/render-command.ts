/**
 * The render command, what `npm run qbr -- acme` runs: its flags, calling `build`, printing
 * its progress, and Ctrl-C. Merge order: built-in defaults, then qbr.config.yaml, then these flags.
 */
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import { build } from '../build.ts';
import { AUDIENCES, FORMATS, type Audience, type Format } from '../config/config-schema.ts';
import { configWarnings } from '../config/config-warnings.ts';
import { loadConfig } from '../config/load-config.ts';
import { EXIT } from '../errors.ts';
import { packageVersion } from '../paths.ts';
import { Progress } from '../progress.ts';
import { parseShard } from '../shard.ts';
import { removePendingWrites } from '../write/write-atomic.ts';
import { defineCommand, type CommandIo } from './command.ts';
import { commandList } from './commands.ts';
import { usageError, type FlagValues } from './flags.ts';

const FLAGS = {
  all: { type: 'boolean' },
  data: { type: 'string' },
  quarter: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  audience: { type: 'string' },
  check: { type: 'boolean' },
  force: { type: 'boolean' },
  config: { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  version: { type: 'boolean' },
} as const;

export const RENDER_HELP = `Usage: npm run qbr -- [accounts...] [options]
       npm run qbr -- COMMAND [arguments...] [options]

Renders quarterly business review decks from data/<id>.yaml.

Commands (each has its own --help):
${commandList()}

Accounts:
  acme                    data/acme.yaml (a path to a YAML file also works)
  --all                   every data/*.yaml
  --data DIR              the account files' folder (default: data)

Options:
  --quarter 2025-Q3       the quarter under review (default: the latest quarter in which any
                          account named has data)
  --format pdf,html,json  which outputs: pdf, html, json, pptx, eml (default: the first three; json and pptx need
                          no browser; eml, the email draft to the meeting, attaches the PDF and so writes it too)
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

/** The render command (named '': it is what runs when no command is named). */
export const renderCommand = defineCommand({
  name: '',
  help: RENDER_HELP,
  flags: FLAGS,
  async run({ values, positionals }, io) {
    if (values.version) return (io.out.write(`${packageVersion()}\n`), EXIT.ok);
    return render(checkFlags(values, positionals), io);
  },
});

type RenderFlags = ReturnType<typeof checkFlags>;

function checkFlags(values: FlagValues<typeof FLAGS>, positionals: string[]) {
  const usage = (message: string) => usageError('', message);
  if (values.quarter !== undefined && !QUARTER_PATTERN.test(values.quarter))
    throw usage(`--quarter takes a quarter written YYYY-Qn, like 2025-Q3; got "${values.quarter}"`);
  const formats = values.format?.split(',').map((s) => s.trim());
  const badFormat = formats?.find((s) => !(FORMATS as readonly string[]).includes(s));
  if (badFormat !== undefined)
    throw usage(`--format takes ${FORMATS.join(', ')} (comma-separated); got "${badFormat}"`);
  if (values.audience !== undefined && !(AUDIENCES as readonly string[]).includes(values.audience))
    throw usage(`--audience takes customer or internal; got "${values.audience}"`);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0))
    throw usage(`--concurrency takes a whole number above 0; got "${values.concurrency}"`);
  if (!values.all && positionals.length === 0) throw usage('Name an account or pass --all.');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  return {
    values,
    accounts: positionals,
    formats: formats as Format[] | undefined,
    audience: values.audience as Audience | undefined,
    concurrency,
    shard,
  };
}

async function render(flags: RenderFlags, { cwd, out, err }: CommandIo): Promise<number> {
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
    const { values } = flags;
    const config = await loadConfig(cwd, values.config);
    for (const warning of configWarnings(config)) err.write(`warning   ${warning}\n`);
    const options = {
      cwd,
      accounts: flags.accounts,
      all: values.all,
      dataDir: values.data,
      quarter: values.quarter,
      formats: flags.formats,
      outDir: values.out,
    };
    const more = {
      audience: flags.audience,
      check: values.check,
      force: values.force,
      concurrency: flags.concurrency,
      shard: flags.shard,
    };
    const result = await build({ ...options, ...more, config, signal: stop.signal }, progress.on);
    progress.finish(result, values.check ?? false);
    return result.failed > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    if (!stop.signal.aborted) throw error;
    err.write('stopped\n');
    return EXIT.stopped;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
