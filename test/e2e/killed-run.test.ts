// A run killed with SIGKILL before it published: the next run skips the decks it finished (no
// manifest entry tells of them, the log of finished accounts does) and removes its temporary files.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputNames } from '../../src/output/output-names.ts';
import { deadPid, spawnQbr, until } from '../../scripts/fault-drill/rigs.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a run killed before it published', () => {
  it('leaves the next run to skip the accounts it finished, and to remove its temporary files', async () => {
    const ids = Array.from({ length: 8 }, (_, n) => `account-${n + 1}`);
    const dir = scratchProject(Object.fromEntries(ids.map((id) => [`${id}.yaml`, fixturePath('valid')])));
    made.push(dir);
    const args = ['--all', '--format', 'json,html', '--concurrency', '1'];
    const { child, done: exited, output } = spawnQbr(dir, args);
    await until(() => (output().match(/^rendered/gm) ?? []).length >= 2, 60_000);
    child.kill('SIGKILL');
    await exited;
    const finished = ids.filter((id) => output().includes(`data/${id}.yaml`));
    expect(finished.length).toBeGreaterThanOrEqual(2);
    expect(finished.length).toBeLessThan(ids.length);
    const out = join(dir, 'out');
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('manifest.json'))).toEqual(
      [],
    );
    const names = (id: string) => outputNames(out, id, '2025-Q1', ['json', 'html'], 'customer');
    const htmlOf = (id: string) => join(names(id).dir, names(id).files.html!);
    const written = new Map(finished.map((id) => [id, statSync(htmlOf(id)).mtimeMs]));
    // A temporary file of a write the killed run had under way.
    const stale = join(
      names('account-1').dir,
      names('account-1').files.json!.replace(/([^/]+)$/, `.$1.${deadPid()}.0badcafe.tmp`),
    );
    writeFileSync(stale, '{"half": ');

    const again = await runCli(args, dir);

    expect(again.status).toBe(0);
    for (const id of finished) expect(again.stdout).toContain(`unchanged data/${id}.yaml`);
    for (const id of ids.filter((id) => !finished.includes(id)))
      expect(again.stdout).toContain(`rendered  data/${id}.yaml`);
    for (const [id, mtime] of written) expect(statSync(htmlOf(id)).mtimeMs).toBe(mtime);
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
