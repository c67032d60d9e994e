import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, scratchProject } from '../helpers.ts';

const sample = (id: string) => join(ROOT, 'data', `${id}.yaml`);
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = scratchProject({
    'acme.yaml': sample('acme'),
    'bramble-foods.yaml': sample('bramble-foods'),
    'helios-freight.yaml': sample('helios-freight'),
  });
  made.push(dir);
  return dir;
}

/** The accounts of the one quarter folder's manifest under `out`. */
function manifestAccounts(out: string): string[] {
  const [quarter] = readdirSync(out);
  const manifest = JSON.parse(readFileSync(join(out, quarter!, 'team', 'manifest.json'), 'utf8')) as {
    accounts: Array<{ account: string }>;
  };
  return manifest.accounts.map((e) => e.account);
}

describe("the quarter's manifest, written by runs at once", () => {
  it('keeps the entries of two runs into one --out with different accounts', async () => {
    const dir = project();
    const out = join(dir, 'out');
    const runs = await Promise.all([
      runCli(['acme', '--format', 'json', '--out', out, '--quarter', '2025-Q3'], dir),
      runCli(['bramble-foods', 'helios-freight', '--format', 'json', '--out', out, '--quarter', '2025-Q3'], dir),
    ]);
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    expect(manifestAccounts(out)).toEqual(['acme', 'bramble-foods', 'helios-freight']);
  }, 30_000); // two runs at once: slower than one on a busy machine

  it('takes over a lock left by a run that was killed', async () => {
    const dir = project();
    const out = join(dir, 'out');
    const lock = join(out, '2025-Q3', 'team', 'manifest.json.lock');
    mkdirSync(lock, { recursive: true });
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const { status } = await runCli(['acme', '--format', 'json', '--out', out, '--quarter', '2025-Q3'], dir);
    expect(status).toBe(0);
    expect(manifestAccounts(out)).toEqual(['acme']);
  }, 30_000);
});
