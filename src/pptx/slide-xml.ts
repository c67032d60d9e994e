/**
 * Mends what pptxgenjs writes into slides, layouts and notes, faults PowerPoint repairs or
 * reads wrongly:
 * - a paragraph of several runs gets a `<a:pPr>` before each run; a paragraph has one, first;
 * - a table takes the same shape id as a shape before it; ids are made unique per part;
 * - a solid background lacks its `<a:effectLst/>` (gitbrent/PptxGenJS#1442);
 * - speaker notes are one run whatever they hold; each line becomes a paragraph, in the deck's language;
 * - text pptxgenjs marks en-US whatever the deck's language (paragraph ends, the slide number, the
 *   master's defaults) is marked in the deck's, so text typed there is spell-checked in it.
 */

const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** Keeps the first `<a:pPr>` of each paragraph, where the schema wants it. */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_paragraph, body: string) => {
    let seen = false;
    return `<a:p>${body.replace(PARAGRAPH_PROPERTIES, (pPr) => (seen ? '' : ((seen = true), pPr)))}</a:p>`;
  });
}

/** Numbers the shapes of a part 1, 2, 3 ... in order (1 is the shape tree itself). */
export function uniqueShapeIds(xml: string): string {
  let next = 0;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++next}"`);
}

/** A solid background with the effect list PowerPoint expects after its fill. */
export function backgroundEffects(xml: string): string {
  return xml.replace(
    /(<p:bgPr>(?:<a:solidFill>[\s\S]*?<\/a:solidFill>|<a:noFill\/>))(?!<a:effectLst)/g,
    '$1<a:effectLst/>',
  );
}

/** A slide, layout or master, mended, its text in `lang`. */
export function finishSlideXml(xml: string, lang: string): string {
  return backgroundEffects(uniqueShapeIds(oneParagraphProperties(xml))).replaceAll(' lang="en-US"', ` lang="${lang}"`);
}

/** Notes with one paragraph per line, marked with the deck's language. */
export function finishNotesXml(xml: string, lang: string): string {
  const run = (text: string) => `<a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${text}</a:t></a:r>`;
  return xml.replace(
    /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/,
    (_, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) => `<a:p>${line ? run(line) : ''}<a:endParaRPr lang="${lang}" dirty="0"/></a:p>`)
        .join(''),
  );
}
