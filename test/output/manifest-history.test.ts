import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { entryFromReview, manifestEntrySchema } from '../../src/output/manifest.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { fixturePath } from '../helpers.ts';
import { entry } from './portfolio-manifest.ts';

describe("the manifest's health history", () => {
  it('carries the health of each quarter so far and the signals newly raised', async () => {
    // test/fixtures/changes (see test/analyse/since-previous.test.ts): health 80, 69, 57 in 2025-Q1..Q3;
    // Q2 raised value_below_price, Q3 promise_at_risk instead.
    const { account } = await loadAccount(fixturePath('changes'));
    const e = entryFromReview(reviewAccount(account, '2025-Q3', DEFAULT_THRESHOLDS, 'en'), {}, {});
    expect(e.health_history).toEqual([
      { quarter: '2025-Q1', health: 80 },
      { quarter: '2025-Q2', health: 69 },
      { quarter: '2025-Q3', health: 57 },
    ]);
    expect(e.health_previous).toBe(69);
    expect(e.signals_raised).toEqual(['promise_at_risk']);
  });

  it('reads a manifest entry written before the history as having none', () => {
    const { health_history: _h, signals_raised: _s, ...old } = entry('acme', {});
    expect(manifestEntrySchema.parse(old)).toMatchObject({ health_history: [], signals_raised: [] });
  });
});
