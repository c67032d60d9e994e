import { describe, expect, it } from 'vitest';
import { addQuarters, daysBetween, quarterRange } from '../../src/calendar/quarter.ts';

describe('quarters and dates', () => {
  it('counts quarters across years', () => {
    expect(addQuarters('2025-Q4', 1)).toBe('2026-Q1');
    expect(addQuarters('2025-Q1', -3)).toBe('2024-Q2');
    expect(quarterRange('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('counts days, leap years included', () => {
    expect(daysBetween('2025-07-14', '2025-09-30')).toBe(78);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
  });
});
