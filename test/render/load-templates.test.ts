import * as fs from 'node:fs';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTemplates } from '../../src/render/load-templates.ts';
import { tempDir } from '../temp-dirs.ts';

// Every read the templates make is counted, and still made.
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof fs>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});
const readsUnder = (dir: string) =>
  vi.mocked(fs.readFileSync).mock.calls.filter(([file]) => String(file).startsWith(dir)).length;

describe('loading a templates folder', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = tempDir('qbr-load-templates-');
    dirs.push(dir);
    return dir;
  };
  /** Writes `file` with a modification time `secondsAhead` from now, as an edit saved later would have. */
  const write = (file: string, text: string, secondsAhead: number) => {
    writeFileSync(file, text);
    const at = new Date(Date.now() + secondsAhead * 1000);
    utimesSync(file, at, at);
  };

  it('keeps the compiled templates while no file changed, and reads no file again', () => {
    const dir = folder();
    write(join(dir, 'theme.css'), '.kept { color: red }', 0);
    const first = loadTemplates(dir);
    const reads = readsUnder(dir);
    expect(reads).toBeGreaterThan(0);
    expect(loadTemplates(dir)).toBe(first);
    expect(readsUnder(dir)).toBe(reads);
  });

  it('reads a file again once it changed (the preview re-renders on a save)', () => {
    const dir = folder();
    write(join(dir, 'theme.css'), '.first { color: red }', 0);
    expect(loadTemplates(dir).css).toContain('.first { color: red }');
    write(join(dir, 'theme.css'), '.second { color: blue }', 10);
    expect(loadTemplates(dir).css).toContain('.second { color: blue }');
    expect(loadTemplates(dir).css).not.toContain('.first');
  });

  it('sees a file removed from the folder', () => {
    const dir = folder();
    write(join(dir, 'theme.css'), '.removed { color: red }', 0);
    expect(loadTemplates(dir).css).toContain('.removed');
    rmSync(join(dir, 'theme.css'));
    expect(loadTemplates(dir).css).not.toContain('.removed');
  });

  it('sees a file added to the folder', () => {
    const dir = folder();
    const before = loadTemplates(dir);
    expect(before.css).not.toContain('.added');
    write(join(dir, 'theme.css'), '.added { color: green }', 0);
    expect(loadTemplates(dir).css).toContain('.added { color: green }');
  });

  it('names a template outside the working folder by its whole path, not ../', () => {
    const dir = folder();
    mkdirSync(join(dir, 'slides'));
    writeFileSync(join(dir, 'slides', 'title.hbs'), '<div>\n  {{> brand-logo}}\n</div>\n');
    const said = (() => {
      try {
        loadTemplates(dir);
        return 'nothing';
      } catch (error) {
        return (error as Error).message.split('\n')[0];
      }
    })();
    expect(said).toBe(`${dir}/slides/title.hbs:2:3 unknown partial "brand-logo"`);
  });
});
