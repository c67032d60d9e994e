/**
 * `pull`: the config's sources queried, their rows turned into figures, and those written into
 * the account files through the import's own path (src/import/import-figures.ts's writeFigures):
 * all or nothing, comments kept, idempotent. Every query of every source runs before anything
 * is written, and any refused query, bad row or unreachable source stops the whole pull.
 */
import type { Config } from '../config/config-schema.ts';
import { QbrError } from '../errors.ts';
import type { CsvFigure } from '../import/csv-figures.ts';
import type { ImportIssue } from '../import/import-error.ts';
import { writeFigures, type AccountImport } from '../import/import-figures.ts';
import { didYouMean } from '../validate/issue-message.ts';
import { queryFigures } from './query-figures.ts';
import { runQueries } from './run-queries.ts';
import type { SourceConfig } from './source-types.ts';

export interface PullOptions {
  cwd: string;
  config: Config;
  /** The sources to pull, by name (default: every source of the config). */
  sources?: string[];
  /** The account files' folder (default `data`). */
  dataDir?: string;
  /** Only the rows of this quarter (`YYYY-Qn`). */
  quarter?: string;
  /** Query and check, write nothing. */
  dryRun?: boolean;
  /** The environment `${NAME}` in a URL is read from (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Called after each query with the number of rows it returned. */
  onQuery?: (event: { source: string; file: string; rows: number }) => void;
}

export async function pullFigures(options: PullOptions): Promise<AccountImport[]> {
  const failures: string[] = [];
  const issues: ImportIssue[] = [];
  const figures: CsvFigure[] = [];
  const files: string[] = [];
  for (const [name, source] of chosenSources(options.config, options.sources ?? [])) {
    const context = { name, baseDir: options.config.baseDir, cwd: options.cwd, env: options.env ?? process.env };
    for (const result of await runQueries(source, context, failures)) {
      options.onQuery?.({ source: name, file: result.file, rows: result.rows.length });
      files.push(result.file);
      figures.push(...queryFigures(result, options.quarter, issues, failures));
    }
  }
  if (failures.length > 0)
    throw new QbrError('QBR_SOURCE_QUERY', failures.join('\n'), 'Nothing was written. Fix the queries and pull again.');
  const { cwd, dataDir, dryRun, config } = options;
  return writeFigures({
    cwd,
    dataDir,
    dryRun,
    fiscalYear: config.fiscal_year,
    figures,
    issues,
    fileOrder: files,
    command: 'pull',
  });
}

/** The sources named (every one when none is), in the config's order. */
function chosenSources(config: Config, names: string[]): Array<[string, SourceConfig]> {
  const all = Object.entries(config.sources ?? {});
  if (all.length === 0)
    throw new QbrError(
      'QBR_USAGE',
      'the config has no sources: to pull from',
      'Add `sources:` to qbr.config.yaml (see the README), or name the config with --config FILE.',
    );
  const unknown = names.find((name) => !all.some(([n]) => n === name));
  if (unknown !== undefined) {
    const known = all.map(([n]) => n);
    throw new QbrError(
      'QBR_USAGE',
      `no source ${unknown} in the config${didYouMean(unknown, known)}`,
      `Its sources: ${known.join(', ')}.`,
    );
  }
  return names.length === 0 ? all : all.filter(([n]) => names.includes(n));
}
