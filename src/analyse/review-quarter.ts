/** Which quarter a review covers: the one asked for, or the latest with measured data. */
import { QbrError } from '../errors.ts';
import type { Account } from '../validate/account-schema.ts';
import { CALENDAR_YEAR, quarterOfDate, type FiscalYear } from './fiscal-year.ts';
import { compareQuarters, type Quarter } from './quarter.ts';

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
export function reviewQuarter(account: Account, requested?: Quarter, fiscalYear: FiscalYear = CALENDAR_YEAR): Quarter {
  const startQuarter = contractStartQuarter(account, fiscalYear);
  const quarter = requested ?? latestDataQuarter(account);
  if (quarter === null) {
    throw new QbrError('QBR_NO_QUARTER', `${account.id}: no quarter has data yet (no actuals, value, adoption or support)`, 'Add this quarter\'s results, or name one with --quarter.');
  }
  if (compareQuarters(quarter, startQuarter) < 0) {
    throw new QbrError(
      'QBR_QUARTER_BEFORE_START',
      `${account.id}: ${quarter} is before the contract starts (${startQuarter})`,
      `Review ${startQuarter} or later.`,
    );
  }
  return quarter;
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
