/**
 * What changed since the last review (section 9 of docs/data-format.md): the previous quarter's
 * summary, made by the same summariseQuarter as the current one, set beside it. No figure is
 * computed here a second way: only the two summaries and the commitments' states are compared.
 */
import type { Commitment } from '../validate/account-schema.ts';
import { commitmentStates } from './commitment-state.ts';
import type { FiscalYear } from '../calendar/fiscal-year.ts';
import { compareQuarters } from '../calendar/quarter.ts';
import type { Changes, PreviousQuarter, QuarterSummary, Summary } from './summary-schema.ts';

/** `now` with `previous` and `changes` from `then`, the quarter before; both null without it. */
export function withPrevious(
  now: QuarterSummary,
  then: QuarterSummary | null,
  commitments: Commitment[],
  fiscalYear: FiscalYear,
): Summary {
  if (then === null) return { ...now, previous: null, changes: null };
  return { ...now, previous: previousQuarter(then), changes: changesSince(now, then, commitments, fiscalYear) };
}

/** The part of the previous quarter's summary the JSON keeps. */
export function previousQuarter(then: QuarterSummary): PreviousQuarter {
  return {
    quarter: then.quarter,
    health: then.health,
    signals: then.signals.map((s) => s.id),
    promises: then.promises.map((p) => ({ id: p.id, status: p.status, latest: p.latest })),
  };
}

/**
 * Health difference, signals raised and cleared, promises whose status changed (matched by id:
 * a promise added since has no status then), and the commitments agreed at or after the
 * previous quarter with where each stood at the end of the quarter under review.
 */
export function changesSince(
  now: QuarterSummary,
  then: QuarterSummary,
  commitments: Commitment[],
  fiscalYear: FiscalYear,
): Changes {
  const before = new Set(then.signals.map((s) => s.id));
  const after = new Set(now.signals.map((s) => s.id));
  const statusThen = new Map(then.promises.map((p) => [p.id, p.status]));
  return {
    health: now.health - then.health,
    signals_raised: [...after].filter((id) => !before.has(id)),
    signals_cleared: [...before].filter((id) => !after.has(id)),
    promises: now.promises.flatMap((p) => {
      const from = statusThen.get(p.id);
      return from === undefined || from === p.status ? [] : [{ id: p.id, from, to: p.status }];
    }),
    commitments: commitmentStates(commitments, now.quarter, fiscalYear)
      .filter(
        ({ commitment }) => commitment.agreed !== undefined && compareQuarters(commitment.agreed, then.quarter) >= 0,
      )
      .map(({ commitment, state }) => ({ description: commitment.description, status: state })),
  };
}
