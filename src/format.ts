/**
 * How one deck writes: numbers, money, percentages and dates as the account's locale writes
 * them (Intl), and words in the deck's language (`t`, the catalogue). Shared by the signal
 * sentences, the charts and the slides, so they always agree. Pure: no clock, no I/O.
 */
import type { MessageKey } from './i18n/catalogue.ts';
import type { Language } from './i18n/languages.ts';
import { translator, type Translate } from './i18n/translator.ts';
import type { AccountPromise } from './validate/account-schema.ts';

export const DEFAULT_LOCALE = 'en-US';

/** Formatters for one account: its locale, currency and language. */
export interface Formatter {
  locale: string;
  currency: string;
  language: Language;
  /** A catalogue message in the deck's language, numbers in its locale. */
  t: Translate;
  /** `['a', 'b', 'c']` -> "a, b and c", as the language joins a list. */
  list(items: string[]): string;
  /** Compact from COMPACT_FROM on, like money and percent: "12.3M". */
  number(value: number, digits?: number): string;
  money(value: number): string;
  /** Every digit at any size ("$17,200,000"), for a table whose column must read in one style. */
  moneyFull(value: number): string;
  /** For chart axes: "$1.2M". */
  moneyShort(value: number): string;
  /** 0.533 -> "53%" */
  percent(ratio: number, digits?: number): string;
  /** `2025-Q3` -> "Q3 2025" (ja: "2025年第3四半期"), or "Q3 FY2025" when quarters are fiscal: the catalogue's `quarter.label` or `quarter.fiscalLabel`. */
  quarter(quarter: string): string;
  /** `2025-Q3` -> "Q3 '25", short enough for ten quarters on a chart's axis. */
  quarterShort(quarter: string): string;
  /** `2025-09-30` -> "Sep 30, 2025" (en-US) */
  date(iso: string): string;
  /** A promise value with its unit: "88 h", "86%", "$35,000", "3 days". */
  measure(value: number, unit: AccountPromise['unit']): string;
}

/**
 * From this size on, figures are written compactly in the locale's words ("$12.3M", "12,3 Mio. €",
 * "￥1800万"): written out in full they run across a slide's figure boxes.
 */
export const COMPACT_FROM = 10_000_000;

const UNIT_MESSAGES: Partial<Record<AccountPromise['unit'], MessageKey>> = {
  hours: 'unit.hours',
  days: 'unit.days',
  minutes: 'unit.minutes',
};

/** A value made on first use. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

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
 * The formatter for a locale, currency and language; made once, since Intl formats are slow to
 * build. `fiscal`: quarters are labelled as fiscal ones (default false).
 */
export function createFormatter(
  locale: string = DEFAULT_LOCALE,
  currency = 'USD',
  language: Language = 'en',
  fiscal = false,
): Formatter {
  const key = `${locale} ${currency} ${language} ${fiscal}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = makeFormatter(locale, currency, language, fiscal)));
  return formatter;
}

function makeFormatter(locale: string, currency: string, language: Language, fiscal: boolean): Formatter {
  const t = translator(language, locale);
  // Each made on first use: a deck needs a few of them, and each costs a millisecond or more to build.
  const listFormat = once(() => new Intl.ListFormat(language, { type: 'conjunction' }));
  const numberFormat = byDigits((digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
  const percentFormat = byDigits(
    (digits) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }),
  );
  const moneyFormat = once(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
  );
  const compact = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  const compactMoney = once(() => new Intl.NumberFormat(locale, { style: 'currency', currency, ...compact }));
  const compactNumber = once(() => new Intl.NumberFormat(locale, compact));
  const compactPercent = once(() => new Intl.NumberFormat(locale, { style: 'percent', ...compact }));
  const large = (value: number) => Math.abs(value) >= COMPACT_FROM;
  const dateFormat = once(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  const self: Formatter = {
    locale,
    currency,
    language,
    t,
    list: (items) => listFormat().format(items),
    number: (value, digits = 1) => (large(value) ? compactNumber() : numberFormat(digits)).format(value),
    money: (value) => (large(value) ? compactMoney() : moneyFormat()).format(value),
    moneyFull: (value) => moneyFormat().format(value),
    moneyShort: (value) => compactMoney().format(value),
    percent: (ratio, digits = 0) => (large(ratio * 100) ? compactPercent() : percentFormat(digits)).format(ratio),
    // Digits as text: a year is no amount ("2025", never "2,025").
    quarter: (q) => t(fiscal ? 'quarter.fiscalLabel' : 'quarter.label', { quarter: q.slice(6), year: q.slice(0, 4) }),
    quarterShort: (q) =>
      t(fiscal ? 'quarter.fiscalShort' : 'quarter.short', { quarter: q.slice(6), yy: q.slice(2, 4) }),
    date: (iso) => dateFormat().format(new Date(`${iso}T00:00:00Z`)),
    measure: (value, unit) => {
      if (unit === 'percent') return self.percent(value / 100, 1);
      if (unit === 'currency') return self.money(value);
      const message = UNIT_MESSAGES[unit];
      // The plural follows the number as written (one digit): 1.04 shows as "1", so "1 day".
      return message
        ? t(message, { value: self.number(value), count: Math.round(value * 10) / 10 })
        : self.number(value);
    },
  };
  return self;
}
