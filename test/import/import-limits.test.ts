import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFigures } from '../../src/import/csv-figures.ts';
import type { ImportIssue } from '../../src/import/import-error.ts';
import { fixturePath, runCli } from '../helpers.ts';
import { accountText, addExport, importProject } from './helpers.ts';

const NOTHING_WRITTEN = '  Nothing was written. Fix these rows (or the account files) and import again.\n';

describe('import: limits that keep a run and its result loadable', () => {
  it('refuses a note that would make the account file larger than loading accepts, at its row', async () => {
    const dir = importProject();
    const before = accountText(dir);
    const csv = readFileSync(fixturePath('import/huge-note', 'figures.csv'), 'utf8').replace(
      'NOTE',
      'x'.repeat(1_100_000),
    );
    writeFileSync(join(dir, 'huge-note.csv'), csv);
    const { status, stderr } = await runCli(['import', 'huge-note.csv'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^huge-note\.csv:3 column value: would make data\/acme\.yaml \d+ bytes; an account file may be at most 1048576\n/,
    );
    expect(stderr.endsWith(NOTHING_WRITTEN)).toBe(true);
    expect(accountText(dir)).toBe(before);
  });

  it('refuses a CSV file over 20 MB before reading it', async () => {
    const dir = importProject();
    const before = accountText(dir);
    // Sparse: the size is what stat tells, no 20 MB is written.
    writeFileSync(join(dir, 'big.csv'), '');
    truncateSync(join(dir, 'big.csv'), 20 * 1024 * 1024 + 1);
    const { status, stderr } = await runCli(['import', 'big.csv'], dir);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `big.csv:1: the file is 20971521 bytes; a CSV file may be at most 20971520 (20 MB): split it\n${NOTHING_WRITTEN}`,
    );
    expect(accountText(dir)).toBe(before);
  });

  it('names a duplicate at the end of a header of 100,000 columns', () => {
    const header = ['account', 'quarter', ...Array.from({ length: 99_997 }, (_, i) => `m${i}`), 'M5'];
    const issues: ImportIssue[] = [];
    expect(csvFigures({ file: 'wide.csv', delimiter: ',', header, rows: [] }, issues)).toEqual([]);
    expect(issues).toEqual([{ file: 'wide.csv', line: 1, column: 'M5', message: 'appears twice in the header' }]);
  });

  it('refuses a header of more than 10,000 columns', () => {
    const header = ['account', 'quarter', ...Array.from({ length: 9_999 }, (_, i) => `m${i}`)];
    const issues: ImportIssue[] = [];
    csvFigures({ file: 'wide.csv', delimiter: ',', header, rows: [] }, issues);
    expect(issues).toEqual([
      { file: 'wide.csv', line: 1, message: 'the header row has 10001 columns; a file may have at most 10000' },
    ]);
  });

  it("removes a killed run's temporary file from the data folder and keeps a running one's", async () => {
    const dir = importProject();
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = join(dir, 'data', `.acme.yaml.${deadPid}.0badf00d.tmp`);
    const live = join(dir, 'data', `.acme.yaml.${process.pid}.0badf00d.tmp`);
    writeFileSync(stale, 'half a file');
    writeFileSync(live, 'a write under way');
    const { status } = await runCli(['import', addExport(dir, 'long')], dir);
    expect(status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readFileSync(live, 'utf8')).toBe('a write under way');
    expect(accountText(dir)).toContain('Stoppages avoided, line 4 live');
  });
});
