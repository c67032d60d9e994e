/**
 * Where a promise chart's "Due" label sits on its due line: at the bottom of the chart or at its
 * top, on the side away from the result at the due quarter. A result reaching its target at the
 * last quarter sits at the line's bottom (lower is better) or top: a label there would hide it.
 */
import type { PromiseSeries } from '../analyse/review.ts';

/** Chart.js annotation's names: a vertical line's `start` is the chart's bottom, `end` its top. */
export type DueLabelPosition = 'start' | 'end';

/** `low` and `high`: the value axis's range as the chart asks for it. */
export function dueLabelPosition(series: PromiseSeries, low: number, high: number): DueLabelPosition {
  const at = series.quarters.indexOf(series.result.due);
  const value = at < 0 ? null : (series.actuals[at] ?? series.projection[at] ?? null);
  if (value === null) return 'start';
  return value < (low + high) / 2 ? 'end' : 'start';
}
