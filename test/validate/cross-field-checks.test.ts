import { describe, expect, it } from 'vitest';
import { crossFieldIssues } from '../../src/validate/cross-field-checks.ts';

describe('the rules that span fields, on raw data', () => {
  it('finds each broken rule with its path', () => {
    const data = {
      contract: { start: '2025-04-01', renewal: '2025-04-01' },
      promises: [{ id: 'a' }, { id: 'b' }, { id: 'a', target: 'sixty' }],
      commitments: [{ status: 'done', completed: '2025-01-01' }, { status: 'done' }, { status: 'open' }],
    };
    expect(crossFieldIssues(data)).toEqual([
      { path: ['promises', 2, 'id'], message: 'duplicate promise id "a" (also promises[0])' },
      { path: ['commitments', 1, 'completed'], message: 'is required when status is done' },
      { path: ['contract', 'renewal'], message: 'must be after contract.start' },
    ]);
  });

  it('refuses a negative count or duration, and lets a score or a percent be negative', () => {
    const data = {
      promises: [
        { unit: 'hours', baseline: 120, target: 60, actuals: { '2025-Q1': 118, '2025-Q2': -5 } },
        { unit: 'count', baseline: -1, target: 0 },
        { unit: 'score', baseline: -20, target: 10, actuals: { '2025-Q1': -5 } },
        { unit: 'percent', baseline: -3, target: 5 },
      ],
    };
    expect(crossFieldIssues(data)).toEqual([
      { path: ['promises', 0, 'actuals', '2025-Q2'], message: 'must be at least 0 (hours cannot be negative), got -5' },
      { path: ['promises', 1, 'baseline'], message: 'must be at least 0 (count cannot be negative), got -1' },
    ]);
  });

  it('skips parts of the wrong shape, which the schema reports itself', () => {
    expect(crossFieldIssues(null)).toEqual([]);
    expect(crossFieldIssues(['name'])).toEqual([]);
    expect(crossFieldIssues({ promises: 'none', commitments: { status: 'done' }, contract: [] })).toEqual([]);
    expect(crossFieldIssues({ promises: [null, 7, { id: 3 }, { id: 3 }] })).toEqual([]);
    expect(crossFieldIssues({ contract: { start: '2025-02-30', renewal: '2024-01-01' } })).toEqual([]);
  });
});
