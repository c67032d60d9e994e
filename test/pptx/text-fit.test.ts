import { describe, expect, it } from 'vitest';
import { fitLine, fitSize, lineCount, textWidth } from '../../src/pptx/text-fit.ts';

describe('how much room text takes', () => {
  it('counts a CJK character as a full em and a Latin letter as about six tenths', () => {
    expect(textWidth('神戸精密', 20)).toBe(80);
    expect(textWidth('abcd', 10)).toBeCloseTo(24, 5);
  });

  it('takes Arabic, bold, as wide as DejaVu Sans Bold draws it, LibreOffice’s stand-in for the theme’s Arial', () => {
    // Widths at 10 px measured once in DejaVu Sans Bold (node-canvas): the long sīn and ṭāʾ count twice.
    expect(textWidth('ساعات التوقف غير المخطط له على خطوط الإنتاج', 10, true)).toBeGreaterThanOrEqual(247.4);
    expect(textWidth('نسبة الإصلاح من المحاولة الأولى', 10, true)).toBeGreaterThanOrEqual(160.4);
    expect(textWidth('زمن الاستجابة للبلاغات', 10, true)).toBeGreaterThanOrEqual(113.6);
  });

  it('wraps at spaces, and breaks CJK text anywhere', () => {
    // "aaaa" is 24 px at 10 px: two words and a space need 52.2 px.
    expect(lineCount('aaaa aaaa', 60, 10)).toBe(1);
    expect(lineCount('aaaa aaaa', 40, 10)).toBe(2);
    expect(lineCount('神戸精密工業', 40, 10)).toBe(2);
    expect(lineCount('one\ntwo', 500, 10)).toBe(2);
  });

  it('chooses the largest size at which paragraphs fit their box', () => {
    const long = Array.from(
      { length: 6 },
      () => 'A highlight of the quarter that takes most of a line at the usual size',
    );
    expect(fitSize(['Short'], { w: 500, h: 100 }, 19, 12)).toBe(19);
    const size = fitSize(long, { w: 548, h: 200 }, 19, 10);
    expect(size).toBeLessThan(19);
    expect(size).toBeGreaterThanOrEqual(10);
  });

  it('keeps a line to its width, smaller or cut short with an ellipsis', () => {
    expect(fitLine('Promise 2', 400, 17, 13, true)).toEqual({ text: 'Promise 2', size: 17 });
    const cut = fitLine('Promise number 1 with a rather long descriptive name that goes on and on', 200, 17, 13, true);
    expect(cut.size).toBe(13);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textWidth(cut.text, 13, true)).toBeLessThanOrEqual(200);
  });
});
