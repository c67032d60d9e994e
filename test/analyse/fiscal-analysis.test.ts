import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { quarterUnderReview } from '../../src/analyse/review-quarter.ts';
import { summarise } from '../../src/analyse/summarise.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

// A company whose year starts in February and is named by the year it ends in: FY2027 runs
// from 2026-02-01 to 2027-01-31; its Q1 is Feb-Apr 2026, Q2 May-Jul, Q3 Aug-Oct, Q4 Nov 2026-Jan 2027.
const FEB = { start_month: 2, named_by: 'end' } as const;

function account(): Account {
  return {
    ...accountSchema.parse({
      name: 'Fiscal',
      contract: { start: '2026-02-01', annual_value: 400_000 }, // FY2027 Q1
      stakeholders: [
        { name: 'A', role: 'executive_sponsor' },
        { name: 'B', role: 'champion' },
      ],
      value: [{ quarter: '2027-Q2', amount: 50_000 }],
      touchpoints: [
        { date: '2026-01-31', type: 'call' }, // FY2026 Q4: before the window
        { date: '2026-02-01', type: 'call' }, // FY2027 Q1
        { date: '2026-07-31', type: 'call' }, // FY2027 Q2, the last day of it
        { date: '2026-08-01', type: 'call' }, // FY2027 Q3: after Q2
      ],
      commitments: [
        { description: 'Due on the last day of Q2', owner: 'vendor', due: '2026-07-31', status: 'open' },
        { description: 'Due the day before', owner: 'vendor', due: '2026-07-30', status: 'open' },
        { description: 'Done in Q2', owner: 'vendor', due: '2026-06-30', status: 'done', completed: '2026-07-15' },
        { description: 'Done in Q1', owner: 'vendor', due: '2026-04-30', status: 'done', completed: '2026-04-30' },
      ],
    }),
    id: 'fiscal',
  };
}

describe('the analysis in a fiscal year starting in February', () => {
  it('counts from the fiscal quarter the contract starts in, and ends the quarter on its last calendar day', () => {
    const s = summarise(account(), '2027-Q2', DEFAULT_THRESHOLDS, 'en', FEB);
    expect(s.as_of).toBe('2026-07-31');
    expect(s.value.invested).toBe(200_000); // two quarters of 100,000: FY2027 Q1 and Q2
  });

  it('puts touchpoints in fiscal quarters and measures the days to the fiscal quarter end', () => {
    const s = summarise(account(), '2027-Q2', DEFAULT_THRESHOLDS, 'en', FEB);
    expect(s.engagement.touchpoints_last_4_quarters).toBe(3); // 2026-01-31 (FY2026 Q4) .. 2026-07-31; not 2026-08-01
    expect(s.engagement.days_since_last_touch).toBe(0); // 2026-07-31 is the last day of the quarter
  });

  it('holds commitments against the fiscal quarter end', () => {
    const s = summarise(account(), '2027-Q2', DEFAULT_THRESHOLDS, 'en', FEB);
    expect(s.commitments).toEqual({ done: 2, open: 1, overdue: 1, dropped: 0 });
    expect(s.signals.map((x) => x.id)).toContain('broken_commitment');
  });

  it('counts contacts in each of the last four fiscal quarters, and shows what was done in this one', () => {
    const r = reviewAccount(account(), '2027-Q2', DEFAULT_THRESHOLDS, 'en', FEB);
    expect(r.touchpointsByQuarter).toEqual([
      { quarter: '2026-Q3', value: 0 },
      { quarter: '2026-Q4', value: 1 },
      { quarter: '2027-Q1', value: 1 },
      { quarter: '2027-Q2', value: 1 },
    ]);
    expect(r.commitments.map((c) => c.commitment.description)).toEqual([
      'Due on the last day of Q2',
      'Due the day before',
      'Done in Q2',
    ]);
    expect(r.previous?.quarter).toBe('2027-Q1');
    expect(r.valueSeries.map((p) => p.quarter)).toEqual(['2027-Q1', '2027-Q2']);
  });

  it('refuses a quarter before the fiscal quarter the contract starts in', () => {
    expect(quarterUnderReview(account(), '2027-Q1', FEB)).toBe('2027-Q1');
    expect(() => quarterUnderReview(account(), '2026-Q4', FEB)).toThrow(
      'fiscal: 2026-Q4 is before the contract starts (2027-Q1)',
    );
  });

  it('reads the same account in calendar quarters differently', () => {
    // In calendar quarters 2026-02-01 is in 2026-Q1, so 2027-Q2 would be six quarters later.
    expect(summarise(account(), '2026-Q3', DEFAULT_THRESHOLDS).as_of).toBe('2026-09-30');
    expect(() => quarterUnderReview(account(), '2025-Q4')).toThrow('before the contract starts (2026-Q1)');
  });
});
