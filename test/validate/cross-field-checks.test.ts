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

  it('skips parts of the wrong shape, which the schema reports itself', () => {
    expect(crossFieldIssues(null)).toEqual([]);
    expect(crossFieldIssues(['name'])).toEqual([]);
    expect(crossFieldIssues({ promises: 'none', commitments: { status: 'done' }, contract: [] })).toEqual([]);
    expect(crossFieldIssues({ promises: [null, 7, { id: 3 }, { id: 3 }] })).toEqual([]);
    expect(crossFieldIssues({ contract: { start: '2025-02-30', renewal: '2024-01-01' } })).toEqual([]);
  });
});
