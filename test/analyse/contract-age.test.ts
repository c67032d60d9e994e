import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contractAge, touchpointsWanted } from '../../src/analyse/contract-age.ts';
import { summarise } from '../../src/analyse/summarise.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { accountSkeleton } from '../../src/scaffold/account-skeleton.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

/** A contract that starts on 2026-04-15 (2026-Q2), two stakeholders with a sponsor, one promise. */
function young(fields: Record<string, unknown>): Account {
  const base = {
    name: 'Young',
    contract: { start: '2026-04-15', annual_value: 100_000 },
    stakeholders: [
      { name: 'A', role: 'executive_sponsor' },
      { name: 'B', role: 'champion' },
    ],
    promises: [
      {
        id: 'speed',
        name: 'Speed',
        unit: 'count',
        baseline: 10,
        target: 20,
        due: '2027-Q2',
        actuals: { '2026-Q2': 10 },
      },
    ],
  };
  return { ...accountSchema.parse({ ...base, ...fields }), id: 'young' };
}

const signalsOf = (account: Account, quarter: string) => summarise(account, quarter, DEFAULT_THRESHOLDS).signals;

describe('the rhythm a young contract is held to', () => {
  it('is ceil(per year x n / 4) for n quarters of contract, at most a year', () => {
    expect([1, 2, 3, 4, 9].map((n) => touchpointsWanted(4, n))).toEqual([1, 2, 3, 4, 4]);
    expect(touchpointsWanted(6, 3)).toBe(5); // 4.5 rounded up
  });

  it('counts silence from the later of the last touch and the start', () => {
    expect(contractAge('2026-04-01', '2026-Q2', '2026-Q3', '2026-09-30', '2026-01-10')).toEqual({
      quarters: 2,
      daysWithoutContact: 182,
      touchedSinceStart: false,
    });
    expect(contractAge('2026-04-01', '2026-Q2', '2026-Q3', '2026-09-30', '2026-08-01')).toEqual({
      quarters: 2,
      daysWithoutContact: 60,
      touchedSinceStart: true,
    });
    expect(contractAge('2026-05-15', '2026-Q2', '2026-Q2', '2026-06-30', undefined)).toEqual({
      quarters: 1,
      daysWithoutContact: 46,
      touchedSinceStart: false,
    });
  });
});

describe('signals of a contract younger than a year', () => {
  it('two quarters old with a touchpoint in each: no communication gap', () => {
    const account = young({
      touchpoints: [
        { date: '2026-05-01', type: 'call' },
        { date: '2026-08-01', type: 'call' },
      ],
      value: [{ quarter: '2026-Q3', amount: 60_000 }],
      promises: [
        {
          id: 'speed',
          name: 'Speed',
          unit: 'count',
          baseline: 10,
          target: 20,
          due: '2027-Q2',
          actuals: { '2026-Q3': 15 },
        },
      ],
    });
    expect(signalsOf(account, '2026-Q3')).toEqual([]);
  });

  it('two quarters old, one touch in May: 2 wanted, and 152 days since it', () => {
    const account = young({
      touchpoints: [{ date: '2026-05-01', type: 'call' }],
      value: [{ quarter: '2026-Q3', amount: 60_000 }],
    });
    const gap = signalsOf(account, '2026-Q3').find((s) => s.id === 'communication_gap');
    expect(gap).toEqual({
      id: 'communication_gap',
      params: {
        touchpoints_last_4_quarters: 1,
        touchpoints_min: 2,
        contract_quarters: 2,
        days_since_last_touch: 152,
        days_without_contact: 152,
        days_since_touch_max: 90,
      },
      detail:
        'Contact is thinning: 1 touchpoint since the contract started (at least 2 wanted by now) and 152 days since the last contact (more than 90).',
    });
  });

  it('a touch before the contract started: the 182 days count from the start', () => {
    const account = young({
      contract: { start: '2026-04-01', annual_value: 100_000 },
      touchpoints: [{ date: '2026-01-10', type: 'call' }],
    });
    const gap = signalsOf(account, '2026-Q3').find((s) => s.id === 'communication_gap');
    expect(gap?.params).toMatchObject({ days_since_last_touch: 263, days_without_contact: 182 });
    expect(gap?.detail).toBe(
      'Contact is thinning: 1 touchpoint since the contract started (at least 2 wanted by now) and no recorded contact in the 182 days since the contract started (more than 90).',
    );
  });

  it('a first quarter without a touch, 46 days in: only the missing touchpoint, not the silence', () => {
    const account = young({ contract: { start: '2026-05-15', annual_value: 100_000 } });
    expect(signalsOf(account, '2026-Q2').map((s) => s.detail)).toEqual([
      'Contact is thinning: 0 touchpoints since the contract started (at least 1 wanted by now).',
    ]);
  });

  it('a first quarter raises neither value below price nor a promise at risk; the second does', () => {
    const account = young({
      touchpoints: [
        { date: '2026-05-01', type: 'call' },
        { date: '2026-08-01', type: 'call' },
      ],
    });
    const first = summarise(account, '2026-Q2', DEFAULT_THRESHOLDS);
    expect(first.promises[0]!.status).toBe('at_risk');
    expect(first.value.roi).toBe(0);
    expect(first.signals).toEqual([]);
    expect(signalsOf(account, '2026-Q3').map((s) => s.id)).toEqual(['promise_at_risk', 'value_below_price']);
  });

  it('an account just made by new raises one signal: no contact recorded in its first quarter', () => {
    const text = accountSkeleton({
      id: 'globex',
      name: 'Globex',
      schemaPath: '../schema/account.schema.json',
      today: '2026-11-26',
    });
    const account = { ...accountSchema.parse(parse(text)), id: 'globex' };
    const summary = summarise(account, '2026-Q4', DEFAULT_THRESHOLDS);
    // The skeleton's contract starts on 2026-10-01: 91 days to the quarter's end.
    expect(summary.signals.map((s) => s.detail)).toEqual([
      'Contact is thinning: 0 touchpoints since the contract started (at least 1 wanted by now) and no recorded contact in the 91 days since the contract started (more than 90).',
    ]);
  });
});
