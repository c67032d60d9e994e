// One browser prints many decks, but not for ever: after `recycleAfter` decks a new one takes
// over; and none is left running once a run returns, or started for a run with nothing to print.
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { configSchema } from '../../src/config/config-schema.ts';
import { findBrowser } from '../../src/print/find-browser.ts';
import { fixturePath, processAlive, scratchProject } from '../helpers.ts';
import { pdfInfo } from './pdf-tools.ts';
import { requireTools, skipping } from './requirements.ts';

beforeAll(() => requireTools('browser', 'poppler'));

/**
 * A project of accounts `ids` whose browser writes its process id as it starts (exec keeps the
 * id for the browser itself); `pids()` reads them back, one per browser started, and `args()`
 * the arguments each was started with.
 */
function project(ids: string[]) {
  const dir = scratchProject(Object.fromEntries(ids.map((id) => [`${id}.yaml`, fixturePath('valid')])));
  const launches = join(dir, 'launches');
  const wrapper = join(dir, 'browser');
  writeFileSync(wrapper, `#!/bin/sh\necho "$$ $*" >> ${launches}\nexec ${findBrowser({})} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const config = { ...configSchema.parse({ browser: { executable: wrapper } }), baseDir: dir };
  const lines = () => (existsSync(launches) ? readFileSync(launches, 'utf8').trim().split('\n') : []);
  const pids = () => lines().map((line) => Number(line.split(' ')[0]));
  const args = () => lines().map((line) => line.split(' ').slice(1));
  return { dir, config, pids, args };
}

/** The processes of process group `group` that still run (not zombies waiting to be reaped). */
function runningInGroup(group: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === group && state !== 'Z' ? [Number(pid)] : [];
      } catch {
        return []; // ended meanwhile
      }
    });
}

describe.skipIf(skipping('browser', 'poppler'))('browser replacement', () => {
  it('replaces the browser after every 2 decks: 5 decks, 3 browsers, every deck printed', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const { dir, config, pids } = project(ids);

    const result = await build({ cwd: dir, accounts: [], all: true, formats: ['pdf'], concurrency: 1, recycleAfter: 2, config });

    expect(result).toMatchObject({ rendered: 5, failed: 0 });
    expect(pids()).toHaveLength(3);
    expect(new Set(pids()).size).toBe(3);
    const pdfs = readdirSync(join(dir, 'out', '2025-Q1')).filter((f) => f.endsWith('.pdf') && f !== 'portfolio.pdf').sort(); // the portfolio's is beside them
    expect(pdfs).toEqual(ids.map((id) => `${id}-qbr-2025-Q1.pdf`));
    for (const pdf of pdfs) expect(Number(pdfInfo(join(dir, 'out', '2025-Q1', pdf)).Pages)).toBeGreaterThan(5);
  });

  it('ends the browser with the run: no process of it is left once build returns', async () => {
    const { dir, config, pids } = project(['a', 'b']);
    expect(await build({ cwd: dir, accounts: [], all: true, formats: ['pdf'], config })).toMatchObject({ rendered: 2, failed: 0 });
    expect(pids()).toHaveLength(1);
    expect(pids().filter(processAlive)).toEqual([]);
    // Its renderers and helpers too: the browser leads their process group.
    expect(runningInGroup(pids()[0]!)).toEqual([]);
  });

  // Run as root, the browser has no sandbox, and its renderers need no zygote to start from.
  it.runIf(process.getuid?.() === 0)('starts renderers from a zygote only for a run long enough to open pages as it goes', async () => {
    const few = project(['a', 'b']);
    expect(await build({ cwd: few.dir, accounts: [], all: true, formats: ['pdf'], concurrency: 1, config: few.config })).toMatchObject({ rendered: 2, failed: 0 });
    expect(few.args()[0]).toContain('--no-sandbox');
    expect(few.args()[0]).toContain('--no-zygote');

    const ids = Array.from({ length: 11 }, (_, n) => `account-${n}`);
    const many = project(ids);
    const result = await build({ cwd: many.dir, accounts: [], all: true, formats: ['pdf'], concurrency: 1, config: many.config });
    expect(result).toMatchObject({ rendered: 11, failed: 0 });
    expect(many.args()[0]).toContain('--no-sandbox');
    expect(many.args()[0]).not.toContain('--no-zygote');
  });

  it('starts no browser for a run in which every deck is unchanged', async () => {
    const { dir, config, pids } = project(['a', 'b']);
    await build({ cwd: dir, accounts: [], all: true, formats: ['pdf'], config });
    const pdf = join(dir, 'out', '2025-Q1', 'a-qbr-2025-Q1.pdf');
    const written = statSync(pdf).mtimeMs;
    const again = await build({ cwd: dir, accounts: [], all: true, formats: ['pdf'], config });
    expect(again).toMatchObject({ rendered: 0, skipped: 2 });
    expect(statSync(pdf).mtimeMs).toBe(written);
    expect(pids()).toHaveLength(1);
    expect(pids().filter(processAlive)).toEqual([]);
  });
});
