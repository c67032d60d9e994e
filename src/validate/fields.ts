/** Field types shared by the account and config schemas, each with a message a person can act on. */
import { z } from 'zod';
import { QUARTER_PATTERN, isCalendarDate } from '../calendar/written-forms.ts';
import { isTimeZone, timeZoneNames } from '../meeting/time-zone.ts';
import { didYouMean } from './issue-message.ts';

export const text = z.string().trim().min(1, 'must not be empty');

/** `YYYY-Qn`, a calendar quarter. */
export const quarter = z.string().regex(QUARTER_PATTERN, 'expected a quarter written YYYY-Qn, like 2025-Q3');

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'is not a real calendar date', abort: true });

/**
 * The largest amount or measured value accepted: above any contract in any currency, and below
 * where a double loses whole units. A typo like 1e300 is an error, not a wall of digits.
 */
export const MAX_AMOUNT = 1e15;
/** The largest count accepted (seats, tickets): a billion. */
export const MAX_COUNT = 1e9;

const AT_MOST_MAX_AMOUNT = 'must be at most 1e15 (a thousand trillion)';

export const nonNegative = z.number().nonnegative('must not be negative');
/** Money: at least 0, at most MAX_AMOUNT. */
export const amount = nonNegative.max(MAX_AMOUNT, AT_MOST_MAX_AMOUNT);
/** Money above 0 (a price), at most MAX_AMOUNT. */
export const price = z.number().positive('must be more than 0').max(MAX_AMOUNT, AT_MOST_MAX_AMOUNT);
/** A measured value (a promise's baseline, target, actuals): within MAX_AMOUNT either side of 0. */
export const measurement = z.number().min(-MAX_AMOUNT, 'must be at least -1e15').max(MAX_AMOUNT, AT_MOST_MAX_AMOUNT);
export const count = z
  .number()
  .int('must be a whole number')
  .nonnegative('must not be negative')
  .max(MAX_COUNT, 'must be at most 1e9 (a billion)');

/** A CSS hex colour, `#1f4e79` or `#fff`. */
export const hexColor = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a colour written #rrggbb');

const currencies = new Set(Intl.supportedValuesOf('currency'));
export const currency = z
  .string()
  .refine((code) => currencies.has(code), 'expected an ISO 4217 currency code, like USD or EUR');

export const locale = z.string().refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}, 'expected a BCP 47 locale, like en-US or de-DE');

/** `HH:MM`, 24-hour clock. */
export const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time written HH:MM (24-hour), like 15:00');

/** An IANA time zone name, like Europe/Berlin; a near miss gets its likely spelling. */
export const timeZone = z.string().check(
  z.superRefine((name: string, ctx) => {
    if (isTimeZone(name)) return;
    const hint = didYouMean(name, [...timeZoneNames()]);
    ctx.addIssue({
      code: 'custom',
      message: `expected an IANA time zone, like Europe/Berlin or UTC${hint}`,
      input: name,
    });
  }),
);

/** Quarter -> value maps (`actuals`, `adoption`, `support`, ...). */
export function byQuarter<T extends z.ZodType>(value: T) {
  return z.record(quarter, value);
}
