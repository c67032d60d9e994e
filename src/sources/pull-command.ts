/**
 * `npm run qbr -- pull [SOURCE ...] [--data DIR] [--quarter Q] [--dry-run] [--config FILE]`:
 * flags, a line per query, the change list and summary per account as `import` prints them.
 * Exit status from src/errors.ts: 0 pulled (or nothing to change), 1 a source, query, row or
 * account file failed (nothing written), 2 a usage error.
 */
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import { defineCommand } from '../cli/command.ts';
import { usageError } from '../cli/flags.ts';
import { loadConfig } from '../config/load-config.ts';
import { EXIT } from '../errors.ts';
import { describeImport, importSummary } from '../import/import-command.ts';
import { pullFigures } from './pull-figures.ts';

export const PULL_HELP = `Usage: npm run qbr -- pull [SOURCE ...] [options]

Runs the SQL files of the config's sources (sources: in qbr.config.yaml) and writes the
figures they return into the account files, as import does. Each query returns
account, metric, quarter, value[, note]; a NULL value is no value.

Options:
  --config FILE   the config file with the sources (default: qbr.config.yaml)
  --data DIR      the account files' folder (default: data)
  --quarter Q     only the rows of this quarter, like 2026-Q4
  --dry-run       show what would change, write nothing
  -h, --help      this help

Exit status: 0 pulled; 1 a source, query or row failed (then nothing is written); 2 usage error.`;

/** `pull`: every source of the config, or those named; writes, or in a dry run shows what would change. */
export const pullCommand = defineCommand({
  name: 'pull',
  help: PULL_HELP,
  flags: {
    config: { type: 'string' },
    data: { type: 'string' },
    quarter: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async run({ values, positionals }, { cwd, out }) {
    const quarter = values.quarter?.toUpperCase();
    if (quarter !== undefined && !QUARTER_PATTERN.test(quarter))
      throw usageError('pull', `--quarter takes a quarter written YYYY-Qn, like 2026-Q4; got "${values.quarter}"`);
    const dryRun = values['dry-run'] ?? false;
    const config = await loadConfig(cwd, values.config);
    const onQuery = ({ file, rows }: { file: string; rows: number }) =>
      out.write(`${file}: ${rows} ${rows === 1 ? 'row' : 'rows'}\n`);
    const pulled = await pullFigures({
      cwd,
      config,
      sources: positionals,
      dataDir: values.data,
      quarter,
      dryRun,
      onQuery,
    });
    for (const result of pulled) out.write(describeImport(result, dryRun));
    out.write(importSummary(pulled, dryRun));
    return EXIT.ok;
  },
});
