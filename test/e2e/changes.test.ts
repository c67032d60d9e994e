/** `changes` as CI runs it: a real git repository, a commit, an edit, the real CLI, its Markdown. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.ts';
import { qbr, scratch } from './render.ts';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8' },
  );

/** A repository with linea.yaml committed, then edited: uptime 99 -> 92 in 2025-Q4, csat 3.5 -> 4.5. */
function editedRepository(): string {
  const dir = scratch();
  folders.push(dir);
  mkdirSync(join(dir, 'data'));
  copyFileSync(fixturePath('changes'), join(dir, 'data', 'linea.yaml'));
  copyFileSync(fixturePath('contract-example'), join(dir, 'data', 'acme.yaml'));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'accounts');
  const file = join(dir, 'data', 'linea.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('2025-Q4: 99', '2025-Q4: 92').replace('csat: 3.5', 'csat: 4.5'),
  );
  return dir;
}

describe('changes against a git revision', () => {
  let repo: string;
  beforeAll(() => {
    repo = editedRepository();
  });

  it("prints the edit's consequences as Markdown: health, the promise's status, signals raised and cleared, the figures", async () => {
    const { status, stdout, stderr } = await qbr(['changes', '--markdown'], {}, repo);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('1 account changed (0 added, 0 removed), 1 unchanged.');
    // 2025-Q4 after the edit: the line through 90, 91, 92 reaches 94.4 by 2026-Q4 (at risk);
    // health round(40 x 2/9 + 60 x 15/17) = 62, from 93.
    expect(stdout).toContain('### Linea Plastics (`linea`): changed, 2025-Q4');
    expect(stdout).toContain('**Health 93 → 62 (−31)**');
    expect(stdout).toMatch(/\| Line uptime +\| Met +\| At risk +\|/);
    expect(stdout).toContain('- Raised: **A promise is at risk**.');
    expect(stdout).toContain('- Cleared: **Service fell short**');
    expect(stdout).toMatch(/\| promises\.uptime\.actuals 2025-Q4 +\| +99 \| +92 \|/);
    expect(stdout).toMatch(/\| support 2025-Q4\.csat +\| +3\.5 \| +4\.5 \|/);
  });

  it('lists an account added since the revision, and none changed against the working tree itself after a commit', async () => {
    copyFileSync(fixturePath('changes'), join(repo, 'data', 'linea-two.yaml'));
    writeFileSync(
      join(repo, 'data', 'linea-two.yaml'),
      readFileSync(join(repo, 'data', 'linea-two.yaml'), 'utf8').replace('id: linea', 'id: linea-two'),
    );
    const added = await qbr(['changes', 'linea-two'], {}, repo);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('linea-two (data/linea-two.yaml): added, reviewed for 2025-Q4');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'edit');
    const after = await qbr(['changes', '--base', 'HEAD~1'], {}, repo);
    expect(after.stdout).toContain('2 accounts changed (1 added, 0 removed), 1 unchanged. Against HEAD~1.');
    expect((await qbr(['changes'], {}, repo)).stdout).toBe(
      '0 accounts changed (0 added, 0 removed), 3 unchanged. Against HEAD.\n',
    );
  });

  it('fails with exit 2 outside a git repository and for a revision that does not exist', async () => {
    const plain = scratch();
    folders.push(plain);
    const notRepo = await qbr(['changes'], { GIT_CEILING_DIRECTORIES: plain }, plain);
    expect(notRepo.status).toBe(2);
    expect(notRepo.stderr).toContain('is not in a git repository');
    const badRef = await qbr(['changes', '--base', 'no-such-branch'], {}, repo);
    expect(badRef.status).toBe(2);
    expect(badRef.stderr).toContain('no such git revision: no-such-branch');
  });

  it('fails with exit 1, positioned as --check does, when a file is invalid at the revision', async () => {
    const file = join(repo, 'data', 'linea.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('annual_value: 100000', 'annual_value: lots'));
    git(repo, 'commit', '-q', '-am', 'broken');
    writeFileSync(file, readFileSync(file, 'utf8').replace('annual_value: lots', 'annual_value: 100000'));
    const { status, stderr } = await qbr(['changes'], {}, repo);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^HEAD:data\/linea\.yaml:7:17 contract\.annual_value: /);
  });
});
