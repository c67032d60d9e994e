import { describe, expect, it } from 'vitest';
import { earlierSummaries, healthHistory, signalStreaks } from '../../src/analyse/history.ts';
import { summarise, summariseQuarter } from '../../src/analyse/summarise.ts';
import { CALENDAR_YEAR } from '../../src/calendar/fiscal-year.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

/**
 * 2025-Q3 against 2025-Q4. The promise (baseline 90, target 99, due 2026-Q4) reads 91 in Q3:
 * the line through (Q1, 90) and (Q3, 91) reaches 93.5 by the due quarter, so at risk; 99 in Q4
 * is met. Q4's csat of 3.5 raises below_par_experience; Q3 has no support entry.
 * Health Q3 = round(40 x 1/9 + 60 x (1 - 2/17)) = round(57.39) = 57 (promise_at_risk weighs 2);
 * Health Q4 = round(40 x 1 + 60 x (1 - 2/17)) = round(92.94) = 93 (below_par_experience weighs 2).
 * Q1 and Q2 have no actual (attainment 0.5) and no value yet; value_below_price (weight 3) waits
 * for the contract's second quarter: Q1 = round(20 + 60) = 80, Q2 = round(20 + 60 x 14/17) =
 * round(69.41) = 69.
 */
const account: Account = {
  ...accountSchema.parse({
    name: 'Test',
    contract: { start: '2025-01-01', annual_value: 100_000 },
    stakeholders: [
      { name: 'A', role: 'executive_sponsor' },
      { name: 'B', role: 'champion' },
    ],
    promises: [
      {
        id: 'uptime',
        name: 'Uptime',
        unit: 'percent',
        baseline: 90,
        target: 99,
        due: '2026-Q4',
        actuals: { '2025-Q3': 91, '2025-Q4': 99 },
      },
    ],
    value: [{ quarter: '2025-Q3', amount: 100_000 }],
    adoption: { '2025-Q3': { licensed: 100, active: 60 } },
    support: { '2025-Q4': { csat: 3.5, sla_breaches: 0 } },
    touchpoints: [
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
      '2025-03-20',
      '2025-04-15',
      '2025-07-15',
      '2025-08-15',
      '2025-10-02',
    ].map((date) => ({ date, type: 'call' })),
    commitments: [
      {
        description: 'Kick-off workshop',
        owner: 'vendor',
        agreed: '2025-Q1',
        due: '2025-03-31',
        status: 'done',
        completed: '2025-03-20',
      },
      {
        description: 'Train second shift',
        owner: 'vendor',
        agreed: '2025-Q3',
        due: '2025-11-30',
        status: 'done',
        completed: '2025-11-20',
      },
      { description: 'Share line 4 data', owner: 'customer', agreed: '2025-Q3', due: '2025-12-15', status: 'open' },
      { description: 'Plan 2026 rollout', owner: 'vendor', agreed: '2026-Q1', due: '2026-03-31', status: 'open' },
    ],
  }),
  id: 'test',
};

describe('the summary since the previous quarter', () => {
  const summary = summarise(account, '2025-Q4', DEFAULT_THRESHOLDS);

  it('keeps the previous quarter: health, signal ids, each promise status and latest', () => {
    expect(summary.previous).toEqual({
      quarter: '2025-Q3',
      health: 57,
      signals: ['promise_at_risk'],
      promises: [{ id: 'uptime', status: 'at_risk', latest: 91 }],
    });
  });

  it('lists what changed: health, a signal raised and one cleared, the promise from at risk to met', () => {
    expect(summary.health).toBe(93);
    expect(summary.changes).toMatchObject({
      health: 36,
      signals_raised: ['below_par_experience'],
      signals_cleared: ['promise_at_risk'],
      promises: [{ id: 'uptime', from: 'at_risk', to: 'met' }],
    });
  });

  it('lists the commitments agreed at or after the previous quarter with where each stands: one done, one overdue', () => {
    expect(summary.changes?.commitments).toEqual([
      { description: 'Train second shift', status: 'done' },
      { description: 'Share line 4 data', status: 'overdue' },
    ]);
  });

  it("has neither previous nor changes in the contract's first quarter", () => {
    const first = summarise(account, '2025-Q1', DEFAULT_THRESHOLDS);
    expect(first.previous).toBeNull();
    expect(first.changes).toBeNull();
  });
});

describe('the quarters before', () => {
  const history = (quarter: string) => {
    const now = summariseQuarter(account, quarter, DEFAULT_THRESHOLDS);
    return { now, earlier: earlierSummaries(account, now, DEFAULT_THRESHOLDS, 'en', CALENDAR_YEAR) };
  };

  it('gives the health of every quarter since the start, oldest first', () => {
    const { now, earlier } = history('2025-Q4');
    expect(healthHistory(now, earlier)).toEqual([
      { quarter: '2025-Q1', health: 80 },
      { quarter: '2025-Q2', health: 69 },
      { quarter: '2025-Q3', health: 57 },
      { quarter: '2025-Q4', health: 93 },
    ]);
  });

  it('tells a signal new this quarter from one raised quarters in a row', () => {
    const q4 = history('2025-Q4');
    expect(signalStreaks(q4.now, q4.earlier)).toEqual([{ id: 'below_par_experience', quarters: 1, since: '2025-Q4' }]);
    // Without value, value_below_price is raised from Q2 (not in the first quarter) through Q3.
    const valueless = { ...account, value: [] };
    const now = summariseQuarter(valueless, '2025-Q3', DEFAULT_THRESHOLDS);
    const streaks = signalStreaks(now, earlierSummaries(valueless, now, DEFAULT_THRESHOLDS, 'en', CALENDAR_YEAR));
    expect(streaks).toContainEqual({ id: 'value_below_price', quarters: 2, since: '2025-Q2' });
  });
});
