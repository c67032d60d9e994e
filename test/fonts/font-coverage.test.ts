import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointsOf } from '../../src/fonts/font-coverage.ts';
import { ROOT } from '../helpers.ts';

const files = (pkg: string) =>
  join(createRequire(join(ROOT, 'package.json')).resolve(`@fontsource/${pkg}/package.json`), '..', 'files');
const woff = (pkg: string, name: string) => join(files(pkg), name);

describe('the characters a font file draws (its cmap)', () => {
  it("reads Inter's Latin subset (format 4): letters and the euro sign, no ideographs", () => {
    const latin = codePointsOf(woff('inter', 'inter-latin-400-normal.woff'));
    for (const char of 'Aaz09€') expect(latin.has(char.codePointAt(0)!), char).toBe(true);
    expect(latin.has('神'.codePointAt(0)!)).toBe(false);
  });

  it("reads an emoji subset (format 12, beyond U+FFFF): 📊 and ⏱ are in Noto Emoji's block 3", () => {
    const emoji = codePointsOf(woff('noto-emoji', 'noto-emoji-3-400-normal.woff'));
    expect(emoji.has(0x1f4ca)).toBe(true);
    expect(emoji.has(0x23f1)).toBe(true);
  });

  it("finds no 📊 in Noto Sans Arabic's symbols subset, whose CSS claims U+1F4C8-1F4CB", () => {
    const symbols = codePointsOf(woff('noto-sans-arabic', 'noto-sans-arabic-symbols-400-normal.woff'));
    expect(symbols.has(0x1f4ca)).toBe(false);
    expect(symbols.has(0x23f1)).toBe(false);
  });
});
