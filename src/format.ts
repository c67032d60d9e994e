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
  /** Compact from COMPACT_FROM on, like money and percent: "12.3M". */
  number(value: number, digits?: number): string;
  money(value: number): string;
  /** For chart axes: "$1.2M". */
  moneyShort(value: number): string;
  /** 0.533 -> "53%" */
  percent(ratio: number, digits?: number): string;
  /** `2025-Q3` -> "Q3 2025" */
  quarter(quarter: string): string;
  /** `2025-09-30` -> "Sep 30, 2025" (en-US) */
  date(iso: string): string;
  /** A promise value with its unit: "88 hours", "86%", "$35,000". */
  measure(value: number, unit: AccountPromise['unit']): string;
}

/** A count with its noun: "1 SLA breach", "3 SLA breaches". English, like every sentence qbr writes. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * From this size on, figures are written compactly in the locale's words ("$12.3M", "12,3 Mio. €",
 * "￥1800万"): written out in full they run across a slide's figure boxes.
 */
export const COMPACT_FROM = 10_000_000;

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

/** The formatter for a locale and currency; made once, since Intl formats are slow to build. */
export function createFormatter(locale: string = DEFAULT_LOCALE, currency = 'USD'): Formatter {
  const key = `${locale} ${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = makeFormatter(locale, currency)));
  return formatter;
}

function makeFormatter(locale: string, currency: string): Formatter {
  const numberFormat = byDigits((digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
  const percentFormat = byDigits((digits) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }));
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const compact = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  const compactMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, ...compact });
  const compactNumber = new Intl.NumberFormat(locale, compact);
  const compactPercent = new Intl.NumberFormat(locale, { style: 'percent', ...compact });
  const large = (value: number) => Math.abs(value) >= COMPACT_FROM;
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const self: Formatter = {
    locale,
    currency,
    number: (value, digits = 1) => (large(value) ? compactNumber : numberFormat(digits)).format(value),
    money: (value) => (large(value) ? compactMoney : moneyFormat).format(value),
    moneyShort: (value) => compactMoney.format(value),
    percent: (ratio, digits = 0) => (large(ratio * 100) ? compactPercent : percentFormat(digits)).format(ratio),
    quarter: (q) => `${q.slice(5)} ${q.slice(0, 4)}`,
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
