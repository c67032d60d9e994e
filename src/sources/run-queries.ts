/**
 * One source's queries: its folder's `*.sql` files in name order, each run whole on one
 * connection, closed after. A refused query is recorded at its file (and the line and column
 * the database gives) and the next runs, so one pull reports every broken query at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { QbrError } from '../errors.ts';
import { openSource } from './open-source.ts';
import { QueryFailure, type QueryRows, type SourceConfig, type SourceContext } from './source-types.ts';
import { shownPath } from '../load/shown-path.ts';

/** One file's result. */
export interface QueryResult extends QueryRows {
  source: string;
  /** The `.sql` file, relative to the working folder, as messages show it. */
  file: string;
}

/** Runs every query of `source`; `failures` gets `FILE.sql:LINE:COL: message` for each one refused. */
export async function runQueries(
  source: SourceConfig,
  context: SourceContext,
  failures: string[],
): Promise<QueryResult[]> {
  const folder = resolve(context.baseDir, source.queries);
  const shown = (path: string) => shownPath(path, context.cwd);
  const names = await readdir(folder).catch(() => {
    throw new QbrError(
      'QBR_SOURCE',
      `source ${context.name}: no folder ${shown(folder)} for its queries`,
      'Check `queries:` of the source in the config (relative to the config file).',
    );
  });
  const files = names
    .filter((n) => n.endsWith('.sql'))
    .sort()
    .map((n) => join(folder, n));
  if (files.length === 0)
    throw new QbrError(
      'QBR_SOURCE',
      `source ${context.name}: no .sql files in ${shown(folder)}`,
      'Each query is a file NAME.sql returning account, metric, quarter, value[, note].',
    );
  const connection = await openSource(source, context);
  const results: QueryResult[] = [];
  try {
    for (const path of files) {
      const sql = await readFile(path, 'utf8');
      try {
        results.push({ source: context.name, file: shown(path), ...(await connection.query(sql)) });
      } catch (error) {
        if (!(error instanceof QueryFailure)) throw error;
        failures.push(`${shown(path)}${where(sql, error.at)}: ${error.message}`);
      }
    }
  } finally {
    await connection.close();
  }
  return results;
}

/** `:3:14`, from an offset or a line and column; nothing when the database gave no position. */
export function where(sql: string, at: QueryFailure['at']): string {
  if (at === undefined) return '';
  if ('line' in at) return `:${at.line}:${at.column}`;
  const before = sql.slice(0, at.offset).split('\n');
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}
