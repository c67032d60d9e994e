import { describe, expect, it } from 'vitest';
import { backgroundEffects, finishNotesXml, oneParagraphProperties, uniqueShapeIds } from '../../src/pptx/slide-xml.ts';

describe('slide parts, mended', () => {
  it('keeps one paragraph-properties element per paragraph, the first', () => {
    const pptxgenjs =
      '<a:p><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>Say: </a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>Own the miss</a:t></a:r></a:p><a:p><a:pPr algn="r"/><a:r><a:t>x</a:t></a:r></a:p>';
    expect(oneParagraphProperties(pptxgenjs)).toBe(
      '<a:p><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>Say: </a:t></a:r><a:r><a:t>Own the miss</a:t></a:r></a:p><a:p><a:pPr algn="r"/><a:r><a:t>x</a:t></a:r></a:p>',
    );
  });

  it('numbers shapes so a table never shares an id with the text before it', () => {
    const xml =
      '<p:cNvPr id="1" name=""/><p:cNvPr id="2" name="Text 0"/><p:cNvPr id="3" name="Chart 0"/><p:cNvPr id="2" name="Table 0"/>';
    expect(uniqueShapeIds(xml)).toBe(
      '<p:cNvPr id="1" name=""/><p:cNvPr id="2" name="Text 0"/><p:cNvPr id="3" name="Chart 0"/><p:cNvPr id="4" name="Table 0"/>',
    );
  });

  it('gives a solid background its effect list, once', () => {
    const xml = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill></p:bgPr></p:bg>';
    const mended = backgroundEffects(xml);
    expect(mended).toBe(
      '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>',
    );
    expect(backgroundEffects(mended)).toBe(mended);
  });

  it("writes speaker notes a paragraph per line, in the deck's language", () => {
    const notes =
      '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>First chart.\r\nSecond &amp; last.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';
    expect(finishNotesXml(notes, 'de-DE')).toBe(
      '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="de-DE" dirty="0"/><a:t>First chart.</a:t></a:r><a:endParaRPr lang="de-DE" dirty="0"/></a:p><a:p><a:r><a:rPr lang="de-DE" dirty="0"/><a:t>Second &amp; last.</a:t></a:r><a:endParaRPr lang="de-DE" dirty="0"/></a:p></p:txBody>',
    );
  });
});
