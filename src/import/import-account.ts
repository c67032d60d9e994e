/**
 * One account file's part of an import: its figures checked against it (metric, quarter,
 * contract start, duplicates), written into its text in one pass, and the result validated.
 * What is kept is text, so the file's parse is let go before the next account is read.
 */
import { quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import { compareQuarters } from '../calendar/quarter.ts';
import { DataError } from '../errors.ts';
import { shownPath } from '../load/shown-path.ts';
import { parseSource } from '../load/source-file.ts';
import type { Account } from '../validate/account-schema.ts';
import { beforeContractMessage } from '../validate/before-contract.ts';
import { NEVER_NEGATIVE } from '../validate/cross-field-checks.ts';
import { didYouMean } from '../validate/issue-message.ts';
import { accountOf, loadAccount, type LoadedAccount } from '../validate/load-account.ts';
import { applyFigures, type FigureChange, type PlannedFigure } from './apply-figures.ts';
import type { CsvFigure } from './csv-figures.ts';
import { fractionWarnings } from './fraction-warnings.ts';
import { placeOf, type ImportIssue } from './import-error.ts';
import { accountMetrics, targetKey, targetOf, type Target } from './metrics.ts';

/** One account's import, checked, kept as text until every account's is. */
export interface ImportedAccount {
  account: string;
  /** Its file as shown (relative inside the working folder, whole outside it); `path` absolute. */
  file: string;
  path: string;
  changes: FigureChange[];
  warnings: string[];
  /** The file's text as read, and with the figures written. */
  before: string;
  text: string;
}

/**
 * One account file's figures checked against it (metric, quarter, duplicates) and written into
 * its text, the result validated; null when none can be placed. Each problem becomes an issue.
 */
export async function importAccount(
  path: string,
  text: string | undefined,
  figures: CsvFigure[],
  cwd: string,
  fiscalYear: FiscalYear,
  issues: ImportIssue[],
): Promise<ImportedAccount | null> {
  const file = shownPath(path, cwd);
  const loaded = await loadOrReport(path, text, file, fiscalYear, issues);
  if (!loaded) return null;
  const planned = placedFigures(figures, loaded, fiscalYear, issues);
  if (planned.length === 0) return null;
  const applied = applyFigures(loaded, planned, file);
  issues.push(...applied.issues);
  const warnings = fractionWarnings(loaded.account, planned);
  return {
    account: loaded.account.id,
    file,
    changes: applied.changes,
    warnings,
    path,
    before: loaded.source.text,
    text: applied.text,
  };
}

/** The figures that have a place in the account, each once; the others' problems become issues. */
function placedFigures(
  figures: CsvFigure[],
  loaded: LoadedAccount,
  fiscalYear: FiscalYear,
  issues: ImportIssue[],
): PlannedFigure[] {
  const planned: PlannedFigure[] = [];
  const seen = new Map<string, { figure: CsvFigure; value: number }>();
  for (const figure of figures) {
    const problem = (column: string, message: string) =>
      void issues.push({ file: figure.file, line: figure.line, unit: figure.unit, column, message });
    const target = checkFigure(figure, loaded, fiscalYear, problem);
    if (!target) continue;
    const first = seen.get(targetKey(target));
    if (first && first.value !== figure.value)
      problem(
        figure.columns.value,
        `${figure.account} ${figure.metric} ${figure.quarter} is also given as ${first.value} (${placeOf(first.figure)}); which is right?`,
      );
    if (first) continue;
    seen.set(targetKey(target), { figure, value: figure.value });
    const origin = { file: figure.file, line: figure.line, unit: figure.unit, column: figure.columns.value };
    planned.push({ target, value: figure.value, origin });
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
