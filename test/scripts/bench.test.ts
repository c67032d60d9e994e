import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const bench = (args: string[]) =>
  spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'bench.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );

describe('npm run bench', () => {
  it('prints its usage for --help and exits 0, measuring nothing', () => {
    const { status, stdout, stderr } = bench(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: npm run bench [-- OPTIONS]');
    expect(stderr).toBe('');
  }, 30_000);

  it('names an unknown flag with the usage and exits 2, without a stack', () => {
    const { status, stderr } = bench(['--acounts', '5']);
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--acounts'");
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
