/**
 * `npm run qbr -- preview ACCOUNT [--port N] [--audience internal]`: flags, what it prints,
 * and Ctrl-C. Exit status: 0 when stopped with Ctrl-C (the way a preview ends), 1 the port is
 * taken, 2 a usage error or no such account.
 */
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import { defineCommand } from '../cli/command.ts';
import { usageError, type FlagValues } from '../cli/flags.ts';
import { AUDIENCES, type Audience } from '../config/config-schema.ts';
import { EXIT, QbrError, formatError } from '../errors.ts';
import { DEFAULT_PREVIEW_PORT, startPreview, type PreviewEvent } from './preview-server.ts';

export const PREVIEW_HELP = `Usage: npm run qbr -- preview ACCOUNT [options]

Serves the account's deck on http://127.0.0.1:${DEFAULT_PREVIEW_PORT}/ and makes it again, and reloads the
page, whenever the account file, its logo, the config or a template is saved. An invalid file
shows its errors as the page. Ctrl-C stops it.

Options:
  --port N                the port (default: ${DEFAULT_PREVIEW_PORT}; 0 picks a free one)
  --audience customer     customer (default) or internal
  --quarter 2025-Q3       the quarter under review (default: the latest with data)
  --config FILE           the config file (default: qbr.config.yaml when present)
  --data DIR              the account files' folder (default: data)
  -h, --help              this help

Exit status: 0 stopped with Ctrl-C; 1 the port is in use; 2 usage error or no such account.`;

const FLAGS = {
  port: { type: 'string' },
  audience: { type: 'string' },
  quarter: { type: 'string' },
  config: { type: 'string' },
  data: { type: 'string' },
} as const;

/** `preview`: serves the deck until Ctrl-C (SIGINT) or SIGTERM. */
export const previewCommand = defineCommand({
  name: 'preview',
  help: PREVIEW_HELP,
  flags: FLAGS,
  async run({ values, positionals }, { cwd, out, err }) {
    const options = checkFlags(values, positionals);
    const report = (event: PreviewEvent) => {
      if (event.type === 'built') out.write(`rebuilt in ${Math.round(event.ms)} ms\n`);
      else err.write(`${describeFailure(event)}\n`);
    };
    const preview = await startPreview({ ...options, cwd }, report);
    out.write(`preview of ${preview.file}: ${preview.url} (Ctrl-C stops it)\n`);
    if (preview.first.type === 'failed') report(preview.first);
    await new Promise<void>((stopped) => {
      process.once('SIGINT', stopped);
      process.once('SIGTERM', stopped);
    });
    await preview.close();
    out.write('\nstopped\n');
    return EXIT.ok;
  },
});

function checkFlags(values: FlagValues<typeof FLAGS>, positionals: string[]) {
  const usage = (message: string) => usageError('preview', message);
  if (positionals.length !== 1) throw usage('preview takes one account, like: preview acme');
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(/^\d+$/.test(values.port!) && port <= 65535))
    throw usage(`--port takes a port number from 0 to 65535; got "${values.port}"`);
  if (values.audience !== undefined && !(AUDIENCES as readonly string[]).includes(values.audience))
    throw usage(`--audience takes customer or internal; got "${values.audience}"`);
  if (values.quarter !== undefined && !QUARTER_PATTERN.test(values.quarter))
    throw usage(`--quarter takes a quarter written YYYY-Qn, like 2025-Q3; got "${values.quarter}"`);
  return {
    account: positionals[0]!,
    port,
    audience: values.audience as Audience | undefined,
    quarter: values.quarter,
    config: values.config,
    dataDir: values.data,
  };
}

function describeFailure(event: PreviewEvent & { type: 'failed' }): string {
  const what =
    event.error instanceof QbrError
      ? formatError(event.error)
      : event.error instanceof Error
        ? (event.error.stack ?? event.error.message)
        : String(event.error);
  return `${event.file}: the deck cannot be made; the page shows why:\n${what}`;
}
