/** One account's deck: charts, view model, HTML and, when a printer is given, the PDF. */
import type { Review } from './analyse/review.ts';
import type { StageTimings } from './build-account.ts';
import { describeChart, drawChart as drawSvg, type Chart, type ChartSpec } from './chart/chart-renderer.ts';
import { adoptionChart, promiseChart, promiseChartSize, supportChart, touchpointChart, valueChart, type Palette } from './chart/charts.ts';
import type { Audience, Config } from './config/config-schema.ts';
import { createFormatter, type Formatter } from './format.ts';
import { finishPdf, preloadPdfLib } from './print/finish-pdf.ts';
import type { Printer } from './print/printer.ts';
import type { DeckCharts } from './render/customer-slides.ts';
import { deckView, type DeckView } from './render/deck-view.ts';
import { renderHtml } from './render/render-html.ts';

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
}

export interface Deck {
  html: string;
  pdf: Uint8Array | null;
  pptx: Uint8Array | null;
}

/** `lap(stage)` is called as each stage ends (charts, html, queue, pdf), for timing. */
export async function renderDeck(review: Review, context: DeckContext, lap: (stage: keyof StageTimings) => void = () => {}): Promise<Deck> {
  const { account, summary } = review;
  const { company } = context.config;
  const audience = context.audience ?? context.config.output.audience;
  const f = createFormatter(account.locale, account.currency);
  const drawn = context.printer !== null || context.html !== false;
  const charts = await drawCharts(review, f, company.colors, drawn);
  lap('charts');
  const view = deckView({
    review,
    f,
    audience,
    charts,
    company: {
      name: company.name,
      colors: company.colors,
      logo: context.logos.company,
    },
    customerLogo: context.logos.customer,
    questions: context.config.questions,
  });
  const html = drawn ? renderHtml(view) : '';
  lap('html');
  const printing = context.printer?.print(html, () => lap('queue'));
  // Built while Chromium prints: this process is free meanwhile. A print failing meanwhile is
  // reported where it is awaited below, not as an unhandled rejection.
  printing?.catch(() => {});
  const pptx = context.pptx ? await buildPptx(view, review, company.name, context.config) : null;
  if (context.pptx) lap('pptx');
  if (!printing) return { html, pdf: null, pptx };
  preloadPdfLib();
  const pdf = await finishPdf(await printing, {
    title: view.title,
    author: company.name,
    subject: `Quarterly business review of ${account.name} for ${summary.quarter}, with data as of ${summary.as_of}`,
    keywords: ['QBR', account.name, summary.quarter],
    date: summary.as_of,
  });
  lap('pdf');
  return { html, pdf, pptx };
}

/** The PowerPoint of the same view (src/pptx), dated by the data like the PDF. */
async function buildPptx(view: DeckView, review: Review, author: string, config: Config): Promise<Uint8Array> {
  const { renderPptx } = await import('./pptx/render-pptx.ts');
  const { account, summary } = review;
  return renderPptx(view, {
    fonts: config.output.pptx_fonts,
    date: summary.as_of,
    author,
    subject: `Quarterly business review of ${account.name} for ${summary.quarter}, with data as of ${summary.as_of}`,
  });
}

/**
 * Only charts with something to show: a section without data gets no chart and no slide. One
 * after another, so the browser's messages get through between two (see drawChart).
 */
async function drawCharts(review: Review, f: Formatter, palette: Palette, draw: boolean): Promise<DeckCharts> {
  const when = (condition: boolean, make: () => Promise<Chart>) => (condition ? make() : Promise.resolve(null));
  // A PowerPoint alone needs what the charts show, not their pictures.
  const drawChart = draw ? drawSvg : (spec: ChartSpec) => Promise.resolve(describeChart(spec));
  const charted = review.promiseSeries.filter((s) => s.result.latest !== null);
  const promises: Array<Chart | null> = [];
  for (const s of review.promiseSeries) {
    const index = charted.indexOf(s);
    promises.push(await when(index >= 0, () => drawChart(promiseChart(s, f, palette, promiseChartSize(index, charted.length)), `p${index}-`)));
  }
  return {
    promises,
    value: await when(review.summary.value.delivered > 0, () => drawChart(valueChart(review, f, palette), 'value-')),
    adoption: await when(review.adoptionSeries.length > 0, () => drawChart(adoptionChart(review, palette), 'adoption-')),
    support: await when(review.supportSeries.some((p) => p.value.tickets !== undefined || p.value.csat !== undefined), () => drawChart(supportChart(review, f, palette), 'support-')),
    touchpoints: await when(review.touchpointsByQuarter.some((p) => p.value > 0), () => drawChart(touchpointChart(review, palette), 'contacts-')),
  };
}
