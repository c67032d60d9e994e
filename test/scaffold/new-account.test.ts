import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountSkeleton } from '../../src/scaffold/account-skeleton.ts';
import { newAccount } from '../../src/scaffold/new-account.ts';
import { accountSchema } from '../../src/validate/account-schema.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { temporaryBeside } from '../../src/write/write-atomic.ts';
import { ROOT, runCli, scratchProject } from '../helpers.ts';

describe('new: a commented skeleton of a new account file', () => {
  it('starts with the schema comment, relative from the data folder to the schema', () => {
    const text = accountSkeleton({
      id: 'globex',
      name: 'Globex Corp',
      schemaPath: '../schema/account.schema.json',
      today: '2026-11-26',
    });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/account.schema.json');
    const dir = scratchProject({});
    return newAccount({ cwd: dir, id: 'globex', today: '2026-11-26' }).then(() => {
      const first = readFileSync(join(dir, 'data', 'globex.yaml'), 'utf8').split('\n')[0]!;
      const schema = first.replace('# yaml-language-server: $schema=', '');
      expect(resolve(dir, 'data', schema)).toBe(join(ROOT, 'schema', 'account.schema.json'));
      expect(existsSync(resolve(dir, 'data', schema))).toBe(true);
    });
  });

  it('writes every section of the account file, and passes --check as written', async () => {
    const dir = scratchProject({});
    const { status, stdout } = await runCli(['new', 'globex-corp'], dir);
    expect(status).toBe(0);
    expect(stdout).toBe(
      'wrote data/globex-corp.yaml: fill it in, then run `npm run qbr -- --check data/globex-corp.yaml`\n',
    );
    const text = readFileSync(join(dir, 'data', 'globex-corp.yaml'), 'utf8');
    for (const key of Object.keys(accountSchema.shape).filter((k) => k !== 'id'))
      expect(text).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    expect(text).toContain('\n#   - { quarter: '); // each empty section shows an example entry
    expect(text).toContain(
      "says what is still wrong. qbr's docs/account-file.md\n# describes every field, its values and its limits.\n",
    );
    const check = await runCli(['--check', 'globex-corp'], dir);
    expect(check.status).toBe(0);
    const { account } = await loadAccount(join(dir, 'data', 'globex-corp.yaml'));
    expect(account.name).toBe('Globex Corp');
    expect(account.id).toBe('globex-corp');
  });

  it('starts the contract in the quarter of the day it is made, with the level at sale as its first result', async () => {
    const dir = scratchProject({});
    await newAccount({ cwd: dir, id: 'globex', today: '2026-11-26' });
    const { account } = await loadAccount(join(dir, 'data', 'globex.yaml'));
    expect(account.contract).toEqual({
      start: '2026-10-01',
      renewal: '2027-10-01',
      annual_value: 100000,
      products: ['Your product'],
    });
    expect(account.promises[0]).toMatchObject({
      id: 'first-promise',
      baseline: 0,
      target: 100,
      due: '2027-Q4',
      actuals: { '2026-Q4': 0 },
    });
  });

  it('takes --name and --data, quoting a name YAML would misread', async () => {
    const dir = scratchProject({});
    const { status } = await runCli(['new', 'globex', '--name', 'Globex: #1 "Corp"', '--data', 'accounts'], dir);
    expect(status).toBe(0);
    expect((await loadAccount(join(dir, 'accounts', 'globex.yaml'))).account.name).toBe('Globex: #1 "Corp"');
  });

  it('never replaces a file: exit 1, the file as it was', async () => {
    const dir = scratchProject({});
    writeFileSync(join(dir, 'data', 'globex.yaml'), 'name: Mine\n');
    const { status, stderr } = await runCli(['new', 'globex'], dir);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'data/globex.yaml already exists; new never replaces a file\n  Pick another id, or edit the file that is there.\n',
    );
    expect(readFileSync(join(dir, 'data', 'globex.yaml'), 'utf8')).toBe('name: Mine\n');
  });

  it('names its temporary file as writes do, and removes one a killed new left', async () => {
    const dir = scratchProject({});
    expect(temporaryBeside(join(dir, 'data', 'globex.yaml'))).toMatch(
      new RegExp(`/data/\\.globex\\.yaml\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`),
    );
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, 'data', `.initech.yaml.${deadPid}.0badf00d.tmp`), 'a killed new');
    await newAccount({ cwd: dir, id: 'globex', today: '2026-11-26' });
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['globex.yaml']);
  });

  it('refuses an id another file already declares', async () => {
    const dir = scratchProject({});
    copyFileSync(join(ROOT, 'data', 'acme.yaml'), join(dir, 'data', 'acme-manufacturing.yaml'));
    const { status, stderr } = await runCli(['new', 'acme'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('data/acme-manufacturing.yaml already has that id');
    expect(existsSync(join(dir, 'data', 'acme.yaml'))).toBe(false);
  });

  it.each([
    [['Globex'], '"Globex" is not an account id'],
    [['../globex'], '"../globex" is not an account id'],
    [[], 'new takes one account id'],
    [['a', 'b'], 'new takes one account id'],
    [['globex', '--nmae', 'x'], '--nmae is not a flag of qbr new (did you mean "name"?)'],
  ])('exits 2 for a usage error: %j', async (args, says) => {
    const dir = scratchProject({});
    const { status, stderr } = await runCli(['new', ...args], dir);
    expect(status).toBe(2);
    expect(stderr).toContain(says);
  });

  it('is ready for import: its empty sections take the figures in block style', async () => {
    const dir = scratchProject({});
    await newAccount({ cwd: dir, id: 'globex', today: '2026-11-26' });
    writeFileSync(
      join(dir, 'q.csv'),
      'account,quarter,first-promise,value,note,adoption.licensed,adoption.active,support.csat\nglobex,2027-Q1,12,5000,Overtime avoided,100,80,4.5\n',
    );
    expect((await runCli(['import', 'q.csv'], dir)).status).toBe(0);
    const text = readFileSync(join(dir, 'data', 'globex.yaml'), 'utf8');
    expect(text).toContain('      2026-Q4: 0                    # at sale: the baseline\n      2027-Q1: 12\n');
    expect(text).toContain('value:\n  - { quarter: 2027-Q1, amount: 5000, description: Overtime avoided }\n');
    expect(text).toContain('adoption:\n  2027-Q1: { licensed: 100, active: 80 }\n');
    expect(text).toContain('support:\n  2027-Q1: { csat: 4.5 }\n');
    expect((await runCli(['--check', 'globex'], dir)).status).toBe(0);
  });
});
