/**
 * Numbers as spreadsheets export them. With `;` as the delimiter the decimal separator is a
 * comma and thousands are grouped with `.` (German, French): `1.234,5`; otherwise the decimal
 * separator is `.` and thousands are grouped with `,`: `1,234.5`. Spaces (also the no-break
 * spaces a French spreadsheet writes) group thousands in both. A trailing `%` is kept apart:
 * `86 %` is the number 86 with a percent sign, not 0.86.
 */
import type { Delimiter } from './read-csv.ts';

export type ParsedNumber = { value: number; percent: boolean } | { error: string };

const SPACES = /[ \u00a0\u202f]/g;

export function parseNumber(cell: string, delimiter: Delimiter): ParsedNumber {
  const decimal = delimiter === ';' ? ',' : '.';
  const group = delimiter === ';' ? '.' : ',';
  let text = cell.trim();
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  const digits = text.replace(SPACES, (space, at: number) =>
    /\d/.test(text[at - 1] ?? '') && /^\d{3}(\D|$)/.test(text.slice(at + 1)) ? group : space,
  );
  const [whole, fraction, ...more] = digits.split(decimal);
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})+$`);
  const plain = /^[-+]?\d+$/;
  if (
    more.length > 0 ||
    whole === undefined ||
    !(plain.test(whole) || grouped.test(whole)) ||
    (fraction !== undefined && !/^\d+$/.test(fraction))
  ) {
    return {
      error: `expected a number${delimiter === ';' ? ' written with a decimal comma, like 1.234,5' : ', like 1,234.5'}; got "${cell}"${hint(text, delimiter)}`,
    };
  }
  const value = Number(`${whole.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return { value, percent };
}

/** The commonest mix-up: a decimal point in a `;` file, or a decimal comma in a `,` file. */
function hint(text: string, delimiter: Delimiter): string {
  if (delimiter === ';' && /^[-+]?\d+\.\d{1,2}$|^[-+]?\d+\.\d{4,}$/.test(text))
    return ' (in a file delimited by ; the decimal separator is a comma)';
  if (delimiter !== ';' && /^[-+]?\d+,\d{1,2}$|^[-+]?\d+,\d{4,}$/.test(text))
    return ` (in a file delimited by ${delimiter === ',' ? ',' : 'tabs'} the decimal separator is a point; a decimal comma needs ; as the delimiter)`;
  return '';
}
