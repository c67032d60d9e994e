import { describe, expect, it } from 'vitest';
import { compactSvg } from '../../src/chart/chart-renderer.ts';

describe('compactSvg', () => {
  it('keeps two decimals', () => {
    expect(compactSvg('<path d="M 168.074219 216.367188 L 9.5 10"/>')).toBe('<path d="M 168.07 216.36 L 9.5 10"/>');
  });

  it('numbers cairo surfaces from 1 in each chart, references included', () => {
    const drawnLate = '<g id="surface101"><use xlink:href="#surface97"/></g><g id="surface97"/>';
    expect(compactSvg(drawnLate)).toBe('<g id="surface1"><use xlink:href="#surface2"/></g><g id="surface2"/>');
  });
});
