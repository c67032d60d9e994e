import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { ROOT } from '../helpers.ts';

const acme = async () => (await loadAccount(join(ROOT, 'data', 'acme.yaml'))).account;

describe('what the deck shows beside the summary (acme, 2026-Q4)', () => {
  it("keeps last quarter's summary for the change since then, and none in the first quarter", async () => {
    const account = await acme();
    expect(reviewAccount(account, '2026-Q4', DEFAULT_THRESHOLDS).previous?.quarter).toBe('2026-Q3');
    expect(reviewAccount(account, '2025-Q1', DEFAULT_THRESHOLDS).previous).toBeNull();
  });

  it('charts each promise from the contract start to the later of Q and its due quarter, projecting from the latest result', async () => {
    const r = reviewAccount(await acme(), '2026-Q4', DEFAULT_THRESHOLDS);
    const mttr = r.promiseSeries[2]!;
    expect(mttr.quarters[0]).toBe('2025-Q1');
    expect(mttr.quarters.at(-1)).toBe('2027-Q2');
    expect(mttr.actuals.slice(0, 2)).toEqual([null, 9.1]); // a gap stays a gap
    expect(mttr.projection.filter((v) => v !== null)).toEqual([6.7, mttr.result.projected]);
    expect(mttr.projection[mttr.quarters.indexOf('2026-Q4')]).toBe(6.7);
    const missed = r.promiseSeries[1]!; // due 2026-Q4 = Q: nothing left to project
    expect(missed.projection.every((v) => v === null)).toBe(true);
  });

  it('adds value and fees up quarter by quarter', async () => {
    const r = reviewAccount(await acme(), '2025-Q3', DEFAULT_THRESHOLDS);
    expect(r.valueSeries).toEqual([
      { quarter: '2025-Q1', value: { delivered: 0, invested: 60_000 } },
      { quarter: '2025-Q2', value: { delivered: 35_000, invested: 120_000 } },
      { quarter: '2025-Q3', value: { delivered: 87_000, invested: 180_000 } },
    ]);
  });

  it('counts contacts in each of the last four quarters', async () => {
    const r = reviewAccount(await acme(), '2026-Q4', DEFAULT_THRESHOLDS);
    expect(r.touchpointsByQuarter).toEqual([
      { quarter: '2026-Q1', value: 2 },
      { quarter: '2026-Q2', value: 1 },
      { quarter: '2026-Q3', value: 2 },
      { quarter: '2026-Q4', value: 2 },
    ]);
  });

  it('lists commitments open or overdue, and those done this quarter only', async () => {
    const r = reviewAccount(await acme(), '2026-Q4', DEFAULT_THRESHOLDS);
    expect(r.commitments.map((c) => [c.commitment.description, c.state])).toEqual([
      ['Tune alert thresholds for the paint shop', 'done'],
      ['Deliver first-time fix root-cause report', 'open'],
      ['Nominate a planner for the Monday planning meeting', 'open'],
    ]);
    const later = reviewAccount(await acme(), '2027-Q1', DEFAULT_THRESHOLDS); // the report is now past due
    expect(later.commitments.find((c) => c.commitment.description.startsWith('Deliver'))?.state).toBe('overdue');
  });

  it('groups the people by role, every role listed', async () => {
    const r = reviewAccount(await acme(), '2026-Q4', DEFAULT_THRESHOLDS);
    expect(r.coverage.map((c) => [c.role, c.people.length])).toEqual([
      ['executive_sponsor', 1],
      ['decision_maker', 0],
      ['champion', 1],
      ['user', 1],
      ['finance', 1],
      ['other', 0],
    ]);
  });
});
