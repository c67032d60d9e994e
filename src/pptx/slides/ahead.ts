/** Looking ahead (templates/slides/ahead.hbs): our plan for next quarter, questions for them. */
import { addHeading, contentTop, slideWords } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addText, paragraphs } from '../text.ts';
import { fitSize } from '../text-fit.ts';

const GAP = 56;

export const aheadSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['plan', 'noPlan', 'questions']);
  const top = contentTop(view) + 8;
  const width = (CONTENT_WIDTH - GAP) / 2;
  const plan = (view.plan as string[] | undefined) ?? [];
  const questions = (view.questions as string[] | undefined) ?? [];
  const box = { w: width, h: PAGE.bottom - top - 26 };
  const size = Math.min(
    fitSize(plan, box, 19, 12, { lineHeight: 1.3, gap: 0.63, indent: 28 }),
    fitSize(questions, box, 19, 12, { lineHeight: 1.3, gap: 0.63, indent: 22 }),
  );
  const style = { ...TEXT.body, size };
  addText(slide, context, words.plan, { x: PAGE.left, y: top, w: width, h: 24 }, TEXT.label);
  if (plan.length)
    addText(slide, context, paragraphs(plan, style), { x: PAGE.left, y: top + 26, ...box }, style, {
      lineHeight: 1.3,
      gap: 12,
      list: { type: 'number', indent: 28 },
    });
  else addText(slide, context, words.noPlan, { x: PAGE.left, y: top + 26, w: width, h: 30 }, TEXT.note);
  const right = PAGE.left + width + GAP;
  addText(slide, context, words.questions, { x: right, y: top, w: width, h: 24 }, TEXT.label);
  addText(slide, context, paragraphs(questions, style), { x: right, y: top + 26, ...box }, style, {
    lineHeight: 1.3,
    gap: 12,
    list: { type: 'bullet' },
  });
  return [];
};
