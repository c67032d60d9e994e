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
    const cairo =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="560pt" height="228pt" viewBox="0 0 560 228"><clipPath id="clip1"/><g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>';
    expect(inlineSvg(cairo, 'p0-')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 228"><clipPath id="p0-clip1"/><g clip-path="url(#p0-clip1)"><use href="#p0-clip1"/></g></svg>',
    );
  });
});

describe('drawChart', () => {
  const labels = Array.from({ length: 8 }, (_, i) => `Q${(i % 4) + 1} '2${5 + Math.floor(i / 4)}`);
  const bars = (label: string): ChartConfiguration => ({
    type: 'bar',
    data: { labels, datasets: [{ label, data: labels.map((_, i) => i) }] },
  });

  it("writes its labels as text in the page's fonts, not as glyph outlines", async () => {
    const { svg } = await drawChart({ config: bars('Seats in use'), alt: 'Seats', width: 560, height: 228 }, 't-');
    expect(svg).not.toContain('<symbol');
    expect(svg).toContain('>Seats in use</text>');
    expect(svg).toContain('>Q1 &#39;25</text>');
    expect(svg).toMatch(/<text [^>]*style="font:[^"]*13px &#39;Inter&#39;"/);
    expect(svg).not.toContain('QBR ');
    // After cairo's shapes, inside the one <svg>, so it draws on top of them.
    expect(svg.indexOf('<text ')).toBeGreaterThan(svg.lastIndexOf('<path '));
    expect(svg).toMatch(/<\/g>\n<\/svg>\s*$/);
  });

  it('escapes what a label holds, and leaves its digits as written', async () => {
    const { svg } = await drawChart(
      { config: bars('<b>R&D</b> "x" 3.14159 url(#a)'), alt: 'x', width: 560, height: 228 },
      'e-',
    );
    expect(svg).toContain('>&lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot; 3.14159 url(#a)</text>');
    expect(svg).not.toContain('<b>');
  });

  it('gives the page every character its labels may hold, to choose fonts by', async () => {
    const chart = await drawChart({ config: bars('実績'), alt: 'x', width: 560, height: 228 }, 'j-');
    expect(chart.text).toContain('実績');
    expect(chart.text).toContain("Q3 '26");
    expect(chart.svg).toMatch(/style="font:[^"]*&#39;Inter&#39;, &#39;Noto Sans JP&#39;"/);
  });
});

describe('drawChart, one chart after another', () => {
  const bars = (labels: string[], data: number[], extra: object = {}): ChartConfiguration =>
    ({
      type: 'bar',
      data: { labels, datasets: [{ label: 'Contacts', data }] },
      options: { plugins: { legend: { display: false } }, ...extra },
    }) as ChartConfiguration;
  const first = bars(["Q1 '26", "Q2 '26", "Q3 '26", "Q4 '26"], [1, 3, 0, 2]);
  const other = bars(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'], [900, 12, 4_500, 7, 0, 33, 250], {
    scales: { y: { max: 5000 } },
  });

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

  it('draws a chart with a labelled line after one of the same size and type without any', async () => {
    // The size is this test's own, so no chart drawn earlier in the process has it.
    const size = { alt: 'Contacts', width: 433, height: 171 };
    await drawChart({ config: first, ...size }, 'a-');
    const rhythm = { type: 'line', yMin: 2, yMax: 2, label: { display: true, content: 'Two a quarter' } };
    const withLine = bars(["Q1 '26", "Q2 '26", "Q3 '26", "Q4 '26"], [1, 3, 0, 2], {
      plugins: { legend: { display: false }, annotation: { annotations: { rhythm } } },
    });
    const { svg } = await drawChart({ config: withLine, ...size }, 'b-');
    expect(svg).toContain('>Two a quarter</text>');
  });
});
