// `npm test` runs the formatter's and the linter's check (biome.json) as one of its tests, beside
// the others rather than before them all: what `npm run lint` reports fails it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

it('the code is formatted and passes the linter, the stage order and no import cycle among its rules (biome ci)', () => {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['ci', '.', '--colors=off'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.error).toBeUndefined();
  expect(run.status, run.stdout + run.stderr).toBe(0);
}, 60_000);
