/** Where each commitment stood at the end of the quarter under review. */
import type { Commitment } from '../validate/account-schema.ts';

export type CommitmentState = 'done' | 'open' | 'overdue' | 'dropped';

/**
 * A commitment completed after `asOf` was still open then; an open one past its due date is
 * overdue. Dropped ones stay dropped.
 */
export function commitmentState(c: Commitment, asOf: string): CommitmentState {
  if (c.status === 'dropped') return 'dropped';
  if (c.status === 'done' && c.completed !== undefined && c.completed <= asOf) return 'done';
  return c.due < asOf ? 'overdue' : 'open';
}

/** Commitments agreed by the end of the quarter (those agreed later had not been made yet). */
export function commitmentsKnownAt(commitments: Commitment[], quarter: string, compare: (a: string, b: string) => number): Commitment[] {
  return commitments.filter((c) => c.agreed === undefined || compare(c.agreed, quarter) <= 0);
}
