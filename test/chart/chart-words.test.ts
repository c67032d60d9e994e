import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { drawChart } from '../../src/chart/chart-renderer.ts';
import { promiseChart, touchpointChart } from '../../src/chart/charts.ts';
import { createFormatter } from '../../src/format.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { ROOT } from '../helpers.ts';

const palette = { primary: '#1f3a5f', accent: '#0b7285' };
/** Acme without its locale, so a German deck writes German numbers too. */
const acme = async () => ({ ...(await loadAccount(join(ROOT, 'data', 'acme.yaml'))).account, locale: undefined });
const labels = (config: { data: { datasets: Array<{ label?: string }> } }) => config.data.datasets.map((d) => d.label);

describe('chart words in the deck language', () => {
  it('labels a promise chart, its axis and its text alternative in German', async () => {
    const r = reviewAccount(await acme(), '2026-Q4', DEFAULT_THRESHOLDS, 'de');
    const f = createFormatter(r.locale, 'USD', r.language);
    const spec = promiseChart(r.promiseSeries[0]!, f, palette, { width: 560, height: 228 });
    expect(labels(spec.config as never)).toEqual(['Ergebnis', 'Prognose', 'Ziel 60 h', 'Ausgangswert 120 h']);
    expect(spec.config.data.labels?.slice(0, 2)).toEqual(['Q1/25', 'Q2/25']);
    expect(spec.alt).toBe(
      'Unplanned downtime nach Quartal: 118 h im Q1 2025 bis 55 h im Q4 2026. Ausgangswert 120 h, Ziel 60 h bis Q2 2026.',
    );
  });

  it('draws the contact rhythm the thresholds ask for, and says it', async () => {
    const account = await acme();
    const usual = reviewAccount(account, '2026-Q4', DEFAULT_THRESHOLDS, 'de');
    const rhythm = (spec: ReturnType<typeof touchpointChart>) =>
      (
        spec.config.options as {
          plugins: { annotation: { annotations: { rhythm: { yMin: number; label: { content: string } } } } };
        }
      ).plugins.annotation.annotations.rhythm;
    expect(rhythm(touchpointChart(usual, createFormatter(usual.locale, 'USD', 'de'), palette))).toMatchObject({
      yMin: 1,
      label: { content: '1 pro Quartal' },
    });
    const stricter = reviewAccount(account, '2026-Q4', { ...DEFAULT_THRESHOLDS, touchpoints_min: 6 }, 'en');
    const spec = touchpointChart(stricter, createFormatter('en-US', 'USD', 'en'), palette);
    expect(rhythm(spec)).toMatchObject({ yMin: 1.5, label: { content: '1.5 a quarter' } });
    expect(spec.alt).toBe(
      'Contacts per quarter: 2 in Q1 2026, 1 in Q2 2026, 2 in Q3 2026, and 2 in Q4 2026; the rhythm is 1.5 a quarter.',
    );
  });

  it("puts the rhythm's label right of the plot, where no bar can be under it", async () => {
    const r = reviewAccount(await acme(), '2026-Q4', DEFAULT_THRESHOLDS, 'en');
    const { svg, width } = await drawChart(
      touchpointChart(r, createFormatter('en-US', 'USD', 'en'), palette),
      'rhythm',
    );
    const plotRight = Math.max(
      ...[...svg.matchAll(/d="M [\d.]+ [\d.]+ L ([\d.]+) [\d.]+ "/g)].map((m) => Number(m[1])),
    );
    const label = Number(svg.match(/<text x="([\d.]+)"[^>]*>One a quarter</)![1]);
    // "One a quarter" in bold 12 px Inter is about 80 px wide: its middle is 40 px from either edge.
    expect(label - 40).toBeGreaterThan(plotRight);
    expect(label + 40).toBeLessThanOrEqual(width);
  });
});
