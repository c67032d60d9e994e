import { describe, expect, it } from 'vitest';
import { accountSchema } from '../../src/validate/account-schema.ts';

const base = { name: 'T', contract: { start: '2025-01-01', annual_value: 1000 } };
const promise = { id: 'p', name: 'P', unit: 'number', baseline: 1, target: 2, due: '2026-Q1' }; // a number may be negative: the bounds are what is tested

/** The messages of the issues at `path`, for an account with `overrides`. */
function messagesAt(overrides: object, path: string): string[] {
  const result = accountSchema.safeParse({ ...base, ...overrides });
  return result.success ? [] : result.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message);
}

describe('amounts a real business never reaches', () => {
  it.each([
    [
      { contract: { start: '2025-01-01', annual_value: 2e15 } },
      'contract.annual_value',
      'must be at most 1e15 (a thousand trillion)',
    ],
    [{ value: [{ quarter: '2025-Q1', amount: 1e16 }] }, 'value.0.amount', 'must be at most 1e15 (a thousand trillion)'],
    [{ promises: [{ ...promise, target: 1e300 }] }, 'promises.0.target', 'must be at most 1e15 (a thousand trillion)'],
    [{ promises: [{ ...promise, baseline: -1e16 }] }, 'promises.0.baseline', 'must be at least -1e15'],
    [
      { promises: [{ ...promise, actuals: { '2025-Q1': 5e15 } }] },
      'promises.0.actuals.2025-Q1',
      'must be at most 1e15 (a thousand trillion)',
    ],
    [
      { adoption: { '2025-Q1': { licensed: 2e9, active: 1 } } },
      'adoption.2025-Q1.licensed',
      'must be at most 1e9 (a billion)',
    ],
    [{ support: { '2025-Q1': { tickets: 1e10 } } }, 'support.2025-Q1.tickets', 'must be at most 1e9 (a billion)'],
    [
      { support: { '2025-Q1': { first_response_hours: 1e6 } } },
      'support.2025-Q1.first_response_hours',
      'must be at most 100000 hours',
    ],
  ])('refuses %j at %s', (overrides, path, message) => {
    expect(messagesAt(overrides, path)).toEqual([message]);
  });

  it('accepts the largest allowed figures', () => {
    const account = {
      contract: { start: '2025-01-01', annual_value: 1e15 },
      value: [{ quarter: '2025-Q1', amount: 1e15 }],
      promises: [{ ...promise, baseline: -1e15, target: 1e15 }],
      adoption: { '2025-Q1': { licensed: 1e9, active: 1e9 } },
    };
    expect(accountSchema.safeParse({ ...base, ...account }).success).toBe(true);
  });
});
