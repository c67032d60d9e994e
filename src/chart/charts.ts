/**
 * The deck's charts as Chart.js configurations. Each series differs by line style and marker
 * as well as colour, so a chart printed in black and white still reads.
 */
import type { ChartConfiguration } from 'chart.js';
import type { PromiseSeries, Review } from '../analyse/review.ts';
import type { Formatter } from '../format.ts';
import type { ChartSpec } from './chart-renderer.ts';
import { quarterLabel } from './quarter-label.ts';

export interface Palette {
  primary: string;
  accent: string;
}

const GREY = '#8a94a3';
const GRID = '#e3e7ed';

/**
 * Quarter labels stay level: when too many to fit, every other (or third) one is left out, with
 * room between them, rather than tilted. All are alike ("Q3 '25"), so four are measured for
 * the layout rather than all: measuring labels is much of Chart.js's time.
 */
const QUARTER_TICKS = { maxRotation: 0, autoSkipPadding: 12, sampleSize: 4 };

const axes = (format: (v: number) => string, extra: object = {}) => ({
  x: { grid: { display: false }, ticks: QUARTER_TICKS },
  y: { grid: { color: GRID }, border: { display: false }, ticks: { callback: (v: string | number) => format(Number(v)), maxTicksLimit: 6 }, ...extra },
});
const legend = { position: 'bottom' as const, labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, pointStyleWidth: 16, padding: 12, font: { size: 12 } } };

/** One promise: results by quarter, the target, the baseline at sale, the due quarter and the projection. */
/** `size`: the chart's box, which depends on how many share its slide (see promiseChartSize). */
export function promiseChart(series: PromiseSeries, f: Formatter, palette: Palette, size: { width: number; height: number }): ChartSpec {
  const { result, quarters } = series;
  const labels = quarters.map(quarterLabel);
  const measure = (v: number) => f.measure(v, result.unit);
  const values = [result.baseline, result.target, ...series.actuals, ...series.projection].filter((v): v is number => v !== null);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const pad = (high - low) * 0.15 || 1;
  // Never below zero for data that cannot be, nor past 100% for a share.
  const range = { suggestedMin: low >= 0 ? Math.max(0, low - pad) : low - pad, suggestedMax: result.unit === 'percent' && high <= 100 ? Math.min(100, high + pad) : high + pad };
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
        { label: 'Result', data: series.actuals, borderColor: palette.primary, backgroundColor: palette.primary, borderWidth: 3, pointRadius: 4, pointStyle: 'circle', spanGaps: true },
        { label: 'Projection', data: series.projection, borderColor: palette.accent, backgroundColor: palette.accent, borderWidth: 2, borderDash: [6, 4], pointRadius: 5, pointStyle: 'triangle', spanGaps: true },
        level(`Target ${measure(result.target)}`, result.target, '#1d7a46', [8, 4], 'line'),
        level(`At sale ${measure(result.baseline)}`, result.baseline, GREY, [2, 3], 'line'),
      ],
    },
    options: {
      layout: { padding: { top: 4, right: 8 } },
      scales: axes(measure, range),
      plugins: {
        legend: { ...legend, labels: { ...legend.labels, filter: (item) => item.text !== 'Projection' || series.projection.some((v) => v !== null) } },
        annotation: {
          annotations: {
            due: {
              type: 'line',
              xMin: quarterLabel(result.due),
              xMax: quarterLabel(result.due),
              borderColor: GREY,
              borderWidth: 1,
              borderDash: [4, 4],
              label: { display: true, content: 'Due', position: 'start', backgroundColor: 'rgba(255,255,255,0.9)', color: '#3b4452', font: { size: 12 }, padding: 2 },
            },
          },
        },
      },
    },
  } as ChartConfiguration;
  const shown = series.actuals.flatMap((v, i) => (v === null ? [] : [`${measure(v)} in ${quarters[i]}`]));
  const alt =
    `${result.name} by quarter: ${shown.length ? `${shown[0]}${shown.length > 1 ? ` to ${shown.at(-1)}` : ''}` : 'no results yet'}; ` +
    `${measure(result.baseline)} at sale, target ${measure(result.target)} by ${result.due}` +
    (result.projected !== null && series.projection.some((v) => v !== null) ? `, projected ${measure(result.projected)}.` : '.');
  return { config, alt, ...size };
}

/** Promise charts per slide; the last slide may hold fewer, drawn larger. */
export const PROMISE_CHARTS_PER_SLIDE = 4;

/** The box of the `index`-th of `count` promise charts: four to a slide in a grid, or one or two drawn tall. */
export function promiseChartSize(index: number, count: number): { width: number; height: number } {
  const onSlide = Math.min(PROMISE_CHARTS_PER_SLIDE, count - Math.floor(index / PROMISE_CHARTS_PER_SLIDE) * PROMISE_CHARTS_PER_SLIDE);
  if (onSlide === 1) return { width: 1150, height: 460 };
  if (onSlide === 2) return { width: 560, height: 460 };
  return { width: 560, height: 228 };
}

/** Cumulative value delivered against cumulative fees paid. */
export function valueChart(review: Review, f: Formatter, palette: Palette): ChartSpec {
  const points = review.valueSeries;
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => quarterLabel(p.quarter)),
      datasets: [
        { type: 'line', label: 'Fees paid (cumulative)', data: points.map((p) => p.value.invested), borderColor: palette.accent, backgroundColor: palette.accent, borderDash: [6, 4], borderWidth: 2.5, pointStyle: 'rect', pointRadius: 4, order: 0 },
        { type: 'bar', label: 'Value delivered (cumulative)', data: points.map((p) => p.value.delivered), backgroundColor: palette.primary, borderRadius: 3, order: 1 },
      ],
    },
    options: { scales: axes((v) => f.moneyShort(v), { beginAtZero: true }), plugins: { legend } },
  } as ChartConfiguration;
  const last = points.at(-1)!;
  const alt = `Cumulative value delivered against fees paid, ${points[0]!.quarter} to ${last.quarter}: ${f.money(last.value.delivered)} delivered against ${f.money(last.value.invested)} paid.`;
  return { config, alt, width: 760, height: 440 };
}

/** Seats licensed against seats in use. */
export function adoptionChart(review: Review, palette: Palette): ChartSpec {
  const points = review.adoptionSeries;
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => quarterLabel(p.quarter)),
      datasets: [
        { label: 'Seats licensed', data: points.map((p) => p.value.licensed), backgroundColor: '#ffffff', borderColor: '#3b4452', borderWidth: 1.5, borderRadius: 3 },
        { label: 'Seats in use', data: points.map((p) => p.value.active), backgroundColor: palette.primary, borderRadius: 3 },
      ],
    },
    options: { scales: axes((v) => String(v), { beginAtZero: true }), plugins: { legend } },
  } as ChartConfiguration;
  const last = points.at(-1)!;
  const alt = `Seats licensed and in use by quarter, ${points[0]!.quarter} to ${last.quarter}: ${last.value.active} of ${last.value.licensed} in use in ${last.quarter}.`;
  return { config, alt, width: 760, height: 440 };
}

/** Tickets opened and resolved, with satisfaction on its own axis. */
export function supportChart(review: Review, f: Formatter, palette: Palette): ChartSpec {
  const points = review.supportSeries;
  const hasCsat = points.some((p) => p.value.csat !== undefined);
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: points.map((p) => quarterLabel(p.quarter)),
      datasets: [
        ...(hasCsat ? [{ type: 'line', label: 'Satisfaction (of 5)', data: points.map((p) => p.value.csat ?? null), borderColor: palette.accent, backgroundColor: palette.accent, borderWidth: 2, borderDash: [6, 3], pointStyle: 'triangle', pointRadius: 5, yAxisID: 'csat', spanGaps: true, order: 0 }] : []),
        { type: 'bar', label: 'Tickets opened', data: points.map((p) => p.value.tickets ?? null), backgroundColor: '#c9d1dc', borderRadius: 3, order: 1 },
        { type: 'bar', label: 'Tickets resolved', data: points.map((p) => p.value.resolved ?? null), backgroundColor: palette.primary, borderRadius: 3, order: 1 },
      ],
    },
    options: {
      scales: {
        ...axes((v) => f.number(v, 0), { beginAtZero: true }),
        ...(hasCsat ? { csat: { position: 'right', min: 0, max: 5, grid: { display: false }, border: { display: false }, ticks: { stepSize: 1 } } } : {}),
      },
      plugins: { legend },
    },
  } as ChartConfiguration;
  const last = points.at(-1)!;
  const alt = `Support tickets opened and resolved by quarter${hasCsat ? ', with satisfaction' : ''}, ${points[0]!.quarter} to ${last.quarter}.`;
  return { config, alt, width: 760, height: 440 };
}

/** Contacts in each of the last four quarters against the one-a-quarter rhythm. */
export function touchpointChart(review: Review, palette: Palette): ChartSpec {
  const points = review.touchpointsByQuarter;
  const config: ChartConfiguration = {
    type: 'bar',
    data: { labels: points.map((p) => quarterLabel(p.quarter)), datasets: [{ label: 'Contacts', data: points.map((p) => p.value), backgroundColor: palette.primary, borderRadius: 3 }] },
    options: {
      scales: axes((v) => String(v), { beginAtZero: true, suggestedMax: 3, ticks: { stepSize: 1 } }),
      plugins: {
        legend: { display: false },
        annotation: { annotations: { rhythm: { type: 'line', yMin: 1, yMax: 1, borderColor: '#3b4452', borderDash: [6, 4], borderWidth: 1.5, label: { display: true, content: 'One a quarter', position: 'end', backgroundColor: 'rgba(255,255,255,0.9)', color: '#3b4452', font: { size: 12 } } } } },
      },
    },
  } as ChartConfiguration;
  const alt = `Contacts per quarter: ${points.map((p) => `${p.value} in ${p.quarter}`).join(', ')}; the rhythm is one a quarter.`;
  // The size of four promise charts on a slide: a renderer per size loads its own Chart.js.
  return { config, alt, ...promiseChartSize(0, PROMISE_CHARTS_PER_SLIDE) };
}
