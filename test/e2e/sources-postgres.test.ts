/**
 * `pull` from a real PostgreSQL, started once for this file (test/e2e/postgres-server.ts) with a
 * small schema: figures pulled, and every bad input a warehouse can give. No password is printed.
 */
import { rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';
import { account, accountText } from '../import/helpers.ts';
import { addQuery, pullProject } from '../sources/helpers.ts';
import { freePort, startPostgres, type PostgresServer } from './postgres-server.ts';
import { requireTools, skipping } from './requirements.ts';

const SCHEMA = `
create table figures (account text, metric text, quarter text, value numeric, note text);
insert into figures values
  ('acme', 'downtime', '2027-Q1', 52, null),
  ('acme', 'first-time-fix', '2027-Q1', 88, null),
  ('acme', 'mttr', '2027-Q1', null, null),
  ('acme', 'value', '2027-Q1', 98000, 'Stoppages avoided'),
  ('acme', 'downtime', '2026-Q4', 53, null);
create table tickets (account text, opened date, csat smallint);
insert into tickets values ('acme', '2027-01-10', 5), ('acme', '2027-02-10', 4), ('acme', '2027-03-10', null);
`;

const VARIABLE = 'QBR_TEST_WAREHOUSE_URL';
let server: PostgresServer;
const made: string[] = [];

const SKIP = skipping('postgresql');

beforeAll(async () => {
  if (SKIP) return;
  requireTools('postgresql');
  server = await startPostgres();
  server.psql(SCHEMA);
  process.env[VARIABLE] = server.url();
});
afterAll(() => {
  delete process.env[VARIABLE];
  server?.stop();
});
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const project = (sql: Record<string, string>, source: Record<string, unknown> = {}) => {
  const dir = pullProject({ type: 'postgres', url: `\${${VARIABLE}}`, ...source }, sql);
  made.push(dir);
  return dir;
};

/** Runs `pull` and checks what every failure shares: exit 1, no file written, no password shown. */
async function failedPull(dir: string): Promise<string[]> {
  const before = accountText(dir);
  const { status, stdout, stderr } = await runCli(['pull'], dir);
  expect(status).toBe(1);
  expect(accountText(dir)).toBe(before);
  expect(`${stdout}${stderr}`).not.toContain(server.password);
  return stderr.split('\n');
}

describe.skipIf(SKIP)('pull from PostgreSQL', () => {
  it('writes the figures its queries return: numeric, computed and text values, notes; NULL is no value', async () => {
    const dir = project({
      'figures.sql': 'select account, metric, quarter, value, note from figures\n',
      'support.sql':
        "select account, 'support.csat' as metric, to_char(opened, 'YYYY-\"Q\"Q') as quarter, round(avg(csat), 1) as value\nfrom tickets group by 1, 2, 3\n",
    });
    const { status, stdout, stderr } = await runCli(['pull'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(
      'queries/figures.sql: 5 rows\nqueries/support.sql: 1 row\nacme: 4 added, 1 changed, 0 unchanged (data/acme.yaml)\nwrote 1 account file\n',
    );
    const acme = await account(dir);
    expect(acme.promises.find((p) => p.id === 'downtime')!.actuals).toMatchObject({ '2026-Q4': 53, '2027-Q1': 52 });
    expect(acme.promises.find((p) => p.id === 'first-time-fix')!.actuals['2027-Q1']).toBe(88);
    expect('2027-Q1' in acme.promises.find((p) => p.id === 'mttr')!.actuals).toBe(false);
    expect(acme.value.at(-1)).toEqual({ quarter: '2027-Q1', amount: 98000, description: 'Stoppages avoided' });
    expect(acme.support['2027-Q1']).toEqual({ csat: 4.5 });
    expect((await runCli(['pull'], dir)).stdout).toContain('acme: 0 added, 0 changed, 5 unchanged');
  });

  it("--quarter keeps only that quarter's rows", async () => {
    const dir = project({ 'figures.sql': 'select account, metric, quarter, value, note from figures\n' });
    const { stdout } = await runCli(['pull', '--quarter', '2026-Q4', '--dry-run'], dir);
    expect(stdout).toBe(
      'queries/figures.sql: 5 rows\nacme: 0 added, 1 changed, 0 unchanged (data/acme.yaml)\n  ~ promises.downtime.actuals 2026-Q4: 55 → 53\ndry run: nothing written\n',
    );
  });
});

describe.skipIf(SKIP)('pull from PostgreSQL: bad input', () => {
  it.each([
    ['sql-error', 'queries/sql-error.sql:3:8: column "csat_avg" does not exist'],
    [
      'missing-columns',
      'queries/missing-columns.sql: returns no value column (its columns: account, metric, quarter, amount); a query returns account, metric, quarter, value and optionally note',
    ],
    ['bad-row', 'queries/bad-row.sql row 2 column value: expected a number, like 1,234.5; got "twelve"'],
    [
      'duplicate-row',
      'queries/duplicate-row.sql row 3 column value: acme downtime 2027-Q1 is also given as 52 (queries/duplicate-row.sql row 1); which is right?',
    ],
  ])('%s', async (scenario, message) => {
    const dir = project({});
    addQuery(dir, scenario);
    expect((await failedPull(dir))[0]).toBe(message);
  });

  it('refuses a DELETE, an INSERT and a COMMIT smuggled before a DELETE; the table keeps its rows', async () => {
    const dir = project({
      'a-delete.sql': 'delete from figures\n',
      'b-insert.sql': "insert into figures values ('acme', 'mttr', '2027-Q1', 6, null)\n",
      'c-commit.sql': 'commit; delete from figures\n',
    });
    expect((await failedPull(dir)).slice(0, 3)).toEqual([
      'queries/a-delete.sql: cannot execute DELETE in a read-only transaction: a source is read only',
      'queries/b-insert.sql: cannot execute INSERT in a read-only transaction: a source is read only',
      'queries/c-commit.sql: cannot insert multiple commands into a prepared statement',
    ]);
    expect(server.psql('select count(*) from figures;')).toMatch(/^\s*count\s*\n-+\n\s*5\n/);
  });

  it('stops a query past timeout_s', async () => {
    const dir = project(
      {
        'slow.sql': "select 'acme' as account, 'mttr' as metric, '2027-Q1' as quarter, 6 as value from pg_sleep(30)\n",
      },
      { timeout_s: 0.5 },
    );
    expect((await failedPull(dir))[0]).toBe(
      'queries/slow.sql: canceling statement due to statement timeout (timeout_s: 0.5)',
    );
  });

  it('names the unset variable and the source', async () => {
    const dir = project({ 'figures.sql': 'select * from figures\n' }, { url: '${QBR_TEST_UNSET_URL}' });
    expect((await failedPull(dir))[0]).toBe(
      'source warehouse: the environment variable QBR_TEST_UNSET_URL is not set (its url: in the config reads ${QBR_TEST_UNSET_URL})',
    );
  });
});

describe.skipIf(SKIP)('pull from PostgreSQL: a connection that fails is one line, its password replaced', () => {
  it('a wrong password', async () => {
    const dir = project(
      { 'figures.sql': 'select * from figures\n' },
      { url: `postgres://qbr:not-${server.password}@127.0.0.1:${server.port}/postgres` },
    );
    const lines = await failedPull(dir);
    expect(lines[0]).toBe(
      `source warehouse: cannot connect to postgres://qbr:***@127.0.0.1:${server.port}/postgres: password authentication failed for user "qbr" (the login was refused)`,
    );
    expect(lines.join('\n')).not.toContain('not-');
  });

  it('a refused connection', async () => {
    const port = await freePort();
    const dir = project(
      { 'figures.sql': 'select * from figures\n' },
      { url: `postgres://qbr:${server.password}@127.0.0.1:${port}/postgres` },
    );
    expect((await failedPull(dir))[0]).toBe(
      `source warehouse: cannot connect to postgres://qbr:***@127.0.0.1:${port}/postgres: connection refused (is the server running, on that host and port?)`,
    );
  });

  it('a server that does not answer within timeout_s', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const { port } = silent.address() as { port: number };
    try {
      const dir = project(
        { 'figures.sql': 'select * from figures\n' },
        { url: `postgres://qbr:${server.password}@127.0.0.1:${port}/postgres`, timeout_s: 0.5 },
      );
      expect((await failedPull(dir))[0]).toBe(
        `source warehouse: cannot connect to postgres://qbr:***@127.0.0.1:${port}/postgres: no answer within timeout_s (0.5 s)`,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => silent.close(done));
    }
  });
});
