/**
 * `npm run qbr -- changes [--base REF] [--markdown] [--max-bytes N] [ACCOUNT ...]`: flags,
 * the report, the exit status (0 whether or not anything changed, 1 an account file invalid on
 * either side, 2 a usage error, no git repository or no such revision).
 */
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import { defineCommand } from '../cli/command.ts';
import { usageError } from '../cli/flags.ts';
import { loadConfig } from '../config/load-config.ts';
import { EXIT, formatError } from '../errors.ts';
import { changesMarkdown } from './changes-markdown.ts';
import { changesText } from './changes-text.ts';
import { compareRevision } from './compare-revision.ts';

export const CHANGES_HELP = `Usage: npm run qbr -- changes [ACCOUNT ...] [options]

Compares the account files as they are now with the same files at a git revision, each
summarised for the same quarter: figures added or changed, promise statuses, health before and
after, signals raised and cleared; accounts added or removed. Without ACCOUNT: every data/*.yaml.

Options:
  --base REF        the revision to compare with (default: HEAD)
  --markdown        GitHub-flavoured Markdown (for a pull request's summary or comment)
  --max-bytes N     cut the report at an account's end to stay under N bytes, saying so
  --quarter 2025-Q3 the quarter both sides are summarised for (default: each account's latest with data)
  --config FILE     the config file (default: qbr.config.yaml when present)
  -h, --help        this help

Exit status: 0 compared (changed or not); 1 an account file invalid on either side; 2 usage
error, not a git repository, or no such revision.`;

/** `changes`: the report on standard output, the invalid files on standard error. */
export const changesCommand = defineCommand({
  name: 'changes',
  help: CHANGES_HELP,
  flags: {
    base: { type: 'string' },
    markdown: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    quarter: { type: 'string' },
    config: { type: 'string' },
  },
  async run({ values, positionals }, { cwd, out, err }) {
    if (values.quarter !== undefined && !QUARTER_PATTERN.test(values.quarter))
      throw usageError('changes', `--quarter takes a quarter written YYYY-Qn, like 2025-Q3; got "${values.quarter}"`);
    const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes >= 1024))
      throw usageError(
        'changes',
        `--max-bytes takes a whole number of bytes, at least 1024; got "${values['max-bytes']}"`,
      );
    const config = await loadConfig(cwd, values.config);
    const report = await compareRevision({
      cwd,
      base: values.base ?? 'HEAD',
      accounts: positionals,
      quarter: values.quarter,
      config,
    });
    for (const failure of report.failures) err.write(`${formatError(failure)}\n\n`);
    out.write(values.markdown ? changesMarkdown(report, maxBytes) : changesText(report, maxBytes));
    return report.failures.length > 0 ? EXIT.failed : EXIT.ok;
  },
});
