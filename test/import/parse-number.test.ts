import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/import/parse-number.ts';

describe('numbers as spreadsheets export them', () => {
  it.each([
    ['1.234,5', ';', 1234.5],
    ['1.234', ';', 1234],
    ['2,1', ';', 2.1],
    ['1 234,5', ';', 1234.5],
    ['1\u202f234,5', ';', 1234.5],
    ['1\u00a0234\u00a0567', ';', 1234567],
    ['-3,25', ';', -3.25],
    ['1,234.5', ',', 1234.5],
    ['1,234,567', ',', 1234567],
    ['1.234', ',', 1.234],
    ['0.8', '\t', 0.8],
    ['1,240', '\t', 1240],
    ['52', ',', 52],
  ] as const)('%j with %j is %d', (cell, delimiter, value) => {
    expect(parseNumber(cell, delimiter)).toEqual({ value, percent: false });
  });

  it('keeps a trailing % apart: the number as written', () => {
    expect(parseNumber('86%', ',')).toEqual({ value: 86, percent: true });
    expect(parseNumber('87,5 %', ';')).toEqual({ value: 87.5, percent: true });
  });

  it.each([
    [
      '1.5',
      ';',
      'expected a number written with a decimal comma, like 1.234,5; got "1.5" (in a file delimited by ; the decimal separator is a comma)',
    ],
    [
      '0,5',
      ',',
      'expected a number, like 1,234.5; got "0,5" (in a file delimited by , the decimal separator is a point; a decimal comma needs ; as the delimiter)',
    ],
    ['12,34,567', ',', 'expected a number, like 1,234.5; got "12,34,567"'],
    ['1,234,5', ';', 'expected a number written with a decimal comma, like 1.234,5; got "1,234,5"'],
    ['fifty', ',', 'expected a number, like 1,234.5; got "fifty"'],
    ['€ 5', ',', 'expected a number, like 1,234.5; got "€ 5"'],
    ['5.', ',', 'expected a number, like 1,234.5; got "5."'],
    ['%', ',', 'expected a number, like 1,234.5; got "%"'],
  ] as const)('refuses %j with %j', (cell, delimiter, message) => {
    expect(parseNumber(cell, delimiter)).toEqual({ error: message });
  });
});
