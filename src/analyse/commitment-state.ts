/** Where each commitment stood at the end of the quarter under review. */
import type { Commitment } from '../validate/account-schema.ts';
import { quarterEnd, type FiscalYear } from '../calendar/fiscal-year.ts';
import { compareQuarters, type Quarter } from '../calendar/quarter.ts';

export const COMMITMENT_STATES = ['done', 'open', 'overdue', 'dropped'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/**
 * A commitment completed after `asOf` was still open then; an open one past its due date is
 * overdue. Dropped ones stay dropped.
 */
export function commitmentState(c: Commitment, asOf: string): CommitmentState {
  if (c.status === 'dropped') return 'dropped';
  if (c.status === 'done' && c.completed !== undefined && c.completed <= asOf) return 'done';
  return c.due < asOf ? 'overdue' : 'open';
}

/**
 * The commitments agreed by the end of `quarter` (those agreed later had not been made yet),
 * each with where it stood on that quarter's last day.
 */
export function commitmentStates(
  commitments: Commitment[],
  quarter: Quarter,
  fiscalYear: FiscalYear,
): Array<{ commitment: Commitment; state: CommitmentState }> {
  const asOf = quarterEnd(quarter, fiscalYear);
  return commitments
    .filter((c) => c.agreed === undefined || compareQuarters(c.agreed, quarter) <= 0)
    .map((commitment) => ({ commitment, state: commitmentState(commitment, asOf) }));
}
