/**
 * The figures in a CSV table, in either shape, told apart by the header row:
 *   long: account,metric,quarter,value[,note]      one figure a row
 *   wide: account,quarter,METRIC[,METRIC ...]      one figure a non-empty cell
 * Header names are matched without regard to case. An empty cell is no value, never 0.
 * What needs the account file (does it exist, is the metric one of its promises) is checked later.
 */
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import type { ImportIssue } from './import-error.ts';
import { parseNumber } from './parse-number.ts';
import type { CsvTable } from './read-csv.ts';

/** One figure as the CSV gives it, with the header names of the cells it came from. */
export interface CsvFigure {
  file: string;
  line: number;
  /** `row`: `line` is the figure's row in a query's result (a table read by src/sources). */
  unit?: 'row' | undefined;
  account: string;
  /** Lower-cased: promise ids and the fixed metrics are lower-case. */
  metric: string;
  quarter: string;
  value: number;
  /** Written with a trailing `%`. */
  percent: boolean;
  /** A value row's description. */
  note: string | undefined;
  columns: { account: string; metric: string; quarter: string; value: string; note?: string | undefined };
}

const LONG_COLUMNS = ['account', 'metric', 'quarter', 'value', 'note'];

/**
 * A wide file has a column per metric: an account has tens of promises, so ten thousand columns
 * is far past any real export, and each row's cells are held and checked once per column.
 */
export const MAX_CSV_COLUMNS = 10_000;

/** Every figure of the table; each bad cell becomes an issue. */
export function csvFigures(table: CsvTable, issues: ImportIssue[]): CsvFigure[] {
  const names = table.header.map((name) => name.toLowerCase());
  const problem = headerProblem(names, table.header);
  if (problem) {
    issues.push({ file: table.file, line: 1, ...problem });
    return [];
  }
  return table.rows.flatMap((row) => rowFigures(table, names, row.line, row.cells, issues));
}

/** What is wrong with the header row, if anything: the shape is told by its names. */
function headerProblem(names: string[], header: string[]): { message: string; column?: string } | null {
  const duplicate = firstDuplicate(names);
  if (duplicate >= 0) return { column: header[duplicate], message: 'appears twice in the header' };
  if (names.length > MAX_CSV_COLUMNS)
    return { message: `the header row has ${names.length} columns; a file may have at most ${MAX_CSV_COLUMNS}` };
  if (!names.includes('account')) {
    const has = header.map((h) => JSON.stringify(h)).join(', ');
    return {
      message: `the header row has no account column (it has ${has}); a long file starts account,metric,quarter,value and a wide one account,quarter,METRIC...`,
    };
  }
  if (!names.includes('quarter')) return { message: 'the header row has no quarter column' };
  const unnamed = names.indexOf('');
  if (unnamed >= 0) return { message: `column ${unnamed + 1} of the header row has no name` };
  if (names.includes('metric')) {
    const unknown = names.findIndex((name) => !LONG_COLUMNS.includes(name));
    if (unknown >= 0)
      return {
        column: header[unknown],
        message:
          'is not a column of a long file (account, metric, quarter, value and note; a wide file has no metric column)',
      };
    if (!names.includes('value'))
      return {
        message:
          'the header row has a metric column but no value column: a long file is account,metric,quarter,value[,note]',
      };
  } else if (names.every((name) => name === 'account' || name === 'quarter' || name === 'note')) {
    return {
      message:
        'the header row names no metric: a wide file is account,quarter and one column per metric (a promise id, value, adoption.active, support.csat, ...)',
    };
  }
  return null;
}

/** The index of the first name seen before (empty names aside), or -1: one pass, for a header of any width. */
function firstDuplicate(names: string[]): number {
  const seen = new Set<string>();
  for (const [i, name] of names.entries()) {
    if (name !== '' && seen.has(name)) return i;
    seen.add(name);
  }
  return -1;
}

function rowFigures(
  table: CsvTable,
  names: string[],
  line: number,
  cells: string[],
  issues: ImportIssue[],
): CsvFigure[] {
  const problem = (column: string | undefined, message: string) =>
    void issues.push({ file: table.file, line, unit: table.unit, column, message });
  if (cells.length !== names.length) {
    const delimiter = table.delimiter === '\t' ? 'tab' : `"${table.delimiter}"`;
    problem(
      undefined,
      `this row has ${cells.length} cells and the header row ${names.length}: a missing or extra ${delimiter}, or a cell that needs quotes`,
    );
    return [];
  }
  const cell = (name: string) => cells[names.indexOf(name)] ?? '';
  const header = (name: string) => table.header[names.indexOf(name)] ?? name;
  const count = issues.length;
  const account = cell('account');
  if (account === '') problem(header('account'), 'is empty: which account is this row for?');
  const quarter = cell('quarter').toUpperCase();
  if (quarter === '') problem(header('quarter'), 'is empty: which quarter is this figure for?');
  else if (!QUARTER_PATTERN.test(quarter))
    problem(header('quarter'), `expected a quarter written YYYY-Qn, like 2027-Q1; got "${cell('quarter')}"`);
  const long = names.includes('metric');
  const note = names.includes('note') && cell('note') !== '' ? cell('note') : undefined;
  const metricCells = long
    ? [{ metric: cell('metric').toLowerCase(), column: header('value'), text: cell('value') }]
    : wideCells(names, table.header, cells);
  if (long && metricCells[0]!.metric === '') problem(header('metric'), 'is empty: which metric is this figure?');
  // In a wide file the note is the value column's description; alone it would be lost.
  if (!long && note !== undefined && cell('value') === '')
    problem(header('note'), 'describes a value, but this row has no value');
  const figures: CsvFigure[] = [];
  for (const { metric, column, text } of metricCells) {
    if (text === '') continue;
    const number = parseNumber(text, table.delimiter);
    if ('error' in number) {
      problem(column, number.error);
      continue;
    }
    const ownNote = long || metric === 'value' ? note : undefined;
    const columns = {
      account: header('account'),
      metric: long ? header('metric') : column,
      quarter: header('quarter'),
      value: column,
      note: ownNote === undefined ? undefined : header('note'),
    };
    figures.push({
      file: table.file,
      line,
      unit: table.unit,
      account,
      metric,
      quarter,
      value: number.value,
      percent: number.percent,
      note: ownNote,
      columns,
    });
  }
  return issues.length > count ? [] : figures;
}

/** A wide row's metric cells: every column but account, quarter and note. */
function wideCells(names: string[], header: string[], cells: string[]) {
  return names.flatMap((metric, i) =>
    metric === 'account' || metric === 'quarter' || metric === 'note'
      ? []
      : [{ metric, column: header[i]!, text: cells[i]! }],
  );
}
