import { describe, expect, it } from 'vitest';
import { dataLag, dataLagWarning, quarterUnderReview } from '../../src/analyse/review-quarter.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

const account = (overrides: Record<string, unknown>): Account => ({
  ...accountSchema.parse({ name: 'T', contract: { start: '2025-02-01', annual_value: 1 }, ...overrides }),
  id: 't',
});

describe('the quarter under review', () => {
  it('defaults to the latest quarter with an actual, value, adoption or support entry', () => {
    const a = account({
      promises: [
        { id: 'p', name: 'P', unit: 'count', baseline: 0, target: 1, due: '2026-Q1', actuals: { '2025-Q2': 1 } },
      ],
      value: [{ quarter: '2025-Q3', amount: 1 }],
      adoption: { '2025-Q1': { licensed: 1, active: 1 } },
      support: { '2025-Q4': { tickets: 1 } },
      touchpoints: [{ date: '2026-05-01', type: 'call' }], // contact alone is not data
      plan: { '2026-Q3': ['Later'] },
    });
    expect(quarterUnderReview(a)).toBe('2025-Q4');
  });

  it('takes the quarter asked for', () => {
    expect(quarterUnderReview(account({}), '2025-Q3')).toBe('2025-Q3');
  });

  it('fails a quarter before the contract starts', () => {
    expect(() => quarterUnderReview(account({}), '2024-Q4')).toThrow(
      't: 2024-Q4 is before the contract starts (2025-Q1)',
    );
  });

  it('fails when there is no data and no quarter is asked for', () => {
    expect(() => quarterUnderReview(account({}))).toThrow('no quarter has data yet');
  });
});

describe('a quarter under review far past the data', () => {
  const withData = account({ adoption: { '2026-Q1': { licensed: 1, active: 1 } } });

  it("is no lag one quarter past the latest data: the review comes before that quarter's figures", () => {
    expect(dataLag(withData, '2026-Q1')).toBeNull();
    expect(dataLag(withData, '2026-Q2')).toBeNull();
  });

  it('is a lag from two quarters past on, counted in quarters', () => {
    expect(dataLag(withData, '2026-Q3')).toEqual({ quarter: '2026-Q3', latest: '2026-Q1', quarters: 2 });
    expect(dataLag(withData, '2030-Q1')).toEqual({ quarter: '2030-Q1', latest: '2026-Q1', quarters: 16 });
  });

  it('is no lag for an account without data (there is nothing to compare with)', () => {
    expect(dataLag(account({}), '2030-Q1')).toBeNull();
  });

  it('says what is wrong and what to check', () => {
    expect(dataLagWarning({ quarter: '2030-Q1', latest: '2026-Q1', quarters: 16 })).toBe(
      '2030-Q1 is 16 quarters after the latest data (2026-Q1): fees count for quarters without results, and signals may fire. Check --quarter, or add the missing data.',
    );
  });
});
