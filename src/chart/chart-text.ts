/**
 * The characters a chart may draw, known before it is drawn, to choose its fonts by: its
 * labels, legend and annotations, and what its axes' tick callbacks write. Ticks are chosen by
 * Chart.js while it lays the chart out, so each callback is asked for numbers of every size
 * and sign instead: a locale's digits, currency sign and compact words ("万", "Mio.") are the
 * same whatever the figure.
 */
import type { ChartConfiguration } from 'chart.js';

/** Figures from a fraction to the schema's largest amounts, and below zero. */
const SAMPLE_TICKS = [
  0, 0.25, 1.5, 7, 42, 100, 150, 2_500, 12_000, 150_000, 1.5e6, 2.5e7, 3e8, 4e9, 5e10, 6e11, 7e12, -3, -2_500, -1.5e6,
  -4e9,
];

/** Every string in the chart's data and options, and each tick callback's output for SAMPLE_TICKS. */
export function chartText(config: ChartConfiguration): string {
  const parts: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'function' && key === 'callback') {
      parts.push(...SAMPLE_TICKS.map((tick) => tickLabel(value as (v: number) => unknown, tick)));
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(config.data, 'data');
  walk(config.options, 'options');
  return parts.join('\n');
}

/** A callback's label for `tick`; none for one that needs the Chart.js scale it was made for. */
function tickLabel(callback: (v: number) => unknown, tick: number): string {
  try {
    return String(callback(tick));
  } catch {
    return '';
  }
}
