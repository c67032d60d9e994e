import { describe, expect, it } from 'vitest';
import type { PromiseSeries, AccountReview } from '../../src/analyse/review.ts';
import type { PromiseResult } from '../../src/analyse/summary-schema.ts';
import { chartData } from '../../src/chart/chart-data.ts';
import { promiseChart, supportChart, touchpointChart, valueChart } from '../../src/chart/charts.ts';
import { createFormatter } from '../../src/format.ts';

const f = createFormatter('en-US', 'USD');
const palette = { primary: '#1f3a5f', accent: '#0b7285' };
const size = { width: 560, height: 228 };

const result: PromiseResult = {
  id: 'mttr',
  name: 'Mean time to repair',
  unit: 'hours',
  direction: 'lower',
  status: 'on_track',
  latest: 6.7,
  latest_quarter: '2025-Q3',
  baseline: 9.5,
  target: 6,
  due: '2026-Q1',
  attainment: 0.8,
  projected: 5.9,
  met: false,
  source: null,
};
const series: PromiseSeries = {
  result,
  quarters: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'],
  actuals: [null, 9.1, 6.7, null, null],
  projection: [null, null, 6.7, null, 5.9],
};

describe('what a promise chart shows, read from its configuration', () => {
  const data = chartData(promiseChart(series, f, palette, size).config);

  it('has the quarters and the results, gaps kept as gaps', () => {
    expect(data.labels).toEqual(["Q1 '25", "Q2 '25", "Q3 '25", "Q4 '25", "Q1 '26"]);
    expect(data.series.map((s) => s.name)).toEqual(['Result', 'Projection', 'Target 6 h', 'At sale 9.5 h']);
    expect(data.series[0]!.values).toEqual([null, 9.1, 6.7, null, null]);
    expect(data.series[1]!.values).toEqual([null, null, 6.7, null, 5.9]);
    expect(data.series[2]!.values).toEqual([6, 6, 6, 6, 6]);
  });

  it('draws the result solid with round markers, the others dashed or dotted without', () => {
    expect(data.series.map((s) => [s.line, s.marker])).toEqual([
      ['solid', 'circle'],
      ['dash', 'triangle'],
      ['longDash', 'none'],
      ['dot', 'none'],
    ]);
    expect(data.series.map((s) => s.color)).toEqual(['#1f3a5f', '#0b7285', '#1d7a46', '#8a94a3']);
  });

  it('marks the due quarter, and writes its axis in hours', () => {
    expect(data.categoryMarks).toEqual([{ index: 4, label: 'Due', color: '#8a94a3' }]);
    expect(data.primary.suffix).toBe(' h');
    expect(data.primary.prefix).toBe('');
    expect(data.secondary).toBeNull();
  });

  it('leaves out a projection with no point, as the HTML legend does', () => {
    const past = chartData(
      promiseChart({ ...series, projection: [null, null, null, null, null] }, f, palette, size).config,
    );
    expect(past.series.map((s) => s.name)).toEqual(['Result', 'Target 6 h', 'At sale 9.5 h']);
  });
});

describe('what the other charts show', () => {
  const review = {
    valueSeries: [
      { quarter: '2025-Q1', value: { delivered: 0, invested: 60_000 } },
      { quarter: '2025-Q2', value: { delivered: 35_000, invested: 120_000 } },
    ],
    supportSeries: [
      { quarter: '2025-Q1', value: { tickets: 22, resolved: 20, csat: 4.1 } },
      { quarter: '2025-Q2', value: { tickets: 18, resolved: 18 } },
    ],
    touchpointsByQuarter: [
      { quarter: '2025-Q1', value: 2 },
      { quarter: '2025-Q2', value: 0 },
    ],
    thresholds: { touchpoints_min: 4 },
  } as unknown as AccountReview;

  it('value: bars of value delivered under a dashed line of fees, zero kept, in dollars', () => {
    const data = chartData(valueChart(review, f, palette).config);
    expect(data.series.map((s) => [s.name, s.type, s.line])).toEqual([
      ['Fees paid (cumulative)', 'line', 'dash'],
      ['Value delivered (cumulative)', 'bar', 'solid'],
    ]);
    expect(data.series[1]!.values).toEqual([0, 35_000]);
    expect(data.primary).toMatchObject({ prefix: '$', suffix: '', beginAtZero: true });
  });

  it('support: satisfaction on a secondary axis from 0 to 5', () => {
    const data = chartData(supportChart(review, f, palette).config);
    const csat = data.series.find((s) => s.name === 'Satisfaction (of 5)')!;
    expect(csat.axis).toBe('secondary');
    expect(csat.values).toEqual([4.1, null]);
    expect(data.secondary).toMatchObject({ min: 0, max: 5, exact: true, step: 1 });
  });

  it('contacts: the rhythm of one a quarter as a reference line, no legend', () => {
    const data = chartData(touchpointChart(review, f, palette).config);
    expect(data.valueMarks).toEqual([{ value: 1, label: 'One a quarter', color: '#3b4452', line: 'dash' }]);
    expect(data.series[0]!.values).toEqual([2, 0]);
    expect(data.legend).toBe(false);
  });
});
