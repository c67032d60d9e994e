import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/analyse/summarise.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { createFormatter } from '../../src/format.ts';
import { headlineKpis } from '../../src/render/kpis.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { ROOT } from '../helpers.ts';

const acme = async () => (await loadAccount(join(ROOT, 'data', 'acme.yaml'))).account;
const f = createFormatter('en-US', 'USD');

describe("the executive summary's figures and their change since last quarter (acme)", () => {
  it('points up, down or nowhere, by how much, with the figure it changed', async () => {
    const account = await acme();
    const now = summarise(account, '2026-Q4', DEFAULT_THRESHOLDS);
    const before = summarise(account, '2026-Q3', DEFAULT_THRESHOLDS);
    // Worked from data/acme.yaml: 2 of 4 promises met or on track in both quarters; value
    // 487,000 against 392,000; seats 214/240 = 89.2% against 209/240 = 87.1%; csat 4.4 against 4.8.
    expect(headlineKpis(now, before, f).map((k) => [k.label, k.value, k.change, k.trend])).toEqual([
      ['Promises met or on track', '2 of 4', 'No change since Q3 2026', 'flat'],
      ['Value delivered to date', '$487,000', '↑ $95,000 since Q3 2026', 'good'],
      ['Seats in use', '89%', '↑ 2 pts since Q3 2026', 'good'],
      ['Support satisfaction', '4.4 / 5', '↓ 0.4 since Q3 2026', 'bad'],
    ]);
  });

  it('keeps each count of promises with its words, so a line breaks only between counts', async () => {
    const now = summarise(await acme(), '2026-Q4', DEFAULT_THRESHOLDS);
    expect(headlineKpis(now, null, f)[0]!.detail).toBe(
      '1\u00a0met · 1\u00a0on\u00a0track · 1\u00a0at\u00a0risk · 1\u00a0missed',
    );
  });

  it('shows no change in the first quarter of the contract, which has no quarter before', async () => {
    const first = summarise(await acme(), '2025-Q1', DEFAULT_THRESHOLDS);
    for (const kpi of headlineKpis(first, null, f)) expect([kpi.change, kpi.trend]).toEqual(['', 'flat']);
  });
});
