import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workingFolder } from '../../src/load/working-folder.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

describe('the working folder', () => {
  it('is INIT_CWD when npm runs the qbr script, since npm runs it from the package root', () => {
    expect(
      workingFolder({ npm_lifecycle_event: 'qbr', INIT_CWD: '/home/me/project/examples/brand' }, '/home/me/project'),
    ).toBe('/home/me/project/examples/brand');
  });

  it("is the process's own folder otherwise: a program npm test or bench starts inherits their INIT_CWD", () => {
    expect(workingFolder({ npm_lifecycle_event: 'test', INIT_CWD: '/home/me/project' }, '/tmp/scratch')).toBe(
      '/tmp/scratch',
    );
    expect(workingFolder({}, '/tmp/scratch')).toBe('/tmp/scratch');
  });
});

describe('--data DIR when rendering', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** A project whose account files are in accounts/, not data/. */
  const project = () => {
    const dir = scratchProject({});
    made.push(dir);
    mkdirSync(join(dir, 'accounts'));
    cpSync(fixturePath('valid'), join(dir, 'accounts', 'good.yaml'));
    return dir;
  };

  it('looks an account id up in DIR, and --all takes every DIR/*.yaml', async () => {
    const dir = project();
    const one = await runCli(['--check', '--data', 'accounts', 'good'], dir);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('ok        accounts/good.yaml (2025-Q1)');
    const all = await runCli(['--all', '--data', 'accounts', '--format', 'json'], dir);
    expect(all.status).toBe(0);
    const written = readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' });
    expect(written.some((file) => file.endsWith('good-qbr-2025-Q1.json'))).toBe(true);
  });

  it('says where it looked when the account is not there (exit 2)', async () => {
    const dir = project();
    const { status, stderr } = await runCli(['--check', 'good'], dir);
    expect(status).toBe(2);
    expect(stderr).toContain('no such account: good (looked for data/good.yaml)');
    expect(stderr).toContain(
      `Looked in ${dir}. Run qbr from the folder that holds data/, or name another with --data DIR.`,
    );
  });
});
