/** Text boxes in the deck's styles: positions in CSS pixels, type in the deck's sizes. */
import type { DeckView } from '../render/deck-view.ts';
import type { PptxContext } from './context.ts';
import type * as P from './pptxgenjs.ts';
import { COLORS, hex, inch, points, type Box, type TextStyle } from './style.ts';
import { textWidth } from './text-fit.ts';

/** A run of text in a style; `paragraph` ends its paragraph after it. */
export interface Run {
  text: string;
  style: TextStyle;
  paragraph?: boolean;
  /** Space after the paragraph this run starts, in pixels. */
  after?: number | undefined;
  /** Starts a new line in the same paragraph. */
  lineBreak?: boolean;
}

export interface BoxOptions {
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** Space after each paragraph, in CSS pixels. */
  gap?: number;
  /** Line height as a multiple of the type size, as in CSS (default 1.2). */
  lineHeight?: number;
  /** Each paragraph a list item: with a bullet, or numbered from `startAt`. */
  list?: { type: 'bullet' | 'number'; startAt?: number; indent?: number };
}

/** The deck's language on a run, and its paragraph right to left (`rtl="1"`) in Arabic and Hebrew. */
export const languageOptions = (deck: Pick<DeckView, 'lang' | 'dir'>) => ({
  lang: deck.lang,
  ...(deck.dir === 'rtl' ? { rtlMode: true } : {}),
});

/** pptxgenjs's run options for a style. Fonts come from the theme (see fonts.ts). */
export function runOptions(style: TextStyle, context: PptxContext): P.TextPropsOptions {
  return {
    fontSize: points(style.size),
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    color: hex(style.color ?? COLORS.text),
    ...languageOptions(context.deck),
  };
}

/** About how wide runs are side by side on one line, in pixels (erring wide, as textWidth). */
export const runsWidth = (runs: Run[]) =>
  runs.reduce((sum, r) => sum + textWidth(r.style.caps ? r.text.toUpperCase() : r.text, r.style.size, r.style.bold), 0);

/**
 * PowerPoint spaces lines in multiples of the font's own line height, about 1.2 times its size
 * for the fonts named (Calibri, Arial, DejaVu Sans): a CSS line height divided by that.
 */
export const lineSpacing = (cssLineHeight: number) => Math.round((cssLineHeight / 1.2) * 100) / 100;

const cased = (text: string, style: TextStyle, lang: string) => (style.caps ? text.toLocaleUpperCase(lang) : text);

function bulletOf(list: NonNullable<BoxOptions['list']>): P.TextPropsOptions['bullet'] {
  const indent = points(list.indent ?? 22);
  return list.type === 'number'
    ? { type: 'number', numberStartAt: list.startAt ?? 1, indent }
    : { characterCode: '2022', indent };
}

/** A text box at `box` holding `runs` (or one string in one style); nothing for no text. */
export function addText(
  slide: P.Slide,
  context: PptxContext,
  content: Run[] | string,
  box: Box,
  style: TextStyle,
  options: BoxOptions = {},
): void {
  const list: Run[] = typeof content === 'string' ? [{ text: content, style }] : content;
  if (list.every((r) => r.text === '') || box.w <= 0 || box.h <= 0) return;
  const { lineHeight = 1.2, gap = 0 } = options;
  let startsParagraph = true;
  const props: P.TextProps[] = list.map((run, i) => {
    const props: P.TextProps = {
      text: cased(run.text, run.style, context.deck.lang),
      options: {
        ...runOptions(run.style, context),
        ...(run.after ? { paraSpaceAfter: points(run.after) } : {}),
        ...(run.lineBreak ? { softBreakBefore: true } : {}),
        ...(run.paragraph && i < list.length - 1 ? { breakLine: true } : {}),
        // pptxgenjs starts a paragraph at each run with a bullet.
        ...(options.list && startsParagraph ? { bullet: bulletOf(options.list) } : {}),
      },
    };
    startsParagraph = run.paragraph ?? false;
    return props;
  });
  slide.addText(props, {
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.w),
    h: inch(box.h),
    margin: 0,
    valign: options.valign ?? 'top',
    align: options.align ?? 'left',
    lineSpacingMultiple: lineSpacing(lineHeight),
    paraSpaceAfter: points(gap),
    fit: 'none',
    ...runOptions(style, context),
  });
}

/** One paragraph per item, in one style. */
export function paragraphs(items: string[], style: TextStyle): Run[] {
  return items.map((text) => ({ text, style, paragraph: true }));
}

/** A filled rectangle (a card, a band, a bar), with an outline when `line` is given. */
export function addRect(
  slide: P.Slide,
  context: PptxContext,
  box: Box,
  fill: string | null,
  line?: { color: string; width: number },
  radius = 0,
): void {
  if (box.w <= 0 || box.h <= 0) return;
  slide.addText('', {
    shape: radius ? context.pres.ShapeType.roundRect : context.pres.ShapeType.rect,
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.w),
    h: inch(box.h),
    ...(radius ? { rectRadius: inch(radius) } : {}),
    fill: fill ? { color: hex(fill) } : { type: 'none' },
    line: line ? { color: hex(line.color), width: points(line.width) } : { type: 'none' },
    margin: 0,
  } as P.TextPropsOptions);
}

/** A straight line from (x, y), `w` across and `h` down. */
export function addLine(slide: P.Slide, context: PptxContext, box: Box, color: string, width = 1): void {
  // As a text shape: pptxgenjs writes a shape without text with no text body (gitbrent/PptxGenJS#1441).
  slide.addText('', {
    shape: context.pres.ShapeType.line,
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.w),
    h: inch(box.h),
    line: { color: hex(color), width: points(width) },
    margin: 0,
  } as P.TextPropsOptions);
}
