/** One account's deck: charts, view model, HTML and, when a printer is given, the PDF. */
import type { Review } from './analyse/review.ts';
import type { StageTimings } from './build-account.ts';
import { drawChart, type Chart } from './chart/chart-renderer.ts';
import { adoptionChart, promiseChart, promiseChartSize, supportChart, touchpointChart, valueChart, type Palette } from './chart/charts.ts';
import type { Audience, Config } from './config/config-schema.ts';
import { createFormatter, type Formatter } from './format.ts';
import { finishPdf } from './print/finish-pdf.ts';
import type { Printer } from './print/printer.ts';
import type { DeckCharts } from './render/customer-slides.ts';
import { deckView } from './render/deck-view.ts';
import { renderHtml } from './render/render-html.ts';

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
export async function renderDeck(review: Review, context: DeckContext, lap: (stage: keyof StageTimings) => void = () => {}): Promise<Deck> {
  const { account, summary } = review;
  const { company } = context.config;
  const audience = context.audience ?? context.config.output.audience;
  const f = createFormatter(account.locale, account.currency);
  const charts = await drawCharts(review, f, company.colors);
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
  const html = renderHtml(view);
  lap('html');
  if (!context.printer) return { html, pdf: null };
  const printing = context.printer.print(html, () => lap('queue'));
  const pdf = await finishPdf(await printing, {
    title: view.title,
    author: company.name,
    subject: `Quarterly business review of ${account.name} for ${summary.quarter}, with data as of ${summary.as_of}`,
    keywords: ['QBR', account.name, summary.quarter],
    date: summary.as_of,
  });
  lap('pdf');
  return { html, pdf };
}

/**
 * Only charts with something to show: a section without data gets no chart and no slide. One
 * after another, so the browser's messages get through between two (see drawChart).
 */
async function drawCharts(review: Review, f: Formatter, palette: Palette): Promise<DeckCharts> {
  const when = (condition: boolean, make: () => Promise<Chart>) => (condition ? make() : Promise.resolve(null));
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
