import { describe, expect, it } from 'vitest';
import { figureChanges } from '../../src/changes/figure-changes.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

const account = (overrides: Record<string, unknown>): Account => ({
  ...accountSchema.parse({
    name: 'Test',
    contract: { start: '2025-01-01', annual_value: 100_000 },
    promises: [
      {
        id: 'p',
        name: 'Uptime',
        unit: 'percent',
        baseline: 90,
        target: 99,
        due: '2026-Q4',
        actuals: { '2025-Q3': 91 },
      },
    ],
    ...overrides,
  }),
  id: 'test',
});

describe('the figures of two versions of an account', () => {
  it('lists each figure added, changed and removed, by the label import uses', () => {
    const before = account({
      adoption: { '2025-Q3': { licensed: 100, active: 60 } },
      support: { '2025-Q3': { csat: 4.1 } },
    });
    const after = account({
      promises: [
        {
          id: 'p',
          name: 'Uptime',
          unit: 'percent',
          baseline: 90,
          target: 99,
          due: '2026-Q4',
          actuals: { '2025-Q3': 91, '2025-Q4': 95 },
        },
      ],
      adoption: { '2025-Q3': { licensed: 100, active: 64 } },
      value: [{ quarter: '2025-Q4', amount: 5000 }],
    });
    expect(figureChanges(before, after)).toEqual([
      { kind: 'added', label: 'promises.p.actuals 2025-Q4', before: null, after: 95 },
      { kind: 'added', label: 'value 2025-Q4', before: null, after: 5000 },
      { kind: 'changed', label: 'adoption 2025-Q3.active', before: 60, after: 64 },
      { kind: 'removed', label: 'support 2025-Q3.csat', before: 4.1, after: null },
    ]);
  });

  it('sums the value entries of one quarter and description, so reordering them changes nothing', () => {
    const entries = [
      { quarter: '2025-Q4', amount: 1000, description: 'Scrap' },
      { quarter: '2025-Q4', amount: 500, description: 'Scrap' },
    ];
    expect(figureChanges(account({ value: entries }), account({ value: entries.toReversed() }))).toEqual([]);
  });
});
