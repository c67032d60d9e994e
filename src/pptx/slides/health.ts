/** Account team prep: health (templates/slides/health.hbs), the score and what drives it. */
import { addHeading, contentTop, labelItem, slideWords, stackRuns, textItem } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { COLORS, CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addTable, textCell } from '../table.ts';
import { addText } from '../text.ts';

const GAP = 56;

export const healthSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['scale', 'formula', 'signal', 'weight', 'thisQuarter', 'raised', 'clear']);
  const top = contentTop(view) + 8;
  const width = (CONTENT_WIDTH - GAP) / 2;
  const score = stackRuns([
    labelItem(words.scale),
    textItem(String(view.score), { size: 120, bold: true, color: context.deck.colors.primary }, 8),
    textItem(String(view.previous ?? ''), TEXT.mid, 14),
    textItem(words.formula, TEXT.note),
  ]);
  addText(slide, context, score, { x: PAGE.left, y: top, w: width, h: PAGE.bottom - top }, TEXT.body, {
    lineHeight: 1.05,
  });
  const drivers = (view.drivers as Array<{ title: string; weight: number; raised: boolean }> | undefined) ?? [];
  const style = (raised: boolean) => ({ size: 17, bold: raised, color: raised ? COLORS.bad : COLORS.text });
  addTable(
    slide,
    context,
    [words.signal, words.weight, words.thisQuarter],
    drivers.map((d) => [
      textCell(d.title, { ...style(d.raised), bold: true }),
      textCell(String(d.weight), style(d.raised)),
      textCell(d.raised ? words.raised : words.clear, style(d.raised)),
    ]),
    { x: PAGE.left + width + GAP, y: top, columns: [width - 230, 90, 140], padding: 7, maxHeight: PAGE.bottom - top },
  );
  return [];
};
