import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { chartText } from '../../src/chart/chart-text.ts';

describe('the text a chart may draw', () => {
  const config = {
    type: 'bar',
    data: { labels: ["Q3 '25"], datasets: [{ label: '計画外停止', data: [1] }] },
    options: {
      scales: { y: { ticks: { callback: (v: number) => (Math.abs(v) >= 1e8 ? `${v / 1e8}億` : `￥${v}`) } } },
      plugins: { annotation: { annotations: { due: { label: { content: 'محمد' } } } } },
    },
  } as unknown as ChartConfiguration;

  it('holds its labels, legend and annotations', () => {
    expect(chartText(config)).toContain("Q3 '25");
    expect(chartText(config)).toContain('計画外停止');
    expect(chartText(config)).toContain('محمد');
  });

  it('holds what its tick callbacks write for small and large figures, which Chart.js picks only while drawing', () => {
    expect(chartText(config)).toContain('￥');
    expect(chartText(config)).toContain('億');
  });

  it("skips a callback that needs the Chart.js scale it belongs to (Chart.js's own defaults)", () => {
    const own = {
      type: 'line',
      data: { labels: ['Q1'] },
      options: {
        scales: {
          x: {
            ticks: {
              callback(this: { getLabelForValue(v: number): string }, v: number) {
                return this.getLabelForValue(v);
              },
            },
          },
        },
      },
    };
    expect(chartText(own as unknown as ChartConfiguration)).toContain('Q1');
  });
});
