/**
 * An exported CSV file as a table: UTF-8 checked, byte-order mark dropped, the delimiter read
 * from the header row, every row with the line it starts on. Problems are collected, not
 * thrown, so that every bad row of every file can be reported at once.
 */
import { parse, type CsvError, type Info } from 'csv-parse/sync';
import type { ImportIssue } from './import-error.ts';

/** `,` `;` or tab; with `;` numbers are written with a decimal comma. */
export type Delimiter = ',' | ';' | '\t';

/** One data row: its cells, trimmed, and the line of the file it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** The file as the user named it. */
  file: string;
  delimiter: Delimiter;
  /** The header row's names as written (trimmed). */
  header: string[];
  rows: CsvRow[];
  /** `row`: the table is a query's result, and a row's `line` is its number in it (src/sources). */
  unit?: 'row';
}

/** Parses a CSV file's bytes; `issues` gets every problem found (the table holds what was readable). */
export function readCsv(bytes: Uint8Array, file: string, issues: ImportIssue[]): CsvTable | null {
  const text = decodeUtf8(bytes, file, issues);
  if (text === null) return null;
  // One line ending for csv-parse: its line count goes astray on \r\n inside a quoted cell.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = headerDelimiter(body.split('\n', 1)[0]!);
  const records: CsvRow[] = [];
  const skipped = (error: CsvError | undefined) => {
    const line = error && errorLine(error);
    // After a stray quote the parser may read on as if a cell were open: one message a line.
    if (error && !issues.some((i) => i.file === file && i.line === line))
      issues.push({ file, line: line!, message: csvMessage(error) });
    return undefined;
  };
  const parsed = parse(body, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: skipped,
    info: true,
    raw: true,
  }) as unknown as Array<{ record: string[]; info: Info; raw: string }>; // its types leave out info and raw
  for (const { record, info, raw } of parsed) {
    const cells = record.map((cell) => cell.trim());
    // Spreadsheets save rows of empty cells (`;;;`) below the data: no figures there.
    if (cells.every((cell) => cell === '')) continue;
    records.push({ line: startLine(info.lines, raw), cells });
  }
  const [head, ...rows] = records;
  if (!head) {
    issues.push({
      file,
      line: 1,
      message:
        'the file is empty: it needs a header row (account,metric,quarter,value or account,quarter,METRIC...) and rows',
    });
    return null;
  }
  return { file, delimiter, header: head.cells, rows };
}

/** The delimiter the header row uses most, outside quotes: `,`, `;` or tab. */
export function headerDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>([
    [';', 0],
    ['\t', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  const [best, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return count > 0 ? best : ',';
}

/**
 * The text of a UTF-8 file, or null with an issue naming the line of the first byte that is
 * not UTF-8 (a spreadsheet's "CSV" is often Windows-1252; its "CSV UTF-8" is what we read).
 */
function decodeUtf8(bytes: Uint8Array, file: string, issues: ImportIssue[]): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    issues.push({
      file,
      line: 1,
      message: 'the file is UTF-16 text, not UTF-8: save it as "CSV UTF-8 (comma delimited)"',
    });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = 1 + bytes.subarray(0, at).filter((b) => b === 0x0a).length;
    const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, '0');
    issues.push({
      file,
      line,
      message: `the file is not UTF-8 text (byte 0x${byte} on this line; a spreadsheet's plain "CSV" is often Windows-1252): save it as "CSV UTF-8"`,
    });
    return null;
  }
}

/** Where the first malformed UTF-8 sequence starts (the decoder only says that there is one). */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const follow =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return 0;
}

/** csv-parse counts the line a record ends on; a quoted cell may span lines. */
function startLine(endLine: number, raw: string | undefined): number {
  const text = (raw ?? '').replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (text.match(/\n/g)?.length ?? 0);
}

function errorLine(error: CsvError): number {
  const lines = typeof error.lines === 'number' ? error.lines : 1;
  return error.code === 'CSV_QUOTE_NOT_CLOSED'
    ? startLine(lines, typeof error.raw === 'string' ? error.raw : undefined)
    : lines;
}

/** csv-parse's messages name its options; these say what to change in the file. */
function csvMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell starts on this line and is never closed: add the closing " (every line after it was read as part of that cell)';
    case 'INVALID_OPENING_QUOTE':
      return 'a " inside a cell that does not start with one: put the whole cell in quotes and double the " inside it ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows the closing " of a quoted cell: double a " inside a quoted cell ("")';
    default:
      return `not readable as CSV: ${error.message}`;
  }
}
