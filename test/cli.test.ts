import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(existsSync(join(dir, 'out', '2025-Q1', 'team', 'good-qbr-2025-Q1.json'))).toBe(true);
    expect(existsSync(join(dir, 'out', '2025-Q1', 'team', 'bad-qbr-2025-Q1.json'))).toBe(false);
  });

  it.each([
    [['--colour', 'blue'], '--colour is not a flag of qbr'],
    [['acme', '--quarter'], '--quarter needs a value, like --quarter VALUE'],
    [['nobody'], 'no such account: nobody'],
    [['acme', '--quarter', '2025-Q5'], '--quarter takes a quarter written YYYY-Qn'],
    [['acme', '--format', 'docx'], '--format takes pdf, html, json, pptx'],
    [['acme', '--audience', 'board'], '--audience takes customer or internal'],
    [[], 'Name an account or pass --all'],
    [['acme', '--config', 'nowhere.yaml'], 'nowhere.yaml: no such config file (given with --config)'],
    [['--all', '--shard', '0/3'], '--shard takes I/N, shard I of N counted from 1 (like 2/3); got "0/3"'],
    [['--all', '--shard', '4/3'], '--shard takes I/N'],
    [['--all', '--shard', 'x'], '--shard takes I/N'],
    [['merge', 'out'], 'merge needs --out OUT'],
    [['merge', '--out', 'merged'], "Name the shards' output folders to merge."],
    [['merge', 'no-such-folder', '--out', 'merged'], 'no such folder'],
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

  it("--help lists every flag of docs/commands.md's command-line table", async () => {
    const readme = readFileSync(join(ROOT, 'docs', 'commands.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('\n## Command line\n'),
      readme.indexOf('\n## ', readme.indexOf('\n## Command line\n') + 1),
    );
    const firstCells = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|')[1]!);
    const flags = [
      ...new Set(firstCells.flatMap((cell) => [...cell.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!))),
    ];
    expect(flags).toEqual(
      expect.arrayContaining([
        '--all',
        '--quarter',
        '--format',
        '--out',
        '--audience',
        '--check',
        '--force',
        '--config',
        '--concurrency',
        '-h',
        '--help',
      ]),
    );
    const { status, stdout } = await runCli(['--help']);
    expect(status).toBe(0);
    for (const flag of flags) expect(stdout, flag).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`, 'm'));
  });

  it("--version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const { status, stdout } = await runCli(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('fails an account without any data when no --quarter is given (exit 1), and renders it for a quarter named', async () => {
    const dir = scratchProject({});
    writeFileSync(
      join(dir, 'data', 'fresh.yaml'),
      'name: New Customer\ncontract:\n  start: 2026-01-01\n  annual_value: 50000\n',
    );
    const { status, stderr } = await runCli(['fresh', '--format', 'json'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('fresh: no quarter has data yet');
    expect(stderr).toContain('name one with --quarter');
    expect((await runCli(['fresh', '--format', 'json', '--quarter', '2026-Q1'], dir)).status).toBe(0);
  });

  it('exits 1 for a config file that is not valid, before any account', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    writeFileSync(join(dir, 'qbr.config.yaml'), 'output:\n  formats: [pdf, docx]\n');
    const { status, stderr } = await runCli(['good', '--format', 'json'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/qbr\.config\.yaml:2:18 output\.formats\[1\]: /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 1 at once when no browser can print, naming what to install', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    writeFileSync(join(dir, 'qbr.config.yaml'), 'browser:\n  executable: /nonexistent/chrome\n');
    const { status, stderr } = await runCli(['good', '--format', 'pdf'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('/nonexistent/chrome');
  });
});

describe('settings: flags over the config file over the defaults', () => {
  const outputs = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.json') || f.endsWith('.html'))
          .sort()
      : [];
  const project = (config: string) => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    writeFileSync(join(dir, 'qbr.config.yaml'), config);
    return dir;
  };

  it('takes the defaults where the config says nothing: out/, the customer copy', async () => {
    const dir = project('output:\n  formats: [json, html]\n');
    expect((await runCli(['a'], dir)).status).toBe(0);
    expect(outputs(join(dir, 'out'))).toEqual([
      '2025-Q1/customer/a-qbr-2025-Q1.html',
      '2025-Q1/team/a-qbr-2025-Q1.json',
      '2025-Q1/team/index.html',
      '2025-Q1/team/manifest.json',
    ]);
  });

  it("takes the config's folder, formats and audience over the defaults", async () => {
    const dir = project('output:\n  dir: decks\n  formats: [json, html]\n  audience: internal\n');
    expect((await runCli(['a'], dir)).status).toBe(0);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(outputs(join(dir, 'decks'))).toEqual([
      '2025-Q1/team/a-qbr-2025-Q1-internal.html',
      '2025-Q1/team/a-qbr-2025-Q1.json',
      '2025-Q1/team/index.html',
      '2025-Q1/team/manifest.json',
    ]);
  });

  it("takes --out, --format and --audience over the config's", async () => {
    const dir = project('output:\n  dir: decks\n  formats: [json]\n  audience: internal\n');
    expect((await runCli(['a', '--out', 'elsewhere', '--format', 'html', '--audience', 'customer'], dir)).status).toBe(
      0,
    );
    expect(existsSync(join(dir, 'decks'))).toBe(false);
    expect(outputs(join(dir, 'elsewhere'))).toEqual([
      '2025-Q1/customer/a-qbr-2025-Q1.html',
      '2025-Q1/team/index.html',
      '2025-Q1/team/manifest.json',
    ]);
  });
});
