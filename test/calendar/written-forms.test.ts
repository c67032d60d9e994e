import { describe, expect, it } from 'vitest';
import { isCalendarDate, QUARTER_PATTERN } from '../../src/calendar/written-forms.ts';

describe('written forms', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
  ])('%s is a real date: %s', (text, real) => expect(isCalendarDate(text)).toBe(real));

  it.each([
    ['2025-Q3', true],
    ['2025-Q5', false],
    ['2025-q3', false],
    ['25-Q3', false],
  ])('%s is a quarter: %s', (text, quarter) => expect(QUARTER_PATTERN.test(text)).toBe(quarter));
});
