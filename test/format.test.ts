import { describe, expect, it } from 'vitest';
import { countOf, createFormatter, quarterLabel } from '../src/format.ts';

describe('countOf', () => {
  it('says one thing in the singular and any other count in the plural, zero included', () => {
    expect(countOf(1, 'touchpoint')).toBe('1 touchpoint');
    expect(countOf(0, 'touchpoint')).toBe('0 touchpoints');
    expect(countOf(3, 'touchpoint')).toBe('3 touchpoints');
  });

  it('takes the plural it is given where adding an s is wrong', () => {
    expect(countOf(1, 'SLA breach', 'SLA breaches')).toBe('1 SLA breach');
    expect(countOf(2, 'SLA breach', 'SLA breaches')).toBe('2 SLA breaches');
  });
});

describe('quarter labels', () => {
  it('writes a calendar quarter as "Q3 2025" and a fiscal one as "Q3 FY2025"', () => {
    expect(quarterLabel('2025-Q3', false)).toBe('Q3 2025');
    expect(quarterLabel('2027-Q1', true)).toBe('Q1 FY2027');
  });

  it('is what the formatter writes, for the calendar it was made for', () => {
    expect(createFormatter('en-US', 'USD').quarter('2026-Q4')).toBe('Q4 2026');
    expect(createFormatter('en-US', 'USD', true).quarter('2026-Q4')).toBe('Q4 FY2026');
  });
});
