import { describe, expect, it } from 'vitest';
import { countOf } from '../src/format.ts';

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
