import { describe, expect, it } from 'vitest';
import { assessPromise } from '../../src/analyse/promise.ts';
import type { AccountPromise } from '../../src/validate/account-schema.ts';

const START = '2025-Q1';

function promise(overrides: Partial<AccountPromise>): AccountPromise {
  return {
    id: 'p',
    name: 'P',
    unit: 'number',
    direction: 'higher',
    baseline: 0,
    target: 100,
    due: '2026-Q4',
    actuals: {},
    ...overrides,
  };
}

// Expected numbers are worked out by hand in each row's comment (x = quarters since 2025-Q1).
const CASES = [
  {
    name: 'the contract example (lower is better), on track',
    // points (0,120) (0,118) (1,101) (2,88): slope -43.25/2.75 = -15.727, mean (0.75, 106.75);
    // at x=5: 106.75 - 15.727 * 4.25 = 39.909 <= 60
    promise: promise({
      direction: 'lower',
      baseline: 120,
      target: 60,
      due: '2026-Q2',
      actuals: { '2025-Q1': 118, '2025-Q2': 101, '2025-Q3': 88 },
    }),
    quarter: '2025-Q3',
    expect: {
      status: 'on_track',
      latest: 88,
      latest_quarter: '2025-Q3',
      attainment: 32 / 60,
      projected: 39.909090909,
      met: false,
    },
  },
  {
    name: 'higher is better, projected just short: at risk',
    // points (0,50) (0,52) (1,55): slope 4, mean (1/3, 52.333); at x=7: 52.333 + 4 * 6.667 = 79 < 80
    promise: promise({ baseline: 50, target: 80, actuals: { '2025-Q1': 52, '2025-Q2': 55 } }),
    quarter: '2025-Q2',
    expect: { status: 'at_risk', latest: 55, attainment: 5 / 30, projected: 79, met: false },
  },
  {
    name: 'higher is better, target reached: met',
    promise: promise({ baseline: 50, target: 80, actuals: { '2025-Q1': 81 } }),
    quarter: '2025-Q1',
    expect: { status: 'met', latest: 81, attainment: 31 / 30, met: true },
  },
  {
    name: 'lower is better, exactly at target: met',
    promise: promise({ direction: 'lower', baseline: 120, target: 60, actuals: { '2025-Q2': 60 } }),
    quarter: '2025-Q2',
    expect: { status: 'met', attainment: 1, met: true },
  },
  {
    name: 'due quarter passed without the target: missed',
    promise: promise({ direction: 'lower', baseline: 120, target: 60, due: '2025-Q2', actuals: { '2025-Q2': 70 } }),
    quarter: '2025-Q3',
    expect: { status: 'missed', latest: 70, latest_quarter: '2025-Q2' },
  },
  {
    name: 'in the due quarter itself without the target: missed',
    promise: promise({ baseline: 0, target: 10, due: '2025-Q2', actuals: { '2025-Q2': 9 } }),
    quarter: '2025-Q2',
    expect: { status: 'missed', attainment: 0.9 },
  },
  {
    name: 'missed beats on track: a strong trend does not save a passed due date',
    promise: promise({ baseline: 0, target: 10, due: '2025-Q2', actuals: { '2025-Q1': 4, '2025-Q2': 8 } }),
    quarter: '2025-Q3',
    expect: { status: 'missed' },
  },
  {
    name: 'no actual at or before the quarter: no data',
    promise: promise({ actuals: { '2025-Q3': 50 } }),
    quarter: '2025-Q2',
    expect: { status: 'no_data', latest: null, latest_quarter: null, attainment: null, projected: null, met: false },
  },
  {
    name: 'target equals baseline and met: attainment 1',
    promise: promise({ baseline: 5, target: 5, actuals: { '2025-Q1': 6 } }),
    quarter: '2025-Q1',
    expect: { status: 'met', attainment: 1 },
  },
  {
    name: 'target equals baseline and not met: attainment 0',
    promise: promise({ direction: 'lower', baseline: 5, target: 5, actuals: { '2025-Q1': 6 } }),
    quarter: '2025-Q1',
    expect: { attainment: 0 },
  },
  {
    name: 'a gap in the actuals keeps real quarter spacing',
    // points (0,120) (0,110) (2,90): slope -33.333/2.667 = -12.5, mean (2/3, 106.667); at x=5: 52.5
    promise: promise({
      direction: 'lower',
      baseline: 120,
      target: 60,
      due: '2026-Q2',
      actuals: { '2025-Q1': 110, '2025-Q3': 90 },
    }),
    quarter: '2025-Q3',
    expect: { status: 'on_track', latest: 90, projected: 52.5 },
  },
  {
    name: 'all points in one quarter: projected is latest',
    promise: promise({ direction: 'lower', baseline: 120, target: 60, due: '2026-Q2', actuals: { '2025-Q1': 100 } }),
    quarter: '2025-Q1',
    expect: { status: 'at_risk', projected: 100 },
  },
  {
    name: 'only the last four points count (the baseline drops out)',
    // points x=1..4 -> 20, 30, 40, 50: the line 10x + 10; at x=7: 80 < 100
    promise: promise({ actuals: { '2025-Q1': 10, '2025-Q2': 20, '2025-Q3': 30, '2025-Q4': 40, '2026-Q1': 50 } }),
    quarter: '2026-Q1',
    expect: { status: 'at_risk', projected: 80 },
  },
  {
    name: 'actuals after the quarter under review are ignored',
    promise: promise({ baseline: 0, target: 100, actuals: { '2025-Q1': 10, '2025-Q4': 100 } }),
    quarter: '2025-Q2',
    expect: { latest: 10, latest_quarter: '2025-Q1' },
  },
];

describe('assessPromise', () => {
  it.each(CASES)('$name', ({ promise, quarter, expect: expected }) => {
    const result = assessPromise(promise, quarter, START);
    for (const [key, value] of Object.entries(expected)) {
      const actual = result[key as keyof typeof result];
      if (typeof value === 'number') expect(actual, key).toBeCloseTo(value, 6);
      else expect(actual, key).toEqual(value);
    }
  });
});
