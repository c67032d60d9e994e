import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../src/import/import-error.ts';
import { headerDelimiter, readCsv } from '../../src/import/read-csv.ts';

const read = (text: string | Uint8Array) => {
  const issues: ImportIssue[] = [];
  const table = readCsv(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'x.csv', issues);
  return { table, issues };
};

describe('reading a CSV export', () => {
  it('reads the delimiter from the header row, not from the data', () => {
    expect(headerDelimiter('account,metric,quarter,value')).toBe(',');
    expect(headerDelimiter('account;quarter;mttr')).toBe(';');
    expect(headerDelimiter('account\tquarter\tmttr')).toBe('\t');
    expect(headerDelimiter('"a;b",quarter,value')).toBe(',');
    const { table } = read('account;quarter;mttr\nacme;2027-Q1;6,4\n');
    expect(table?.rows).toEqual([{ line: 2, cells: ['acme', '2027-Q1', '6,4'] }]);
  });

  it('drops a byte-order mark and reads CRLF lines', () => {
    const { table, issues } = read('\uFEFFAccount;Quarter\r\nacme;2027-Q1\r\n');
    expect(issues).toEqual([]);
    expect(table?.header).toEqual(['Account', 'Quarter']);
    expect(table?.rows).toEqual([{ line: 2, cells: ['acme', '2027-Q1'] }]);
  });

  it('numbers each row by the line it starts on, past blank lines and cells spanning lines', () => {
    const { table } = read('a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n4,5\r\n;;\r\n,\r\n6,7');
    expect(table?.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [4, '3'],
      [6, '4'],
      [7, ';;'],
      [9, '6'],
    ]);
  });

  it('reports an unclosed quote at the line it opens on', () => {
    const { issues } = read('a,b\n1,2\n3,"abc\n4,5\n6,7\n');
    expect(issues).toEqual([
      {
        file: 'x.csv',
        line: 3,
        message: expect.stringContaining('a quoted cell starts on this line and is never closed'),
      },
    ]);
  });

  it('reports each stray quote, once a line, and reads the rows between them', () => {
    const { table, issues } = read('a,b\n1,ab"c\n2,3\n4,"x" y\n5,6\n');
    expect(issues.map((i) => [i.line, i.message.slice(0, 30)])).toEqual([
      [2, 'a " inside a cell that does no'],
      [4, 'text follows the closing " of '],
    ]);
    expect(table?.rows.map((r) => r.cells[0])).toEqual(['2']);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const { table, issues } = read(
      new Uint8Array([...new TextEncoder().encode('a,b\nc,d\n'), 0x4d, 0xe4, 0x72, 0x7a, 0x0a]),
    );
    expect(table).toBeNull();
    expect(issues).toEqual([
      { file: 'x.csv', line: 3, message: expect.stringContaining('not UTF-8 text (byte 0xE4 on this line') },
    ]);
  });

  it('tells a UTF-16 file apart', () => {
    expect(read(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).issues[0]?.message).toContain('UTF-16');
  });

  it('calls an empty file empty', () => {
    expect(read('\n\n').issues[0]?.message).toContain('the file is empty');
  });
});
