import { describe, expect, it } from 'vitest';
import type { PromiseSeries } from '../../src/analyse/review.ts';
import type { PromiseResult } from '../../src/analyse/summary-schema.ts';
import { dueLabelPosition } from '../../src/chart/due-label.ts';

const result = { due: '2026-Q4' } as PromiseResult;
const quarters = ['2026-Q2', '2026-Q3', '2026-Q4'];
const series = (actuals: Array<number | null>, projection: Array<number | null> = []): PromiseSeries => ({
  result,
  quarters,
  actuals,
  projection,
});

describe("the due line's label", () => {
  it('goes to the top when the result at the due quarter is low (Helios Freight: empty kilometres)', () => {
    expect(dueLabelPosition(series([20.4, 17.6, 17.1]), 16, 26)).toBe('end');
  });

  it('stays at the bottom when the result there is high, or only projected high', () => {
    expect(dueLabelPosition(series([90, 93, 95.3]), 85, 100)).toBe('start');
    expect(dueLabelPosition(series([90, null, null], [null, null, 96]), 85, 100)).toBe('start');
  });

  it('stays at the bottom when nothing is drawn at the due quarter', () => {
    expect(dueLabelPosition(series([20, 18, null]), 16, 26)).toBe('start');
  });
});
