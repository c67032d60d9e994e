/** The agenda (templates/slides/agenda.hbs): numbered, in two columns. */
import { addHeading, contentTop } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addText, paragraphs } from '../text.ts';
import { fitSize } from '../text-fit.ts';

const GAP = 64;
/** Room for a number up to "10." before each item, in a font wider than Calibri too (LibreOffice's DejaVu Sans). */
const INDENT = 48;

export const agendaSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const items = (view.items as string[] | undefined) ?? [];
  const half = Math.ceil(items.length / 2);
  const columns = [items.slice(0, half), items.slice(half)];
  const width = (CONTENT_WIDTH - GAP) / 2;
  const top = contentTop(view) + 12;
  const box = { w: width, h: PAGE.bottom - top };
  const size = Math.min(...columns.map((c) => fitSize(c, box, 24, 14, { lineHeight: 1.4, gap: 0.6, indent: INDENT })));
  columns.forEach((column, i) => {
    addText(
      slide,
      context,
      paragraphs(column, { ...TEXT.body, size }),
      { x: PAGE.left + i * (width + GAP), y: top, ...box },
      { ...TEXT.body, size },
      {
        lineHeight: 1.4,
        gap: size * 0.6,
        list: { type: 'number', startAt: i === 0 ? 1 : half + 1, indent: INDENT },
      },
    );
  });
  return [];
};
