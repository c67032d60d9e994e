import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, ROOT, runCli, scratchProject } from './helpers.ts';

describe('command line', () => {
  it('--check --all accepts every sample account and exits 0', async () => {
    const { status, stdout } = await runCli(['--check', '--all']);
    expect(status).toBe(0);
    for (const file of readdirSync(join(ROOT, 'data'))) expect(stdout).toContain(`data/${file}`);
  });

  it('--check writes nothing', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    expect((await runCli(['--check', 'good'], dir)).status).toBe(0);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 1 for a faulty file, says why on stderr and writes nothing for it', async () => {
    const dir = scratchProject({ 'bad.yaml': fixturePath('promise-target-string') });
    const { status, stderr } = await runCli(['bad', '--format', 'json'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('data/bad.yaml:11:13 promises[0].target: expected a number, got "sixty"');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace for a data mistake
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('renders the other accounts when one fails, and exits 1', async () => {
    const dir = scratchProject({ 'bad.yaml': fixturePath('missing-required'), 'good.yaml': fixturePath('valid') });
    const { status } = await runCli(['--all', '--format', 'json'], dir);
    expect(status).toBe(1);
    expect(existsSync(join(dir, 'out', '2025-Q1', 'good-qbr-2025-Q1.json'))).toBe(true);
    expect(existsSync(join(dir, 'out', '2025-Q1', 'bad-qbr-2025-Q1.json'))).toBe(false);
  });

  it.each([
    [['--colour', 'blue'], "Unknown option '--colour'"],
    [['nobody'], 'no such account: nobody'],
    [['acme', '--quarter', '2025-Q5'], '--quarter takes a quarter written YYYY-Qn'],
    [['acme', '--format', 'docx'], '--format takes pdf, html, json, pptx'],
    [['acme', '--audience', 'board'], '--audience takes customer or internal'],
    [[], 'Name an account or pass --all'],
  ])('exits 2 for a usage error: %j', async (args, says) => {
    const { status, stderr } = await runCli(args);
    expect(status).toBe(2);
    expect(stderr).toContain(says);
  });

  it('fails an account reviewed before its contract starts', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    const { status, stderr } = await runCli(['good', '--quarter', '2024-Q4', '--format', 'json'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('good: 2024-Q4 is before the contract starts (2025-Q1)');
  });

  it('--help lists every flag the README documents', async () => {
    const { status, stdout } = await runCli(['--help']);
    expect(status).toBe(0);
    for (const flag of ['--all', '--quarter', '--format', '--out', '--audience', '--check', '--config', '--concurrency']) expect(stdout).toContain(flag);
  });
});
