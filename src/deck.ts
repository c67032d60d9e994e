/** One account's deck, stages 4 to 7: its charts, its view and HTML, its PDF, its PowerPoint and its email draft. */
import { isFiscal } from './calendar/fiscal-year.ts';
import type { AccountReview } from './analyse/review.ts';
import { drawDeckCharts } from './chart/deck-charts.ts';
import type { Audience, Config } from './config/config-schema.ts';
import { companyName, templateFolder } from './config/load-config.ts';
import { createFormatter, type Formatter } from './format.ts';
import type { PdfMetadata } from './print/pdf-metadata.ts';
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
  /** Whether the HTML deck is wanted (default yes); without it or a printer, charts are not drawn. */
  html?: boolean;
  /** Whether to build the PowerPoint too (default no). */
  pptx?: boolean;
  /** The PDF's file name, when the email draft that attaches it is wanted (needs the printer). */
  eml?: string;
}

export interface Deck {
  html: string;
  pdf: Uint8Array | null;
  pptx: Uint8Array | null;
  /** Why the PDF asked for was not printed; the rest of the deck is whole, to be written all the same. */
  printFailure?: unknown;
  /** The email draft, which needs the PDF. */
  eml: Uint8Array | null;
}

/** `lap(stage)` is called as each stage ends (charts, html, queue, pdf, pptx), for timing. */
export async function renderDeck(review: AccountReview, context: DeckContext, lap: Lap = () => {}): Promise<Deck> {
  const { company } = context.config;
  const f = createFormatter(
    review.locale,
    review.account.currency,
    review.language,
    isFiscal(context.config.fiscal_year),
  );
  // The draft's code (nodemailer, luxon, ical-generator: half a megabyte) is loaded from the
  // start, while Chromium boots or prints, not once the first PDF is back and the browser waits on us.
  const drafting = context.eml ? import('./meeting/email-draft.ts') : null;
  drafting?.catch(() => {}); // a failure to load is reported where it is awaited
  // A PowerPoint alone needs what the charts show, not their pictures.
  const drawn = context.printer !== null || context.html !== false;
  const charts = await drawDeckCharts(review, f, company.colors, drawn);
  const author = companyName(context.config, review.language);
  lap('charts');
  const view = deckView({
    review,
    f,
    audience: context.audience ?? context.config.output.audience,
    charts,
    company: { name: author, colors: company.colors, logo: context.logos.company },
    customerLogo: context.logos.customer,
    questions: context.config.questions,
    slides: context.config.slides,
  });
  const html = drawn ? renderHtml(view, templateFolder(context.config)) : '';
  lap('html');
  const metadata = pdfMetadata(review, view, author, f);
  const printing = context.printer ? printDeck(context.printer, html, metadata, () => lap('queue')) : null;
  // Built while Chromium prints: this process is free meanwhile. A print failing meanwhile is
  // reported where it is awaited below, not as an unhandled rejection.
  printing?.catch(() => {});
  const pptx = context.pptx ? await buildPptx(view, metadata, context.config) : null;
  if (context.pptx) lap('pptx');
  if (!printing) return { html, pdf: null, pptx, eml: null };
  let pdf: Uint8Array;
  try {
    pdf = await printing;
  } catch (error) {
    return { html, pdf: null, pptx, eml: null, printFailure: error };
  }
  lap('pdf');
  const eml =
    drafting && context.eml
      ? await buildDraft(await drafting, review, view, f, context, { name: context.eml, bytes: pdf })
      : null;
  if (context.eml) lap('eml');
  return { html, pdf, pptx, eml };
}

/** The email draft with this PDF attached (src/meeting). */
function buildDraft(
  { emailDraft }: typeof import('./meeting/email-draft.ts'),
  review: AccountReview,
  view: DeckView,
  f: Formatter,
  context: DeckContext,
  pdf: { name: string; bytes: Uint8Array },
): Promise<Uint8Array> {
  return emailDraft({
    review,
    view,
    f,
    audience: context.audience ?? context.config.output.audience,
    fiscalYear: context.config.fiscal_year,
    company: context.config.company.name ?? null,
    pdf,
  });
}

/** The PDF's title, author (our company), subject and date (the data's cut-off, never the clock), in the deck's language. */
function pdfMetadata({ account, summary }: AccountReview, view: DeckView, author: string, f: Formatter): PdfMetadata {
  return {
    title: view.title,
    author,
    subject: f.t('deck.subject', {
      customer: account.name,
      quarter: f.quarter(summary.quarter),
      date: f.date(summary.as_of),
    }),
    keywords: [f.t('deck.keyword'), account.name, summary.quarter],
    date: summary.as_of,
    headings: [view.customer, ...view.slides.map((slide) => slide.heading)],
  };
}

/** The PowerPoint of the same view (src/pptx), with the PDF's author, subject and date. */
async function buildPptx(view: DeckView, metadata: PdfMetadata, config: Config): Promise<Uint8Array> {
  const { renderPptx } = await import('./pptx/render-pptx.ts');
  return renderPptx(view, {
    fonts: config.output.pptx_fonts,
    date: metadata.date,
    author: metadata.author,
    subject: metadata.subject,
  });
}
