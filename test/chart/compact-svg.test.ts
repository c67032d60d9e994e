import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { compactSvg, drawChart, inlineSvg } from '../../src/chart/chart-renderer.ts';

describe('compactSvg', () => {
  it('keeps two decimals', () => {
    expect(compactSvg('<path d="M 168.074219 216.367188 L 9.5 10"/>')).toBe('<path d="M 168.07 216.36 L 9.5 10"/>');
  });

  it('numbers cairo surfaces from 1 in each chart, references included', () => {
    const drawnLate = '<g id="surface101"><use xlink:href="#surface97"/></g><g id="surface97"/>';
    expect(compactSvg(drawnLate)).toBe('<g id="surface1"><use xlink:href="#surface2"/></g><g id="surface2"/>');
  });
});

describe('inlineSvg', () => {
  it('drops the prologue and fixed size, and prefixes every id and reference', () => {
    const cairo = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="560pt" height="228pt" viewBox="0 0 560 228"><clipPath id="clip1"/><g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>';
    expect(inlineSvg(cairo, 'p0-')).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 228"><clipPath id="p0-clip1"/><g clip-path="url(#p0-clip1)"><use href="#p0-clip1"/></g></svg>');
  });
});

describe('drawChart', () => {
  it('defines each glyph once and places it by reference, rather than writing every label in outline', async () => {
    const labels = Array.from({ length: 8 }, (_, i) => `Q${(i % 4) + 1} '2${5 + Math.floor(i / 4)}`);
    const config: ChartConfiguration = { type: 'bar', data: { labels, datasets: [{ label: 'Seats in use', data: labels.map((_, i) => i) }] } };
    const { svg } = await drawChart({ config, alt: 'Seats', width: 560, height: 228 }, 't-');
    const glyphs = svg.match(/<symbol /g)?.length ?? 0;
    const placed = svg.match(/<use [^>]*href="#t-glyph/g)?.length ?? 0;
    expect(glyphs).toBeGreaterThan(5);
    expect(placed).toBeGreaterThan(2 * glyphs);
  });
});

describe('drawChart, one chart after another', () => {
  const bars = (labels: string[], data: number[], extra: object = {}): ChartConfiguration =>
    ({ type: 'bar', data: { labels, datasets: [{ label: 'Contacts', data }] }, options: { plugins: { legend: { display: false } }, ...extra } }) as ChartConfiguration;
  const first = bars(["Q1 '26", "Q2 '26", "Q3 '26", "Q4 '26"], [1, 3, 0, 2]);
  const other = bars(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'], [900, 12, 4_500, 7, 0, 33, 250], { scales: { y: { max: 5000 } } });

  it('draws the same chart to the same SVG, whatever was drawn before it and in between', async () => {
    const size = { alt: 'Contacts', width: 333, height: 222 };
    const alone = (await drawChart({ config: first, ...size }, 'a-')).svg;
    const between = (await drawChart({ config: other, ...size }, 'a-')).svg;
    const again = (await drawChart({ config: first, ...size }, 'a-')).svg;
    expect(between).not.toBe(alone);
    expect(between).toContain('viewBox="0 0 333 222"');
    expect(again).toBe(alone);
    // One surface per chart: nothing of the chart drawn in between is left in the next.
    expect(again.match(/<svg /g)).toHaveLength(1);
    expect(again.length).toBe(alone.length);
  });
});
