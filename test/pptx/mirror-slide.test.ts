import { describe, expect, it } from 'vitest';
import { mirrorSlideXml } from '../../src/pptx/mirror-slide.ts';

describe('a right-to-left slide part, mirrored', () => {
  it('moves a shape to the other side: its left edge where its right edge was', () => {
    // 12,192,000 EMU wide: 609,600 from the left and 1,000,000 wide ends 10,582,400 + 1,000,000 from the left.
    expect(mirrorSlideXml('<a:xfrm><a:off x="609600" y="457200"/><a:ext cx="1000000" cy="200"/></a:xfrm>')).toBe(
      '<a:xfrm><a:off x="10582400" y="457200"/><a:ext cx="1000000" cy="200"/></a:xfrm>',
    );
  });

  it('swaps alignments and inner margins, and makes every paragraph right to left', () => {
    expect(mirrorSlideXml('<a:pPr algn="l"/><a:pPr rtl="1"  algn="r"><a:tcPr marL="0" marR="114300">')).toBe(
      '<a:pPr rtl="1" algn="r"/><a:pPr rtl="1"  algn="l"><a:tcPr marL="114300" marR="0">',
    );
    expect(mirrorSlideXml('<a:lvl1pPr algn="l" rtl="0">')).toBe('<a:lvl1pPr algn="r" rtl="1">');
  });

  it('turns the on-track arrow and keeps each status symbol at its word’s right', () => {
    expect(mirrorSlideXml('<a:t>→ </a:t><a:t>✔ </a:t><a:t>A → B</a:t>')).toBe(
      '<a:t>\u200f← </a:t><a:t>\u200f✔ </a:t><a:t>A → B</a:t>',
    );
  });

  it('keeps a hyphen inside Latin or figures from ending a line (U+2011), and leaves other text alone', () => {
    expect(mirrorSlideXml('<a:t>نسبة (First-time fix rate) 1-3</a:t><a:t>ב-SAP</a:t><p:cNvPr name="a-b"/>')).toBe(
      '<a:t>نسبة (First\u2011time fix rate) 1\u20113</a:t><a:t>ב-SAP</a:t><p:cNvPr name="a-b"/>',
    );
  });
});
