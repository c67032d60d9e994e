import { createCanvas } from 'canvas';
import { describe, expect, it } from 'vitest';
import { chartFontFamily } from '../../src/fonts/chart-fonts.ts';

describe('the fonts charts draw with', () => {
  // First: once a subset is registered, Pango may fall back to it for any family.
  it("names Inter's Latin subset alone for Latin text, and registers nothing more", async () => {
    expect(await chartFontFamily("Q3 '25 Target 60 h $1.5M")).toBe('"QBR inter-latin"');
  });

  it("names the page's Arabic, Japanese and emoji subsets when the text needs them, in the page's order", async () => {
    const family = await chartFontFamily('￥2000万 · 📊 · محمد');
    expect(family).toMatch(
      /^"QBR inter-latin", "QBR noto-sans-arabic-arabic", ("QBR noto-sans-jp-\d+", )+"QBR noto-emoji-3"$/,
    );
  });

  it("draws CJK and emoji with those fonts' glyphs, not the box of a missing glyph", async () => {
    const context = createCanvas(200, 100).getContext('2d');
    context.font = `48px ${await chartFontFamily('万 📊')}`;
    // CJK ideographs are one em wide; Noto Emoji's advance is 2600 of its 2048 units. Pango's
    // box for a missing glyph is narrower (40 and 55 pixels here).
    expect(context.measureText('万').width).toBe(48);
    expect(context.measureText('📊').width).toBeCloseTo((48 * 2600) / 2048, 1);
  });
});
