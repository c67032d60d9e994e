import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decompress } from 'wawoff2';
import { renameFont } from '../../src/fonts/rename-font.ts';
import { ROOT } from '../helpers.ts';

/** tag -> bytes of each table of a TrueType file. */
function tables(font: Buffer): Map<string, Buffer> {
  const result = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    const offset = font.readUInt32BE(record + 8);
    result.set(
      font.toString('latin1', record, record + 4),
      font.subarray(offset, offset + font.readUInt32BE(record + 12)),
    );
  }
  return result;
}

describe('a font under another family name', async () => {
  const woff2 = join(
    createRequire(join(ROOT, 'package.json')).resolve('@fontsource/inter/package.json'),
    '..',
    'files',
    'inter-latin-400-normal.woff2',
  );
  const original = Buffer.from(await decompress(readFileSync(woff2)));
  const renamed = renameFont(original, 'QBR inter-latin', 'Regular');

  it('keeps every table but the names byte for byte', () => {
    const before = tables(original);
    const after = tables(renamed);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [tag, bytes] of before) if (tag !== 'name') expect(after.get(tag)!.equals(bytes), tag).toBe(true);
  });

  it('names the family, style, full name and PostScript name (Windows, UTF-16BE)', () => {
    const name = tables(renamed).get('name')!;
    const count = name.readUInt16BE(2);
    const strings = name.readUInt16BE(4);
    const names = Array.from({ length: count }, (_, i) => {
      const record = 6 + 12 * i;
      const [id, length, offset] = [
        name.readUInt16BE(record + 6),
        name.readUInt16BE(record + 8),
        name.readUInt16BE(record + 10),
      ];
      const text = Buffer.from(name.subarray(strings + offset, strings + offset + length))
        .swap16()
        .toString('utf16le');
      return [id, text];
    });
    expect(names).toEqual([
      [1, 'QBR inter-latin'],
      [2, 'Regular'],
      [4, 'QBR inter-latin Regular'],
      [6, 'QBRinter-latin-Regular'],
    ]);
  });
});
