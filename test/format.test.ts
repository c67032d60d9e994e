import { describe, expect, it } from 'vitest';
import { createFormatter } from '../src/format.ts';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('quarters in the deck language', () => {
  it('writes a quarter as each language does, on slides and on chart axes', () => {
    expect(createFormatter('en-US', 'USD', 'en').quarter('2025-Q3')).toBe('Q3 2025');
    expect(createFormatter('en-US', 'USD', 'en').quarterShort('2025-Q3')).toBe("Q3 '25");
    expect(createFormatter('de-DE', 'EUR', 'de').quarter('2025-Q3')).toBe('Q3 2025');
    // A no-break space: a French quarter never breaks across two lines.
    expect(createFormatter('fr-FR', 'EUR', 'fr').quarter('2025-Q3')).toBe('T3\u00a02025');
    expect(createFormatter('es-ES', 'EUR', 'es').quarterShort('2026-Q1')).toBe('T1/26');
    expect(createFormatter('ja-JP', 'JPY', 'ja').quarter('2025-Q3')).toBe('2025年第3四半期');
  });

  it('never writes the year as an amount, whatever the locale groups', () => {
    expect(createFormatter('de-DE', 'EUR', 'en').quarter('2025-Q4')).toBe('Q4 2025');
  });
});

describe('units', () => {
  it('counts days in the singular for one and the plural otherwise', () => {
    const f = createFormatter('en-US', 'USD', 'en');
    expect(f.measure(1, 'days')).toBe('1 day');
    expect(f.measure(2, 'days')).toBe('2 days');
    expect(f.measure(1.04, 'days')).toBe('1 day');
    expect(f.measure(88, 'hours')).toBe('88 h');
    expect(f.measure(12.5, 'minutes')).toBe('12.5 min');
  });

  it('writes the unit in the language and the number in the locale', () => {
    expect(createFormatter('en-US', 'USD', 'de').measure(1234.5, 'hours')).toBe('1,234.5 h');
    expect(nbsp(createFormatter('de-DE', 'EUR', 'de').measure(1234.5, 'days'))).toBe('1.234,5 Tage');
    expect(createFormatter('fr-FR', 'EUR', 'fr').measure(1, 'days')).toBe('1\u00a0jour');
    expect(createFormatter('ja-JP', 'JPY', 'ja').measure(3, 'days')).toBe('3日');
    expect(createFormatter('ja-JP', 'JPY', 'ja').measure(6.7, 'hours')).toBe('6.7時間');
  });
});

describe('lists', () => {
  it('joins a list as the language does', () => {
    expect(createFormatter('en-US', 'USD', 'en').list(['Uptime', 'Fix rate'])).toBe('Uptime and Fix rate');
    expect(createFormatter('de-DE', 'EUR', 'de').list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(createFormatter('ja-JP', 'JPY', 'ja').list(['稼働率', '修理時間'])).toBe('稼働率、修理時間');
  });
});

describe('large figures', () => {
  it('are written in full below ten million', () => {
    expect(createFormatter('en-US', 'USD').money(9_999_999)).toBe('$9,999,999');
    expect(createFormatter('en-US', 'USD').number(9_999_999, 0)).toBe('9,999,999');
  });

  it("are written compactly, in the locale's words, from ten million on", () => {
    expect(createFormatter('en-US', 'USD').money(12_345_678)).toBe('$12.3M');
    expect(createFormatter('en-US', 'USD').money(-12_345_678)).toBe('-$12.3M');
    expect(createFormatter('en-US', 'USD').money(1e15)).toBe('$1000T');
    expect(createFormatter('en-GB', 'GBP').money(2_500_000_000)).toBe('£2.5bn');
    expect(createFormatter('de-DE', 'EUR').money(12_345_678)).toBe('12,3\u00a0Mio.\u00a0€');
    expect(createFormatter('ja-JP', 'JPY').money(24_000_000)).toBe('￥2400万');
    expect(createFormatter('en-US', 'USD').number(1e12, 0)).toBe('1T');
    expect(createFormatter('en-US', 'USD').measure(45_000_000, 'count')).toBe('45M');
    expect(createFormatter('en-US', 'USD').measure(12_000_000, 'hours')).toBe('12M h');
    expect(createFormatter('en-US', 'USD').percent(1e6)).toBe('100M%');
  });
});

// Written as a reader of each language writes them, not produced by Intl here: a change in
// qbr's options or in Node's locale data shows up as a difference. \u00a0 is a no-break space.
describe('numbers, money, percentages and dates in the account locale', () => {
  it('writes German the German way: € after the amount, a point between thousands, a comma before decimals', () => {
    const f = createFormatter('de-DE', 'EUR');
    expect(f.money(35_000)).toBe('35.000\u00a0€');
    expect(f.money(1_234_567.5)).toBe('1.234.568\u00a0€');
    expect(f.moneyShort(1_200_000)).toBe('1,2\u00a0Mio.\u00a0€');
    expect(f.percent(0.82)).toBe('82\u00a0%');
    expect(f.percent(0.176, 1)).toBe('17,6\u00a0%');
    expect(f.number(1234.5)).toBe('1.234,5');
    expect(f.date('2025-09-30')).toBe('30. Sept. 2025');
    expect(f.date('2026-03-05')).toBe('5. März 2026');
    expect(f.measure(6.7, 'hours')).toBe('6,7 h');
  });

  it('writes British English with the pound before the amount and the day before the month', () => {
    const f = createFormatter('en-GB', 'GBP');
    expect(f.money(35_000)).toBe('£35,000');
    expect(f.moneyShort(1_200_000)).toBe('£1.2m');
    expect(f.percent(0.82)).toBe('82%');
    expect(f.percent(0.176, 1)).toBe('17.6%');
    expect(f.date('2025-09-30')).toBe('30 Sept 2025');
    expect(f.date('2026-03-05')).toBe('5 Mar 2026');
  });

  it('writes Japanese with the full-width yen sign, no decimals, and year-month-day with their characters', () => {
    const f = createFormatter('ja-JP', 'JPY');
    expect(f.money(35_000)).toBe('\uffe535,000');
    expect(f.money(1_234_567.5)).toBe('\uffe51,234,568');
    expect(f.moneyShort(1_200_000)).toBe('\uffe5120万');
    expect(f.percent(0.176, 1)).toBe('17.6%');
    expect(f.date('2025-09-30')).toBe('2025年9月30日');
    expect(f.date('2026-03-05')).toBe('2026年3月5日');
  });

  it('writes American English with the month first and a dollar sign', () => {
    const f = createFormatter('en-US', 'USD');
    expect(f.money(487_000)).toBe('$487,000');
    expect(f.moneyShort(1_200_000)).toBe('$1.2M');
    expect(f.date('2025-09-30')).toBe('Sep 30, 2025');
    expect(f.measure(86, 'percent')).toBe('86%');
    expect(f.measure(55, 'hours')).toBe('55 h');
    expect(f.quarter('2025-Q3')).toBe('Q3 2025');
  });
});

describe('quarter labels', () => {
  it('writes a calendar quarter as "Q3 2025" and a fiscal one as "Q3 FY2025", for the calendar the formatter was made for', () => {
    expect(createFormatter('en-US', 'USD').quarter('2026-Q4')).toBe('Q4 2026');
    expect(createFormatter('en-US', 'USD', 'en', true).quarter('2026-Q4')).toBe('Q4 FY2026');
  });
});
