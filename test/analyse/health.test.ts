import { describe, expect, it } from 'vitest';
import { healthScore, meanAttainment } from '../../src/analyse/health.ts';
import type { PromiseResult, Signal } from '../../src/analyse/summary-schema.ts';

const withAttainment = (attainment: number | null) => ({ attainment }) as PromiseResult;
const signals = (...ids: Signal['id'][]) => ids.map((id) => ({ id, detail: '' }));

describe('health', () => {
  it('clips each attainment to 0..1 before averaging, and skips promises without data', () => {
    expect(
      meanAttainment([withAttainment(1.5), withAttainment(-0.2), withAttainment(0.5), withAttainment(null)]),
    ).toBeCloseTo(0.5, 9);
  });

  it('treats an account without promise data as neither good nor bad', () => {
    expect(meanAttainment([])).toBe(0.5);
  });

  it.each([
    ['everything delivered, no signal', [1], [], 100],
    [
      'nothing delivered, every signal',
      [0],
      [
        'unfulfilled_promise',
        'promise_at_risk',
        'below_par_experience',
        'value_below_price',
        'communication_gap',
        'single_threaded',
        'low_adoption',
        'broken_commitment',
      ],
      0,
    ],
    // 40 x 0.5 + 60 x (1 - 3/17) = 20 + 49.41 = 69.41
    ['half delivered, value below price', [0.5], ['value_below_price'], 69],
    // acme 2026-Q4: A = (1 + 0.7778 + 0.8 + 0.4333) / 4 = 0.7528; W = 3 + 2 + 2 = 7
    // 40 x 0.7528 + 60 x (10/17) = 30.11 + 35.29 = 65.4
    [
      'the acme sample in 2026-Q4',
      [65 / 60, 14 / 18, 2.8 / 3.5, 13 / 30],
      ['unfulfilled_promise', 'promise_at_risk', 'below_par_experience'],
      65,
    ],
  ] as const)('%s', (_case, attainments, raised, expected) => {
    expect(healthScore(attainments.map(withAttainment), signals(...raised))).toBe(expected);
  });
});
