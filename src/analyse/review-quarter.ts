/** Which quarter a review covers: the one asked for, or the latest with measured data. */
import { QbrError } from '../errors.ts';
import type { Account } from '../validate/account-schema.ts';
import { CALENDAR_YEAR, quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import { compareQuarters, quarterIndex, type Quarter } from '../calendar/quarter.ts';

/** The latest quarter with a promise actual, a value, an adoption or a support entry. */
export function latestDataQuarter(account: Account): Quarter | null {
  const quarters = [
    ...account.promises.flatMap((p) => Object.keys(p.actuals)),
    ...account.value.map((v) => v.quarter),
    ...Object.keys(account.adoption),
    ...Object.keys(account.support),
  ];
  return quarters.sort(compareQuarters).at(-1) ?? null;
}

/** The quarter under review, checked against the contract's start. */
export function quarterUnderReview(
  account: Account,
  requested?: Quarter,
  fiscalYear: FiscalYear = CALENDAR_YEAR,
): Quarter {
  const startQuarter = contractStartQuarter(account, fiscalYear);
  const quarter = requested ?? latestDataQuarter(account);
  if (quarter === null) {
    throw new QbrError(
      'QBR_NO_QUARTER',
      `${account.id}: no quarter has data yet (no actuals, value, adoption or support)`,
      "Add this quarter's results, or name one with --quarter.",
    );
  }
  if (compareQuarters(quarter, startQuarter) < 0) {
    throw new QbrError(
      'QBR_QUARTER_BEFORE_START',
      `${account.id}: ${quarter} is before the contract starts (${startQuarter})`,
      `AccountReview ${startQuarter} or later.`,
    );
  }
  return quarter;
}

/** The quarter under review lies more than one quarter past the account's latest data. */
export interface DataLag {
  quarter: Quarter;
  latest: Quarter;
  /** How many quarters past the latest data: 2 or more. */
  quarters: number;
}

/**
 * The lag behind a quarter under review, or null. One quarter past is the usual case (the
 * review is held before that quarter's figures are in); more is a typo (2030-Q1 for 2026-Q1)
 * or missing data, and the fees of quarters without results make the deck look worse.
 */
export function dataLag(account: Account, quarter: Quarter): DataLag | null {
  const latest = latestDataQuarter(account);
  if (latest === null) return null;
  const quarters = quarterIndex(quarter) - quarterIndex(latest);
  return quarters > 1 ? { quarter, latest, quarters } : null;
}

/** The warning's words, for the command line and the internal health page (English, here only). */
export function dataLagWarning(lag: DataLag): string {
  return `${lag.quarter} is ${lag.quarters} quarters after the latest data (${lag.latest}): fees count for quarters without results, and signals may fire. Check --quarter, or add the missing data.`;
}

/**
 * The quarter a run reviews when none is asked for: the latest in which any of its accounts has
 * data, so one run gives one folder. For a single account, its own latest quarter.
 */
export function runQuarter(accounts: Account[]): Quarter | null {
  const latest = accounts.map(latestDataQuarter).filter((q): q is Quarter => q !== null);
  return latest.sort(compareQuarters).at(-1) ?? null;
}

/** The quarter the contract starts in: its first quarter under review. */
export function contractStartQuarter(account: Account, fiscalYear: FiscalYear = CALENDAR_YEAR): Quarter {
  return quarterOfDate(account.contract.start, fiscalYear);
}
