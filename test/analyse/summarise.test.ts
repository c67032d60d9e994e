import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/analyse/summarise.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../src/analyse/thresholds.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { join } from 'node:path';
import { fixturePath, ROOT } from '../helpers.ts';

/** A healthy account in 2025-Q4 that raises no signal; each case below changes one thing. */
function account(overrides: Record<string, unknown> = {}): Account {
  const base = {
    name: 'Test',
    contract: { start: '2025-01-01', annual_value: 100_000 },
    stakeholders: [
      { name: 'A', role: 'executive_sponsor' },
      { name: 'B', role: 'champion' },
    ],
    promises: [
      {
        id: 'p',
        name: 'Uptime',
        unit: 'percent',
        baseline: 90,
        target: 99,
        due: '2026-Q4',
        actuals: { '2025-Q4': 99 },
      },
    ],
    value: [{ quarter: '2025-Q4', amount: 100_000 }], // invested = 4 quarters x 25,000: roi exactly 1
    adoption: { '2025-Q4': { licensed: 100, active: 60 } }, // exactly 0.6
    support: { '2025-Q4': { csat: 4.0, sla_breaches: 0 } }, // exactly at the bar
    touchpoints: [
      { date: '2025-01-15', type: 'call' },
      { date: '2025-04-15', type: 'call' },
      { date: '2025-07-15', type: 'call' },
      { date: '2025-10-02', type: 'qbr' }, // 90 days before 2025-12-31
    ],
    commitments: [{ description: 'Report', owner: 'vendor', due: '2025-12-31', status: 'open' }], // due today: not yet late
  };
  return { ...accountSchema.parse({ ...base, ...overrides }), id: 'test' };
}

const signalIds = (a: Account, t: Thresholds = DEFAULT_THRESHOLDS) =>
  summarise(a, '2025-Q4', t).signals.map((s) => s.id);

describe('signals at their thresholds', () => {
  it('raises nothing for an account exactly at every bar', () => {
    expect(signalIds(account())).toEqual([]);
  });

  it.each([
    ['below_par_experience', 'csat 3.9', { support: { '2025-Q4': { csat: 3.9, sla_breaches: 0 } } }],
    ['below_par_experience', 'one SLA breach', { support: { '2025-Q4': { csat: 5, sla_breaches: 1 } } }],
    ['value_below_price', 'roi 0.99', { value: [{ quarter: '2025-Q4', amount: 99_000 }] }],
    [
      'communication_gap',
      'three touchpoints in four quarters',
      {
        touchpoints: [
          { date: '2025-04-15', type: 'call' },
          { date: '2025-07-15', type: 'call' },
          { date: '2025-10-02', type: 'qbr' },
        ],
      },
    ],
    [
      'communication_gap',
      '91 days since the last touch',
      {
        touchpoints: [
          { date: '2025-01-15', type: 'call' },
          { date: '2025-04-15', type: 'call' },
          { date: '2025-07-15', type: 'call' },
          { date: '2025-10-01', type: 'qbr' },
        ],
      },
    ],
    ['single_threaded', 'one stakeholder', { stakeholders: [{ name: 'A', role: 'executive_sponsor' }] }],
    [
      'single_threaded',
      'no executive sponsor',
      {
        stakeholders: [
          { name: 'A', role: 'champion' },
          { name: 'B', role: 'user' },
        ],
      },
    ],
    ['low_adoption', 'rate 0.59', { adoption: { '2025-Q4': { licensed: 100, active: 59 } } }],
    [
      'broken_commitment',
      'a vendor commitment open past its due date',
      { commitments: [{ description: 'Report', owner: 'vendor', due: '2025-12-30', status: 'open' }] },
    ],
    [
      'broken_commitment',
      'done, but only after the quarter ended',
      {
        commitments: [
          { description: 'Report', owner: 'vendor', due: '2025-12-01', status: 'done', completed: '2026-01-10' },
        ],
      },
    ],
    [
      'unfulfilled_promise',
      'a missed promise',
      {
        promises: [
          {
            id: 'p',
            name: 'Uptime',
            unit: 'percent',
            baseline: 90,
            target: 99,
            due: '2025-Q4',
            actuals: { '2025-Q4': 95 },
          },
        ],
      },
    ],
    [
      'promise_at_risk',
      'a promise projected short',
      {
        promises: [
          {
            id: 'p',
            name: 'Uptime',
            unit: 'percent',
            baseline: 90,
            target: 99,
            due: '2026-Q4',
            actuals: { '2025-Q4': 91 },
          },
        ],
      },
    ],
  ])('raises %s for %s', (id, _case, overrides) => {
    expect(signalIds(account(overrides))).toEqual([id]);
  });

  it.each([
    [
      'a customer-owned commitment past due',
      { commitments: [{ description: 'Data', owner: 'customer', due: '2025-11-01', status: 'open' }] },
    ],
    [
      'a dropped commitment past due',
      { commitments: [{ description: 'Data', owner: 'vendor', due: '2025-11-01', status: 'dropped' }] },
    ],
    ['no adoption data', { adoption: {} }],
    ['no support entry in the quarter', { support: { '2025-Q3': { csat: 1 } } }],
  ])('raises nothing for %s', (_case, overrides) => {
    expect(signalIds(account(overrides))).toEqual([]);
  });

  it('takes its thresholds from the config', () => {
    const poorCsat = account({ support: { '2025-Q4': { csat: 3.9 } } });
    expect(signalIds(poorCsat, { ...DEFAULT_THRESHOLDS, csat_min: 3.5 })).toEqual([]);
    expect(signalIds(account(), { ...DEFAULT_THRESHOLDS, adoption_min: 0.7 })).toEqual(['low_adoption']);
  });

  it('writes a detail a person can read', () => {
    const missed = account({
      promises: [
        {
          id: 'a',
          name: 'Unplanned downtime',
          unit: 'hours',
          direction: 'lower',
          baseline: 10,
          target: 5,
          due: '2025-Q3',
          actuals: { '2025-Q4': 8 },
        },
        {
          id: 'b',
          name: 'First-time fix rate',
          unit: 'percent',
          baseline: 70,
          target: 90,
          due: '2025-Q4',
          actuals: { '2025-Q4': 80 },
        },
        {
          id: 'c',
          name: 'Uptime',
          unit: 'percent',
          baseline: 90,
          target: 99,
          due: '2026-Q4',
          actuals: { '2025-Q4': 99 },
        },
        { id: 'd', name: 'Seats', unit: 'count', baseline: 0, target: 10, due: '2026-Q4', actuals: { '2025-Q4': 10 } },
      ],
    });
    const signal = summarise(missed, '2025-Q4', DEFAULT_THRESHOLDS).signals[0];
    expect(signal).toEqual({
      id: 'unfulfilled_promise',
      params: { missed: 2, total: 4, promises: ['a', 'b'] },
      detail: '2 of 4 promises missed: Unplanned downtime and First-time fix rate.',
    });
  });
});

describe('summary blocks', () => {
  it('counts fees from the contract start quarter to Q, both included', () => {
    const summary = summarise(
      account({ contract: { start: '2025-02-15', annual_value: 100_000 } }),
      '2025-Q4',
      DEFAULT_THRESHOLDS,
    );
    expect(summary.value).toEqual({ delivered: 100_000, invested: 100_000, roi: 1 });
  });

  it('takes the latest adoption entry at or before Q, and null when there is none', () => {
    const a = account({
      adoption: { '2025-Q2': { licensed: 50, active: 40 }, '2026-Q1': { licensed: 10, active: 1 } },
    });
    expect(summarise(a, '2025-Q4', DEFAULT_THRESHOLDS).adoption).toEqual({
      quarter: '2025-Q2',
      licensed: 50,
      active: 40,
      rate: 0.8,
    });
    expect(summarise(a, '2025-Q1', DEFAULT_THRESHOLDS).adoption).toBeNull();
  });

  it('ignores touchpoints after the end of Q and gives null days when there is none before', () => {
    const a = account({ touchpoints: [{ date: '2026-01-05', type: 'call' }] });
    expect(summarise(a, '2025-Q4', DEFAULT_THRESHOLDS).engagement).toMatchObject({
      touchpoints_last_4_quarters: 0,
      days_since_last_touch: null,
    });
  });
});

describe('the contract example', () => {
  it('gives the numbers of section 3 of the data contract', async () => {
    const { account: acme } = await loadAccount(fixturePath('contract-example'));
    const s = summarise(acme, '2025-Q3', DEFAULT_THRESHOLDS);
    expect(s).toMatchObject({ account: 'acme', name: 'Acme Manufacturing', quarter: '2025-Q3' });
    const [downtime] = s.promises;
    expect(downtime).toMatchObject({
      id: 'downtime',
      status: 'on_track',
      latest: 88,
      latest_quarter: '2025-Q3',
      baseline: 120,
      target: 60,
      due: '2026-Q2',
    });
    expect(downtime!.attainment).toBeCloseTo(0.533, 3);
    expect(downtime!.projected).toBeCloseTo(39.9, 1);
    expect(s.value.delivered).toBe(35_000);
    expect(s.value.invested).toBe(180_000);
    expect(s.value.roi).toBeCloseTo(0.194, 3);
    expect(s.adoption).toMatchObject({ licensed: 200, active: 164, rate: 0.82 });
    expect(s.engagement).toEqual({
      touchpoints_last_4_quarters: 1,
      days_since_last_touch: 78,
      stakeholders: 2,
      has_executive_sponsor: true,
    });
    expect(s.signals.map((x) => x.id).sort()).toEqual([
      'below_par_experience',
      'communication_gap',
      'value_below_price',
    ]);
  });
});

describe('the acme sample in 2026-Q4, worked by hand', () => {
  it('gives the numbers of its deck and summary', async () => {
    const { account: acme } = await loadAccount(join(ROOT, 'data', 'acme.yaml'));
    const s = summarise(acme, '2026-Q4', DEFAULT_THRESHOLDS);
    // Promises (x = quarters since 2025-Q1): mttr's last four points x=4..7 -> 7.9, 7.4, 7.1, 6.7,
    // slope -0.39 through (5.5, 7.275), so 5.91 at 2027-Q2 (x=9): on track for 6 h.
    // planned-share x=4..7 -> 55..58, slope 1 through (5.5, 56.5): 60 at x=9, short of 75.
    expect(s.promises.map((p) => [p.id, p.status, p.latest])).toEqual([
      ['downtime', 'met', 55],
      ['first-time-fix', 'missed', 86],
      ['mttr', 'on_track', 6.7],
      ['planned-share', 'at_risk', 58],
    ]);
    expect(s.promises[1]!.attainment).toBeCloseTo(14 / 18, 9);
    expect(s.promises[2]!.projected).toBeCloseTo(5.91, 9);
    expect(s.promises[3]!.projected).toBeCloseTo(60, 9);
    // 35 + 52 + 64 + 72 + 81 + 88 + 95 thousand delivered; 8 quarters of 60,000 paid.
    expect(s.value).toEqual({ delivered: 487_000, invested: 480_000, roi: 487 / 480 });
    expect(s.adoption).toEqual({ quarter: '2026-Q4', licensed: 240, active: 214, rate: 214 / 240 });
    // Seven contacts in 2026; the last on Nov 19, 42 days before Dec 31.
    expect(s.engagement).toEqual({
      touchpoints_last_4_quarters: 7,
      days_since_last_touch: 42,
      stakeholders: 4,
      has_executive_sponsor: true,
    });
    expect(s.signals.map((x) => x.id)).toEqual(['unfulfilled_promise', 'promise_at_risk', 'below_par_experience']);
    expect(s.commitments).toEqual({ done: 3, open: 2, overdue: 0, dropped: 0 });
    expect(s.health).toBe(65);
  });
});

describe("the samples' health, as the README gives it", () => {
  it.each([
    ['acme', '2026-Q4', 65, ['unfulfilled_promise', 'promise_at_risk', 'below_par_experience']],
    [
      'bramble-foods',
      '2026-Q3',
      19,
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
    ],
    ['helios-freight', '2026-Q3', 100, []],
  ])('%s in %s: health %i', async (id, quarter, health, signals) => {
    const { account } = await loadAccount(join(ROOT, 'data', `${id}.yaml`));
    const s = summarise(account, quarter, DEFAULT_THRESHOLDS);
    expect(s.health).toBe(health);
    expect(s.signals.map((x) => x.id)).toEqual(signals);
  });
});
