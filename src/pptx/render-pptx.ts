/**
 * Stage 5c, render: the deck's view model as a PowerPoint, one slide per page of the PDF in
 * the same order, every text in a text box, tables as tables, charts as native charts with
 * their data. Built with pptxgenjs, then finished (finish-pptx.ts).
 */
import type { DeckView } from '../render/deck-view.ts';
import type { PptxContext } from './context.ts';
import { finishPptx } from './finish-pptx.ts';
import { themeFonts, type PptxFontConfig } from './fonts.ts';
import { logoImage } from './logo-image.ts';
import { defineLayouts } from './master.ts';
import { Presentation } from './pptxgenjs.ts';
import { slideBuilder } from './slide-builders.ts';

export interface PptxOptions {
  fonts: PptxFontConfig;
  /** The data's cut-off date (ISO): the document's date. */
  date: string;
  author: string;
  subject: string;
}

/** The words a deck holds, to choose fonts by; images and charts' markup are no words. */
function deckText(view: DeckView): string {
  return JSON.stringify(view, (_key, value: unknown) =>
    typeof value === 'string' && (value.startsWith('data:') || value.startsWith('<svg')) ? '' : value,
  );
}

export async function renderPptx(view: DeckView, options: PptxOptions): Promise<Uint8Array> {
  const pres = new Presentation();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = view.title;
  pres.author = options.author;
  pres.company = ''; // written, escaped, when the file is finished
  pres.subject = options.subject;
  const logos = { company: await logoImage(view.companyLogo), customer: await logoImage(view.customerLogo) };
  const context: PptxContext = {
    pres,
    deck: view,
    charts: [],
    layouts: defineLayouts(pres, view, logos.company),
    logos,
  };
  for (const page of view.slides) {
    const { layouts } = context;
    const masterName =
      page.kind === 'title' || page.noFooter
        ? layouts.title
        : page.internal && layouts.internal
          ? layouts.internal
          : layouts.content;
    const slide = pres.addSlide({ masterName });
    const notes = slideBuilder(page.kind)(slide, page, context);
    if (notes.length) slide.addNotes(notes.join('\n'));
  }
  const written = (await pres.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return finishPptx(written, {
    charts: context.charts,
    date: options.date,
    fonts: themeFonts(deckText(view), view.lang, options.fonts),
    colors: view.colors,
    lang: view.lang,
    company: options.author,
    rtl: view.dir === 'rtl',
  });
}
