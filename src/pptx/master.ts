/**
 * The slide master's layouts: the title (the brand's primary colour, our logo), content slides
 * (footer with the customer, quarter and cut-off date, our name and logo, the slide number)
 * and, in the internal copy only, content slides under the account team's red band.
 */
import type { DeckView } from '../render/deck-view.ts';
import type { PptxContext } from './context.ts';
import { fitInside, type LogoImage } from './logo-image.ts';
import type * as P from './pptxgenjs.ts';
import { COLORS, hex, inch, PAGE, points, SLIDE, TEXT } from './style.ts';
import { fitLine, textWidth } from './text-fit.ts';
import { languageOptions } from './text.ts';

type MasterObject = NonNullable<Parameters<P.Presentation['defineSlideMaster']>[0]['objects']>[number];

const FOOTER = { rule: 668, text: 678, height: 20 };
const NUMBER = { x: PAGE.right - 56, w: 56 };

/** A line of the footer, made smaller or cut short (a very long customer name) to keep to its place. */
const footerText = (text: string, x: number, w: number, align: 'left' | 'right', deck: DeckView): MasterObject => {
  const line = fitLine(text, w, TEXT.footer.size, 10);
  return {
    text: {
      text: line.text,
      options: {
        x: inch(x),
        y: inch(FOOTER.text),
        w: inch(w),
        h: inch(FOOTER.height),
        margin: 0,
        fontSize: points(line.size),
        color: hex(TEXT.footer.color),
        align,
        valign: 'top',
        ...languageOptions(deck),
        fit: 'none',
        wrap: false,
      },
    },
  };
};

/** The footer every content slide has (deck.hbs `.slide-footer`), with the data's cut-off date. */
function footer(deck: DeckView, logo: LogoImage | null): MasterObject[] {
  const left = `${deck.words.footer} · ${deck.words.dataAsOf}`;
  const companyRight = NUMBER.x - 16;
  const companyWidth = Math.min(360, textWidth(deck.company, TEXT.footer.size) + 8);
  const objects: MasterObject[] = [
    {
      line: {
        x: inch(PAGE.left),
        y: inch(FOOTER.rule),
        w: inch(PAGE.right - PAGE.left),
        h: 0,
        line: { color: hex(COLORS.rule), width: 0.75 },
      },
    },
    footerText(left, PAGE.left, companyRight - companyWidth - 48 - PAGE.left, 'left', deck),
    footerText(deck.company, companyRight - companyWidth, companyWidth, 'right', deck),
  ];
  if (logo) {
    const size = fitInside(logo, 64, 18);
    objects.push({
      image: {
        x: inch(companyRight - companyWidth - 8 - size.w),
        y: inch(FOOTER.text),
        w: inch(size.w),
        h: inch(size.h),
        data: logo.data,
      },
    });
  }
  return objects;
}

const slideNumber = (lang: string) => ({
  x: inch(NUMBER.x),
  y: inch(FOOTER.text),
  w: inch(NUMBER.w),
  h: inch(FOOTER.height),
  fontSize: points(TEXT.footer.size),
  color: hex(TEXT.footer.color),
  align: 'right' as const,
  valign: 'top' as const,
  margin: 0,
  lang,
});

/** Defines the layouts on `pres`; their names for `addSlide`. */
export function defineLayouts(pres: P.Presentation, deck: DeckView, logo: LogoImage | null): PptxContext['layouts'] {
  const layouts = { title: 'QBR_TITLE', content: 'QBR_CONTENT', internal: deck.internal ? 'QBR_INTERNAL' : null };
  const titleObjects: MasterObject[] = [];
  if (logo) {
    // Top right, on a white card like the HTML title slide's logos.
    const size = fitInside(logo, 200, 64);
    const card = { x: SLIDE.width - 96 - size.w - 16, y: 56, w: size.w + 16, h: size.h + 16 };
    titleObjects.push(
      {
        rect: {
          x: inch(card.x),
          y: inch(card.y),
          w: inch(card.w),
          h: inch(card.h),
          fill: { color: 'FFFFFF' },
          rectRadius: 0.06,
        } as never,
      },
      { image: { x: inch(card.x + 8), y: inch(card.y + 8), w: inch(size.w), h: inch(size.h), data: logo.data } },
    );
  }
  pres.defineSlideMaster({
    title: layouts.title,
    background: { color: hex(deck.colors.primary) },
    objects: titleObjects,
  });
  pres.defineSlideMaster({
    title: layouts.content,
    background: { color: 'FFFFFF' },
    objects: footer(deck, logo),
    slideNumber: slideNumber(deck.lang),
  });
  if (layouts.internal) {
    const band: MasterObject[] = [
      { rect: { x: 0, y: 0, w: inch(SLIDE.width), h: inch(31), fill: { color: hex(COLORS.internal) } } },
      {
        text: {
          text: deck.words.internalBand,
          options: {
            x: inch(PAGE.left),
            y: 0,
            w: inch(PAGE.right - PAGE.left),
            h: inch(31),
            margin: 0,
            fontSize: points(14),
            bold: true,
            color: 'FFFFFF',
            valign: 'middle',
            ...languageOptions(deck),
          },
        },
      },
    ];
    pres.defineSlideMaster({
      title: layouts.internal,
      background: { color: 'FFFFFF' },
      objects: [...band, ...footer(deck, logo)],
      slideNumber: slideNumber(deck.lang),
    });
  }
  return layouts;
}
