import { describe, expect, it } from 'vitest';
import { addQuarters, daysBetween, isCalendarDate, quarterEnd, quarterOfDate, quarterRange } from '../../src/analyse/quarter.ts';

describe('quarters and dates', () => {
  it.each([
    ['2025-01-01', '2025-Q1'],
    ['2025-03-31', '2025-Q1'],
    ['2025-04-01', '2025-Q2'],
    ['2025-12-31', '2025-Q4'],
  ])('%s falls in %s', (date, quarter) => expect(quarterOfDate(date)).toBe(quarter));

  it.each([
    ['2024-Q1', '2024-03-31'],
    ['2025-Q2', '2025-06-30'],
    ['2025-Q3', '2025-09-30'],
    ['2025-Q4', '2025-12-31'],
  ])('%s ends on %s', (quarter, end) => expect(quarterEnd(quarter)).toBe(end));

  it('counts quarters across years', () => {
    expect(addQuarters('2025-Q4', 1)).toBe('2026-Q1');
    expect(addQuarters('2025-Q1', -3)).toBe('2024-Q2');
    expect(quarterRange('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('counts days, leap years included', () => {
    expect(daysBetween('2025-07-14', '2025-09-30')).toBe(78);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
  });

  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
  ])('%s is a real date: %s', (text, real) => expect(isCalendarDate(text)).toBe(real));
});
