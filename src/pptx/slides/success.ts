/** "Your definition of success" (templates/slides/success.hbs): their words at sale, and the facts. */
import {
  addHeading,
  contentTop,
  labelItem,
  slideWords,
  stackHeight,
  stackRuns,
  textItem,
  type StackItem,
} from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { COLORS, CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addRect, addText } from '../text.ts';
import { fitSize, textHeight } from '../text-fit.ts';

const QUOTE_SIZES: Record<string, number> = { large: 32, medium: 26, small: 21 };
const GAP = 56;

export const successSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['quoteBy', 'bought', 'since', 'renewal']);
  const top = contentTop(view) + 12;
  const quote = String(view.quote ?? '');
  const quoteWidth = ((CONTENT_WIDTH - GAP) * 2) / 3;
  if (quote) {
    const text = `“${quote}”`;
    const box = { w: quoteWidth - 34, h: PAGE.bottom - top - 60 };
    const size = fitSize([text], box, QUOTE_SIZES[String(view.quoteSize)] ?? 32, 14, { lineHeight: 1.35, gap: 0 });
    const height = Math.min(box.h, textHeight([text], box.w, size, { lineHeight: 1.35 }));
    addRect(slide, context, { x: PAGE.left, y: top, w: 6, h: height }, context.deck.colors.accent);
    addText(
      slide,
      context,
      text,
      { x: PAGE.left + 34, y: top, w: box.w, h: height + 8 },
      { size, color: context.deck.colors.primary },
      { lineHeight: 1.35 },
    );
    addText(
      slide,
      context,
      words.quoteBy,
      { x: PAGE.left + 34, y: top + height + 16, w: box.w, h: 24 },
      { size: 16, color: COLORS.muted },
    );
  }
  const products = (view.products as string[] | undefined) ?? [];
  const fact = (label: string, lines: string[]): StackItem[] => [
    labelItem(label),
    ...lines.map((line, i) => textItem(line, { size: 20, color: COLORS.text }, i === lines.length - 1 ? 18 : 0)),
  ];
  const facts = [
    ...(products.length ? fact(words.bought, products) : []),
    ...fact(words.since, [String(view.since ?? '')]),
    ...(view.renewal ? fact(words.renewal, [String(view.renewal)]) : []),
  ];
  const x = quote ? PAGE.left + quoteWidth + GAP : PAGE.left;
  const w = quote ? CONTENT_WIDTH - quoteWidth - GAP : CONTENT_WIDTH;
  addText(
    slide,
    context,
    stackRuns(facts),
    { x, y: top, w, h: Math.min(PAGE.bottom - top, stackHeight(facts, 1.3) + 40) },
    TEXT.body,
    { lineHeight: 1.2 },
  );
  return [];
};
