/**
 * The deck's charts as Chart.js configurations. Each series differs by line style and marker
 * as well as colour, so a chart printed in black and white still reads.
 */
import type { ChartConfiguration } from 'chart.js';
import type { PromiseSeries, AccountReview } from '../analyse/review.ts';
import type { Formatter } from '../format.ts';
import type { ChartSpec } from './chart-renderer.ts';
import { dueLabelPosition } from './due-label.ts';

export interface Palette {
  primary: string;
  accent: string;
}

const GREY = '#8a94a3';
const GRID = '#e3e7ed';

/**
 * Quarter labels (f.quarterShort) stay level: when too many to fit, every other (or third) one
 * is left out, with room between them, rather than tilted. All are alike ("Q3 '25"), so four
 * are measured for the layout rather than all: Chart.js spends a quarter of its time measuring labels.
 */
const QUARTER_TICKS = { maxRotation: 0, autoSkipPadding: 12, sampleSize: 4 };

const axes = (format: (v: number) => string, extra: object = {}) => ({
  x: { grid: { display: false }, ticks: QUARTER_TICKS },
  y: {
    grid: { color: GRID },
    border: { display: false },
    ticks: { callback: (v: string | number) => format(Number(v)), maxTicksLimit: 6 },
    ...extra,
  },
});
const legend = {
  position: 'bottom' as const,
  labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, pointStyleWidth: 16, padding: 12, font: { size: 12 } },
};

/** One promise: results by quarter, the target, the baseline at sale, the due quarter and the projection. */
/** `size`: the chart's box, which depends on how many share its slide (see promiseChartSize). */
export function promiseChart(
  series: PromiseSeries,
  f: Formatter,
  palette: Palette,
  size: { width: number; height: number },
): ChartSpec {
  const { result, quarters } = series;
  const labels = quarters.map(f.quarterShort);
  const measure = (v: number) => f.measure(v, result.unit);
  const values = [result.baseline, result.target, ...series.actuals, ...series.projection].filter(
    (v): v is number => v !== null,
  );
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const pad = (high - low) * 0.15 || 1;
  // Never below zero for data that cannot be, nor past 100% for a share.
  const range = {
    suggestedMin: low >= 0 ? Math.max(0, low - pad) : low - pad,
    suggestedMax: result.unit === 'percent' && high <= 100 ? Math.min(100, high + pad) : high + pad,
  };
  const level = (label: string, value: number, color: string, dash: number[], pointStyle: string) => ({
    label,
    data: quarters.map(() => value),
    borderColor: color,
    backgroundColor: color,
    borderWidth: 1.5,
    borderDash: dash,
    pointRadius: 0,
    pointStyle,
  });
  const config: ChartConfiguration = {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: f.t('chart.result'),
          data: series.actuals,
          borderColor: palette.primary,
          backgroundColor: palette.primary,
          borderWidth: 3,
          pointRadius: 4,
          pointStyle: 'circle',
          spanGaps: true,
        },
        {
          label: f.t('chart.projection'),
          data: series.projection,
          borderColor: palette.accent,
          backgroundColor: palette.accent,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 5,
          pointStyle: 'triangle',
          spanGaps: true,
        },
        level(f.t('chart.target', { value: measure(result.target) }), result.target, '#1d7a46', [8, 4], 'line'),
        level(f.t('chart.atSale', { value: measure(result.baseline) }), result.baseline, GREY, [2, 3], 'line'),
      ],
    },
    options: {
      layout: { padding: { top: 4, right: 8 } },
      scales: axes(measure, range),
      plugins: {
        legend: {
          ...legend,
          labels: {
            ...legend.labels,
            filter: (item) => item.text !== f.t('chart.projection') || series.projection.some((v) => v !== null),
          },
        },
        annotation: {
          annotations: {
            due: {
              type: 'line',
              xMin: f.quarterShort(result.due),
              xMax: f.quarterShort(result.due),
              borderColor: GREY,
              borderWidth: 1,
              borderDash: [4, 4],
              label: {
                display: true,
                content: f.t('chart.due'),
                position: dueLabelPosition(series, range.suggestedMin, range.suggestedMax),
                backgroundColor: 'rgba(255,255,255,0.9)',
                color: '#3b4452',
                font: { size: 12 },
                padding: 2,
              },
            },
          },
        },
      },
    },
  } as ChartConfiguration;
  const shown = series.actuals.flatMap((v, i) =>
    v === null ? [] : [f.t('chart.resultIn', { value: measure(v), quarter: f.quarter(quarters[i]!) })],
  );
  const results =
    shown.length === 0
      ? f.t('chart.noResults')
      : shown.length === 1
        ? shown[0]!
        : f.t('chart.resultsFromTo', { first: shown[0]!, last: shown.at(-1)! });
  const projected =
    result.projected !== null && series.projection.some((v) => v !== null)
      ? ` ${f.t('chart.projectedAlt', { value: measure(result.projected) })}`
      : '';
  const alt =
    f.t('chart.promiseAlt', {
      name: result.name,
      results,
      baseline: measure(result.baseline),
      target: measure(result.target),
      due: f.quarter(result.due),
    }) + projected;
  return { config, alt, ...size };
}

/** Promise charts per slide; the last slide may hold fewer, drawn larger. */
export const PROMISE_CHARTS_PER_SLIDE = 4;

/** The box of the `index`-th of `count` promise charts: four to a slide in a grid, or one or two drawn tall. */
export function promiseChartSize(index: number, count: number): { width: number; height: number } {
  const onSlide = Math.min(
    PROMISE_CHARTS_PER_SLIDE,
    count - Math.floor(index / PROMISE_CHARTS_PER_SLIDE) * PROMISE_CHARTS_PER_SLIDE,
  );
  if (onSlide === 1) return { width: 1150, height: 460 };
  if (onSlide === 2) return { width: 560, height: 460 };
  return { width: 560, height: 228 };
}

/** Cumulative value delivered against cumulative fees paid. */
export function valueChart(review: AccountReview, f: Formatter, palette: Palette): ChartSpec {
  const points = review.valueSeries;
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => f.quarterShort(p.quarter)),
      datasets: [
        {
          type: 'line',
          label: f.t('chart.fees'),
          data: points.map((p) => p.value.invested),
          borderColor: palette.accent,
          backgroundColor: palette.accent,
          borderDash: [6, 4],
          borderWidth: 2.5,
          pointStyle: 'rect',
          pointRadius: 4,
          order: 0,
        },
        {
          type: 'bar',
          label: f.t('chart.valueDelivered'),
          data: points.map((p) => p.value.delivered),
          backgroundColor: palette.primary,
          borderRadius: 3,
          order: 1,
        },
      ],
    },
    options: { scales: axes((v) => f.moneyShort(v), { beginAtZero: true }), plugins: { legend } },
  } as ChartConfiguration;
  const last = points.at(-1)!;
  const alt = f.t('chart.valueAlt', {
    from: f.quarter(points[0]!.quarter),
    to: f.quarter(last.quarter),
    delivered: f.money(last.value.delivered),
    invested: f.money(last.value.invested),
  });
  return { config, alt, width: 760, height: 440 };
}

/** Seats licensed against seats in use. */
export function adoptionChart(review: AccountReview, f: Formatter, palette: Palette): ChartSpec {
  const points = review.adoptionSeries;
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => f.quarterShort(p.quarter)),
      datasets: [
        {
          label: f.t('chart.seatsLicensed'),
          data: points.map((p) => p.value.licensed),
          backgroundColor: '#ffffff',
          borderColor: '#3b4452',
          borderWidth: 1.5,
          borderRadius: 3,
        },
        {
          label: f.t('chart.seatsInUse'),
          data: points.map((p) => p.value.active),
          backgroundColor: palette.primary,
          borderRadius: 3,
        },
      ],
    },
    options: { scales: axes((v) => f.number(v, 0), { beginAtZero: true }), plugins: { legend } },
  } as ChartConfiguration;
  const last = points.at(-1)!;
  const alt = f.t('chart.adoptionAlt', {
    from: f.quarter(points[0]!.quarter),
    to: f.quarter(last.quarter),
    active: f.number(last.value.active, 0),
    licensed: f.number(last.value.licensed, 0),
    last: f.quarter(last.quarter),
  });
  return { config, alt, width: 760, height: 440 };
}

/** Tickets opened and resolved, with satisfaction on its own axis. */
export function supportChart(review: AccountReview, f: Formatter, palette: Palette): ChartSpec {
  const points = review.supportSeries;
  const hasCsat = points.some((p) => p.value.csat !== undefined);
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => f.quarterShort(p.quarter)),
      datasets: [
        ...(hasCsat
          ? [
              {
                type: 'line',
                label: f.t('chart.satisfaction'),
                data: points.map((p) => p.value.csat ?? null),
                borderColor: palette.accent,
                backgroundColor: palette.accent,
                borderWidth: 2,
                borderDash: [6, 3],
                pointStyle: 'triangle',
                pointRadius: 5,
                yAxisID: 'csat',
                spanGaps: true,
                order: 0,
              },
            ]
          : []),
        {
          type: 'bar',
          label: f.t('chart.ticketsOpened'),
          data: points.map((p) => p.value.tickets ?? null),
          backgroundColor: '#c9d1dc',
          borderRadius: 3,
          order: 1,
        },
        {
          type: 'bar',
          label: f.t('chart.ticketsResolved'),
          data: points.map((p) => p.value.resolved ?? null),
          backgroundColor: palette.primary,
          borderRadius: 3,
          order: 1,
        },
      ],
    },
    options: {
      scales: {
        ...axes((v) => f.number(v, 0), { beginAtZero: true }),
        ...(hasCsat
          ? {
              csat: {
                position: 'right',
                min: 0,
                max: 5,
                grid: { display: false },
                border: { display: false },
                ticks: { stepSize: 1 },
              },
            }
          : {}),
      },
      plugins: { legend },
    },
  } as ChartConfiguration;
  const last = points.at(-1)!;
  const alt = f.t(hasCsat ? 'chart.supportCsatAlt' : 'chart.supportAlt', {
    from: f.quarter(points[0]!.quarter),
    to: f.quarter(last.quarter),
  });
  return { config, alt, width: 760, height: 440 };
}

/** About how wide the rhythm's label is at 12 px with its padding, in pixels (a wide letter's width per character: room to spare). */
const rhythmLabelWidth = (text: string) =>
  Math.ceil([...text].reduce((width, c) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 12 : 7), 8));

/** Contacts in each of the last four quarters against the rhythm the thresholds ask for (touchpoints_min a year). */
export function touchpointChart(review: AccountReview, f: Formatter, palette: Palette): ChartSpec {
  const points = review.touchpointsByQuarter;
  const perQuarter = review.thresholds.touchpoints_min / 4;
  const rhythm = f.t('chart.rhythm', { count: perQuarter, perQuarter: f.number(perQuarter, 2) });
  // The rhythm's label sits right of the plot, in room kept for it, so no bar can be under it.
  const labelRoom = rhythmLabelWidth(rhythm) + 6;
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => f.quarterShort(p.quarter)),
      datasets: [
        {
          label: f.t('chart.contacts'),
          data: points.map((p) => p.value),
          backgroundColor: palette.primary,
          borderRadius: 3,
        },
      ],
    },
    options: {
      layout: { padding: { right: labelRoom } },
      scales: axes((v) => f.number(v, 0), {
        beginAtZero: true,
        suggestedMax: Math.max(3, perQuarter + 1),
        ticks: { stepSize: 1 },
      }),
      plugins: {
        legend: { display: false },
        annotation: {
          clip: false,
          annotations: {
            rhythm: {
              type: 'line',
              yMin: perQuarter,
              yMax: perQuarter,
              borderColor: '#3b4452',
              borderDash: [6, 4],
              borderWidth: 1.5,
              label: {
                display: true,
                content: rhythm,
                position: 'end',
                xAdjust: labelRoom,
                padding: 4,
                backgroundColor: 'rgba(255,255,255,0.9)',
                color: '#3b4452',
                font: { size: 12 },
              },
            },
          },
        },
      },
    },
  } as ChartConfiguration;
  const counts = f.list(points.map((p) => f.t('chart.contactsIn', { count: p.value, quarter: f.quarter(p.quarter) })));
  const alt = f.t('chart.contactsAlt', { counts, perQuarter: f.number(perQuarter, 2) });
  // The size of four promise charts on a slide: a renderer per size loads its own Chart.js.
  return { config, alt, ...promiseChartSize(0, PROMISE_CHARTS_PER_SLIDE) };
}
