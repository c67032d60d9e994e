import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import type { DeckCharts } from '../../src/chart/deck-charts.ts';
import { createFormatter } from '../../src/format.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { internalSlides } from '../../src/render/internal-slides.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { fixturePath } from '../helpers.ts';

/**
 * test/fixtures/changes: csat 3.5 only in Q4. Without its value, value_below_price is raised from
 * Q2 on (a contract's first quarter raises none).
 */
async function streaks(quarter: string, language: Language = 'en', withValue = true) {
  const loaded = (await loadAccount(fixturePath('changes'))).account;
  const account = withValue ? loaded : { ...loaded, value: [] };
  const review = reviewAccount(account, quarter, DEFAULT_THRESHOLDS, language);
  const f = createFormatter(review.locale, account.currency, language);
  const signals = internalSlides({ review, f, charts: {} as DeckCharts, questions: undefined }).find(
    (s) => s.kind === 'signals',
  )!;
  return (signals.signals as Array<{ title: string; streak: string }>).map((s) => s.streak);
}

describe("the internal copy's signals, new or raised quarters in a row", () => {
  it('says a signal raised first this quarter is new', async () => {
    expect(await streaks('2025-Q4')).toEqual(['new this quarter']);
  });

  it("says since when one has been raised, in the deck's language", async () => {
    expect(await streaks('2025-Q4', 'en', false)).toEqual([
      'new this quarter',
      'raised 3 quarters in a row, since Q2 2025',
    ]);
    expect(await streaks('2025-Q4', 'de', false)).toEqual([
      'neu in diesem Quartal',
      '3 Quartale in Folge, seit Q2 2025',
    ]);
  });
});
