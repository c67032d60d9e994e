import { describe, expect, it } from 'vitest';
import {
  CALENDAR_YEAR,
  fiscalYearSchema,
  quarterEnd,
  quarterOfDate,
  quarterStart,
} from '../../src/calendar/fiscal-year.ts';

// Every expected date below was worked out by hand from a calendar, not by the code under test.
const FEB_BY_END = { start_month: 2, named_by: 'end' } as const; // FY2027 runs 2026-02-01 .. 2027-01-31
const APR_BY_START = { start_month: 4, named_by: 'start' } as const; // FY2026 runs 2026-04-01 .. 2027-03-31

describe('calendar quarters (the default)', () => {
  it.each([
    ['2025-01-01', '2025-Q1'],
    ['2025-03-31', '2025-Q1'],
    ['2025-04-01', '2025-Q2'],
    ['2025-12-31', '2025-Q4'],
  ])('%s falls in %s', (date, quarter) => expect(quarterOfDate(date, CALENDAR_YEAR)).toBe(quarter));

  it.each([
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
  ])('%s runs from %s to %s', (quarter, first, last) => {
    expect(quarterStart(quarter, CALENDAR_YEAR)).toBe(first);
    expect(quarterEnd(quarter, CALENDAR_YEAR)).toBe(last);
  });

  it('is what an empty fiscal_year gives', () => {
    expect(fiscalYearSchema.parse({})).toEqual(CALENDAR_YEAR);
  });
});

describe('a fiscal year starting in February, named by the year it ends in', () => {
  it.each([
    ['2026-01-15', '2026-Q4'], // the last month of FY2026 (Feb 2025 .. Jan 2026)
    ['2026-01-31', '2026-Q4'],
    ['2026-02-01', '2027-Q1'],
    ['2026-04-30', '2027-Q1'],
    ['2026-05-01', '2027-Q2'],
    ['2026-10-31', '2027-Q3'],
    ['2026-11-01', '2027-Q4'],
    ['2027-01-31', '2027-Q4'],
    ['2025-02-01', '2026-Q1'],
  ])('%s falls in %s', (date, quarter) => expect(quarterOfDate(date, FEB_BY_END)).toBe(quarter));

  it.each([
    ['2027-Q1', '2026-02-01', '2026-04-30'],
    ['2027-Q2', '2026-05-01', '2026-07-31'],
    ['2027-Q3', '2026-08-01', '2026-10-31'],
    ['2027-Q4', '2026-11-01', '2027-01-31'],
    ['2024-Q4', '2023-11-01', '2024-01-31'],
  ])('%s runs from %s to %s', (quarter, first, last) => {
    expect(quarterStart(quarter, FEB_BY_END)).toBe(first);
    expect(quarterEnd(quarter, FEB_BY_END)).toBe(last);
  });
});

describe('a fiscal year starting in April, named by the year it starts in', () => {
  it.each([
    ['2026-03-31', '2025-Q4'],
    ['2026-04-01', '2026-Q1'],
    ['2026-06-30', '2026-Q1'],
    ['2026-07-01', '2026-Q2'],
    ['2026-12-31', '2026-Q3'],
    ['2027-01-01', '2026-Q4'],
    ['2027-03-31', '2026-Q4'],
  ])('%s falls in %s', (date, quarter) => expect(quarterOfDate(date, APR_BY_START)).toBe(quarter));

  it.each([
    ['2026-Q1', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-10-01', '2026-12-31'],
    ['2026-Q4', '2027-01-01', '2027-03-31'],
    ['2027-Q4', '2028-01-01', '2028-03-31'],
  ])('%s runs from %s to %s', (quarter, first, last) => {
    expect(quarterStart(quarter, APR_BY_START)).toBe(first);
    expect(quarterEnd(quarter, APR_BY_START)).toBe(last);
  });
});

describe('other fiscal years', () => {
  it('a year starting in January is the calendar, whichever way it is named', () => {
    expect(quarterOfDate('2026-05-05', { start_month: 1, named_by: 'start' })).toBe('2026-Q2');
    expect(quarterEnd('2026-Q2', { start_month: 1, named_by: 'start' })).toBe('2026-06-30');
  });

  it('a year starting in December ends its first quarter in February, leap days included', () => {
    const december = { start_month: 12, named_by: 'end' } as const; // FY2024 runs Dec 2023 .. Nov 2024
    expect(quarterOfDate('2023-12-01', december)).toBe('2024-Q1');
    expect(quarterEnd('2024-Q1', december)).toBe('2024-02-29');
    expect(quarterStart('2024-Q4', december)).toBe('2024-09-01');
  });
});
