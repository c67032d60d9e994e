import { describe, expect, it } from 'vitest';
import type { ChartAxis, ChartData } from '../../src/chart/chart-data.ts';
import { niceScale, numberFormat, pptxSeries } from '../../src/pptx/native-chart.ts';

const axis = (overrides: Partial<ChartAxis> = {}): ChartAxis => ({
  min: null,
  max: null,
  exact: false,
  beginAtZero: false,
  step: null,
  prefix: '',
  suffix: '',
  ...overrides,
});

describe('axes the same in every viewer', () => {
  it('takes a round step of about a fifth of the range, and bounds on it', () => {
    // 55 to 120 h with room (the promise chart suggests 45.25 and 129.75): steps of 20.
    expect(niceScale([118, 55, 60, 120], axis({ min: 45.25, max: 129.75 }))).toEqual({ min: 40, max: 140, step: 20 });
  });

  it('starts at zero when the chart does, and keeps exact bounds as they are', () => {
    expect(niceScale([35_000, 487_000], axis({ beginAtZero: true }))).toEqual({ min: 0, max: 500_000, step: 100_000 });
    expect(niceScale([4.1, 4.4], axis({ min: 0, max: 5, exact: true, step: 1 }))).toEqual({ min: 0, max: 5, step: 1 });
  });

  it('writes numbers with the words around them, and decimals when the step has them', () => {
    expect(numberFormat(axis({ prefix: '$' }), 100_000)).toBe('"$"#,##0');
    expect(numberFormat(axis({ suffix: ' h' }), 2.5)).toBe('#,##0.0" h"');
    expect(numberFormat(axis({ suffix: '%' }), 0.25)).toBe('#,##0.00"%"');
  });
});

describe('the series PowerPoint gets', () => {
  const data: ChartData = {
    labels: ['Q1', 'Q2', 'Q3'],
    series: [
      {
        name: 'Result',
        type: 'line',
        values: [1, 2, null],
        color: '#1f3a5f',
        outline: null,
        width: 3,
        line: 'solid',
        marker: 'circle',
        markerRadius: 4,
        axis: 'primary',
      },
      {
        name: 'Satisfaction',
        type: 'line',
        values: [4, 5, 4],
        color: '#0b7285',
        outline: null,
        width: 2,
        line: 'dash',
        marker: 'triangle',
        markerRadius: 5,
        axis: 'secondary',
      },
      {
        name: 'Tickets',
        type: 'bar',
        values: [3, 0, 2],
        color: '#c9d1dc',
        outline: null,
        width: 0,
        line: 'solid',
        marker: 'none',
        markerRadius: 0,
        axis: 'primary',
      },
    ],
    categoryMarks: [{ index: 2, label: 'Due', color: '#8a94a3' }],
    valueMarks: [{ value: 1, label: 'One a quarter', color: '#3b4452', line: 'dash' }],
    primary: axis(),
    secondary: axis({ min: 0, max: 5, exact: true }),
    legend: true,
  };

  it('puts bars first (the due band among them), then lines, then lines on the secondary axis', () => {
    const series = pptxSeries(data, { min: 0, max: 10, step: 2 });
    expect(series.map((s) => s.name)).toEqual(['Due', 'Tickets', 'Result', 'One a quarter', 'Satisfaction']);
  });

  it('draws the due quarter as a light bar to the top of the axis, and the rhythm as a level line', () => {
    const [due, , , rhythm] = pptxSeries(data, { min: 0, max: 10, step: 2 });
    expect(due).toMatchObject({ type: 'bar', values: [null, null, 10], color: '#dcdfe3' });
    expect(rhythm).toMatchObject({ type: 'line', values: [1, 1, 1], line: 'dash', marker: 'none' });
  });
});
