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
 * id for the browser itself); `pids()` reads them back, one per browser started.
 */
function project(ids: string[]) {
  const dir = scratchProject(Object.fromEntries(ids.map((id) => [`${id}.yaml`, fixturePath('valid')])));
  const launches = join(dir, 'launches');
  const wrapper = join(dir, 'browser');
  writeFileSync(wrapper, `#!/bin/sh\necho $$ >> ${launches}\nexec ${findBrowser({})} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const config = { ...configSchema.parse({ browser: { executable: wrapper } }), baseDir: dir };
  const pids = () => (existsSync(launches) ? readFileSync(launches, 'utf8').trim().split('\n').map(Number) : []);
  return { dir, config, pids };
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
  it('replaces the browser after every 2 decks: 3 decks, 2 browsers, every deck printed', async () => {
    const ids = ['a', 'b', 'c'];
    const { dir, config, pids } = project(ids);

    const result = await build({
      cwd: dir,
      accounts: [],
      all: true,
      formats: ['pdf'],
      concurrency: 1,
      recycleAfter: 2,
      config,
    });

    expect(result).toMatchObject({ rendered: 3, failed: 0 });
    expect(pids()).toHaveLength(2);
    expect(new Set(pids()).size).toBe(2);
    const pdfs = readdirSync(join(dir, 'out', '2025-Q1', 'customer'))
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(pdfs).toEqual(ids.map((id) => `${id}-qbr-2025-Q1.pdf`));
    for (const pdf of pdfs)
      expect(Number(pdfInfo(join(dir, 'out', '2025-Q1', 'customer', pdf)).Pages)).toBeGreaterThan(5);
  });

  it('ends the browser with the run, no process of it left once build returns; starts none when every deck is unchanged', async () => {
    const { dir, config, pids } = project(['a', 'b']);
    expect(await build({ cwd: dir, accounts: [], all: true, formats: ['pdf'], config })).toMatchObject({
      rendered: 2,
      failed: 0,
    });
    expect(pids()).toHaveLength(1);
    expect(pids().filter(processAlive)).toEqual([]);
    // Its renderers and helpers too: the browser leads their process group.
    expect(runningInGroup(pids()[0]!)).toEqual([]);

    const pdf = join(dir, 'out', '2025-Q1', 'customer', 'a-qbr-2025-Q1.pdf');
    const written = statSync(pdf).mtimeMs;
    const again = await build({ cwd: dir, accounts: [], all: true, formats: ['pdf'], config });
    expect(again).toMatchObject({ rendered: 0, skipped: 2 });
    expect(statSync(pdf).mtimeMs).toBe(written);
    expect(pids()).toHaveLength(1);
  });
});
