import * as fsp from 'node:fs/promises';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePath, ROOT, runCli } from '../helpers.ts';
import { accountText, addExport, importProject } from './helpers.ts';

// Every file read, rename and parse the import makes is counted, and still made.
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof fsp>();
  return {
    ...actual,
    readFile: vi.fn(actual.readFile),
    rename: vi.fn(actual.rename),
    writeFile: vi.fn(actual.writeFile),
  };
});
vi.mock('yaml', async (original) => {
  const actual = await original<typeof yaml>();
  return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});
const calls = (fn: (...args: never[]) => unknown, argument: number, matches: (value: unknown) => boolean) =>
  vi.mocked(fn).mock.calls.filter((args) => matches(args[argument])).length;

const many = (file: string) => fixturePath('import/many-figures', file);

describe('import: an account receiving many figures', () => {
  const dirs: string[] = [];
  const project = (accounts: Record<string, string>) => {
    const dir = importProject(accounts);
    dirs.push(dir);
    return dir;
  };
  beforeEach(() => vi.clearAllMocks());
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes 10 metrics x 8 quarters (new keys, new maps, replaced values) into a commented file exactly as expected, and a second import changes nothing', async () => {
    const dir = project({ 'beta.yaml': many('account.yaml') });
    const csv = addExport(dir, 'many-figures');
    const first = await runCli(['import', csv], dir);
    expect(first.stdout).toBe('beta: 69 added, 4 changed, 7 unchanged (data/beta.yaml)\nwrote 1 account file\n');
    expect(accountText(dir, 'beta')).toBe(readFileSync(many('expected.yaml'), 'utf8'));
    const second = await runCli(['import', csv], dir);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('beta: 0 added, 0 changed, 80 unchanged');
    expect(accountText(dir, 'beta')).toBe(readFileSync(many('expected.yaml'), 'utf8'));
  });

  it('reads each account file once, writes each changed one once and an untouched one never', async () => {
    const samples = join(ROOT, 'data');
    const dir = project({
      'beta.yaml': many('account.yaml'),
      'acme.yaml': join(samples, 'acme.yaml'),
      'helios-freight.yaml': join(samples, 'helios-freight.yaml'),
    });
    const file = (id: string) => join(dir, 'data', `${id}.yaml`);
    expect((await runCli(['import', addExport(dir, 'many-figures'), addExport(dir, 'long')], dir)).status).toBe(0);
    const reads = (id: string) => calls(fsp.readFile, 0, (path) => path === file(id));
    const writes = (id: string) =>
      calls(fsp.rename, 1, (path) => path === file(id)) + calls(fsp.writeFile, 0, (path) => path === file(id));
    expect(['beta', 'acme', 'helios-freight'].map(reads)).toEqual([1, 1, 1]);
    expect(['beta', 'acme', 'helios-freight'].map(writes)).toEqual([1, 1, 0]);
  });

  it('parses the account file a few times for its 80 figures, not once a figure', async () => {
    const dir = project({ 'beta.yaml': many('account.yaml') });
    expect((await runCli(['import', addExport(dir, 'many-figures')], dir)).status).toBe(0);
    const parses = calls(yaml.parseDocument as (...args: never[]) => unknown, 0, (text) =>
      String(text).startsWith('# Beta Foods'),
    );
    // Once for its id, once loading it (that parse also places the edits) and once checking the result.
    expect(parses).toBeLessThanOrEqual(3);
  });
});
