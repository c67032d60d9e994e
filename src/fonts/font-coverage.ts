/**
 * The characters a font file really draws, read from its `cmap` table. A fontsource subset's
 * CSS `unicode-range` is not that: Google Fonts' generic "symbols" and "math" subsets claim
 * whole emoji blocks for families (Noto Sans Arabic) that hold none of those glyphs, and a
 * face chosen by the claim alone prints a box. fontsource ships each subset as WOFF too,
 * whose tables are plain zlib, so the cmap is read without decompressing the whole font.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const covered = new Map<string, Set<number>>();

/** The code points `woffFile` maps to a glyph other than .notdef; read once per file. */
export function codePointsOf(woffFile: string): Set<number> {
  let points = covered.get(woffFile);
  if (!points) covered.set(woffFile, (points = readCmap(cmapTable(readFileSync(woffFile)))));
  return points;
}

/** The `cmap` table of a WOFF 1.0 file, inflated. */
export function cmapTable(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const tables = woff.readUInt16BE(12);
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const bytes = woff.subarray(offset, offset + compressed);
    return compressed < original ? inflateSync(bytes) : bytes;
  }
  throw new Error('the font has no cmap table');
}

/** Every code point of the table's Unicode subtable (format 12 when there is one, else 4). */
export function readCmap(cmap: Buffer): Set<number> {
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => cmap.readUInt32BE(4 + i * 8 + 4));
  const format = (offset: number) => cmap.readUInt16BE(offset);
  const full = subtables.find((offset) => format(offset) === 12);
  if (full !== undefined) return readFormat12(cmap, full);
  const basic = subtables.find((offset) => format(offset) === 4);
  if (basic !== undefined) return readFormat4(cmap, basic);
  throw new Error('the font has no Unicode cmap of format 4 or 12');
}

function readFormat12(cmap: Buffer, at: number): Set<number> {
  const points = new Set<number>();
  const groups = cmap.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    const [first, last, glyph] = [cmap.readUInt32BE(group), cmap.readUInt32BE(group + 4), cmap.readUInt32BE(group + 8)];
    for (let point = first; point <= last; point++) if (glyph + point - first !== 0) points.add(point);
  }
  return points;
}

function readFormat4(cmap: Buffer, at: number): Set<number> {
  const points = new Set<number>();
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const [first, last] = [cmap.readUInt16BE(starts + 2 * s), cmap.readUInt16BE(ends + 2 * s)];
    const delta = cmap.readUInt16BE(deltas + 2 * s);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
    for (let point = first; point <= last && point !== 0xffff; point++) {
      let glyph = point;
      if (rangeOffset !== 0) glyph = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (point - first));
      if (glyph !== 0 && (glyph + delta) % 0x10000 !== 0) points.add(point);
    }
  }
  return points;
}
