/** The title slide (templates/slides/title.hbs): customer, quarter, presenters, cut-off date. */
import type { SlideBuilder } from '../context.ts';
import { slideWords } from '../blocks.ts';
import { fitInside } from '../logo-image.ts';
import { COLORS, inch, SLIDE, tint } from '../style.ts';
import { addRect, addText, type Run } from '../text.ts';
import { fitSize, lineCount, textWidth } from '../text-fit.ts';

const LEFT = 96;
const WIDTH = 1000;

export const titleSlide: SlideBuilder = (slide, view, context) => {
  const { deck } = context;
  const words = slideWords(view, ['kicker', 'internalCopy', 'presentedBy', 'dataAsOf', 'customerLogo']);
  const soft = tint(deck.colors.primary, 0.85); // white at 85%, as the HTML's opacity
  const kicker = [words.kicker, ...(deck.internal ? [words.internalCopy] : [])].join(' · ');
  const size = fitSize([deck.customer], { w: WIDTH, h: 2 * 64 * 1.1 }, 64, 32, { lineHeight: 1.1, bold: true });
  const titleHeight = lineCount(deck.customer, WIDTH, size, true) * size * 1.1;
  const rows = presenterRows(deck.presenters);
  const total = 22 + 18 + titleHeight + 18 + 34 + (rows.length ? 24 + rows.length * 52 : 0);
  let y = Math.max(64, (SLIDE.height - total) / 2);
  addText(slide, context, kicker, { x: LEFT, y, w: WIDTH, h: 22 }, { size: 15, bold: true, caps: true, color: soft });
  y += 22 + 18;
  addText(
    slide,
    context,
    deck.customer,
    { x: LEFT, y, w: WIDTH, h: titleHeight + 8 },
    { size, bold: true, color: COLORS.white },
    { lineHeight: 1.1 },
  );
  y += titleHeight + 18;
  addText(slide, context, words.presentedBy, { x: LEFT, y, w: WIDTH, h: 34 }, { size: 24, color: soft });
  y += 34 + 24;
  for (const row of rows) {
    for (const p of row) {
      const runs: Run[] = [
        { text: p.name, style: { size: 19, bold: true, color: COLORS.white }, paragraph: true },
        ...(p.role ? [{ text: p.role, style: { size: 16, color: soft } }] : []),
      ];
      addText(slide, context, runs, { x: LEFT + p.x, y, w: p.w, h: 50 }, { size: 19 }, { lineHeight: 1.15 });
    }
    y += 52;
  }
  addText(
    slide,
    context,
    words.dataAsOf,
    { x: LEFT, y: SLIDE.height - 40 - 22, w: 800, h: 22 },
    { size: 15, color: soft },
  );
  addCustomerLogo(slide, context, words.customerLogo);
  return [];
};

/** Presenters side by side, wrapping like the HTML's flex row (gap 40). */
function presenterRows(presenters: Array<{ name: string; role: string }>) {
  const rows: Array<Array<{ name: string; role: string; x: number; w: number }>> = [[]];
  let x = 0;
  for (const p of presenters) {
    const w = Math.min(WIDTH, Math.max(textWidth(p.name, 19, true), textWidth(p.role, 16)) + 16);
    if (x > 0 && x + w > WIDTH) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ ...p, x, w });
    x += w + 40;
  }
  return rows.filter((r) => r.length > 0);
}

/** The customer's logo on a white card, left of ours (which the title layout places). */
function addCustomerLogo(
  slide: Parameters<SlideBuilder>[0],
  context: Parameters<SlideBuilder>[2],
  altText: string,
): void {
  const { customer, company } = context.logos;
  if (!customer) return;
  const ours = company ? fitInside(company, 200, 64).w + 16 + 24 : 0;
  const size = fitInside(customer, 200, 64);
  const card = { x: SLIDE.width - 96 - ours - size.w - 16, y: 56, w: size.w + 16, h: size.h + 16 };
  addRect(slide, context, card, COLORS.white, undefined, 6);
  slide.addImage({
    data: customer.data,
    x: inch(card.x + 8),
    y: inch(card.y + 8),
    w: inch(size.w),
    h: inch(size.h),
    altText,
  });
}
