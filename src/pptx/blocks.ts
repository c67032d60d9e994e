/** Pieces most slides share: the kicker and heading, status words, labelled stacks of text. */
import type { Slide } from '../render/slide.ts';
import type { PptxContext } from './context.ts';
import { STATUS_SYMBOLS } from './status-symbols.ts';
import type * as P from './pptxgenjs.ts';
import { CONTENT_TOP, CONTENT_WIDTH, PAGE, STATUS_COLORS, TEXT, COLORS, type TextStyle } from './style.ts';
import { addText, type Run } from './text.ts';
import { fitSize } from './text-fit.ts';

/** Internal pages start lower, under the account team's band (deck.css `.slide--internal`). */
export const topOf = (view: Slide) => (view.internal ? 12 : 0);
/** Where a slide's content starts. */
export const contentTop = (view: Slide) => CONTENT_TOP + topOf(view);

/**
 * The words a slide prints besides its data: the same `words` its template reads (src/render),
 * in the deck's language. A name the view does not carry is a bug, so it throws rather than
 * print "undefined".
 */
export function slideWords<Name extends string>(view: Slide, names: readonly Name[]): Record<Name, string> {
  const words = (view.words ?? {}) as Record<string, unknown>;
  for (const name of names)
    if (typeof words[name] !== 'string') throw new Error(`The ${view.kind} slide's view has no words.${name}`);
  return words as Record<Name, string>;
}

/** The kicker (customer · quarter) and the slide's heading, one line each (templates/slides/heading.hbs). */
export function addHeading(slide: P.Slide, view: Slide, context: PptxContext): void {
  const { deck } = context;
  const top = PAGE.top + topOf(view);
  addText(
    slide,
    context,
    `${deck.customer} · ${deck.quarter}`,
    { x: PAGE.left, y: top, w: CONTENT_WIDTH, h: 22 },
    { ...TEXT.kicker, color: deck.colors.accent },
  );
  const size = fitSize([view.heading], { w: CONTENT_WIDTH, h: 44 }, TEXT.heading.size, 22, {
    lineHeight: 1.15,
    bold: true,
  });
  addText(
    slide,
    context,
    view.heading,
    { x: PAGE.left, y: top + 28, w: CONTENT_WIDTH, h: 46 },
    { ...TEXT.heading, size, color: deck.colors.primary },
    { lineHeight: 1.1 },
  );
}

/** A status as symbol and word in its colour (never colour alone), e.g. "▲ At risk". */
export function statusRuns(status: string, word: string, size: number): Run[] {
  const color = STATUS_COLORS[status] ?? COLORS.muted;
  return [
    { text: `${STATUS_SYMBOLS[status] ?? '•'} `, style: { size, color } },
    { text: word, style: { size, bold: true, color } },
  ];
}

/** One paragraph of a stack: its runs, and the space after it in pixels. */
export interface StackItem {
  runs: Run[];
  after: number;
}

/** A small capitalised label over what follows (deck.css `.label`). */
export const labelItem = (text: string): StackItem => ({ runs: [{ text, style: TEXT.label }], after: 6 });
/** A paragraph of one run. */
export const textItem = (text: string, style: TextStyle, after = 0): StackItem => ({ runs: [{ text, style }], after });

/** Paragraphs of mixed sizes, top to bottom, as one text box (the side panels of chart slides). */
export function stackRuns(items: StackItem[]): Run[] {
  return items
    .filter((item) => item.runs.some((r) => r.text !== ''))
    .flatMap((item) =>
      item.runs.map((run, i) => ({
        ...run,
        paragraph: i === item.runs.length - 1,
        after: i === 0 ? item.after : undefined,
      })),
    );
}

/** About how tall a stack is: each paragraph one line, or more when its longest run wraps. */
export function stackHeight(items: StackItem[], lineHeight = 1.2): number {
  return items.reduce(
    (sum, item) => sum + Math.max(...item.runs.map((r) => r.style.size)) * lineHeight + item.after,
    0,
  );
}
