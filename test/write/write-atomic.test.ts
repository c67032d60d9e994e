import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/write/write-atomic.ts';
import { tempDir } from '../temp-dirs.ts';

describe('writeAtomic', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = tempDir('qbr-write-');
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('makes the folders a file goes into', async () => {
    const dir = scratch();
    await writeAtomic(join(dir, 'out', '2026-Q1', 'acme.json'), '{}\n');
    expect(readFileSync(join(dir, 'out', '2026-Q1', 'acme.json'), 'utf8')).toBe('{}\n');
  });

  it('makes a folder again when it was removed between two writes', async () => {
    const dir = scratch();
    await writeAtomic(join(dir, 'out', 'a.txt'), 'first');
    rmSync(join(dir, 'out'), { recursive: true });
    await writeAtomic(join(dir, 'out', 'b.txt'), 'second');
    expect(readdirSync(join(dir, 'out'))).toEqual(['b.txt']);
  });

  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'deck.html'), 'old');
    await writeAtomic(join(dir, 'deck.html'), new TextEncoder().encode('new'));
    expect(readFileSync(join(dir, 'deck.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['deck.html']);
  });

  it('fails when a file stands where a folder must be, naming that folder, and changes nothing', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'out'), 'a file, not a folder');
    const error = await writeAtomic(join(dir, 'out', '2026-Q1', 'acme.json'), '{}').catch((e: Error) => e);
    expect(error).toMatchObject({
      code: 'QBR_WRITE_FAILED',
      message: `could not write to ${join(dir, 'out', '2026-Q1')}: not a directory (ENOTDIR)`,
    });
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('a file, not a folder');
  });

  it('leaves no temporary file when the file cannot take its place', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'deck.pdf')); // a folder by the output's name
    writeFileSync(join(dir, 'deck.pdf', 'inside'), 'kept');
    await expect(writeAtomic(join(dir, 'deck.pdf'), 'pdf bytes')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
    expect(readdirSync(join(dir, 'deck.pdf'))).toEqual(['inside']);
  });
});
