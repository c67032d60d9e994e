import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.ts';
import { account, accountText } from '../import/helpers.ts';
import { addQuery, pullProject } from './helpers.ts';
import { tempDir } from '../temp-dirs.ts';

const made: string[] = [];
const project = (sql: Record<string, string> = {}, source: Record<string, unknown> = { type: 'duckdb' }) => {
  const dir = pullProject(source, sql);
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The repository's sample accounts copied into a scratch folder, to be written into. */
function sampleData(): string {
  const dir = tempDir('qbr-pull-');
  made.push(dir);
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return join(dir, 'data');
}

describe('pull from DuckDB (embedded): the samples', () => {
  it('writes the same account files as importing the sample CSV exports, and a second pull changes nothing', async () => {
    const [pulled, imported] = [sampleData(), sampleData()];
    const pull = await runCli(['pull', '--config', 'examples/sources/qbr.config.yaml', '--data', pulled], ROOT);
    expect(pull.stderr).toBe('');
    expect(pull.status).toBe(0);
    expect(pull.stdout).toContain('examples/sources/samples/support.sql: 15 rows\n');
    expect(pull.stdout).toContain('acme: 12 added, 0 changed, 0 unchanged');
    expect(pull.stdout).toContain('wrote 3 account files\n');
    const exports = readdirSync(join(ROOT, 'examples/exports')).map((f) => join(ROOT, 'examples/exports', f));
    expect((await runCli(['import', ...exports, '--data', imported], ROOT)).status).toBe(0);
    for (const file of readdirSync(pulled))
      expect(readFileSync(join(pulled, file), 'utf8')).toBe(readFileSync(join(imported, file), 'utf8'));
    const acme = readFileSync(join(pulled, 'acme.yaml'), 'utf8');
    expect(acme).toContain(
      '2027-Q1: { tickets: 10, resolved: 10, sla_breaches: 0, first_response_hours: 2.1, csat: 4.6 }',
    );
    const again = await runCli(['pull', '--config', 'examples/sources/qbr.config.yaml', '--data', pulled], ROOT);
    expect(again.stdout).toContain('acme: 0 added, 0 changed, 12 unchanged');
    expect(again.stdout).toContain('nothing to change: every figure is in its file already\n');
    expect(readFileSync(join(pulled, 'acme.yaml'), 'utf8')).toBe(acme);
  }, 30_000);
});

describe('pull from DuckDB: what a query returns', () => {
  it("reads numbers and notes; --quarter keeps only that quarter's rows", async () => {
    const dir = project();
    addQuery(dir, 'two-quarters');
    const { status, stdout } = await runCli(['pull', '--quarter', '2027-Q1'], dir);
    expect(status).toBe(0);
    expect(stdout).toBe(
      'queries/two-quarters.sql: 3 rows\nacme: 2 added, 0 changed, 0 unchanged (data/acme.yaml)\nwrote 1 account file\n',
    );
    const acme = await account(dir);
    expect(acme.promises.find((p) => p.id === 'downtime')!.actuals).toMatchObject({ '2026-Q4': 55, '2027-Q1': 52 });
    expect(acme.value.at(-1)).toEqual({ quarter: '2027-Q1', amount: 98000, description: 'Stoppages avoided' });
  });

  it('takes a NULL value as no value, never 0', async () => {
    const dir = project();
    addQuery(dir, 'null-value');
    const { status, stdout } = await runCli(['pull'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('acme: 1 added, 0 changed, 0 unchanged');
    const acme = await account(dir);
    expect(acme.promises.find((p) => p.id === 'downtime')!.actuals['2027-Q1']).toBe(52);
    expect('2027-Q1' in acme.promises.find((p) => p.id === 'mttr')!.actuals).toBe(false);
  });

  it("reads paths relative to the config's folder, not the working folder", async () => {
    const dir = project({ 'csv.sql': "select * from read_csv('exports/figures.csv', all_varchar = true)\n" });
    cpSync(join(ROOT, 'test/fixtures/import/long/figures.csv'), join(dir, 'exports/figures.csv'), { recursive: true });
    const { status, stdout } = await runCli(
      ['pull', '--config', join(dir, 'qbr.config.yaml'), '--data', join(dir, 'data')],
      ROOT,
    );
    expect(status).toBe(0);
    expect(stdout).toContain('queries/csv.sql: 8 rows\nacme: 6 added, 1 changed, 0 unchanged');
  });
});

const FAULTS: Array<[string, string]> = [
  [
    'sql-error',
    'queries/sql-error.sql:3:8: Binder Error: Referenced column "csat_avg" not found in FROM clause! Candidate bindings: "csat", "quarter"',
  ],
  [
    'missing-columns',
    'queries/missing-columns.sql: returns no value column (its columns: account, metric, quarter, amount); a query returns account, metric, quarter, value and optionally note',
  ],
  ['bad-row', 'queries/bad-row.sql row 2 column value: expected a number, like 1,234.5; got "twelve"'],
  [
    'duplicate-row',
    'queries/duplicate-row.sql row 3 column value: acme downtime 2027-Q1 is also given as 52 (queries/duplicate-row.sql row 1); which is right?',
  ],
  [
    'write-create',
    'queries/write-create.sql: refused a statement of type CREATE: a source is read only (qbr runs one SELECT per file)',
  ],
  [
    'write-copy',
    'queries/write-copy.sql: refused a statement of type COPY: a source is read only (qbr runs one SELECT per file)',
  ],
];

describe('pull from DuckDB: bad input is named with its file, and nothing is written', () => {
  it.each(FAULTS)('%s', async (scenario, message) => {
    const dir = project({
      'good.sql': "select 'acme' as account, 'mttr' as metric, '2027-Q1' as quarter, 6.1 as value\n",
    });
    addQuery(dir, scenario);
    const before = accountText(dir);
    const { status, stdout, stderr } = await runCli(['pull'], dir);
    expect(status).toBe(1);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stdout).not.toContain('wrote');
    expect(accountText(dir)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['data', 'qbr.config.yaml', 'queries']);
  });
});

describe('pull: usage', () => {
  it('names an unknown source with the nearest one, and exits 2', async () => {
    const dir = project({
      'good.sql': "select 'acme' as account, 'mttr' as metric, '2027-Q1' as quarter, 6.1 as value\n",
    });
    const { status, stderr } = await runCli(['pull', 'warehose'], dir);
    expect(status).toBe(2);
    expect(stderr).toBe('no source warehose in the config (did you mean "warehouse"?)\n  Its sources: warehouse.\n');
  });

  it('says so when the config has no sources, and exits 2', async () => {
    // data/ holds no qbr.config.yaml: the defaults, which have no sources.
    const { status, stderr } = await runCli(['pull'], join(project(), 'data'));
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe('the config has no sources: to pull from');
  });
});
