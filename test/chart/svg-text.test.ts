import { createCanvas } from 'canvas';
import { describe, expect, it } from 'vitest';
import { SvgText } from '../../src/chart/svg-text.ts';
import { chartFontFamily, pageFont } from '../../src/fonts/chart-fonts.ts';

/** A canvas whose text is recorded, in Inter as the charts register it. */
async function recorder() {
  const context = createCanvas(200, 100, 'svg').getContext('2d');
  const text = new SvgText(context, (font) => font.replace(/"QBR [^"]+"/, 'Inter'));
  context.font = `13px ${await chartFontFamily('x')}`;
  return { context, text };
}

const attribute = (svg: string, name: string) => Number(new RegExp(` ${name}="([^"]+)"`).exec(svg)![1]);

describe('SvgText', () => {
  it('writes a label at its alphabetic baseline, whatever textBaseline it was drawn with', async () => {
    const { context, text } = await recorder();
    const y = (baseline: CanvasTextBaseline) => {
      context.textBaseline = baseline;
      context.fillText('Q1', 5, 50);
      return attribute(text.take(), 'y');
    };
    expect(y('alphabetic')).toBe(50);
    // Top: the baseline is one ascent (about 0.97 em for Inter at 13 px) below; bottom: a descent above.
    expect(y('top')).toBeGreaterThan(60);
    expect(y('top')).toBeLessThan(64);
    expect(y('middle')).toBeGreaterThan(52);
    expect(y('middle')).toBeLessThan(57);
    expect(y('bottom')).toBeLessThan(48);
    expect(y('bottom')).toBeGreaterThan(45);
  });

  it('anchors it as textAlign says', async () => {
    const { context, text } = await recorder();
    for (const align of ['left', 'center', 'right', 'start', 'end'] as const) {
      context.textAlign = align;
      context.fillText('x', 0, 0);
    }
    const elements = text
      .take()
      .split('\n')
      .filter((line) => line.startsWith('<text'));
    expect(elements.map((element) => /text-anchor="(\w+)"/.exec(element)?.[1] ?? 'start')).toEqual([
      'start',
      'middle',
      'end',
      'start',
      'end',
    ]);
  });

  it('keeps its colour, transparency and transform', async () => {
    const { context, text } = await recorder();
    context.fillStyle = 'rgba(255, 0, 0, 0.5)';
    context.globalAlpha = 0.25;
    context.translate(10, 20);
    context.rotate(Math.PI / 2);
    context.fillText('turned', 0, 0);
    const svg = text.take();
    expect(svg).toContain('fill="rgba(255, 0, 0, 0.50)"');
    expect(svg).toContain('fill-opacity="0.25"');
    expect(svg).toContain('transform="matrix(0 1 -1 0 10 20)"');
  });

  it("squeezes it to fillText's maxWidth only when it is wider", async () => {
    const { context, text } = await recorder();
    context.fillText('a long label', 0, 0, 20);
    context.fillText('a long label', 0, 0, 500);
    const [squeezed, free] = text
      .take()
      .split('\n')
      .filter((line) => line.startsWith('<text'));
    expect(squeezed).toContain('textLength="20" lengthAdjust="spacingAndGlyphs"');
    expect(free).not.toContain('textLength');
  });

  it('writes what it is given as text, as the canvas would, and a fill it cannot write as black', async () => {
    const { context, text } = await recorder();
    context.fillText(42 as unknown as string, 0, 0);
    context.fillStyle = context.createLinearGradient(0, 0, 10, 0);
    context.fillText('graded', 0, 0);
    const [number, graded] = text
      .take()
      .split('\n')
      .filter((line) => line.startsWith('<text'));
    expect(number).toContain('>42</text>');
    expect(graded).toContain('fill="#000000"');
  });

  it('starts a new record after each take, and writes nothing for none', async () => {
    const { context, text } = await recorder();
    context.fillText('once', 0, 0);
    expect(text.take()).toContain('>once</text>');
    expect(text.take()).toBe('');
  });

  it("resets the page styles that would change a label's width from what Pango measured", async () => {
    const { context, text } = await recorder();
    context.fillText('100', 0, 0);
    expect(text.take()).toMatch(
      /^<g style="font-variant:normal;font-feature-settings:normal;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:pre;direction:ltr">/,
    );
  });
});

describe('pageFont', () => {
  it("names the page's families for the subsets the canvas draws with, each once, in order", () => {
    expect(pageFont('600 13px "QBR inter-latin", "QBR noto-sans-jp-0", "QBR noto-sans-jp-1"')).toBe(
      "600 13px 'Inter', 'Noto Sans JP'",
    );
  });

  it('leaves a font that names no subset alone', () => {
    expect(pageFont('13px sans-serif')).toBe('13px sans-serif');
  });
});
