/**
 * Stage 4, chart: Chart.js on the server, drawn as SVG (vector, crisp at any zoom) with the
 * deck's fonts, on node-canvas.
 */
import { createCanvas, type Canvas } from 'canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { chartFontFamily, pageFont } from '../fonts/chart-fonts.ts';
import { chartData, type ChartData } from './chart-data.ts';
import { chartText } from './chart-text.ts';
import { SvgText } from './svg-text.ts';

/**
 * A drawn chart: SVG markup to place inline in the deck (no separate image to decode), ids
 * prefixed so several charts share a document, and its text alternative.
 */
export interface Chart {
  svg: string;
  alt: string;
  width: number;
  height: number;
  /** What it shows, for outputs that draw it themselves (the PowerPoint's native charts). */
  data: ChartData;
  /** Every character its labels may hold (chartText), so the page embeds the fonts its text is drawn in. */
  text: string;
}

export interface ChartSpec {
  config: ChartConfiguration;
  alt: string;
  width: number;
  height: number;
}

let configured = false;

/**
 * One Chart.js for every chart and size, with only what the charts use registered: Chart.js
 * asks every registered plugin at every step of every chart, and a copy per size (as
 * chartjs-node-canvas loads them) was loaded and warmed up five times in a one-deck run.
 */
function chartJs(): typeof ChartJS {
  if (configured) return ChartJS;
  configured = true;
  ChartJS.register(
    LineController,
    BarController,
    LineElement,
    BarElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
    annotationPlugin,
  );
  ChartJS.defaults.font.size = 13;
  ChartJS.defaults.color = '#3b4452';
  ChartJS.defaults.animation = false;
  ChartJS.defaults.responsive = false;
  ChartJS.defaults.devicePixelRatio = 1;
  // A picture, not an app: no event listeners.
  ChartJS.defaults.events = [];
  return ChartJS;
}

/**
 * Text is measured through pango for every label of every layout pass, and the same few
 * strings (quarter labels, tick values, legend entries) come back chart after chart: their
 * widths are kept for the process, by font and text.
 */
type Metrics = ReturnType<ReturnType<Canvas['getContext']>['measureText']>;
const measured = new Map<string, Metrics>();
function measureOnce(canvas: Canvas): void {
  const context = canvas.getContext('2d');
  const measure = context.measureText.bind(context);
  context.measureText = (text: string): Metrics => {
    const key = `${context.font}\u0000${text}`;
    let metrics = measured.get(key);
    if (!metrics) {
      metrics = measure(text);
      measured.set(key, metrics);
    }
    return metrics;
  };
}

/**
 * One Chart.js chart per size and type, drawn again with each new chart's data and options
 * rather than built anew: Chart.js spends a tenth of a chart's time setting a chart up. Each
 * draw starts on a new, empty SVG surface, and gives the same SVG as a chart built for it.
 */
const charts = new Map<string, { canvas: Canvas; chart: ChartJS; text: SvgText }>();

/**
 * Draws one chart in the font `family` and returns its SVG document and text. The family is Chart.js's
 * default while it draws (decks drawn meanwhile may need other families), and part of the
 * reused chart's key, so a chart drawn again never keeps another deck's font.
 */
function renderSvg(spec: ChartSpec, family: string): { shapes: string; text: string } {
  const options = spec.config.options ?? {};
  // The annotation plugin is asked at every step even by charts with no annotation: not by those.
  const plugins = options.plugins?.annotation ? options.plugins : { ...options.plugins, annotation: false as const };
  const config = { ...spec.config, options: { ...options, plugins } } as ChartConfiguration;
  chartJs().defaults.font.family = family;
  // The annotation plugin keeps its state for a chart only from a first draw that had it on:
  // a chart drawn without it is not drawn again with it.
  const key = `${spec.width}x${spec.height} ${config.type} ${family} ${plugins.annotation ? 'annotated' : 'plain'}`;
  const drawn = charts.get(key);
  if (drawn) {
    drawn.canvas.width = spec.width; // a new surface: node-canvas starts the SVG document again
    drawn.chart.data = config.data;
    drawn.chart.options = config.options!;
    drawn.chart.update();
    return withText(drawn.canvas, drawn.text);
  }
  const canvas = createCanvas(spec.width, spec.height, 'svg');
  const text = new SvgText(canvas.getContext('2d'), pageFont);
  measureOnce(canvas);
  const chart = new (chartJs())(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, config);
  charts.set(key, { canvas, chart, text });
  return withText(canvas, text);
}

/** cairo's SVG of the chart's shapes, and its text as SVG elements to put on top. */
function withText(canvas: Canvas, text: SvgText): { shapes: string; text: string } {
  return { shapes: canvas.toBuffer('image/svg+xml' as never).toString(), text: text.take() };
}

/**
 * Cairo writes six decimals for every point of every path and glyph; two are a hundredth of
 * a pixel: much less for Chromium to parse and for the PDF to hold. Cairo also
 * numbers its surfaces across the whole process, so the same chart drawn after others would
 * differ; they are numbered from 1 in each chart.
 */
export function compactSvg(svg: string): string {
  const surfaces = new Map<string, number>();
  return svg.replace(/(\d+\.\d\d)\d+/g, '$1').replace(/\bsurface(\d+)\b/g, (_, n: string) => {
    if (!surfaces.has(n)) surfaces.set(n, surfaces.size + 1);
    return `surface${surfaces.get(n)}`;
  });
}

/** Inline-ready markup: no XML prologue, no fixed size (CSS sizes it), ids made unique by `prefix`. */
export function inlineSvg(svg: string, prefix: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/(<svg[^>]*?) width="[^"]*" height="[^"]*"/, '$1')
    .replace(/\bid="/g, `id="${prefix}`)
    .replace(/url\(#/g, `url(#${prefix}`)
    .replace(/href="#/g, `href="#${prefix}`);
}

/** `prefix` makes the chart's ids unique in its deck. */
export async function drawChart(spec: ChartSpec, prefix: string): Promise<Chart> {
  // Read before drawing: Chart.js keeps state in the configuration it is given.
  const data = chartData(spec.config);
  const text = chartText(spec.config);
  const family = await chartFontFamily(text);
  // Drawing blocks this thread; between charts, let the browser's messages through (its launch
  // and the prints of other decks go on meanwhile).
  await yieldToEventLoop();
  const drawn = renderSvg(spec, family);
  // Only cairo's markup is compacted and prefixed: the text is the chart's own, written as is.
  const svg = inlineSvg(compactSvg(drawn.shapes), prefix);
  const end = svg.lastIndexOf('</svg>');
  return {
    svg: `${svg.slice(0, end)}${drawn.text}\n${svg.slice(end)}`,
    alt: spec.alt,
    width: spec.width,
    height: spec.height,
    data,
    text,
  };
}

/** A chart not drawn, only described: enough for a PowerPoint without an HTML deck. */
export function describeChart(spec: ChartSpec): Chart {
  return { svg: '', alt: spec.alt, width: spec.width, height: spec.height, data: chartData(spec.config), text: '' };
}
