import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/pptx/zip.ts';
import { tempDir } from '../temp-dirs.ts';

const text = (s: string) => new TextEncoder().encode(s);
const files: Array<[string, Uint8Array]> = [
  ['[Content_Types].xml', text(`${'<Types>'.padEnd(2000, ' ')}</Types>`)],
  ['ppt/slides/slide1.xml', text('<p:sld>神戸 محمد 🚀</p:sld>')],
  ['ppt/media/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])],
];

describe('zip archives', () => {
  it('reads back what it wrote, deflated or stored', () => {
    for (const level of [0, 6]) {
      const back = readZip(writeZip(files, level));
      expect([...back.keys()]).toEqual(files.map(([name]) => name));
      for (const [name, data] of files) expect(Buffer.from(back.get(name)!).equals(Buffer.from(data))).toBe(true);
    }
  });

  it('refuses an entry whose bytes do not match its CRC', () => {
    const stored = writeZip(files, 0);
    const at = Buffer.from(stored).indexOf('神戸');
    stored[at] = stored[at]! ^ 0xff;
    expect(() => readZip(stored)).toThrow('not a whole zip archive: ppt/slides/slide1.xml fails its CRC check');
  });

  it('writes the same bytes every time, dated 2000-01-01 whatever the clock', () => {
    const a = writeZip(files, 6);
    expect(Buffer.from(writeZip(files, 6)).equals(Buffer.from(a))).toBe(true);
    const dir = tempDir('qbr-zip-');
    writeFileSync(join(dir, 'a.zip'), a);
    const listing = execFileSync('unzip', ['-l', join(dir, 'a.zip')], { encoding: 'utf8' });
    expect(listing).toContain('2000-01-01 00:00   ppt/slides/slide1.xml');
    expect(execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('compresses text and leaves what does not shrink stored', () => {
    const zip = writeZip(files, 6);
    expect(zip.length).toBeLessThan(1000);
  });
});
