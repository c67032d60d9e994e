/**
 * A query's rows as the figures of a CSV file in the long shape (src/import/csv-figures.ts),
 * so a row is checked with the same words: a bad row is `FILE.sql row N column NAME: ...`.
 * Column names are matched without regard to case; NULL is no value, never 0.
 */
import { csvFigures, type CsvFigure } from '../import/csv-figures.ts';
import type { ImportIssue } from '../import/import-error.ts';
import type { QueryResult } from './run-queries.ts';

const REQUIRED = ['account', 'metric', 'quarter', 'value'];
const COLUMNS = [...REQUIRED, 'note'];
const SHAPE = 'a query returns account, metric, quarter, value and optionally note';

/**
 * The result's figures (only `quarter`'s rows when given). A result without the columns is one
 * line in `failures`; each bad row an issue.
 */
export function queryFigures(
  result: QueryResult,
  quarter: string | undefined,
  issues: ImportIssue[],
  failures: string[],
): CsvFigure[] {
  const problem = columnProblem(result.columns);
  if (problem) {
    failures.push(`${result.file}: ${problem}`);
    return [];
  }
  const names = result.columns.map((c) => c.toLowerCase());
  const quarterAt = names.indexOf('quarter');
  const rows = result.rows.map((row, i) => ({ line: i + 1, cells: row.map(cellText) }));
  const kept = quarter === undefined ? rows : rows.filter((row) => row.cells[quarterAt]!.toUpperCase() === quarter);
  return csvFigures({ file: result.file, delimiter: ',', header: result.columns, rows: kept, unit: 'row' }, issues);
}

function columnProblem(columns: string[]): string | null {
  const names = columns.map((c) => c.toLowerCase());
  const has = `its columns: ${columns.join(', ') || 'none'}`;
  const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (twice >= 0) return `returns the column ${columns[twice]} twice (${has}); ${SHAPE}`;
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0)
    return `returns no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (${has}); ${SHAPE}`;
  const extra = columns.filter((_, i) => !COLUMNS.includes(names[i]!));
  if (extra.length > 0) return `returns ${extra.join(', ')}, not read by qbr (${has}); ${SHAPE}`;
  return null;
}

/** A value as the text a CSV cell would hold: NULL empty, numbers written out in full (no `1e-7`). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value) && /e/i.test(String(value))) {
    return value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 17 });
  }
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
