import { describe, expect, it } from 'vitest';
import { reviewQuarter } from '../../src/analyse/review-quarter.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

const account = (overrides: Record<string, unknown>): Account => ({
  ...accountSchema.parse({ name: 'T', contract: { start: '2025-02-01', annual_value: 1 }, ...overrides }),
  id: 't',
});

describe('the quarter under review', () => {
  it('defaults to the latest quarter with an actual, value, adoption or support entry', () => {
    const a = account({
      promises: [{ id: 'p', name: 'P', unit: 'count', baseline: 0, target: 1, due: '2026-Q1', actuals: { '2025-Q2': 1 } }],
      value: [{ quarter: '2025-Q3', amount: 1 }],
      adoption: { '2025-Q1': { licensed: 1, active: 1 } },
      support: { '2025-Q4': { tickets: 1 } },
      touchpoints: [{ date: '2026-05-01', type: 'call' }], // contact alone is not data
      plan: { '2026-Q3': ['Later'] },
    });
    expect(reviewQuarter(a)).toBe('2025-Q4');
  });

  it('takes the quarter asked for', () => {
    expect(reviewQuarter(account({}), '2025-Q3')).toBe('2025-Q3');
  });

  it('fails a quarter before the contract starts', () => {
    expect(() => reviewQuarter(account({}), '2024-Q4')).toThrow('t: 2024-Q4 is before the contract starts (2025-Q1)');
  });

  it('fails when there is no data and no quarter is asked for', () => {
    expect(() => reviewQuarter(account({}))).toThrow('no quarter has data yet');
  });
});
