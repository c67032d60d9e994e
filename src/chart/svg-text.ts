/**
 * A chart's text as SVG `<text>` in the page's own fonts, where cairo would write every label as
 * glyph outlines. Chart.js still lays the chart out with Pango's measurements of the same font
 * files, and each label is placed where cairo would draw it (its baseline from the same
 * metrics); Chromium then draws it from the deck's embedded fonts. The chart's SVG is a fifth of
 * the size, this process writes no outlines, and the PDF's chart labels are text a reader can
 * select and search. A clip the canvas holds does not reach the text: Chart.js clips a chart's
 * lines and bars to its area, never its labels.
 */
import type { CanvasRenderingContext2D as NodeContext } from 'canvas';
import { escapeMarkup } from '../escape-markup.ts';

/** One `fillText` call, as it is to be written. */
interface TextRun {
  text: string;
  x: number;
  /** The alphabetic baseline, whatever `textBaseline` was. */
  y: number;
  font: string;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  opacity: number;
  transform: string | null;
  /** The width it must be squeezed to (fillText's maxWidth), when narrower than its own. */
  squeezeTo: number | null;
}

/** Hebrew and Arabic letters (with their presentation forms): a label holding one reads right to left. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * The group's direction is ltr, for the anchors' sake; a right-to-left label is isolated as such
 * (RLI ... PDI), so "المستهدف 60 س" keeps its order, as the canvas's own bidi drew it.
 */
const inItsDirection = (text: string) => (RIGHT_TO_LEFT.test(text) ? `\u2067${text}\u2069` : text);

const ANCHORS: Record<string, TextRun['anchor']> = {
  left: 'start',
  start: 'start',
  center: 'middle',
  right: 'end',
  end: 'end',
};

/**
 * The page's CSS reaches into inline SVG: the deck's `tabular-nums`, a theme's letter spacing.
 * Pango measured the labels without them, so the text group sets them back.
 */
const TEXT_GROUP =
  '<g style="font-variant:normal;font-feature-settings:normal;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:pre;direction:ltr">';

/**
 * Text drawn on `context` is recorded rather than drawn; `take()` returns it as SVG elements and
 * starts a new record. `pageFont` turns the canvas's font (Pango's family names) into the CSS
 * font of the page.
 */
export class SvgText {
  private runs: TextRun[] = [];
  private readonly baselines = new Map<string, number>();

  constructor(
    context: NodeContext,
    private readonly pageFont: (font: string) => string,
  ) {
    // The context's own measureText: the one on the context may be a cache that ignores textBaseline.
    const measure = (Object.getPrototypeOf(context) as NodeContext).measureText.bind(context);
    context.fillText = (value: string, x: number, y: number, maxWidth?: number) => {
      const text = String(value); // as the canvas's own fillText takes it
      const font = context.font;
      const width = context.measureText(text).width;
      // The distance from the current textBaseline to the alphabetic one, as Pango puts it.
      const key = `${context.textBaseline}\u0000${font}\u0000${text}`;
      let shift = this.baselines.get(key);
      if (shift === undefined) this.baselines.set(key, (shift = -measure(text).alphabeticBaseline));
      const matrix = context.getTransform();
      this.runs.push({
        text,
        x,
        y: y + shift,
        font,
        // The charts fill text with colours; a gradient or pattern has no SVG colour to give.
        fill: typeof context.fillStyle === 'string' ? context.fillStyle : '#000000',
        anchor: ANCHORS[context.textAlign] ?? 'start',
        opacity: context.globalAlpha,
        transform: matrix.isIdentity
          ? null
          : `matrix(${[matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f].map(round).join(' ')})`,
        squeezeTo: maxWidth !== undefined && maxWidth < width ? maxWidth : null,
      });
    };
  }

  /** The text recorded since the last call, as one SVG group ('' for none). */
  take(): string {
    const runs = this.runs;
    this.runs = [];
    if (runs.length === 0) return '';
    const fonts = new Map<string, string>();
    const elements = runs.map((run) => {
      let font = fonts.get(run.font);
      if (font === undefined) fonts.set(run.font, (font = escapeMarkup(this.pageFont(run.font))));
      const attributes = [
        `x="${round(run.x)}" y="${round(run.y)}"`,
        `style="font:${font}"`,
        `fill="${escapeMarkup(run.fill)}"`,
        run.anchor === 'start' ? '' : `text-anchor="${run.anchor}"`,
        run.opacity < 1 ? `fill-opacity="${round(run.opacity)}"` : '',
        run.transform ? `transform="${run.transform}"` : '',
        run.squeezeTo === null ? '' : `textLength="${round(run.squeezeTo)}" lengthAdjust="spacingAndGlyphs"`,
      ];
      return `<text ${attributes.filter(Boolean).join(' ')}>${escapeMarkup(inItsDirection(run.text))}</text>`;
    });
    return `${TEXT_GROUP}\n${elements.join('\n')}\n</g>`;
  }
}

/** Two decimals, as compactSvg leaves cairo's numbers. */
const round = (n: number) => String(Math.round(n * 100) / 100);
