/** One account's deck, stages 4 to 6: its charts, its view and HTML, and its PDF. */
import type { Review } from './analyse/review.ts';
import { drawDeckCharts } from './chart/deck-charts.ts';
import type { Audience, Config } from './config/config-schema.ts';
import { createFormatter } from './format.ts';
import type { PdfMetadata } from './print/finish-pdf.ts';
import { printDeck } from './print/print-deck.ts';
import type { Printer } from './print/printer.ts';
import { deckView, type DeckView } from './render/deck-view.ts';
import { renderHtml } from './render/render-html.ts';
import type { Lap } from './stage-timings.ts';

export interface DeckContext {
  config: Config;
  /** Data URLs, checked and read before (empty: none). */
  logos: { customer: string; company: string };
  audience?: Audience;
  printer: Printer | null;
}

export interface Deck {
  html: string;
  pdf: Uint8Array | null;
}

/** `lap(stage)` is called as each stage ends (charts, html, queue, pdf), for timing. */
export async function renderDeck(review: Review, context: DeckContext, lap: Lap = () => {}): Promise<Deck> {
  const { company } = context.config;
  const f = createFormatter(review.account.locale, review.account.currency);
  const charts = await drawDeckCharts(review, f, company.colors);
  lap('charts');
  const view = deckView({
    review,
    f,
    audience: context.audience ?? context.config.output.audience,
    charts,
    company: { name: company.name, colors: company.colors, logo: context.logos.company },
    customerLogo: context.logos.customer,
    questions: context.config.questions,
  });
  const html = renderHtml(view);
  lap('html');
  if (!context.printer) return { html, pdf: null };
  const pdf = await printDeck(context.printer, html, pdfMetadata(review, view, company.name), () => lap('queue'));
  lap('pdf');
  return { html, pdf };
}

/** The PDF's title, author (our company), subject and date (the data's cut-off, never the clock). */
function pdfMetadata({ account, summary }: Review, view: DeckView, author: string): PdfMetadata {
  return {
    title: view.title,
    author,
    subject: `Quarterly business review of ${account.name} for ${summary.quarter}, with data as of ${summary.as_of}`,
    keywords: ['QBR', account.name, summary.quarter],
    date: summary.as_of,
  };
}
