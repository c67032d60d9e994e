/**
 * DuckDB, embedded: the npm package ships the binary with CSV, Parquet and JSON built in, and
 * nothing is downloaded at run time (extensions are neither installed nor loaded on demand).
 * A `database` file is opened read-only; the in-memory default has nothing to protect but the
 * disk, so in both cases only a SELECT runs, as DuckDB's own parser classifies the statement.
 */
import { DuckDBInstance, StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { QbrError } from '../errors.ts';
import { shownPath } from '../load/shown-path.ts';
import {
  QueryFailure,
  type QueryRows,
  type SourceConfig,
  type SourceConnection,
  type SourceContext,
} from './source-types.ts';

type DuckdbSource = Extract<SourceConfig, { type: 'duckdb' }>;

/** Opens the source's database (or an in-memory one) with relative paths starting at the config's folder. */
export async function openDuckdb(source: DuckdbSource, context: SourceContext): Promise<SourceConnection> {
  const path = source.database === undefined ? ':memory:' : resolve(context.baseDir, source.database);
  const options: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    file_search_path: context.baseDir,
    ...(source.database === undefined ? {} : { access_mode: 'READ_ONLY' }),
  };
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, options);
  } catch (error) {
    const shown = shownPath(path, context.cwd);
    throw new QbrError(
      'QBR_SOURCE',
      `source ${context.name}: cannot open the DuckDB database ${shown}: ${oneLine((error as Error).message)}`,
      'Check `database:` of the source in the config (relative to the config file).',
    );
  }
  const connection = await instance.connect();
  return {
    query: (sql) => select(connection, sql),
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function select(connection: DuckDBConnection, sql: string): Promise<QueryRows> {
  try {
    const statement = await connection.prepare(sql);
    const type = statement.statementType;
    if (type !== StatementType.SELECT) {
      throw new QueryFailure(
        `refused a statement of type ${StatementType[type] ?? type}: a source is read only (qbr runs one SELECT per file)`,
      );
    }
    const reader = await statement.runAndReadAll();
    return { columns: reader.columnNames(), rows: reader.getRowsJson() };
  } catch (error) {
    if (error instanceof QueryFailure) throw error;
    throw duckdbFailure((error as Error).message, sql);
  }
}

/**
 * DuckDB reports a position as an excerpt of the line with a caret under it (`LINE 3: ...`);
 * a long line's excerpt is cut, with `...` at the cut, so the excerpt is found in the line.
 */
export function duckdbFailure(message: string, sql: string): QueryFailure {
  const match = /\n\nLINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!match) return new QueryFailure(oneLine(message));
  const line = Number(match[1]);
  let excerpt = match[2]!;
  let caret = match[3]!.length - `LINE ${match[1]}: `.length;
  if (excerpt.startsWith('...')) [excerpt, caret] = [excerpt.slice(3), caret - 3];
  const lineText = sql.split(/\r?\n/)[line - 1] ?? '';
  const start = Math.max(0, lineText.indexOf(excerpt.replace(/\.\.\.$/, '')));
  return new QueryFailure(oneLine(message.slice(0, match.index)), { line, column: start + caret + 1 });
}

/** DuckDB's messages span lines (`Candidate bindings: ...`); a failure is one line. */
function oneLine(message: string): string {
  return message
    .trim()
    .split(/\s*\n\s*/)
    .join(' ');
}
