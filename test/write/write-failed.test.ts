// A deck's file the system refuses (here a folder stands where its HTML must go) fails that
// account with QBR_WRITE_FAILED in the manifest; the other accounts and the manifest are written.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputNames } from '../../src/output/output-names.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a file the system refuses to write', () => {
  it('fails its account with QBR_WRITE_FAILED, naming the folder and the reason; the run goes on and publishes', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    made.push(dir);
    const out = join(dir, 'out');
    const names = outputNames(out, 'a', '2025-Q1', ['json', 'html'], 'customer');
    const blocked = join(names.dir, names.files.html!);
    mkdirSync(blocked, { recursive: true });
    writeFileSync(join(blocked, 'keep'), 'a folder where the deck must go');

    const run = await runCli(['--all', '--format', 'json,html', '--out', out], dir);

    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('qbr bug');
    const manifestFile = readdirSync(out, { recursive: true, encoding: 'utf8' }).find((f) =>
      f.endsWith('manifest.json'),
    )!;
    const manifest = JSON.parse(readFileSync(join(out, manifestFile), 'utf8'));
    const [a, b] = manifest.accounts;
    expect(a).toMatchObject({ account: 'a', status: 'failed', error_code: 'QBR_WRITE_FAILED' });
    expect(a.error).toBe(`could not write to ${join(blocked, '..')}: illegal operation on a directory (EISDIR)`);
    expect(b).toMatchObject({ account: 'b', status: 'rendered', error_code: null });
    expect(existsSync(join(names.dir, outputNames(out, 'b', '2025-Q1', ['html'], 'customer').files.html!))).toBe(true);
  }, 60_000);
});
