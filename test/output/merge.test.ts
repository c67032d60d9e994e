import { cpSync, existsSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticAccount } from '../../scripts/bench/synthetic.ts';
import { entryDigest } from '../../src/output/output-digest.ts';
import { shardOf } from '../../src/shard.ts';
import { fixturePath, ROOT, runCli, scratchProject } from '../helpers.ts';

const SAMPLES = ['acme', 'bramble-foods', 'helios-freight'];
const read = (...path: string[]) => readFileSync(join(...path));
/** Every file under `dir`, as paths in it (`customer/acme-qbr-2026-Q4.html`). */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes('.'))
    .sort();

/** The samples and twelve of the benchmark's synthetic accounts, rendered once whole and once in three shards. */
describe('three shards merged are the same as one run', () => {
  const dir = scratchProject(Object.fromEntries(SAMPLES.map((id) => [`${id}.yaml`, join(ROOT, 'data', `${id}.yaml`)])));
  const ids = [...SAMPLES, ...Array.from({ length: 12 }, (_, n) => `bench-${String(n).padStart(4, '0')}`)];
  const args = ['--all', '--format', 'json,html'];

  beforeAll(async () => {
    for (let n = 0; n < 12; n++)
      writeFileSync(join(dir, 'data', `bench-${String(n).padStart(4, '0')}.yaml`), syntheticAccount(n));
    expect((await runCli([...args, '--out', 'single'], dir)).status).toBe(0);
    for (const i of [1, 2, 3])
      expect((await runCli([...args, '--shard', `${i}/3`, '--out', `shard-${i}`], dir)).status).toBe(0);
    const merged = await runCli(['merge', 'shard-1', 'shard-2', 'shard-3', '--out', 'merged'], dir);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stderr).toBe('');
  }, 120_000);

  it('renders each account in exactly one shard, and every shard reviews the quarter chosen over all', () => {
    const rendered = [1, 2, 3].map((i) =>
      JSON.parse(readFileSync(join(dir, `shard-${i}`, '2026-Q4', 'team', 'manifest.json'), 'utf8')),
    );
    rendered.forEach((manifest, i) => {
      expect(manifest).toMatchObject({ quarter: '2026-Q4', shard: `${i + 1}/3` });
      expect(manifest.accounts.map((e: { account: string }) => e.account)).toEqual(
        ids.filter((id) => shardOf(id, 3) === i + 1).sort(),
      );
    });
    expect(rendered.flatMap((m) => m.accounts).length).toBe(ids.length);
    expect(readdirSync(join(dir, 'shard-1'))).toEqual(['2026-Q4']); // bench accounts' data ends earlier: still 2026-Q4
  });

  it('writes the same manifest and portfolio page, and the same decks byte for byte', () => {
    const single = join(dir, 'single', '2026-Q4');
    const merged = join(dir, 'merged', '2026-Q4');
    expect(files(merged)).toEqual(files(single));
    expect(files(merged)).toHaveLength(ids.length * 2 + 2);
    for (const file of files(single)) expect(read(merged, file).equals(read(single, file)), file).toBe(true);
    expect(JSON.parse(read(merged, 'team', 'manifest.json').toString('utf8')).shard).toBeUndefined();
  });

  it("keeps the customer's decks apart from the team's files", () => {
    const merged = join(dir, 'merged', '2026-Q4');
    expect(files(join(merged, 'customer'))).toEqual(ids.map((id) => `${id}-qbr-2026-Q4.html`).sort());
    expect(files(join(merged, 'team'))).toEqual(
      [...ids.map((id) => `${id}-qbr-2026-Q4.json`), 'index.html', 'manifest.json'].sort(),
    );
  });
});

describe('merge refuses folders that are not the shards of one run, and writes nothing', () => {
  const json = ['--format', 'json'];

  it('folders of different quarters', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    await runCli(['--all', '--quarter', '2025-Q2', '--shard', '1/2', '--out', 's1', ...json], dir);
    await runCli(['--all', '--quarter', '2025-Q3', '--shard', '2/2', '--out', 's2', ...json], dir);
    const { status, stderr } = await runCli(['merge', 's1', 's2', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/s1 holds 2025-Q2 but .*s2 holds 2025-Q3: these are not shards of one run/);
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('the same account in two folders, made from different inputs', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    await runCli(['--all', '--out', 'run1', ...json], dir);
    const file = join(dir, 'data', 'a.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Test Account', 'Test Account Ltd'));
    await runCli(['--all', '--out', 'run2', ...json], dir);
    const { status, stderr } = await runCli(['merge', 'run1', 'run2', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^a is in .*run1\/2025-Q1 and in .*run2\/2025-Q1, made from different inputs: these folders come from different runs/,
    );
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('a folder whose manifest lists a file it does not hold', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    await runCli(['a', '--out', 'run1', ...json], dir);
    cpSync(join(dir, 'run1'), join(dir, 'run2'), { recursive: true });
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'run2', '2025-Q1', 'team', 'a-qbr-2025-Q1.json'));
    const { status, stderr } = await runCli(['merge', 'run1', 'run2', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('lists team/a-qbr-2025-Q1.json for a, but the folder has no such file');
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('the same account in two folders, from the same inputs, with different bytes each folder vouches for', async () => {
    // As if a run had made different bytes from the same inputs: run2's summary changed, and
    // its manifest resealed over it (the SHA-256s a run writes), so only the bytes differ.
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    await runCli(['a', '--out', 'run1', ...json], dir);
    cpSync(join(dir, 'run1'), join(dir, 'run2'), { recursive: true });
    const summary = join(dir, 'run2', '2025-Q1', 'team', 'a-qbr-2025-Q1.json');
    writeFileSync(summary, `${readFileSync(summary, 'utf8')}\n`);
    const manifestFile = join(dir, 'run2', '2025-Q1', 'team', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const [entry] = manifest.accounts;
    entry.output_sha256['team/a-qbr-2025-Q1.json'] = createHash('sha256').update(readFileSync(summary)).digest('hex');
    entry.entry_sha256 = entryDigest(entry);
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const { status, stderr } = await runCli(['merge', 'run1', 'run2', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^team\/a-qbr-2025-Q1\.json differs between .*run1\/2025-Q1\/team\/a-qbr-2025-Q1\.json and .*run2\/2025-Q1\/team\/a-qbr-2025-Q1\.json: these folders come from different runs/,
    );
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('takes the same shard twice as once, and warns about a shard that is missing', async () => {
    const dir = scratchProject({
      'a.yaml': fixturePath('valid'),
      'b.yaml': fixturePath('valid'),
      'c.yaml': fixturePath('valid'),
    });
    for (const i of [1, 2, 3]) await runCli(['--all', '--shard', `${i}/3`, '--out', `s${i}`, ...json], dir);
    const { status, stdout, stderr } = await runCli(['merge', 's1', 's1', 's2', '--out', 'merged'], dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^merged 2 folders: merged\/2025-Q1\/ \(\d accounts?; portfolio: /);
    expect(stderr).toContain('warning: shard 3/3 is not among the folders');
    const merged = JSON.parse(readFileSync(join(dir, 'merged', '2025-Q1', 'team', 'manifest.json'), 'utf8'));
    const expected = ['a', 'b', 'c'].filter((id) => shardOf(id, 3) !== 3);
    expect(merged.accounts.map((e: { account: string }) => e.account)).toEqual(expected);
  });

  it('says "1 folder" and "1 account" for one', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    await runCli(['a', '--out', 'run1', ...json], dir);
    const { status, stdout } = await runCli(['merge', 'run1', '--out', 'merged'], dir);
    expect(status).toBe(0);
    expect(stdout).toBe('merged 1 folder: merged/2025-Q1/ (1 account; portfolio: merged/2025-Q1/team/index.html)\n');
  });

  it('folders made by different versions of qbr', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    await runCli(['--all', '--shard', '1/2', '--out', 's1', ...json], dir);
    await runCli(['--all', '--shard', '2/2', '--out', 's2', ...json], dir);
    const manifest = join(dir, 's2', '2025-Q1', 'team', 'manifest.json');
    const program = JSON.parse(readFileSync(manifest, 'utf8')).program as string;
    expect(program).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(program, 'f'.repeat(64)));
    const { status, stderr } = await runCli(['merge', 's1', 's2', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/s1\/2025-Q1 and .*s2\/2025-Q1 were made by different versions of qbr or its templates/);
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('a summary whose health was edited by hand after qbr wrote it, naming the file', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    await runCli(['--all', '--shard', '1/2', '--out', 's1', ...json], dir);
    await runCli(['--all', '--shard', '2/2', '--out', 's2', ...json], dir);
    const [shard] = ['s1', 's2'].filter((s) => existsSync(join(dir, s, '2025-Q1', 'team', 'a-qbr-2025-Q1.json')));
    const summary = join(dir, shard!, '2025-Q1', 'team', 'a-qbr-2025-Q1.json');
    writeFileSync(summary, readFileSync(summary, 'utf8').replace(/"health": \d+/, '"health": 99'));
    const { status, stderr } = await runCli(['merge', 's1', 's2', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${summary} was changed after qbr wrote it: its bytes no longer match the SHA-256 ${join(dir, shard!, '2025-Q1', 'team', 'manifest.json')} records for a`,
    );
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it("a manifest entry whose health was edited by hand, at the entry's line and column", async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    await runCli(['a', '--out', 'run1', ...json], dir);
    const manifest = join(dir, 'run1', '2025-Q1', 'team', 'manifest.json');
    const text = readFileSync(manifest, 'utf8');
    expect(text.split('\n').slice(8, 10)).toEqual(['  "accounts": [', '    {']);
    writeFileSync(manifest, text.replace(/"health": \d+/, '"health": 99'));
    const { status, stderr } = await runCli(['merge', 'run1', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${manifest}:10:5 accounts[0] (a) was changed after qbr wrote it: its fields no longer match its entry_sha256`,
    );
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  /** Accounts a and b into run1, a's health then edited in the manifest, then `accounts` run into run1 again. */
  async function editedThenRun(accounts: string[]) {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    await runCli(['a', 'b', '--out', 'run1', ...json], dir);
    const manifest = join(dir, 'run1', '2025-Q1', 'team', 'manifest.json');
    const [a, b] = JSON.parse(readFileSync(manifest, 'utf8')).accounts;
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(`"health": ${a.health}`, '"health": 99'));
    const again = await runCli([...accounts, '--out', 'run1', ...json], dir);
    return { dir, again, health: [a.health, b.health], merge: () => runCli(['merge', 'run1', '--out', 'merged'], dir) };
  }

  it('a manifest entry edited by hand, then another account run into the same folder: the entry stays found out', async () => {
    const { again, merge } = await editedThenRun(['b']);
    expect(again.stdout).toMatch(/^unchanged data\/b\.yaml/);
    const { status, stderr } = await merge();
    expect(status).toBe(1);
    expect(stderr).toContain('accounts[0] (a) was changed after qbr wrote it');
  });

  it("a manifest entry edited by hand, then its account run again: made again, not kept, so qbr's health is merged", async () => {
    const { dir, again, health, merge } = await editedThenRun(['a']);
    expect(again.stdout).toMatch(/^rendered +data\/a\.yaml/);
    const { status, stderr } = await merge();
    expect(status, stderr).toBe(0);
    const merged = JSON.parse(readFileSync(join(dir, 'merged', '2025-Q1', 'team', 'manifest.json'), 'utf8'));
    expect(merged.accounts.map((e: { health: number }) => e.health)).toEqual(health);
  });

  it.each([
    ['a file', (run: string) => join(run, 'team', 'a-qbr-2025-Q1.json'), '/etc/hostname'],
    ['a folder', (run: string) => join(run, 'team'), undefined],
  ])('a symbolic link in place of %s qbr wrote', async (_kind, linked, target) => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    await runCli(['a', '--out', 'run1', ...json], dir);
    const run = join(dir, 'run1', '2025-Q1');
    const path = linked(run);
    // what qbr wrote moved aside, a link where it was
    renameSync(path, `${path}-moved`);
    symlinkSync(target ?? `${path}-moved`, path);
    const { status, stderr } = await runCli(['merge', 'run1', '--out', 'merged'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('is not a regular file (a symbolic link?): merge copies only the files qbr wrote');
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });
});

describe('what merge prints', () => {
  it('counts one folder and one account in the singular', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    await runCli(['a', '--out', 's1', '--format', 'json'], dir);
    const { status, stdout } = await runCli(['merge', 's1', '--out', 'merged'], dir);
    expect(status).toBe(0);
    expect(stdout).toBe('merged 1 folder: merged/2025-Q1/ (1 account; portfolio: merged/2025-Q1/team/index.html)\n');
  });
});
