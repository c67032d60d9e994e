import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFigures } from '../../src/import/import-figures.ts';
import { fixturePath, ROOT, runCli } from '../helpers.ts';
import { tempDir } from '../temp-dirs.ts';
import { accountText, addExport, importProject } from './helpers.ts';

/** Each fixture holds one fault; its message names the file, the line and (for a cell) the column. */
const FAULTS: Array<[string, string]> = [
  [
    'unclosed-quote',
    'unclosed-quote.csv:3: a quoted cell starts on this line and is never closed: add the closing " (every line after it was read as part of that cell)',
  ],
  [
    'ragged-row',
    'ragged-row.csv:3: this row has 5 cells and the header row 4: a missing or extra ",", or a cell that needs quotes',
  ],
  [
    'no-account-column',
    'no-account-column.csv:1: the header row has no account column (it has "customer", "metric", "quarter", "value"); a long file starts account,metric,quarter,value and a wide one account,quarter,METRIC...',
  ],
  [
    'not-utf8',
    'not-utf8.csv:3: the file is not UTF-8 text (byte 0xFC on this line; a spreadsheet\'s plain "CSV" is often Windows-1252): save it as "CSV UTF-8"',
  ],
  ['utf16', 'utf16.csv:1: the file is UTF-16 text, not UTF-8: save it as "CSV UTF-8 (comma delimited)"'],
  [
    'unknown-account',
    'unknown-account.csv:3 column account: no account file for "acmr" in data (did you mean "acme"?)',
  ],
  [
    'unknown-metric',
    'unknown-metric.csv:2 column first-time-fixes: "first-time-fixes" is not a promise of acme nor value, adoption.* or support.* (did you mean "first-time-fix"?); its promises: downtime, first-time-fix, mttr, planned-share',
  ],
  ['before-contract', "before-contract.csv:3 column quarter: 2024-Q4 is before acme's contract starts (2025-Q1)"],
  ['bad-quarter', 'bad-quarter.csv:2 column quarter: expected a quarter written YYYY-Qn, like 2027-Q1; got "Q1 2027"'],
  [
    'not-a-number',
    'not-a-number.csv:2 column mttr: expected a number written with a decimal comma, like 1.234,5; got "6.4" (in a file delimited by ; the decimal separator is a comma)',
  ],
  ['negative-hours', 'negative-hours.csv:2 column value: -5 hours: a promise in hours cannot be negative'],
  [
    'duplicate-figure',
    'duplicate-figure.csv:3 column value: acme downtime 2027-Q1 is also given as 52 (duplicate-figure.csv:2); which is right?',
  ],
];

describe('import: bad input is named with its line, and nothing is written', () => {
  it.each(FAULTS)('%s', async (scenario, message) => {
    const dir = importProject();
    const before = accountText(dir);
    const { status, stderr } = await runCli(['import', addExport(dir, scenario)], dir);
    expect(status).toBe(1);
    expect(stderr).toBe(`${message}\n  Nothing was written. Fix these rows (or the account files) and import again.\n`);
    expect(accountText(dir)).toBe(before);
  });

  it('reports every bad row of every file at once, in the order the files were named', async () => {
    const dir = importProject();
    const files = FAULTS.map(([scenario]) => addExport(dir, scenario));
    const { status, stderr } = await runCli(['import', ...files], dir);
    expect(status).toBe(1);
    // 52 for acme downtime 2027-Q1 is first given by the good row of the first file.
    const expected = FAULTS.map(([, message]) => message.replace('(duplicate-figure.csv:2)', '(unclosed-quote.csv:2)'));
    expect(stderr.split('\n').slice(0, -2)).toEqual(expected);
  });

  it('writes no file when one row of another file is bad: all or nothing', async () => {
    const dir = importProject({
      'acme.yaml': join(ROOT, 'data', 'acme.yaml'),
      'helios-freight.yaml': join(ROOT, 'data', 'helios-freight.yaml'),
    });
    writeFileSync(
      join(dir, 'good.csv'),
      'account,metric,quarter,value\nhelios-freight,fuel,2026-Q4,2.49\nacme,downtime,2027-Q1,52\n',
    );
    const before = [accountText(dir), accountText(dir, 'helios-freight')];
    const { status, stderr } = await runCli(['import', 'good.csv', addExport(dir, 'unknown-metric')], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('unknown-metric.csv:2 column first-time-fixes:');
    expect([accountText(dir), accountText(dir, 'helios-freight')]).toEqual(before);
    expect((await runCli(['import', 'good.csv'], dir)).status).toBe(0); // the good file alone is fine
  });

  it('checks the result with the account schema and names the cell that breaks it', async () => {
    const dir = importProject();
    writeFileSync(
      join(dir, 'x.csv'),
      'account,metric,quarter,value\nacme,adoption.licensed,2027-Q1,250\nacme,support.csat,2027-Q1,5.5\nacme,support.tickets,2027-Q1,"1,5"\n',
    );
    const { status, stderr } = await runCli(['import', 'x.csv'], dir);
    expect(status).toBe(1);
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      'x.csv:2 column value: would leave data/acme.yaml invalid at adoption.2027-Q1.active: is required',
      'x.csv:3 column value: would leave data/acme.yaml invalid at support.2027-Q1.csat: must be between 0 and 5, got 5.5',
      'x.csv:4 column value: expected a number, like 1,234.5; got "1,5" (in a file delimited by , the decimal separator is a point; a decimal comma needs ; as the delimiter)',
    ]);
  });

  it('names an account file that is invalid already, at its own line and column', async () => {
    const dir = importProject({ 'acme.yaml': fixturePath('promise-target-string') });
    writeFileSync(join(dir, 'x.csv'), 'account,metric,quarter,value\nacme,downtime,2025-Q2,100\n');
    const { status, stderr } = await runCli(['import', 'x.csv'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'data/acme.yaml:11:13: promises[0].target: expected a number, got "sixty" (fix the account file before importing into it)\n',
    );
    expect(stderr).toContain('> 11 |     target: sixty');
  });

  it('names files outside the working folder by their whole path, not ../', async () => {
    const dir = importProject({ 'acme.yaml': fixturePath('promise-target-string') });
    writeFileSync(
      join(dir, 'x.csv'),
      'account,metric,quarter,value\nacme,downtime,2025-Q2,100\nacme,downtime,Q1 2027,1\n',
    );
    const options = { cwd: tempDir('qbr-elsewhere-'), files: [join(dir, 'x.csv')], dataDir: join(dir, 'data') };
    const said = await importFigures(options).then(
      () => 'nothing',
      (error: Error) => error.message,
    );
    expect(said.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      `${dir}/x.csv:3 column quarter: expected a quarter written YYYY-Qn, like 2027-Q1; got "Q1 2027"`,
      `${dir}/data/acme.yaml:11:13: promises[0].target: expected a number, got "sixty" (fix the account file before importing into it)`,
    ]);
  });

  it('puts a note beside a value only', async () => {
    const dir = importProject();
    writeFileSync(join(dir, 'x.csv'), 'account,metric,quarter,value,note\nacme,mttr,2027-Q1,6.4,estimated\n');
    expect((await runCli(['import', 'x.csv'], dir)).stderr).toContain(
      "x.csv:2 column note: only a value row has a note (the value's description); mttr has none",
    );
    writeFileSync(join(dir, 'y.csv'), 'account,quarter,mttr,value,note\nacme,2027-Q1,6.4,,estimated\n');
    expect((await runCli(['import', 'y.csv'], dir)).stderr).toContain(
      'y.csv:2 column note: describes a value, but this row has no value',
    );
  });

  it.each([
    [[], 'import needs at least one CSV file'],
    [['missing.csv'], 'no such file: missing.csv'],
    [['x.csv', '--colour'], '--colour is not a flag of qbr import'],
    [['x.csv', '--data', 'nowhere'], 'no folder nowhere for the account files'],
  ])('exits 2 for a usage error: %j', async (args, says) => {
    const dir = importProject();
    writeFileSync(join(dir, 'x.csv'), 'account,metric,quarter,value\nacme,downtime,2027-Q1,52\n');
    const { status, stderr } = await runCli(['import', ...args], dir);
    expect(status).toBe(2);
    expect(stderr).toContain(says);
  });
});
