/**
 * `pull` touches each account file as `import` does (test/import/many-figures.test.ts): read
 * once, written once when it changes, never otherwise, however the rows of its accounts are
 * spread through a result. Every read, open, write and rename of the real files is counted,
 * through node's fs modules, each call still made.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers.ts';
import { pullProject } from './helpers.ts';

vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof fsp>();
  const counted = ['readFile', 'open', 'writeFile', 'rename', 'copyFile'] as const;
  return { ...actual, ...Object.fromEntries(counted.map((name) => [name, vi.fn(actual[name])])) };
});
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof fs>();
  const counted = ['readFileSync', 'openSync', 'writeFileSync', 'renameSync', 'copyFileSync'] as const;
  return { ...actual, ...Object.fromEntries(counted.map((name) => [name, vi.fn(actual[name])])) };
});

/** How many calls of these functions named `path` as their argument `at`. */
function callsNaming(path: string, at: number, fns: unknown[]): number {
  return fns
    .map((fn) => vi.mocked(fn as () => unknown).mock.calls.filter((args) => args[at] === path).length)
    .reduce((a, b) => a + b, 0);
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pull: the account files', () => {
  it('reads each account file once, writes each changed one once and one no row names never', async () => {
    // acme's rows before and after helios-freight's; bramble-foods has none.
    const sql = `select * from (values
  ('acme', 'downtime', '2027-Q1', 52),
  ('helios-freight', 'support.tickets', '2027-Q1', 7),
  ('acme', 'support.tickets', '2027-Q1', 9)
) as t(account, metric, quarter, value)
`;
    const ids = ['acme', 'helios-freight', 'bramble-foods'];
    const dir = pullProject({ type: 'duckdb' }, { 'figures.sql': sql }, ids);
    made.push(dir);
    vi.clearAllMocks();
    const { status, stdout } = await runCli(['pull'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('wrote 2 account files\n');
    const file = (id: string) => join(dir, 'data', `${id}.yaml`);
    const reads = (id: string) =>
      callsNaming(file(id), 0, [fsp.readFile, fsp.open, fs.readFileSync, fs.openSync, fsp.copyFile, fs.copyFileSync]);
    const writes = (id: string) =>
      callsNaming(file(id), 0, [fsp.writeFile, fs.writeFileSync]) +
      callsNaming(file(id), 1, [fsp.rename, fs.renameSync, fsp.copyFile, fs.copyFileSync]);
    expect(ids.map(reads)).toEqual([1, 1, 1]);
    expect(ids.map(writes)).toEqual([1, 1, 0]);
  }, 30_000);
});
