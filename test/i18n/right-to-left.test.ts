/** Arabic and Hebrew: their plural forms, quarter names, default locales and direction. */
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format.ts';
import { textDirection } from '../../src/i18n/languages.ts';
import { translator } from '../../src/i18n/translator.ts';

describe('Arabic', () => {
  const t = translator('ar');

  it('counts with all six forms: zero, one, two, few (3-10), many (11-99), other (100)', () => {
    expect(t('kpi.tickets', { count: 0 })).toBe('لا تذاكر');
    expect(t('kpi.tickets', { count: 1 })).toBe('تذكرة واحدة');
    expect(t('kpi.tickets', { count: 2 })).toBe('تذكرتان');
    expect(t('kpi.tickets', { count: 3 })).toBe('3 تذاكر');
    expect(t('kpi.tickets', { count: 11 })).toBe('11 تذكرة');
    expect(t('kpi.tickets', { count: 100 })).toBe('100 تذكرة');
  });

  it('writes a day count after a preposition in the genitive (بيومين), and isolates the text put in', () => {
    expect(t('coverage.lastContact', { count: 2, quarter: 'الربع الرابع 2026' })).toBe(
      'آخر تواصل قبل نهاية \u2068الربع الرابع 2026\u2069 بيومين.',
    );
    expect(t('together.with', { people: 'Priya Raman' })).toBe('مع \u2068Priya Raman\u2069');
    expect(t('unit.days', { count: 5, value: '5' })).toBe('5 أيام');
  });

  it('names quarters by their ordinal, with Latin digits by default', () => {
    const f = createFormatter('ar-SA-u-nu-latn', 'SAR', 'ar');
    expect(f.quarter('2026-Q3')).toBe('الربع الثالث 2026');
    expect(createFormatter('ar-SA-u-nu-latn', 'SAR', 'ar', true).quarter('2026-Q1')).toBe(
      'الربع الأول من السنة المالية 2026',
    );
    expect(f.number(1234.5)).toBe('1,234.5');
  });
});

describe('Hebrew', () => {
  const t = translator('he');

  it('counts with one, two and other', () => {
    expect(t('portfolio.accounts', { count: 1 })).toBe('לקוח אחד');
    expect(t('portfolio.accounts', { count: 2 })).toBe('שני לקוחות');
    expect(t('portfolio.accounts', { count: 7 })).toBe('7 לקוחות');
    expect(t('unit.days', { count: 2, value: '2' })).toBe('יומיים');
  });

  it('names quarters by their ordinal', () => {
    expect(createFormatter('he-IL', 'ILS', 'he').quarter('2026-Q4')).toBe('רבעון רביעי 2026');
  });
});

describe('the direction of a language', () => {
  it('is right to left for Arabic and Hebrew only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('ja')).toBe('ltr');
  });
});
