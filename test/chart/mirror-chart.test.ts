import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { mirrorChart } from '../../src/chart/mirror-chart.ts';

const spec = (options: object) => ({
  config: { type: 'line', data: { labels: [], datasets: [] }, options } as ChartConfiguration,
  alt: '',
  width: 100,
  height: 50,
});

describe('a chart mirrored for a right-to-left deck', () => {
  it('runs its quarters from right to left and moves its value axes to the other side', () => {
    const mirrored = mirrorChart(
      spec({ scales: { x: { grid: { display: false } }, y: { beginAtZero: true }, csat: { position: 'right' } } }),
    );
    expect(mirrored.config.options!.scales).toEqual({
      x: { grid: { display: false }, reverse: true },
      y: { beginAtZero: true, position: 'right' },
      csat: { position: 'left' },
    });
  });

  it('reads its legend from the right, keeps its room on the other side, and its level line’s label pushed out the other way', () => {
    const level = { type: 'line', yMin: 4, yMax: 4, label: { position: 'end', xAdjust: 40 } };
    const due = { type: 'line', xMin: 'Q2', xMax: 'Q2', label: { position: 'start' } };
    const mirrored = mirrorChart(
      spec({
        layout: { padding: { top: 4, right: 8 } },
        plugins: { legend: { position: 'bottom' }, annotation: { annotations: { level, due } } },
      }),
    );
    const options = mirrored.config.options as {
      layout: object;
      plugins: { legend: object; annotation: { annotations: Record<string, object> } };
    };
    expect(options.plugins.legend).toEqual({ position: 'bottom', rtl: true });
    expect(options.layout).toEqual({ padding: { top: 4, left: 8, right: undefined } });
    // The x scale reversed, `end` is the left end already: only the push outwards turns.
    expect(options.plugins.annotation.annotations.level).toEqual({
      ...level,
      label: { position: 'end', xAdjust: -40 },
    });
    expect(options.plugins.annotation.annotations.due).toEqual(due);
  });
});
