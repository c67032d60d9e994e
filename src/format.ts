/**
 * Numbers, money, percentages and dates as the account's locale writes them (Intl), shared by
 * the signal sentences and the deck. Pure: no clock, no I/O.
 */
import type { AccountPromise } from './validate/account-schema.ts';

export const DEFAULT_LOCALE = 'en-US';

/** Formatters for one account: its locale and currency. */
export interface Formatter {
  locale: string;
  currency: string;
  number(value: number, digits?: number): string;
  money(value: number): string;
  /** For chart axes: "$1.2M". */
  moneyShort(value: number): string;
  /** 0.533 -> "53%" */
  percent(ratio: number, digits?: number): string;
  /** `2025-Q3` -> "Q3 2025", or "Q3 FY2025" when quarters are fiscal (see quarterLabel). */
  quarter(quarter: string): string;
  /** `2025-09-30` -> "Sep 30, 2025" (en-US) */
  date(iso: string): string;
  /** A promise value with its unit: "88 hours", "86%", "$35,000". */
  measure(value: number, unit: AccountPromise['unit']): string;
}

/**
 * How a quarter is written for people: "Q3 2025", or "Q3 FY2025" when the config's fiscal year
 * does not start in January. The one place a quarter's label is made.
 */
export function quarterLabel(quarter: string, fiscal: boolean): string {
  return `${quarter.slice(5)} ${fiscal ? 'FY' : ''}${quarter.slice(0, 4)}`;
}

/** A count with its noun: "1 SLA breach", "3 SLA breaches". English, like every sentence qbr writes. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const UNIT_WORDS: Partial<Record<AccountPromise['unit'], string>> = { hours: 'h', days: 'days', minutes: 'min' };

/** One Intl format per number of digits, made on first use. */
function byDigits(make: (digits: number) => Intl.NumberFormat): (digits: number) => Intl.NumberFormat {
  const made = new Map<number, Intl.NumberFormat>();
  return (digits) => {
    let format = made.get(digits);
    if (!format) made.set(digits, (format = make(digits)));
    return format;
  };
}

const formatters = new Map<string, Formatter>();

/**
 * The formatter for a locale and currency; made once, since Intl formats are slow to build.
 * `fiscal`: quarters are labelled as fiscal ones (default false).
 */
export function createFormatter(locale: string = DEFAULT_LOCALE, currency = 'USD', fiscal = false): Formatter {
  const key = `${locale} ${currency} ${fiscal}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = makeFormatter(locale, currency, fiscal)));
  return formatter;
}

function makeFormatter(locale: string, currency: string, fiscal: boolean): Formatter {
  const numberFormat = byDigits((digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
  const percentFormat = byDigits((digits) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }));
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const compactMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const self: Formatter = {
    locale,
    currency,
    number: (value, digits = 1) => numberFormat(digits).format(value),
    money: (value) => moneyFormat.format(value),
    moneyShort: (value) => compactMoney.format(value),
    percent: (ratio, digits = 0) => percentFormat(digits).format(ratio),
    quarter: (q) => quarterLabel(q, fiscal),
    date: (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`)),
    measure: (value, unit) => {
      if (unit === 'percent') return self.percent(value / 100, 1);
      if (unit === 'currency') return self.money(value);
      const word = UNIT_WORDS[unit];
      return word ? `${self.number(value)} ${word}` : self.number(value);
    },
  };
  return self;
}
