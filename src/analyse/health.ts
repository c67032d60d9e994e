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

/** The sum of every signal's weight (17): raising them all takes the signals' share to 0. */
export const TOTAL_WEIGHT = Object.values(SIGNAL_WEIGHTS).reduce((a, b) => a + b, 0);
/** Points for promise attainment, and for the share of signal weight not raised: 40 + 60 = 100. */
export const HEALTH_POINTS = { attainment: 40, signals: 60 } as const;

/** Mean attainment of the promises with data, each clipped to 0..1; 0.5 when none has data. */
export function meanAttainment(promises: PromiseResult[]): number {
  const values = promises.flatMap((p) => (p.attainment === null ? [] : [Math.min(1, Math.max(0, p.attainment))]));
  return values.length === 0 ? 0.5 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The weight of the signals raised (W in the formula). */
export function raisedWeight(signals: Array<Pick<Signal, 'id'>>): number {
  return signals.reduce((sum, s) => sum + SIGNAL_WEIGHTS[s.id], 0);
}

export function healthScore(promises: PromiseResult[], signals: Array<Pick<Signal, 'id'>>): number {
  return Math.round(
    HEALTH_POINTS.attainment * meanAttainment(promises) +
      HEALTH_POINTS.signals * (1 - raisedWeight(signals) / TOTAL_WEIGHT),
  );
}
