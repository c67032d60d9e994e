/**
 * The fiscal calendar: which quarter a date falls in and which days a quarter covers. Quarters
 * are written `YYYY-Qn` either way; with a fiscal year, `2027-Q1` is the first quarter of
 * FY2027. Quarter arithmetic (src/calendar/quarter.ts) needs no calendar: fiscal quarters follow
 * each other like calendar ones. Pure: the calendar is a parameter, never a global.
 */
import { z } from 'zod';
import { quarterIndex, type Quarter } from './quarter.ts';

export const fiscalYearSchema = z.strictObject({
  /** The month the fiscal year starts, 1 to 12 (default 1: calendar quarters). */
  start_month: z
    .number()
    .int('must be a whole month, 1 to 12')
    .min(1, 'must be a month, 1 to 12')
    .max(12, 'must be a month, 1 to 12')
    .default(1),
  /** `end`: FY2026 is the fiscal year that ends in 2026; `start`: the one that starts in 2026 (default end). */
  named_by: z.enum(['start', 'end']).default('end'),
});

export type FiscalYear = z.output<typeof fiscalYearSchema>;

/** Calendar quarters: the default. */
export const CALENDAR_YEAR: FiscalYear = { start_month: 1, named_by: 'end' };

/** True when quarters are not calendar quarters, so labels say "FY". */
export function isFiscal(fiscalYear: FiscalYear): boolean {
  return fiscalYear.start_month !== 1;
}

/**
 * How many years the name is ahead of the calendar year the fiscal year starts in: 1 when a
 * year starting in February 2026 is called FY2027.
 */
function nameOffset(fiscalYear: FiscalYear): number {
  return fiscalYear.named_by === 'end' && fiscalYear.start_month !== 1 ? 1 : 0;
}

/** Months since year 0 of an ISO date: January 2026 is 2026 * 12. */
const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The quarter an ISO date `YYYY-MM-DD` falls in. */
export function quarterOfDate(date: string, fiscalYear: FiscalYear): Quarter {
  const sinceFirstStart = monthNumber(date) - (fiscalYear.start_month - 1);
  const startYear = Math.floor(sinceFirstStart / 12);
  const quarter = Math.floor((sinceFirstStart - startYear * 12) / 3) + 1;
  return `${startYear + nameOffset(fiscalYear)}-Q${quarter}`;
}

/** The first month (months since year 0) of a quarter. */
function firstMonth(quarter: Quarter, fiscalYear: FiscalYear): number {
  const index = quarterIndex(quarter);
  const startYear = Math.floor(index / 4) - nameOffset(fiscalYear);
  return startYear * 12 + fiscalYear.start_month - 1 + (index % 4) * 3;
}

const isoDay = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first calendar day of a quarter, as an ISO date. */
export function quarterStart(quarter: Quarter, fiscalYear: FiscalYear): string {
  const month = firstMonth(quarter, fiscalYear);
  return isoDay(Math.floor(month / 12), (month % 12) + 1, 1);
}

/** The last calendar day of a quarter, as an ISO date: the summary's `as_of`. */
export function quarterEnd(quarter: Quarter, fiscalYear: FiscalYear): string {
  const month = firstMonth(quarter, fiscalYear) + 2;
  const year = Math.floor(month / 12);
  const lastDay = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
  return isoDay(year, (month % 12) + 1, lastDay);
}
