/**
 * The health score, 0-100, higher is healthier. Documented in the README; change both together.
 *
 *   health = round(40 × A + 60 × (1 − W / 17))
 *
 * A is the mean attainment of the promises that have data, each clipped to 0..1 (0.5 when no
 * promise has data: nothing shown is neither good nor bad). W is the sum of the weights of the
 * signals raised; 17 is the sum of all weights, so an account raising every signal scores on
 * signals alone 0.
 */
import type { PromiseResult, Signal, SignalId } from './summary-schema.ts';

export const SIGNAL_WEIGHTS: Record<SignalId, number> = {
  unfulfilled_promise: 3,
  value_below_price: 3,
  promise_at_risk: 2,
  below_par_experience: 2,
  communication_gap: 2,
  broken_commitment: 2,
  low_adoption: 2,
  single_threaded: 1,
};

const TOTAL_WEIGHT = Object.values(SIGNAL_WEIGHTS).reduce((a, b) => a + b, 0);

/** Mean attainment of the promises with data, each clipped to 0..1; 0.5 when none has data. */
export function meanAttainment(promises: PromiseResult[]): number {
  const values = promises.flatMap((p) => (p.attainment === null ? [] : [Math.min(1, Math.max(0, p.attainment))]));
  return values.length === 0 ? 0.5 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function healthScore(promises: PromiseResult[], signals: Signal[]): number {
  const raised = signals.reduce((sum, s) => sum + SIGNAL_WEIGHTS[s.id], 0);
  return Math.round(40 * meanAttainment(promises) + 60 * (1 - raised / TOTAL_WEIGHT));
}
