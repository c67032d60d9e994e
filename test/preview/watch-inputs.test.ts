import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputWatcher } from '../../src/preview/watch-inputs.ts';
import { tempDir } from '../temp-dirs.ts';

let watcher: InputWatcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

const waitFor = async (done: () => boolean, ms = 3000) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the preview watcher', () => {
  it('reports a save made within 50 ms of the one before, which chokidar alone drops', async () => {
    const dir = tempDir('qbr-watch-');
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, 'name: One\n');
    const calls: string[][] = [];
    watcher = new InputWatcher((paths) => calls.push(paths), 5);
    mkdirSync(join(dir, 'templates'));
    watcher.watch({ files: [file], folders: [join(dir, 'templates')] });
    await watcher.ready();
    writeFileSync(file, 'name: Two\n');
    await waitFor(() => calls.length >= 1);
    // The second save 20 ms after the first, inside chokidar's change throttle.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(file, 'name: Three, a longer name\n');
    await waitFor(() => calls.length >= 2);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.flat().every((path) => path === file)).toBe(true);
  });
});
