import { describe, expect, it } from 'vitest';
import { countOf, createFormatter } from '../src/format.ts';

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
