import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.ts';
import { ParseCache } from '../../src/load/parse-cache.ts';
import { loadSourceFile } from '../../src/load/source-file.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { fixturePath } from '../helpers.ts';
import { tempDir } from '../temp-dirs.ts';

const scratch = () => tempDir('qbr-parse-cache-');
const isLazy = (source: object) => typeof Object.getOwnPropertyDescriptor(source, 'document')?.get === 'function';

/** Loads `file` through a cache kept in `cacheFile`, opened and saved as a run does. */
async function loadThrough(cacheFile: string, file: string) {
  const cache = await ParseCache.open(cacheFile);
  const source = await loadSourceFile(file, 'QBR_INVALID_DATA', cache);
  await cache.save();
  return source;
}

describe('ParseCache', () => {
  it('gives a file parsed in an earlier run its data without parsing it again', async () => {
    const dir = scratch();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'name: Acme\nvalues: [1, 2.5, true, null, "x"]\n');
    const first = await loadThrough(join(dir, 'cache.json'), file);
    expect(isLazy(first)).toBe(false);
    const second = await loadThrough(join(dir, 'cache.json'), file);
    expect(isLazy(second)).toBe(true);
    expect(second.data).toEqual({ name: 'Acme', values: [1, 2.5, true, null, 'x'] });
    // Its parse is still there when an error needs a position.
    expect(second.lines.linePos(second.document.contents!.range![0])).toEqual({ line: 1, col: 1 });
  });

  it('parses a file again once its text changed', async () => {
    const dir = scratch();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'name: Acme\n');
    await loadThrough(join(dir, 'cache.json'), file);
    writeFileSync(file, 'name: Acme Corp\n');
    const edited = await loadThrough(join(dir, 'cache.json'), file);
    expect(isLazy(edited)).toBe(false);
    expect(edited.data).toEqual({ name: 'Acme Corp' });
  });

  it('keeps no data JSON would give back otherwise (.inf, .nan, -0)', async () => {
    const dir = scratch();
    for (const [name, text] of [
      ['inf', 'x: .inf\n'],
      ['nan', 'x: .nan\n'],
      ['zero', 'x: -0\n'],
    ] as const) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, text);
      await loadThrough(join(dir, 'cache.json'), file);
      expect(isLazy(await loadThrough(join(dir, 'cache.json'), file))).toBe(false);
    }
  });

  it('is no cache when its file cannot be read as one', async () => {
    const dir = scratch();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'name: Acme\n');
    for (const broken of ['{not json', '[1, 2]', 'null']) {
      writeFileSync(join(dir, 'cache.json'), broken);
      expect((await loadThrough(join(dir, 'cache.json'), file)).data).toEqual({ name: 'Acme' });
    }
  });

  it('validates cached data again: an invalid account is refused at its line on every run', async () => {
    const dir = scratch();
    const cacheFile = join(dir, 'cache.json');
    const file = fixturePath('missing-name');
    for (let run = 0; run < 2; run++) {
      const cache = await ParseCache.open(cacheFile);
      const error = await loadAccount(file, { cache }).catch((e: unknown) => e);
      await cache.save();
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).issues[0]).toMatchObject({ path: 'name' });
      expect((error as DataError).issues[0]!.line).toBeGreaterThan(0);
    }
  });
});
