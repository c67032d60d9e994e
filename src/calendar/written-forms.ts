/**
 * How quarters and dates are written in account files, CSV exports and flags: `YYYY-Qn` and
 * a real calendar date `YYYY-MM-DD`. Checking the text is validation's business; what the
 * quarters mean (their order, their days) is src/calendar/quarter.ts's.
 */

/** A quarter as written: `2025-Q3`; the year and the quarter's number are its two groups. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
