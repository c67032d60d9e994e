/** One promise's standing at a quarter: the definitions of section 3 of docs/data-format.md. */
import type { AccountPromise } from '../validate/account-schema.ts';
import { entriesUpTo, quarterIndex, type Quarter } from '../calendar/quarter.ts';
import type { PromiseResult, PromiseStatus } from './summary-schema.ts';

export type { PromiseResult, PromiseStatus };

/** The actuals at or before `quarter`, oldest first. */
export function actualsUpTo(promise: AccountPromise, quarter: Quarter): Array<[Quarter, number]> {
  return entriesUpTo(promise.actuals, quarter);
}

/** True when `value` is at or beyond the target in the promise's direction. */
export function reaches(promise: Pick<AccountPromise, 'direction' | 'target'>, value: number): boolean {
  return promise.direction === 'lower' ? value <= promise.target : value >= promise.target;
}

/** (latest - baseline) / (target - baseline); when target equals baseline, 1 if met, else 0. */
export function attainment(promise: AccountPromise, latest: number): number {
  if (promise.target === promise.baseline) return reaches(promise, latest) ? 1 : 0;
  return (latest - promise.baseline) / (promise.target - promise.baseline);
}

/**
 * The value expected at the due quarter from the least-squares line through the last four
 * points: (contract start quarter, baseline) followed by the actuals.
 */
export function projection(promise: AccountPromise, startQuarter: Quarter, actuals: Array<[Quarter, number]>): number {
  const all: Array<[number, number]> = [[quarterIndex(startQuarter), promise.baseline]];
  for (const [q, v] of actuals) all.push([quarterIndex(q), v]);
  const points = all.slice(-4);
  const latest = points[points.length - 1]![1];
  const meanX = points.reduce((s, [x]) => s + x, 0) / points.length;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / points.length;
  const sxx = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  if (sxx === 0) return latest;
  const slope = points.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0) / sxx;
  return meanY + slope * (quarterIndex(promise.due) - meanX);
}

/** The promise's standing at `quarter`, for an account whose contract starts in `startQuarter`. */
export function assessPromise(promise: AccountPromise, quarter: Quarter, startQuarter: Quarter): PromiseResult {
  const actuals = actualsUpTo(promise, quarter);
  const last = actuals[actuals.length - 1];
  const base = {
    id: promise.id,
    name: promise.name,
    unit: promise.unit,
    direction: promise.direction,
    baseline: promise.baseline,
    target: promise.target,
    due: promise.due,
    source: promise.source ?? null,
  };
  if (!last) {
    return {
      ...base,
      status: 'no_data',
      latest: null,
      latest_quarter: null,
      attainment: null,
      projected: null,
      met: false,
    };
  }
  const [latestQuarter, latest] = last;
  const projected = projection(promise, startQuarter, actuals);
  const met = reaches(promise, latest);
  const status: PromiseStatus = met
    ? 'met'
    : quarterIndex(quarter) >= quarterIndex(promise.due)
      ? 'missed'
      : reaches(promise, projected)
        ? 'on_track'
        : 'at_risk';
  return {
    ...base,
    status,
    latest,
    latest_quarter: latestQuarter,
    attainment: attainment(promise, latest),
    projected,
    met,
  };
}
