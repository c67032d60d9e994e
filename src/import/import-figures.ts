/**
 * `import`: quarterly figures from CSV exports into the account files. Every file and row is
 * checked, and every account file's result validated, before any file is written; one bad row
 * anywhere and an ImportError lists them all. Each file is then written whole (writeAtomic), one
 * after another: a run killed between two leaves some accounts updated (README). The library never prints.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CALENDAR_YEAR, quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import { compareQuarters } from '../calendar/quarter.ts';
import { DataError, QbrError } from '../errors.ts';
import type { Account } from '../validate/account-schema.ts';
import { beforeContractMessage } from '../validate/before-contract.ts';
import { NEVER_NEGATIVE } from '../validate/cross-field-checks.ts';
import { accountOf, loadAccount, type LoadedAccount } from '../validate/load-account.ts';
import { shownPath } from '../load/shown-path.ts';
import { parseSource } from '../load/source-file.ts';
import { didYouMean } from '../validate/issue-message.ts';
import { removeStaleTemporaries } from '../write/ready-folder.ts';
import { writeAtomic } from '../write/write-atomic.ts';
import { accountFiles } from './account-files.ts';
import { applyFigures, type FigureChange, type PlannedFigure } from './apply-figures.ts';
import { csvFigures, type CsvFigure } from './csv-figures.ts';
import { fractionWarnings } from './fraction-warnings.ts';
import { ImportError, placeOf, sortImportIssues, type ImportIssue } from './import-error.ts';
import { accountMetrics, targetKey, targetOf, type Target } from './metrics.ts';
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
  const dataDir = resolve(options.cwd, options.dataDir ?? 'data');
  const planned = await planFigures(options.figures, dataDir, options.cwd, options.fiscalYear ?? CALENDAR_YEAR, issues);
  const shownAs = (loaded: LoadedAccount) => shownPath(loaded.source.absolutePath, options.cwd);
  const results = [...planned].map(([loaded, list]) => ({ loaded, ...applyFigures(loaded, list, shownAs(loaded)) }));
  issues.push(...results.flatMap((r) => r.issues));
  if (issues.length > 0) throw new ImportError(sortImportIssues(issues, options.fileOrder), options.command);
  // A run killed while writing leaves its temporary file beside the account file: gone now.
  if (!options.dryRun && results.length > 0) await removeStaleTemporaries(dataDir);
  const imports: AccountImport[] = [];
  for (const { loaded, text, changes } of results) {
    const changed = text !== loaded.source.text;
    if (changed && !options.dryRun) await writeAtomic(loaded.source.absolutePath, text);
    const warnings = fractionWarnings(loaded.account, planned.get(loaded) ?? []);
    imports.push({
      account: loaded.account.id,
      file: shownAs(loaded),
      changes,
      written: changed && !options.dryRun,
      warnings,
    });
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

/** Each figure bound to its account and place; unknown accounts and metrics become issues. */
async function planFigures(
  figures: CsvFigure[],
  dataDir: string,
  cwd: string,
  fiscalYear: FiscalYear,
  issues: ImportIssue[],
): Promise<Map<LoadedAccount, PlannedFigure[]>> {
  const texts = new Map<string, string>();
  const files = figures.length > 0 ? await accountFiles(dataDir, cwd, texts) : new Map<string, string>();
  const loaded = new Map<string, LoadedAccount | null>();
  const planned = new Map<LoadedAccount, PlannedFigure[]>();
  const seen = new Map<string, { figure: CsvFigure; value: number }>();
  for (const figure of figures) {
    const problem = (column: string, message: string) =>
      void issues.push({ file: figure.file, line: figure.line, unit: figure.unit, column, message });
    const path = files.get(figure.account);
    if (path === undefined) {
      problem(
        figure.columns.account,
        `no account file for "${figure.account}" in ${shownPath(dataDir, cwd)}${didYouMean(figure.account, [...files.keys()])}`,
      );
      continue;
    }
    if (!loaded.has(path))
      loaded.set(path, await loadOrReport(path, texts.get(path), shownPath(path, cwd), fiscalYear, issues));
    const account = loaded.get(path);
    if (!account) continue;
    const target = checkFigure(figure, account, fiscalYear, problem);
    if (!target) continue;
    const key = `${path}\n${targetKey(target)}`;
    const first = seen.get(key);
    if (first && first.value !== figure.value)
      problem(
        figure.columns.value,
        `${figure.account} ${figure.metric} ${figure.quarter} is also given as ${first.value} (${placeOf(first.figure)}); which is right?`,
      );
    if (first) continue;
    seen.set(key, { figure, value: figure.value });
    if (!planned.has(account)) planned.set(account, []);
    planned.get(account)!.push({
      target,
      value: figure.value,
      origin: { file: figure.file, line: figure.line, unit: figure.unit, column: figure.columns.value },
    });
  }
  return planned;
}

/** The figure's place in the account, or null after reporting why it has none. */
function checkFigure(
  figure: CsvFigure,
  { account }: LoadedAccount,
  fiscalYear: FiscalYear,
  problem: (column: string, message: string) => void,
): Target | null {
  const target = targetOf(figure.metric, figure.quarter, figure.note, account);
  const why = whyNot(figure, account, target, fiscalYear);
  if (why) problem(why.column, why.message);
  return why ? null : target;
}

function whyNot(
  figure: CsvFigure,
  account: Account,
  target: Target | null,
  fiscalYear: FiscalYear,
): { column: string; message: string } | null {
  const { columns } = figure;
  if (!target) {
    const promises = account.promises.map((p) => p.id).join(', ') || 'none';
    return {
      column: columns.metric,
      message: `"${figure.metric}" is not a promise of ${account.id} nor value, adoption.* or support.*${didYouMean(figure.metric, accountMetrics(account))}; its promises: ${promises}`,
    };
  }
  const start = quarterOfDate(account.contract.start, fiscalYear);
  if (compareQuarters(figure.quarter, start) < 0)
    return {
      column: columns.quarter,
      message: beforeContractMessage(figure.quarter, account.id, start),
    };
  const unit = target.kind === 'actual' ? account.promises.find((p) => p.id === target.promise)!.unit : undefined;
  if (figure.percent && unit !== 'percent')
    return {
      column: columns.value,
      message: `a % is read only for a percent promise; ${figure.metric} is ${unit ? `measured in ${unit}` : 'not one'}`,
    };
  // The same rule --check holds the file to (src/validate/cross-field-checks.ts), named at its row.
  if (unit && NEVER_NEGATIVE.has(unit) && figure.value < 0)
    return { column: columns.value, message: `${figure.value} ${unit}: a promise in ${unit} cannot be negative` };
  if (figure.note !== undefined && target.kind !== 'value')
    return {
      column: columns.note!,
      message: `only a value row has a note (the value's description); ${figure.metric} has none`,
    };
  return null;
}

/** The account as it is now (from `text` when already read); a file that is already invalid is reported as it stands. */
async function loadOrReport(
  path: string,
  text: string | undefined,
  shownAs: string,
  fiscalYear: FiscalYear,
  issues: ImportIssue[],
): Promise<LoadedAccount | null> {
  try {
    return text === undefined
      ? await loadAccount(path, { fiscalYear })
      : accountOf(parseSource(text, shownAs, path), fiscalYear);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    issues.push(
      ...error.issues.map((i) => ({
        file: shownAs,
        line: i.line,
        col: i.column,
        message: `${i.path ? `${i.path}: ` : ''}${i.message} (fix the account file before importing into it)`,
        frame: i.frame,
      })),
    );
    return null;
  }
}
