/**
 * Quarters as consecutive integers (`2025-Q1` is 2025 * 4), so that arithmetic and the
 * least-squares projection work on plain numbers. Calendar or fiscal alike: which days a
 * quarter covers is src/calendar/fiscal-year.ts's business. Dates are ISO strings, never Date
 * objects from the clock.
 */
import { QUARTER_PATTERN } from './written-forms.ts';

/** A quarter as written in account files: `YYYY-Qn`. */
export type Quarter = string;

/** `2025-Q3` -> 8102: consecutive quarters are consecutive integers. */
export function quarterIndex(quarter: Quarter): number {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new TypeError(`not a quarter: ${quarter}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export function quarterFromIndex(index: number): Quarter {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function addQuarters(quarter: Quarter, count: number): Quarter {
  return quarterFromIndex(quarterIndex(quarter) + count);
}

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(first); i <= quarterIndex(last); i++) out.push(quarterFromIndex(i));
  return out;
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

/** The entries of a quarter-keyed map (actuals, adoption, support) at or before `quarter`, oldest first. */
export function entriesUpTo<T>(byQuarter: Record<Quarter, T>, quarter: Quarter): Array<[Quarter, T]> {
  return Object.entries(byQuarter)
    .filter(([q]) => compareQuarters(q, quarter) <= 0)
    .sort(([a], [b]) => compareQuarters(a, b));
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
