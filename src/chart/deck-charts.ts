/** Stage 4, chart: every chart one deck shows, drawn before its slides are laid out. */
import type { AccountReview } from '../analyse/review.ts';
import type { Formatter } from '../format.ts';
import { describeChart, drawChart as drawSvg, type Chart, type ChartSpec } from './chart-renderer.ts';
import { textDirection } from '../i18n/languages.ts';
import { mirrorChart } from './mirror-chart.ts';
import {
  adoptionChart,
  promiseChart,
  promiseChartSize,
  supportChart,
  touchpointChart,
  valueChart,
  type Palette,
} from './charts.ts';

/** The charts a deck shows; null where a section has nothing to chart (it then has no slide). */
export interface DeckCharts {
  /** One per promise, in file order; null for a promise with no result yet. */
  promises: Array<Chart | null>;
  value: Chart | null;
  adoption: Chart | null;
  support: Chart | null;
  touchpoints: Chart | null;
}

/**
 * Only charts with something to show. One after another rather than all at once, so the
 * browser's launch messages get through between two (see drawChart).
 */
export async function drawDeckCharts(
  review: AccountReview,
  f: Formatter,
  palette: Palette,
  draw = true,
): Promise<DeckCharts> {
  // `draw` false: only described (data and text alternative), for a PowerPoint without an HTML deck.
  const drawn = draw ? drawSvg : (spec: ChartSpec) => Promise.resolve(describeChart(spec));
  const drawChart =
    textDirection(f.language) === 'rtl' ? (spec: ChartSpec, prefix: string) => drawn(mirrorChart(spec), prefix) : drawn;
  const when = (condition: boolean, make: () => Promise<Chart>) => (condition ? make() : Promise.resolve(null));
  const charted = review.promiseSeries.filter((s) => s.result.latest !== null);
  const promises: Array<Chart | null> = [];
  for (const s of review.promiseSeries) {
    const index = charted.indexOf(s);
    promises.push(
      await when(index >= 0, () =>
        drawChart(promiseChart(s, f, palette, promiseChartSize(index, charted.length)), `p${index}-`),
      ),
    );
  }
  return {
    promises,
    value: await when(review.summary.value.delivered > 0, () => drawChart(valueChart(review, f, palette), 'value-')),
    adoption: await when(review.adoptionSeries.length > 0, () =>
      drawChart(adoptionChart(review, f, palette), 'adoption-'),
    ),
    support: await when(
      review.supportSeries.some((p) => p.value.tickets !== undefined || p.value.csat !== undefined),
      () => drawChart(supportChart(review, f, palette), 'support-'),
    ),
    touchpoints: await when(
      review.touchpointsByQuarter.some((p) => p.value > 0),
      () => drawChart(touchpointChart(review, f, palette), 'contacts-'),
    ),
  };
}
