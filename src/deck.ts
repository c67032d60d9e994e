/** One account's deck, stages 4 to 6: its charts, its view and HTML, and its PDF. */
import type { Review } from './analyse/review.ts';
import { drawDeckCharts } from './chart/deck-charts.ts';
import type { Audience, Config } from './config/config-schema.ts';
import { templateFolder } from './config/load-config.ts';
import { isFiscal } from './analyse/fiscal-year.ts';
import { createFormatter, type Formatter } from './format.ts';
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
  const f = createFormatter(review.locale, review.account.currency, review.language, isFiscal(context.config.fiscal_year));
  const charts = await drawDeckCharts(review, f, company.colors);
  const companyName = company.name ?? f.t('deck.defaultCompany'); // in the deck's language
  lap('charts');
  const view = deckView({
    review,
    f,
    audience: context.audience ?? context.config.output.audience,
    charts,
    company: { name: companyName, colors: company.colors, logo: context.logos.company },
    customerLogo: context.logos.customer,
    questions: context.config.questions,
    slides: context.config.slides,
  });
  const html = renderHtml(view, templateFolder(context.config));
  lap('html');
  if (!context.printer) return { html, pdf: null };
  const pdf = await printDeck(context.printer, html, pdfMetadata(review, view, companyName, f), () => lap('queue'));
  lap('pdf');
  return { html, pdf };
}

/** The PDF's title, author (our company), subject and date (the data's cut-off, never the clock), in the deck's language. */
function pdfMetadata({ account, summary }: Review, view: DeckView, author: string, f: Formatter): PdfMetadata {
  return {
    title: view.title,
    author,
    subject: f.t('deck.subject', { customer: account.name, quarter: f.quarter(summary.quarter), date: f.date(summary.as_of) }),
    keywords: [f.t('deck.keyword'), account.name, summary.quarter],
    date: summary.as_of,
    headings: [view.customer, ...view.slides.map((slide) => slide.heading)],
  };
}
