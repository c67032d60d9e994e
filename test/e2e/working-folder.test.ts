/** `npm run qbr` typed in a folder below the package: that folder is the project, as the README says. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { scratch } from './render.ts';

const BRAND = join(ROOT, 'examples', 'brand');
const out = scratch();
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** `npm run qbr -- ARGS` typed in `cwd`; npm itself runs the script from the package's root. */
function npmRunQbr(args: string[], cwd: string) {
  const result = spawnSync('npm', ['run', '--silent', 'qbr', '--', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cd examples/brand && npm run qbr', () => {
  it("-- --all --check finds the example's one account, not the root's samples", () => {
    const run = npmRunQbr(['--all', '--check'], BRAND);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('ok        data/kranich.yaml (2026-Q4)');
    expect(run.stdout).toContain('1 valid, 0 failed');
  });

  it("-- kranich renders with the example's config (German) into --out", () => {
    const run = npmRunQbr(['kranich', '--format', 'json', '--out', out], BRAND);
    expect(run.status, run.stderr).toBe(0);
    const file = readdirSync(out, { recursive: true, encoding: 'utf8' }).find((f) =>
      f.endsWith('kranich-qbr-2026-Q4.json'),
    )!;
    const summary = JSON.parse(readFileSync(join(out, file), 'utf8'));
    expect(summary.name).toBe('Kranich Logistik AG');
    expect(summary.signals[0].detail).toBe('1 von 3 Zusagen verfehlt: Auslastung je Tour.'); // the config's language: de
  });
});
