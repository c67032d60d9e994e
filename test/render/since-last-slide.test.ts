import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import type { DeckCharts } from '../../src/chart/deck-charts.ts';
import { createFormatter } from '../../src/format.ts';
import { Markup } from '../../src/render/markdown.ts';
import { sinceLast } from '../../src/render/since-last-slide.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { fixturePath } from '../helpers.ts';

/** test/fixtures/changes: in 2025-Q4 the uptime promise went from at risk (91) to met (99). */
async function slideFor(quarter: string, language: 'en' | 'de' = 'en') {
  const { account } = await loadAccount(fixturePath('changes'));
  const review = reviewAccount(account, quarter, DEFAULT_THRESHOLDS, language);
  const f = createFormatter(review.locale, account.currency, language);
  return sinceLast({ review, f, charts: {} as DeckCharts, questions: undefined });
}

describe('"Since our last review"', () => {
  it('lists what was agreed at the last review and what became of it, the promise that moved, the figures then and now', async () => {
    const [slide] = await slideFor('2025-Q4');
    expect(slide!.title).toBe('Since our last review');
    expect(slide!.commitments).toEqual([
      { description: 'Train second shift', state: 'done', stateWord: 'Done Nov 20, 2025', stateIcon: 'icon-done' },
      { description: 'Share line 4 data', state: 'overdue', stateWord: 'Overdue', stateIcon: 'icon-overdue' },
    ]);
    expect(slide!.promises).toEqual([
      {
        name: 'Line uptime',
        nameMarkup: new Markup('Line uptime'),
        move: 'At risk → Met',
        toStatus: 'met',
        toIcon: 'icon-met',
      },
    ]);
    expect([slide!.then, slide!.now]).toEqual(['Q3 2025', 'Q4 2025']);
    expect(slide!.figures).toEqual([
      { label: 'Promises met or on track', then: '0 of 1', now: '1 of 1' },
      { label: 'Value delivered to date', then: '$100,000', now: '$100,000' },
      { label: 'Seats in use', then: '60%', now: '60%' },
      { label: 'Support satisfaction', then: '–', now: '3.5 / 5' },
    ]);
  });

  it("says it in the deck's language", async () => {
    const [slide] = await slideFor('2025-Q4', 'de');
    expect(slide!.title).toBe('Seit unserem letzten Review');
    expect(slide!.promises).toEqual([
      {
        name: 'Line uptime',
        nameMarkup: new Markup('Line uptime'),
        move: 'Gefährdet → Erfüllt',
        toStatus: 'met',
        toIcon: 'icon-met',
      },
    ]);
  });

  it("is not shown in the contract's first quarter", async () => {
    expect(await slideFor('2025-Q1')).toEqual([]);
  });
});
