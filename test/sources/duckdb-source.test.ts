import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';
import { accountText } from '../import/helpers.ts';
import { pullProject } from './helpers.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project whose source is the DuckDB file `figures.duckdb`, holding a table of one figure. */
async function databaseProject(sql: Record<string, string>): Promise<string> {
  const dir = pullProject({ type: 'duckdb', database: 'figures.duckdb' }, sql);
  made.push(dir);
  const instance = await DuckDBInstance.create(join(dir, 'figures.duckdb'));
  const connection = await instance.connect();
  await connection.run(
    "create table figures as select 'acme' as account, 'downtime' as metric, '2027-Q1' as quarter, 52 as value",
  );
  connection.closeSync();
  instance.closeSync();
  return dir;
}

async function tableRows(dir: string): Promise<number> {
  const instance = await DuckDBInstance.create(join(dir, 'figures.duckdb'), { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  const count = Number((await connection.runAndReadAll('select count(*) from figures')).getRows()[0]![0]);
  connection.closeSync();
  instance.closeSync();
  return count;
}

describe('pull from a DuckDB database file', () => {
  it('reads its tables', async () => {
    const dir = await databaseProject({ 'figures.sql': 'select * from figures\n' });
    const { status, stdout } = await runCli(['pull'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('acme: 1 added, 0 changed, 0 unchanged');
    expect(accountText(dir)).toContain('      2027-Q1: 52\n');
  });

  it('refuses a DELETE and an INSERT, saying the source is read only; the table keeps its rows', async () => {
    const dir = await databaseProject({
      'delete.sql': 'delete from figures\n',
      'insert.sql': "insert into figures values ('acme', 'mttr', '2027-Q1', 6)\n",
    });
    const before = accountText(dir);
    const { status, stderr } = await runCli(['pull'], dir);
    expect(status).toBe(1);
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'queries/delete.sql: refused a statement of type DELETE: a source is read only (qbr runs one SELECT per file)',
      'queries/insert.sql: refused a statement of type INSERT: a source is read only (qbr runs one SELECT per file)',
    ]);
    expect(accountText(dir)).toBe(before);
    expect(await tableRows(dir)).toBe(1);
  });

  it('names the database file it cannot open', async () => {
    const dir = pullProject({ type: 'duckdb', database: 'missing.duckdb' }, { 'figures.sql': 'select 1\n' });
    made.push(dir);
    const { status, stderr } = await runCli(['pull'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^source warehouse: cannot open the DuckDB database missing\.duckdb: .+\n/);
  });

  it('gives the line and column DuckDB reports, also on a line too long for its excerpt', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => `'x' as padding_column_${i}`).join(', ');
    const dir = pullProject(
      { type: 'duckdb' },
      { 'long.sql': `-- one long line\nselect ${columns}, no_such_column as value\n` },
    );
    made.push(dir);
    const { stderr } = await runCli(['pull'], dir);
    const column = `select ${columns}, `.length + 1;
    expect(stderr.split('\n')[0]).toBe(
      `queries/long.sql:2:${column}: Binder Error: Referenced column "no_such_column" was not found because the FROM clause is missing`,
    );
  });
});
