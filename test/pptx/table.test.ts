import { describe, expect, it } from 'vitest';
import { columnWidth } from '../../src/pptx/table.ts';

describe('a column as wide as its widest line', () => {
  // "aaaa" is 24 px at 10 px (six tenths of an em a letter), bold 12% wider; a tenth more for
  // wider fonts, and 12 px right of the text.
  const line = (text: string, bold = false) => [{ text, style: { size: 10, bold } }];

  it('keeps its usual width when every line fits', () => {
    expect(columnWidth([line('aaaa')], 120, 200)).toBe(120);
  });

  it('grows for a longer word, side by side runs counted together', () => {
    expect(columnWidth([line('aaaa'), line('aaaaaaaaaa')], 20, 200)).toBe(78);
    expect(columnWidth([[...line('aaaa'), ...line('aaaa', true)]], 20, 200)).toBe(68);
  });

  it('grows no wider than its most', () => {
    expect(columnWidth([line('a'.repeat(100))], 20, 200)).toBe(200);
  });
});
