/**
 * `import`: quarterly figures from CSV exports into the account files. Every file and row is
 * checked, and every account file's result validated, before any file is written; one bad row
 * anywhere and an ImportError lists them all. Each file is then written whole (writeAtomic), one
 * after another: a run killed between two leaves some accounts updated (README). The library never prints.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CALENDAR_YEAR, type FiscalYear } from '../calendar/fiscal-year.ts';
import { QbrError } from '../errors.ts';
import { shownPath } from '../load/shown-path.ts';
import { didYouMean } from '../validate/issue-message.ts';
import { removeStaleTemporaries } from '../write/ready-folder.ts';
import { writeAtomic } from '../write/write-atomic.ts';
import { accountFiles, type AccountFiles } from './account-files.ts';
import type { FigureChange } from './apply-figures.ts';
import { csvFigures, type CsvFigure } from './csv-figures.ts';
import { importAccount, type ImportedAccount } from './import-account.ts';
import { ImportError, sortImportIssues, type ImportIssue } from './import-error.ts';
import { readCsv } from './read-csv.ts';

export interface ImportOptions {
  cwd: string;
  /** The CSV files, as named on the command line. */
  files: string[];
  /** The account files' folder (default `data`). */
  dataDir?: string;
  /** Check and report, write nothing. */
  dryRun?: boolean;
  /** The config's fiscal year: the quarters of the files and the exports are counted in it (default: calendar quarters). */
  fiscalYear?: FiscalYear;
}

/** What the import did (or, in a dry run, would do) to one account. */
export interface AccountImport {
  account: string;
  /** Its file as shown: relative inside `cwd`, whole outside it. */
  file: string;
  changes: FigureChange[];
  /** Whether its file was written (false in a dry run, or when nothing changed). */
  written: boolean;
  /** Figures imported that look like a slip (a fraction for a percent), each at its row. */
  warnings: string[];
}

export async function importFigures(options: ImportOptions): Promise<AccountImport[]> {
  const issues: ImportIssue[] = [];
  const shown = options.files.map((f) => shownPath(resolve(options.cwd, f), options.cwd));
  const figures = (await Promise.all(shown.map((file) => readFigures(options.cwd, file, issues)))).flat();
  return writeFigures({ ...options, figures, issues, fileOrder: shown });
}

/** Figures read from CSV files or queries, and the problems found reading them. */
export interface FiguresToWrite extends Omit<ImportOptions, 'files'> {
  figures: CsvFigure[];
  issues: ImportIssue[];
  /** The files the figures came from, in the order their problems are listed. */
  fileOrder: readonly string[];
  /** What to run again after a fix, as the error's hint says (default `import`). */
  command?: 'import' | 'pull';
}

/**
 * The figures into the account files, all or nothing: `import` and `pull` both end here. Each
 * account file is read once and written at most once, after every figure of every file is checked.
 */
export async function writeFigures(options: FiguresToWrite): Promise<AccountImport[]> {
  const issues = [...options.issues];
  const { cwd } = options;
  const dataDir = resolve(cwd, options.dataDir ?? 'data');
  const texts = new Map<string, string>();
  const files = options.figures.length > 0 ? await accountFiles(dataDir, cwd, texts) : new Map<string, string>();
  const fiscalYear = options.fiscalYear ?? CALENDAR_YEAR;
  // One account at a time, its parse let go before the next is read: a thousand parses held
  // together made the collector's work grow with the size of the import.
  const results: ImportedAccount[] = [];
  for (const [path, figures] of figuresByFile(options.figures, files, dataDir, cwd, issues)) {
    const result = await importAccount(path, texts.get(path), figures, cwd, fiscalYear, issues);
    if (result) results.push(result);
  }
  if (issues.length > 0) throw new ImportError(sortImportIssues(issues, options.fileOrder), options.command);
  // A run killed while writing leaves its temporary file beside the account file: gone now.
  if (!options.dryRun && results.length > 0) await removeStaleTemporaries(dataDir);
  const imports: AccountImport[] = [];
  for (const { path, before, text, ...result } of results) {
    const changed = text !== before;
    if (changed && !options.dryRun) await writeAtomic(path, text);
    imports.push({ ...result, written: changed && !options.dryRun });
  }
  return imports;
}

/**
 * CSV files over this size are refused before they are read: a quarter's export for thousands
 * of accounts is a few megabytes, and a file's parse holds many times its size in memory.
 */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

async function readFigures(cwd: string, file: string, issues: ImportIssue[]): Promise<CsvFigure[]> {
  const noFile = () => {
    throw new QbrError(
      'QBR_USAGE',
      `no such file: ${file}`,
      'Name the CSV files exported for this quarter, e.g. `npm run qbr -- import exports/*.csv`.',
    );
  };
  const { size } = await stat(resolve(cwd, file)).catch(noFile);
  if (size > MAX_CSV_BYTES) {
    issues.push({
      file,
      line: 1,
      message: `the file is ${size} bytes; a CSV file may be at most ${MAX_CSV_BYTES} (20 MB): split it`,
    });
    return [];
  }
  const bytes = await readFile(resolve(cwd, file)).catch(noFile);
  const table = readCsv(bytes, file, issues);
  return table ? csvFigures(table, issues) : [];
}

/** The figures by the account file they go into, in the order each file is first named; unknown accounts become issues. */
function figuresByFile(
  figures: CsvFigure[],
  files: AccountFiles,
  dataDir: string,
  cwd: string,
  issues: ImportIssue[],
): Map<string, CsvFigure[]> {
  const byFile = new Map<string, CsvFigure[]>();
  for (const figure of figures) {
    const path = files.get(figure.account);
    if (path === undefined) {
      issues.push({
        file: figure.file,
        line: figure.line,
        unit: figure.unit,
        column: figure.columns.account,
        message: `no account file for "${figure.account}" in ${shownPath(dataDir, cwd)}${didYouMean(figure.account, [...files.keys()])}`,
      });
      continue;
    }
    if (!byFile.has(path)) byFile.set(path, []);
    byFile.get(path)!.push(figure);
  }
  return byFile;
}
